"""Resolving areas: the union of the fields the body covers (taxonomy of the format).

Keywords inside an organization's name or a person's office name an actor, not a field
("Ministry of Industry and Trade" is not trade), so they are skipped (clarification 12).
Every aid event brings ``humanitarian_aid``.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopextract.resolve.context import Context
from coopextract.schema import Area, Event, EventKind

__all__ = ["resolve_areas"]


def resolve_areas(ctx: Context, events: Iterable[Event]) -> list[Area]:
    found: list[str] = []
    for sentence in ctx.document.sentences:
        if sentence.kind != "body":
            continue
        for f in ctx.in_sentence(sentence, "area"):
            if f.label in found or ctx.inside_names(f):
                continue
            found.append(f.label)
    if any(e.kind is EventKind.AID for e in events) and "humanitarian_aid" not in found:
        found.append("humanitarian_aid")
    return [Area(label) for label in found]
