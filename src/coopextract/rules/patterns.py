"""Shared helper of the built-in rules that scan body sentences with a pattern table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coopextract.document import Document
from coopextract.vocabulary import Entry, Vocabulary

__all__ = ["scan_table"]


#: the pattern tables the built-in rules read, scanned together once per document
SCANNED = (
    "instruments",
    "signing_verbs",
    "background_cues",
    "event_triggers",
    "event_blockers",
    "planned_cues",
    "area_keywords",
)


def scan_table(
    document: Document,
    vocabulary: Vocabulary,
    table: str,
    kind: str,
    add: Callable[..., None],
    *,
    rule: str,
) -> None:
    """Add a ``kind`` finding, labelled by the entry's value, for every hit of ``table``.

    Body and caption segments (the resolvers decide what a caption may add). All tables of
    :data:`SCANNED` are matched in one pass the first time any of them is asked for.
    """

    def scan_all() -> dict[str, list[tuple[Any, Entry]]]:
        scanner = vocabulary.multi_scanner(SCANNED)
        return scanner.scan(document.text, document.spans("body", "caption"), document.word_starts)

    hits = document.memo("patterns.scan", scan_all)
    for match, entry in hits[table]:
        add(kind, match.start(), match.end(), entry.value, rule=rule, source=entry.plugin)
