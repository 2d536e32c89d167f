"""The project's docstrings are written in reStructuredText; the site is Markdown.

:func:`to_markdown` converts the few rST constructs the docstrings use, so the hook
reference (``generate.py``) and the API reference (through :class:`RstToMarkdown`, a
Griffe extension that mkdocstrings loads) read cleanly:

- roles: ``:class:`~coopextract.Extractor``` becomes ```Extractor```;
- literal blocks: a paragraph ending in ``::`` and the indented block after it become a
  fenced code block (TOML when it opens with ``[``, Python otherwise);
- doctest blocks (``>>>`` lines and their output) become ``pycon`` blocks;
- a definition list of one-line terms (````terms```` above an indented definition)
  becomes a bulleted list.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")
TERM = re.compile(r"^``[^`]+``$")


def _role(match: re.Match[str]) -> str:
    short, target = match.groups()
    if short:
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def _fence(lines: list[str], language: str) -> list[str]:
    body = textwrap.dedent("\n".join(lines)).strip("\n")
    return [f"```{language}", *body.splitlines(), "```"]


def to_markdown(text: str) -> str:
    """Markdown for an rST docstring (already dedented, as ``inspect.getdoc`` gives it)."""
    lines = ROLE.sub(_role, text).splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.rstrip().endswith("::"):
            # "Examples::" keeps a colon; a lone "::" disappears
            head = line.rstrip()[:-2].rstrip()
            if head:
                out.append(head + ":")
            i += 1
            block: list[str] = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith((" ", "\t"))):
                block.append(lines[i])
                i += 1
            while block and not block[0].strip():
                block.pop(0)
            language = "toml" if block and block[0].strip().startswith("[") else "python"
            out += ["", *_fence(block, language), ""]
            continue
        if line.lstrip().startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += [*_fence(block, "pycon"), ""]
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if TERM.match(line) and nxt.startswith("    ") and nxt.strip():
            i += 1
            definition: list[str] = []
            while i < len(lines) and lines[i].startswith("    "):
                definition.append(lines[i].strip())
                i += 1
            out.append(f"- {line}: {' '.join(definition)}")
            continue
        out.append(line)
        i += 1
    return "\n".join(out).strip() + "\n"


try:
    import griffe
except ImportError:  # only the docs build needs Griffe
    griffe = None  # type: ignore[assignment]


if griffe is not None:

    class RstToMarkdown(griffe.Extension):  # type: ignore[misc]
        """Converts every docstring mkdocstrings loads, before it is parsed."""

        def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
            if obj.docstring is not None:
                obj.docstring.value = to_markdown(obj.docstring.value).rstrip("\n")
