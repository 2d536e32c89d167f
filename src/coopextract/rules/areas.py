"""Built-in plugin: keywords of the areas of cooperation (the ``area_keywords`` table).

Besides the words of the body, the second half of a hyphenated pair is read too:
"ecology-environment" and "trade-investment" name two fields each.
"""

from __future__ import annotations

from collections.abc import Callable

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.patterns import scan_table
from coopextract.vocabulary import Vocabulary


def _after_hyphens(text: str, start: int, end: int) -> list[int]:
    """Positions of words that follow a hyphen inside a word pair ("ecology-environment")."""
    out: list[int] = []
    at = text.find("-", start, end)
    while at != -1:
        if 0 < at < end - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            out.append(at + 1)
        at = text.find("-", at + 1, end)
    return out


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    scan_table(document, vocabulary, "area_keywords", "area", add, rule="areas.keyword")
    table = vocabulary.pattern_table("area_keywords")
    text = document.text
    for start, end in document.spans("body"):
        starts = _after_hyphens(text, start, end)
        if not starts:
            continue
        for match, entry in table.finditer(text, start, end, starts=starts):
            add(
                "area",
                match.start(),
                match.end(),
                entry.value,
                rule="areas.keyword",
                source=entry.plugin,
            )
