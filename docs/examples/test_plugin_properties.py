"""Property tests for a plugin, as a plugin author writes them (run by CI)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coopextract import Extractor, hookimpl
from coopextract.testing import properties
from coopextract.testing import strategies as cst
from coopextract.testing.conformance import check_plugin


class PortCalls:
    """A tiny plugin: a port call is a meeting."""

    @hookimpl
    def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
        register("event_triggers", {r"port\s+calls?": "meeting"})


EXTRACTOR = Extractor(plugins=[], extra_plugins=[PortCalls()])


def test_the_plugin_conforms() -> None:
    check_plugin(PortCalls())


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    properties.check_never_crashes(EXTRACTOR, text)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(cst.articles())
def test_still_recovers_signings(article: cst.Article) -> None:
    properties.check_recovers(EXTRACTOR, article)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(cst.articles(noise=False))
def test_noise_changes_nothing(article: cst.Article) -> None:
    properties.check_invariant_to_noise(
        EXTRACTOR, article.text, reference_date=article.reference_date
    )


def test_port_calls_are_meetings() -> None:
    record = EXTRACTOR.extract(
        "Two ships made a port call at Cam Ranh on June 2.", reference_date="2025-06-03"
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-06-02")]
