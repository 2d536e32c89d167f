"""Shared helper of the built-in rules that scan body sentences with a pattern table."""

from __future__ import annotations

from collections.abc import Callable

from coopextract.document import Document
from coopextract.vocabulary import Vocabulary

__all__ = ["scan_table"]


def scan_table(
    document: Document,
    vocabulary: Vocabulary,
    table: str,
    kind: str,
    add: Callable[..., None],
    *,
    rule: str,
    captions: bool = False,
) -> None:
    """Add a ``kind`` finding, labelled by the entry's value, for every hit of ``table``.

    Body sentences only, unless ``captions``: a caption repeats the body's facts.
    """
    patterns = vocabulary.pattern_table(table)
    text = document.text
    kinds = ("body", "caption") if captions else ("body",)
    # one pass per body segment, not per sentence; matches never cross a sentence end
    # that matters here, and the resolvers look findings up by sentence
    for start, end in document.spans(*kinds):
        for match, entry in patterns.finditer(text, start, end, starts=document.word_starts):
            add(kind, match.start(), match.end(), entry.value, rule=rule, source=entry.plugin)
