"""Reusable properties of a good extractor, each a function you call in your own tests.

Every ``check_*`` raises ``AssertionError`` with a message that says what went wrong::

    from hypothesis import given, strategies as st
    from coopextract.testing import properties, strategies as cst

    @given(st.text())
    def test_never_crashes(text):
        properties.check_never_crashes(my_extractor, text)

    @given(cst.articles())
    def test_recovers(article):
        properties.check_recovers(my_extractor, article)
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs

from coopextract.codec import loads, unstructure
from coopextract.errors import CoopextractError
from coopextract.pipeline import Extractor
from coopextract.schema import Record
from coopextract.testing.strategies import Article
from coopextract.text import norm_key

__all__ = [
    "check_deterministic",
    "check_evidence",
    "check_invariant_to_noise",
    "check_never_crashes",
    "check_recovers",
    "check_round_trip",
    "facts",
]


def check_never_crashes(extractor: Extractor, text: object, **kwargs: Any) -> Record | None:
    """Any input gives a record or a :class:`~coopextract.CoopextractError`; nothing else."""
    try:
        record = extractor.extract(text, **kwargs)  # type: ignore[arg-type]
    except CoopextractError:
        return None
    assert isinstance(record, Record), f"extract returned {type(record).__name__}, not a Record"
    return record


def check_evidence(extractor: Extractor, text: str, **kwargs: Any) -> Record:
    """Every evidence span's text equals the input at its offsets."""
    record = extractor.extract(text, **kwargs)
    for group in ("organizations", "people", "agreements", "events"):
        for item in getattr(record, group):
            for ev in item.evidence:
                assert 0 <= ev.start <= ev.end <= len(text), (group, ev)
                assert text[ev.start : ev.end] == ev.text, (
                    f"{group} evidence {ev.text!r} != input[{ev.start}:{ev.end}] "
                    f"{text[ev.start : ev.end]!r} (rule {ev.rule}, plugin {ev.plugin})"
                )
    return record


def check_round_trip(record: Record) -> None:
    """A record survives JSON and back unchanged."""
    again = loads(record.to_json())
    assert again == record, "the JSON round trip changed the record"


def check_deterministic(extractor: Extractor, text: str, **kwargs: Any) -> None:
    """The same input gives the same record, again and after other work."""
    first = extractor.extract(text, **kwargs)
    assert extractor.extract(text, **kwargs) == first, "a second run differs"
    extractor.extract(text[::-1])  # caches warmed by something else must not leak
    assert _content(extractor.extract(text, **kwargs)) == _content(first), "a later run differs"


def facts(record: Record) -> dict[str, Any]:
    """What the scorer compares, with names as matching keys (evidence left out)."""
    return {
        "countries": sorted(record.countries),
        "organizations": sorted((norm_key(o.name), o.country or "") for o in record.organizations),
        "people": sorted(norm_key(p.name) for p in record.people),
        "agreements": sorted(
            (
                a.instrument.value,
                tuple(sorted(norm_key(p) for p in a.parties)),
                a.date or "",
                norm_key(a.place),
                (a.period.start, a.period.end) if a.period else None,
            )
            for a in record.agreements
        ),
        "events": sorted((e.kind.value, e.date or "") for e in record.events),
        "areas": sorted(a.value for a in record.areas),
    }


def _content(record: Record) -> dict[str, Any]:
    data = unstructure(attrs.evolve(record, diagnostics=()))
    for group in ("organizations", "people", "agreements", "events"):
        for item in data[group]:
            item.pop("evidence", None)
    return data


def check_recovers(extractor: Extractor, article: Article) -> Record:
    """The extractor finds what :func:`~coopextract.testing.strategies.articles` planted:
    the agreement (instrument, parties, date, place, period), the people, the countries."""
    record = extractor.extract(article.text, reference_date=article.reference_date)
    expected = article.expected
    assert len(record.agreements) == len(expected.agreements), (
        f"{len(record.agreements)} agreements found, {len(expected.agreements)} planted"
    )
    for got, want in zip(record.agreements, expected.agreements, strict=True):
        assert got.instrument == want.instrument, (got.instrument, want.instrument)
        assert sorted(map(norm_key, got.parties)) == sorted(map(norm_key, want.parties)), (
            got.parties,
            want.parties,
        )
        assert got.date == want.date, (got.date, want.date)
        assert norm_key(got.place) == norm_key(want.place), (got.place, want.place)
        assert got.period == want.period, (got.period, want.period)
    names = {norm_key(p.name) for p in record.people}
    for person in expected.people:
        assert norm_key(person.name) in names, f"{person.name!r} not among {sorted(names)}"
    assert set(expected.countries) <= set(record.countries), (record.countries, expected.countries)
    return record


def noisy_variants(text: str) -> list[str]:
    """The same article with boilerplate added and its bytes re-encoded."""
    related = "\n\nRelated news\nMinister visits the province\nFestival opens in the capital\n"
    return [
        text + related,
        text.replace("\n", "\r\n"),
        unicodedata.normalize("NFD", text),
        unicodedata.normalize("NFC", text),
        text + "\n(Source: VNA)\n",
    ]


def check_invariant_to_noise(extractor: Extractor, text: str, **kwargs: Any) -> None:
    """Boilerplate, CRLF and NFC/NFD changes leave the facts unchanged."""
    base = facts(extractor.extract(text, **kwargs))
    for variant in noisy_variants(text):
        got = facts(extractor.extract(variant, **kwargs))
        assert got == base, f"facts changed under noise: {got} != {base}"
