"""The tutorial plugin: installed, conforming, and better than the core on PNA reports."""

from __future__ import annotations

import json
from pathlib import Path

import coopextract_pna

from coopextract import Extractor
from coopextract.codec import unstructure
from coopextract.evaluate import gold_files, score_corpus
from coopextract.testing.conformance import check_plugin

CORPUS = Path(__file__).parent / "corpus"


def _overall(extractor: Extractor) -> float:
    triples = []
    for stem, text, gold in gold_files(CORPUS):
        g = json.loads(gold.read_text(encoding="utf-8"))
        record = extractor.extract(
            text.read_text(encoding="utf-8"), reference_date=g["reference_date"], doc_id=stem
        )
        triples.append((stem, g, unstructure(record)))
    return float(score_corpus(triples).as_dict()["overall_f1"])


def test_installed_under_its_entry_point() -> None:
    assert "pna" in [p.name for p in Extractor(plugins=["pna"]).plugins]


def test_conforms() -> None:
    check_plugin(coopextract_pna)


def test_better_than_the_core_on_pna_reports() -> None:
    assert _overall(Extractor(plugins=["pna"])) > _overall(Extractor(plugins=[]))


def test_dateline_and_source() -> None:
    text = "Pact signed\n\nDAVAO CITY -- The two sides signed an agreement on Monday.\n\nPNA\n"
    record = Extractor(plugins=["pna"]).extract(text, reference_date="2025-03-05")
    assert record.source == "PNA"
    assert record.agreements[0].place == "Davao"
