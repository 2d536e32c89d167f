"""Resolving areas: the union of the fields the body covers (taxonomy of the format).

Keywords inside an organization's name or a person's office name an actor, not a field
("Ministry of Industry and Trade" is not trade), so they are skipped (clarification 12).
Every aid event but scholarships and peacekeepers brings ``humanitarian_aid``. When the
body names no field at all, the armed forces or police that act in it give ``defence`` or
``security_policing``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from coopextract.resolve.context import Context
from coopextract.schema import Area, Event, EventKind

__all__ = ["resolve_areas"]

#: fields that an actor's name gives when the text names no other
_ACTOR_FIELDS = frozenset({"defence", "security_policing"})


#: aid of another field: scholarships are education, peacekeepers defence
_OTHER_AID = regex.compile(r"scholarship|peacekeep|\bUN\s+mission", regex.I)


def _other_aid(event: Event, raw: str) -> bool:
    """Aid that is not humanitarian ("presented 200 scholarships", "deployed a field
    hospital to the UN mission")."""
    return any(
        ev.field == "trigger" and _OTHER_AID.search(raw, max(0, ev.start - 60), ev.end + 80)
        for ev in event.evidence
    )


def resolve_areas(ctx: Context, events: Iterable[Event]) -> list[Area]:
    found: list[str] = []
    actors: list[str] = []
    for sentence in ctx.document.sentences:
        if sentence.kind != "body":
            continue
        for f in ctx.in_sentence(sentence, "area"):
            if f.label in found:
                continue
            if ctx.inside_names(f):
                if f.label in _ACTOR_FIELDS and f.label not in actors:
                    actors.append(f.label)
                continue
            found.append(f.label)
    if not found:
        # a navy's goodwill visit, a military delegation's talks: the only field named is
        # the actors' own, and for the armed forces and the police it is the field
        found = actors
    if (
        any(e.kind is EventKind.AID and not _other_aid(e, ctx.document.raw) for e in events)
        and "humanitarian_aid" not in found
    ):
        found.append("humanitarian_aid")
    return [Area(label) for label in found]
