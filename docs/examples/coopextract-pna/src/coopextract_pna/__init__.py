"""coopextract plugin for Philippine News Agency reports (the tutorial's plugin).

It shows the three things a source plugin usually does:

1. contribute vocabulary (offices, body names, credits) from data files;
2. recognise the outlet's dateline ("MANILA, Nov. 3 (PNA) --" or "MANILA --");
3. name the source from its closing credit ("PNA" on a line of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import regex

from coopextract import hookimpl
from coopextract.document import Dateline, Document
from coopextract.vocabulary import TABLES, Vocabulary, load_tsv

__version__ = "0.1.0"

PACKAGE = "coopextract_pna.data"
TABLE_FILES = ("titles", "org_heads", "agencies", "ranks")


# step 2: vocabulary, read from the plugin's own data files
@hookimpl
def coopextract_register_vocabulary(
    register: Callable[[str, Iterable[str] | Mapping[str, str]], None],
) -> None:
    for table in TABLE_FILES:
        rows = list(load_tsv(f"{table}.tsv", package=PACKAGE))
        if TABLES[table].kind == "terms":
            register(table, [row[0] for row in rows])
        else:
            register(table, {row[0]: row[1] for row in rows})


# step 3: the dateline, "MANILA, Nov. 3 (PNA) --" or "DAVAO CITY --"
_DATELINE = regex.compile(
    r"\s*(?P<place>[A-Z][A-Z. ]{1,30}?)(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
    r"\s*(?:\((?P<agency>PNA)\))?\s*-{1,2}\s+(?=[A-Z])"
)


@hookimpl
def coopextract_segment(
    document: Document, vocabulary: Vocabulary, mark: Callable[..., None]
) -> None:
    text = document.text
    for start, end in list(document.lines())[:8]:
        match = _DATELINE.match(text, start, end)
        if match is None or not text[start:end].strip():
            continue
        place = match.group("place").strip()
        document.dateline = Dateline(
            match.start("place"),
            match.start("place") + len(place),
            "PNA",
            match.start(),
            match.end(),
        )
        mark("dateline", match.start(), match.end(), rule="pna.dateline")
        return


# step 4: the source, from a closing "PNA" line
@hookimpl
def coopextract_detect_source(document: Document, vocabulary: Vocabulary) -> str | None:
    lines = [document.text[s:e].strip() for s, e in document.lines()]
    tail = [line for line in lines if line][-3:]
    if any(line in ("PNA", "(PNA)", "-- PNA") or line.startswith("(PNA)") for line in tail):
        return "PNA"
    return None
