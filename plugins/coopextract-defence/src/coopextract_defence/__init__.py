"""coopextract plugin for defence-ministry notices and military news.

Registered under the entry-point name ``defence``. It only contributes vocabulary: ranks,
offices, body names, event words and area keywords of defence cooperation, each table in
``data/<table>.tsv`` extending the core table of the same name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from coopextract import hookimpl
from coopextract.vocabulary import TABLES, load_tsv

__version__ = "0.1.0"

PACKAGE = "coopextract_defence.data"
FILES = (
    "ranks",
    "titles",
    "org_heads",
    "event_triggers",
    "area_keywords",
    "agencies",
    "portfolio_words",
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
