"""Built-in plugin: the packaged data tables, contributed like any plugin's vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from coopextract.hookspecs import hookimpl
from coopextract.vocabulary import TABLES, load_tsv

#: tables whose packaged file has the table's own name and shape
_SIMPLE = tuple(
    name
    for name in TABLES
    if name
    not in ("countries", "demonyms", "country_display", "places", "intl_orgs", "surname_countries")
)


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


@hookimpl
def coopextract_register_vocabulary(
    register: Callable[[str, Iterable[str] | Mapping[str, str]], None],
) -> None:
    for table in _SIMPLE:
        kind = TABLES[table].kind
        rows = list(load_tsv(f"{table}.tsv"))
        if kind == "terms":
            register(table, [row[0] for row in rows])
        else:
            register(table, {row[0]: row[1] for row in rows})

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    display: dict[str, str] = {}
    for row in load_tsv("countries.tsv"):
        code, name = row[0], row[1]
        display[code] = name
        for form in [name, *_split(row[2] if len(row) > 2 else "")]:
            names[form] = code
        for form in _split(row[3] if len(row) > 3 else ""):
            demonyms[form] = code
    register("countries", names)
    register("demonyms", demonyms)
    register("country_display", display)

    register(
        "surname_countries",
        {row[0]: row[1] for row in load_tsv("surnames.tsv") if len(row) > 1},
    )

    places: dict[str, str] = {}
    for row in load_tsv("places.tsv"):
        value = f"{row[1]} {row[2]}"
        for form in [row[0], *_split(row[3] if len(row) > 3 else "")]:
            places[form] = value
    register("places", places)

    orgs: dict[str, str] = {}
    for row in load_tsv("intl_orgs.tsv"):
        name = row[0]
        for form in [
            name,
            *_split(row[1] if len(row) > 1 else ""),
            *_split(row[2] if len(row) > 2 else ""),
        ]:
            orgs[form] = name
    register("intl_orgs", orgs)
