"""The tutorial plugin: installed, conforming, each step doing its job, and better than the
core on the two PNA reports of ``corpus/``."""

from __future__ import annotations

import json
from pathlib import Path

import coopextract_pna
import pytest

from coopextract import Extractor
from coopextract.codec import unstructure
from coopextract.evaluate import gold_files, score_corpus
from coopextract.testing.conformance import check_plugin

CORPUS = Path(__file__).parent / "corpus"
CORE = Extractor(plugins=[])
PNA = Extractor(plugins=[], extra_plugins=[coopextract_pna])


def _scores(extractor: Extractor) -> dict[str, float]:
    triples = []
    for stem, text, gold in gold_files(CORPUS):
        expected = json.loads(gold.read_text(encoding="utf-8"))
        record = extractor.extract(
            text.read_text(encoding="utf-8"),
            reference_date=expected["reference_date"],
            doc_id=stem,
        )
        triples.append((stem, expected, unstructure(record)))
    figures = score_corpus(triples).as_dict()
    return {"overall": figures["overall_f1"], "people": figures["people"]["f"]}


# step 1: the entry point
def test_installed_under_its_entry_point() -> None:
    assert "pna" in [p.name for p in Extractor(plugins=["pna"]).plugins]


def test_conforms() -> None:
    check_plugin(coopextract_pna)


# step 2: vocabulary
@pytest.mark.parametrize(
    ("written", "rank"),
    [("PBGen.", "Brigadier General"), ("PCol.", "Colonel"), ("RAdm.", "Rear Admiral")],
)
def test_abbreviated_ranks_are_written_out(written: str, rank: str) -> None:
    text = f"Talks\n\nMANILA – {written} Jose Santos met Vietnamese officers on Monday.\n"
    record = PNA.extract(text, reference_date="2025-03-05")
    assert [(p.name, p.rank) for p in record.people] == [("Jose Santos", rank)]


# steps 2 and 5: an office the core does not know, written out after resolution
def test_usec_is_an_undersecretary() -> None:
    text = (
        "Visit\n\nMANILA – Usec. Maria Lopez received a Vietnamese delegation on Monday.\n\n(PNA)\n"
    )
    assert [p.name for p in CORE.extract(text).people] == []
    record = PNA.extract(text, reference_date="2025-03-05")
    assert [(p.name, p.title) for p in record.people] == [("Maria Lopez", "Undersecretary")]


# steps 3 and 4: credits are furniture, and the closing one names the source
def test_credits() -> None:
    text = (
        "Talks held\n\nMANILA – Philippine and Vietnamese officials held talks on Monday.\n\n"
        "TALKS. Officials meet in Manila. (PNA photo by Ben Briones)\n\n(PNA)\n"
    )
    analysis = PNA.analyse(text, reference_date="2025-03-05")
    kinds = {s.rule: s.kind for s in analysis.document.segments}
    assert kinds["pna.photo_credit"] in ("credit", "caption")
    assert kinds["pna.closing_credit"] == "credit"
    assert analysis.record.source == "PNA"
    assert CORE.extract(text).source is None
    assert "Ben Briones" not in [p.name for p in analysis.record.people]


# step 5: "in this city" is the dateline's city, with evidence on the words themselves
def test_this_city_is_the_datelines_city() -> None:
    text = "Talks\n\nMANILA – Vietnam and the Philippines held talks in this city on Monday.\n"
    (event,) = PNA.extract(text, reference_date="2025-03-05").events
    assert event.place == "Manila"
    (place,) = [e for e in event.evidence if e.field == "place"]
    assert (place.text, place.rule) == ("this city", "pna.this_city")


def test_better_than_the_core_on_pna_reports() -> None:
    core, pna = _scores(CORE), _scores(PNA)
    assert pna["overall"] > core["overall"]
    assert pna["people"] > core["people"]
