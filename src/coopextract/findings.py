"""Findings: typed spans that rules add and resolution turns into a record.

A finding says "these characters are an X": an organization's name, a country, a person,
a date, an event trigger, an instrument noun, an area keyword... Rules (built-in or from
plugins) only add findings; they never build record items. Offsets are into the folded
text of the :class:`~coopextract.document.Document`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import attrs

from coopextract.errors import PluginError

__all__ = ["FINDING_KINDS", "AddFinding", "Finding", "FindingSet"]

#: Every kind of finding and what its ``label`` holds.
FINDING_KINDS: dict[str, str] = {
    "organization": "'org' (data: acronym, country, prefix, kind)",
    "acronym": "the acronym (data: expansion span when defined in the text)",
    "country": "ISO alpha-2 code (data: form = name | demonym | government)",
    "person": "'person' (data: title, rank, affiliation span, country)",
    "date": "'date' (data: the parsed, unresolved date)",
    "period": "'period' (data: start, end, years, until)",
    "place": "the place's name (data: country, kind)",
    "trigger": "event kind (meeting, request, pledge, aid, joint_activity)",
    "blocker": "'blocker': a dated happening that is no cooperation event",
    "instrument": "instrument (memorandum_of_understanding ... other, or 'document')",
    "signing": "'past' or 'future'",
    "planned": "'planned': a cue that makes the next act planned",
    "background": "'background': a cue that makes a signing background",
    "area": "area label",
}


@attrs.frozen
class Finding:
    kind: str
    start: int
    end: int
    label: str
    rule: str
    plugin: str
    data: Mapping[str, Any] = attrs.field(factory=dict, eq=False, hash=False)

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def inside(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end


class AddFinding(Protocol):
    """The callback a ``coopextract_find`` hook receives."""

    def __call__(
        self,
        kind: str,
        start: int,
        end: int,
        label: str,
        /,
        *,
        rule: str,
        **data: Any,
    ) -> None: ...


class FindingSet:
    """All findings of one document, in text order per kind."""

    def __init__(self) -> None:
        self._items: list[Finding] = []
        self._starts: list[int] = []
        self._by_kind: dict[str, tuple[list[int], list[Finding]]] = {}
        self._sorted = True

    def adder(self, plugin: str, text_length: int) -> Callable[..., None]:
        """An ``add`` callback bound to one plugin, validating what it adds."""

        def add(kind: str, start: int, end: int, label: str, /, *, rule: str, **data: Any) -> None:
            if kind not in FINDING_KINDS:
                raise PluginError(
                    f"plugin {plugin!r} added a finding of unknown kind {kind!r}; "
                    f"kinds: {', '.join(FINDING_KINDS)}",
                    plugin=plugin,
                    hook="coopextract_find",
                )
            if not (0 <= start <= end <= text_length):
                raise PluginError(
                    f"plugin {plugin!r} added a {kind} finding at [{start}, {end}), "
                    f"outside the text (length {text_length})",
                    plugin=plugin,
                    hook="coopextract_find",
                )
            self.append(Finding(kind, start, end, label, rule, plugin, data))

        return add

    def append(self, finding: Finding) -> None:
        self._items.append(finding)
        self._sorted = False

    def _ensure_sorted(self) -> None:
        if not self._sorted:
            self._items.sort(key=lambda f: (f.start, -f.end))
            self._starts = [f.start for f in self._items]
            self._by_kind = {}
            self._sorted = True

    def __iter__(self) -> Iterator[Finding]:
        self._ensure_sorted()
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def of(self, *kinds: str) -> list[Finding]:
        self._ensure_sorted()
        return [f for f in self._items if f.kind in kinds]

    def within(self, start: int, end: int, *kinds: str) -> list[Finding]:
        """Findings (of these kinds) lying inside ``[start, end)``, in text order."""
        self._ensure_sorted()
        if len(kinds) == 1:
            starts, items = self._kind_index(kinds[0])
        else:
            starts, items = self._starts, self._items
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [f for f in items[lo:hi] if f.end <= end and (not kinds or f.kind in kinds)]

    def _kind_index(self, kind: str) -> tuple[list[int], list[Finding]]:
        if kind not in self._by_kind:
            items = [f for f in self._items if f.kind == kind]
            self._by_kind[kind] = ([f.start for f in items], items)
        return self._by_kind[kind]

    def remove(self, finding: Finding) -> None:
        self._items.remove(finding)
        self._sorted = False
