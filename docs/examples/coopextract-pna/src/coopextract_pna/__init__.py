"""coopextract plugin for Philippine News Agency (PNA) reports: the tutorial's plugin.

Registered under the entry-point name ``pna``; ``docs/plugins.md`` builds it step by step:

1. the package and its entry point (``pyproject.toml``);
2. vocabulary from data files: the ranks the Philippine forces abbreviate ("PBGen.",
   "RAdm."), the offices PNA names ("Usec.", "Secretary of National Defense");
3. page furniture: photo credits ("(PNA photo by ...)") and the closing "(PNA)";
4. the source, named from that closing credit;
5. "in this city": the dateline's city, found by code and named in post-processing.

The markers ``--8<-- [start:...]`` let the tutorial quote this file section by section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import attrs
import regex

from coopextract import Agreement, Event, Record, hookimpl
from coopextract.document import Document
from coopextract.vocabulary import TABLES, Vocabulary, load_tsv

__version__ = "0.1.0"

Item = TypeVar("Item", Agreement, Event)

# --8<-- [start:vocabulary]
DATA = "coopextract_pna.data"
#: each data/<table>.tsv extends the core table of the same name
CORE_TABLES = ("ranks", "titles", "agencies")


@hookimpl
def coopextract_register_vocabulary(
    register: Callable[[str, Iterable[str] | Mapping[str, str]], None],
) -> None:
    for table in CORE_TABLES:
        rows = list(load_tsv(f"{table}.tsv", package=DATA))
        if TABLES[table].kind == "terms":
            register(table, [row[0] for row in rows])
        else:
            register(table, {row[0]: row[1] for row in rows})


# --8<-- [end:vocabulary]

# --8<-- [start:segment]
#: "(PNA photo by Ben Briones)" or "(PNA file photo)" closing a caption line
PHOTO_CREDIT = regex.compile(r"\((?:PNA\s+(?:file\s+)?photo|Photo\s+courtesy)\b[^()\n]*\)\s*$")
#: the closing credit on a line of its own: "(PNA)", "(With a report from Ana Cruz/PNA)"
CLOSING_CREDIT = regex.compile(r"\s*\((?:With\s+reports?\s+from\s+[^()\n]*/)?PNA\)\s*$")


@hookimpl
def coopextract_segment(
    document: Document, vocabulary: Vocabulary, mark: Callable[..., None]
) -> None:
    text = document.text
    for start, end in document.lines():
        if CLOSING_CREDIT.match(text, start, end):
            mark("credit", start, end, rule="pna.closing_credit")
            continue
        credit = PHOTO_CREDIT.search(text, start, end)
        if credit is not None:
            mark("credit", credit.start(), credit.end(), rule="pna.photo_credit")
            if text[start : credit.start()].strip():
                mark("caption", start, credit.start(), rule="pna.photo_credit")


# --8<-- [end:segment]


# --8<-- [start:source]
@hookimpl
def coopextract_detect_source(document: Document, vocabulary: Vocabulary) -> str | None:
    for segment in document.segments:
        if segment.rule == "pna.closing_credit":
            return "PNA"
    return None


# --8<-- [end:source]

# --8<-- [start:find]
#: PNA names the dateline's city again as "this city"
THIS_CITY = regex.compile(r"(?<=\b(?:in|at)\s+)this\s+city\b")


def dateline_city(document: Document, vocabulary: Vocabulary) -> str | None:
    """The dateline's place in the gazetteer's spelling: "DAVAO CITY" is "Davao"."""
    if document.dateline is None:
        return None
    written = document.text[document.dateline.place_start : document.dateline.place_end].strip()
    places = {name.casefold(): name for name in vocabulary.mapping("places")}
    key = written.casefold()
    return places.get(key) or places.get(key.removesuffix(" city")) or written.title()


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    city = dateline_city(document, vocabulary)
    if city is None:
        return
    document.memo("pna.city", lambda: city)  # for the post-processing step below
    country, _, kind = vocabulary.mapping("places").get(city, "PH city").partition(" ")
    for sentence in document.sentences:
        for match in THIS_CITY.finditer(document.text, sentence.start, sentence.end):
            add(
                "place",
                match.start(),
                match.end(),
                city,
                rule="pna.this_city",
                country=country,
                kind=kind,
            )


# --8<-- [end:find]

# --8<-- [start:postprocess]
#: the plugin's own table: offices written out ("Usec." is "Undersecretary")
TITLES_WRITTEN_OUT = {
    row[0].rstrip("."): row[1] for row in load_tsv("title_abbreviations.tsv", package=DATA)
}


def _named(item: Item, city: str | None) -> Item:
    """The item with the place "this city" named; its evidence still points at the words
    "this city", which is what the text says."""
    if city and any(e.rule == "pna.this_city" for e in item.evidence):
        return attrs.evolve(item, place=city)
    return item


@hookimpl
def coopextract_postprocess(record: Record, document: Document) -> Record | None:
    city = document.memo("pna.city", lambda: None)
    return attrs.evolve(
        record,
        people=tuple(
            attrs.evolve(p, title=TITLES_WRITTEN_OUT.get((p.title or "").rstrip("."), p.title))
            for p in record.people
        ),
        agreements=tuple(_named(a, city) for a in record.agreements),
        events=tuple(_named(e, city) for e in record.events),
    )


# --8<-- [end:postprocess]
