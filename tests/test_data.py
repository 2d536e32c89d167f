"""Lint the data tables: headers, shapes, duplicates, labels, patterns that compile."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

from coopextract.schema import is_country_code
from coopextract.vocabulary import TABLES

DATA = resources.files("coopextract.data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".tsv"))
SPECIAL_COLUMNS = {"countries.tsv": 4, "places.tsv": 4, "intl_orgs.tsv": 3, "surnames.tsv": 2}


def _rows(name: str) -> list[list[str]]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@pytest.mark.parametrize("name", FILES)
def test_every_file_has_a_header_that_says_its_format(name: str) -> None:
    head = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()[:8]
    assert head[0].startswith(f"# {name}")
    assert any(line.startswith("# format:") for line in head)


@pytest.mark.parametrize("name", FILES)
def test_rows_have_the_right_shape_and_no_duplicates(name: str) -> None:
    rows = _rows(name)
    assert rows, "no rows"
    table = name.removesuffix(".tsv")
    if name in SPECIAL_COLUMNS:
        width = SPECIAL_COLUMNS[name]
        assert all(1 < len(r) <= width for r in rows), [r for r in rows if not 1 < len(r) <= width][
            :3
        ]
    else:
        width = 1 if TABLES[table].kind == "terms" else 2
        assert all(len(r) == width for r in rows), [r for r in rows if len(r) != width][:3]
    keys = [r[0] for r in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert duplicates == []
    assert all(k == k.strip() and k for k in keys)


@pytest.mark.parametrize(
    "name",
    [
        f
        for f in FILES
        if f.removesuffix(".tsv") in TABLES and TABLES[f.removesuffix(".tsv")].kind == "patterns"
    ],
)
def test_patterns_compile_and_carry_known_labels(name: str) -> None:
    spec = TABLES[name.removesuffix(".tsv")]
    for pattern, label in _rows(name):
        regex.compile(pattern, regex.V1)
        assert spec.labels is None or label in spec.labels, (pattern, label)


def test_country_codes_are_iso_and_names_unique() -> None:
    seen: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        assert is_country_code(row[0]), row
        forms = [row[1], *[f for f in (row[2] if len(row) > 2 else "").split("|") if f]]
        forms += [f for f in (row[3] if len(row) > 3 else "").split("|") if f]
        for form in forms:
            assert form.lower() not in seen or seen[form.lower()] == row[0], (
                form,
                row[0],
                seen.get(form.lower()),
            )
            seen[form.lower()] = row[0]


def test_places_name_known_countries() -> None:
    codes = {r[0] for r in _rows("countries.tsv")}
    for row in _rows("places.tsv"):
        assert row[1] in codes, row
        assert row[2] in ("capital", "city", "province", "region"), row


def test_ranks_are_written_out_in_full() -> None:
    for _, full in _rows("ranks.tsv"):
        assert "." not in full and full == full.strip()
