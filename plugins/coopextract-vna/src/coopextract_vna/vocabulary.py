"""The plugin's word lists: each ``data/<table>.tsv`` extends the core table of that name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from coopextract import hookimpl
from coopextract.vocabulary import TABLES, load_tsv

PACKAGE = "coopextract_vna.data"
FILES = (
    "boilerplate_lines",
    "agencies",
    "titles",
    "org_heads",
    "related_headers",
    "area_keywords",
    "event_triggers",
)


@hookimpl
def coopextract_register_vocabulary(
    register: Callable[[str, Iterable[str] | Mapping[str, str]], None],
) -> None:
    for table in FILES:
        rows = list(load_tsv(f"{table}.tsv", package=PACKAGE))
        if TABLES[table].kind == "terms":
            register(table, [row[0] for row in rows])
        else:
            register(table, {row[0]: row[1] for row in rows})
