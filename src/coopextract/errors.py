"""The one error family of coopextract.

Every error the library raises on purpose is a :class:`CoopextractError`. Subclasses
also inherit the builtin a caller would otherwise catch (``ValueError``, ``TypeError``,
``OSError``...), so ``except ValueError`` keeps working. Each carries the offending input
as attributes and a message that says what to do.
"""

from __future__ import annotations

__all__ = [
    "CoopextractError",
    "InputError",
    "InputTypeError",
    "PluginError",
    "RecordError",
    "SourceError",
]


class CoopextractError(Exception):
    """Base class of every error coopextract raises on purpose."""


class InputError(CoopextractError, ValueError):
    """A document could not be read or is not text the extractor can use.

    ``source`` names the input (a path, a doc_id or ``"<text>"``).
    """

    def __init__(self, message: str, *, source: str = "<text>") -> None:
        super().__init__(message)
        self.source = source


class InputTypeError(CoopextractError, TypeError):
    """An argument has the wrong type (bytes where text was expected, say)."""

    def __init__(self, message: str, *, source: str = "<text>") -> None:
        super().__init__(message)
        self.source = source


class SourceError(CoopextractError, OSError):
    """A file or stream could not be opened or read."""

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class RecordError(CoopextractError, ValueError):
    """A record (JSON) does not follow the coopextract/1 format.

    ``path`` points at the offending field, for example ``$.events[2].date``.
    """

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(message)
        self.path = path


class PluginError(CoopextractError, RuntimeError):
    """A plugin is malformed, or one of its hooks failed in strict mode.

    ``plugin`` is the plugin's name and ``hook`` the hook involved, when known.
    """

    def __init__(self, message: str, *, plugin: str | None = None, hook: str | None = None) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook
