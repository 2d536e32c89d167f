"""The two seed articles come out exactly as their gold records, by general rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopextract import Extractor
from coopextract.codec import unstructure
from coopextract.evaluate import FIGURES, gold_files, score_corpus

from .conftest import ROOT, SEEDS


def _score(extractor: Extractor, directory: Path) -> dict[str, object]:
    triples = []
    for stem, text_path, gold_path in gold_files(directory):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record = extractor.extract(
            text_path.read_text(encoding="utf-8"),
            reference_date=gold["reference_date"],
            doc_id=stem,
        )
        triples.append((stem, gold, unstructure(record)))
    return score_corpus(triples).as_dict()


def test_both_seeds_score_one_on_every_figure(extractor: Extractor) -> None:
    result = _score(extractor, SEEDS)
    for figure in FIGURES:
        assert result[figure] == {"p": 1.0, "r": 1.0, "f": 1.0}, figure
    assert result["overall_f1"] == 1.0
    slots = result["agreement_slots"]
    assert slots == {
        "instrument": 1.0,
        "date": 1.0,
        "place": 1.0,
        "period": 1.0,
        "parties_f1": 1.0,
        "matched": 1,
    }
    assert result["person_title_acc"] == 1.0


@pytest.mark.parametrize("stem", ["000_fc63badabb488197", "003_1d29b7e5690eb465"])
def test_seed_record_fields_equal_gold(extractor: Extractor, stem: str) -> None:
    gold = json.loads((SEEDS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    record = unstructure(
        extractor.extract((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"), doc_id=stem)
    )
    for key in ("title", "source", "countries", "areas"):
        assert (
            sorted(record[key]) == sorted(gold[key])
            if isinstance(gold[key], list)
            else record[key] == gold[key]
        )
    assert [o["name"] for o in record["organizations"]] == [
        o["name"] for o in gold["organizations"]
    ]
    assert [p["name"] for p in record["people"]] == [p["name"] for p in gold["people"]]
    assert [(p["title"], p["rank"]) for p in record["people"]] == [
        (p["title"], p["rank"]) for p in gold["people"]
    ]
    keep = ("kind", "date", "date_qualifier", "status")
    assert [{k: e[k] for k in keep} for e in record["events"]] == [
        {k: e[k] for k in keep} for e in gold["events"]
    ]
    for mine, theirs in zip(record["agreements"], gold["agreements"], strict=True):
        for key in ("instrument", "parties", "date", "place", "period"):
            assert mine[key] == theirs[key], key


_SEED_MARKERS = (
    "fc63badabb488197",
    "1d29b7e5690eb465",
    "Lianys",
    "Ping Wang",
    "Bui Thi Hoa",
    "Ngo Xuan Lich",
    "RCSC",
    "Red Cross Society of China",
    "Revolutionary Armed Forces",
)


def test_no_rule_names_a_seed() -> None:
    """General rules only: no code or data file mentions the seeds' own words."""
    offenders = []
    for folder in (ROOT / "src", ROOT / "plugins"):
        for path in folder.rglob("*"):
            if path.suffix not in (".py", ".tsv", ".txt", ".json", ".toml") or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [f"{path.relative_to(ROOT)}: {m}" for m in _SEED_MARKERS if m in text]
    assert offenders == []
