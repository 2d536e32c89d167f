"""The property kit, run against the core extractor (profile "ci" in the test suite)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopextract import Agreement, Organization, Period, Person, Record
from coopextract.pipeline import Extractor
from coopextract.testing import properties as props
from coopextract.testing import strategies as cst
from coopextract.testing.conformance import check_plugin

#: which installed plugins to test with ("" = the core alone); nox -s properties sets it
PLUGINS = [p for p in os.environ.get("COOPEXTRACT_PROPERTY_PLUGINS", "").split(",") if p]
CORE = Extractor(plugins=PLUGINS)
_PIECES = (
    *"abcdefghij ABCDEFG.,;:-()'\n\u2013\u2019",
    "Ministry",
    " of ",
    "Hanoi",
    " (VNA) ",
    "signed",
    " on March 3",
    "2024",
    "Ambassador ",
    "Nguyen Van An",
    "Trần Thị Hoà",
)
WIRE_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(st.text(max_size=400))
def test_never_crashes_on_any_text(text: str) -> None:
    props.check_never_crashes(CORE, text)


@given(WIRE_TEXT)
def test_evidence_always_equals_the_input(text: str) -> None:
    props.check_evidence(CORE, text)


@given(cst.articles(style="vna"))
def test_recovers_what_a_vna_article_planted(article: cst.Article) -> None:
    record = props.check_recovers(CORE, article)
    props.check_round_trip(record)


@given(cst.articles(style="defence"))
def test_recovers_what_a_defence_article_planted(article: cst.Article) -> None:
    props.check_recovers(CORE, article)


@given(cst.articles(noise=False))
def test_boilerplate_and_encodings_change_nothing(article: cst.Article) -> None:
    props.check_invariant_to_noise(CORE, article.text, reference_date=article.reference_date)


@given(cst.articles())
def test_deterministic(article: cst.Article) -> None:
    props.check_deterministic(CORE, article.text, reference_date=article.reference_date)


@given(cst.records())
def test_any_record_round_trips(record: Record) -> None:
    props.check_round_trip(record)


@given(
    st.from_type(Organization), st.from_type(Person), st.from_type(Period), st.from_type(Agreement)
)
def test_from_type_works_for_the_schema(
    org: object, person: object, period: object, agreement: object
) -> None:
    assert isinstance(org, Organization) and isinstance(person, Person)
    assert isinstance(period, Period) and isinstance(agreement, Agreement)


@given(cst.partial_dates())
def test_partial_dates_are_valid_schema_dates(date: str) -> None:
    from coopextract import Event

    assert Event("meeting", date=date).date == date


def test_the_installed_plugins_conform() -> None:
    import coopextract_defence
    import coopextract_vna

    for plugin in (coopextract_vna, coopextract_defence):
        records = check_plugin(plugin)
        assert len(records) >= 3


def test_conformance_names_a_broken_plugin() -> None:
    from coopextract import hookimpl

    class Broken:
        @hookimpl
        def coopextract_find(self, document, vocabulary, add):  # type: ignore[no-untyped-def]
            add("organisation", 0, 1, "x", rule="broken.kind")

    with pytest.raises(AssertionError, match="organisation"):
        check_plugin(Broken())
