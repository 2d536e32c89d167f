"""The bugs-caught corpus stays right: each article reproduces a real failure."""

from __future__ import annotations

import json

from coopextract import Extractor
from coopextract.codec import unstructure
from coopextract.evaluate import FIGURES, gold_files, score_corpus

from .conftest import BUGS, DEV


def _score(extractor: Extractor, directory: object) -> dict[str, object]:
    triples = []
    for stem, text, gold in gold_files(directory):  # type: ignore[arg-type]
        g = json.loads(gold.read_text(encoding="utf-8"))
        record = extractor.extract(
            text.read_text(encoding="utf-8"), reference_date=g["reference_date"], doc_id=stem
        )
        triples.append((stem, g, unstructure(record)))
    return score_corpus(triples).as_dict()


def test_every_caught_bug_stays_fixed(extractor: Extractor) -> None:
    result = _score(extractor, BUGS)
    assert len(list(BUGS.glob("*.gold.json"))) >= 5
    for figure in FIGURES:
        assert result[figure]["f"] >= 0.95, (figure, result[figure])  # type: ignore[index]


def test_dev_corpus_meets_the_accuracy_targets(extractor: Extractor) -> None:
    result = _score(extractor, DEV)
    assert result["overall_f1"] >= 0.90
    for figure in FIGURES:
        assert result[figure]["f"] >= 0.85, (figure, result[figure])  # type: ignore[index]
    slots = result["agreement_slots"]
    for slot in ("instrument", "date", "place", "period"):
        assert slots[slot] >= 0.85, (slot, slots)  # type: ignore[index]
