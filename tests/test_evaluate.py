"""The scorer: gold against itself is perfect; each matching rule of the spec holds."""

from __future__ import annotations

import json
from collections import Counter

from coopextract.evaluate import FIGURES, Tally, score_corpus, score_pair

from .conftest import DEV


def _pair(
    gold: dict[str, object], pred: dict[str, object]
) -> tuple[dict[str, Tally], Counter[str]]:
    tallies = {k: Tally() for k in FIGURES}
    slots: Counter[str] = Counter()
    score_pair(gold, pred, tallies, slots)
    return tallies, slots


def test_dev_gold_scores_one_against_itself() -> None:
    triples = []
    for path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        triples.append((path.stem, gold, gold))
    result = score_corpus(triples).as_dict()
    assert result["overall_f1"] == 1.0
    assert all(
        result["agreement_slots"][k] == 1.0
        for k in ("instrument", "date", "place", "period", "parties_f1")
    )


def test_organizations_match_on_alias_or_acronym_unless_countries_conflict() -> None:
    gold = {
        "organizations": [
            {
                "name": "Ministry of Justice",
                "country": "VN",
                "aliases": ["Vietnamese Ministry of Justice"],
            }
        ]
    }
    tallies, _ = _pair(
        gold, {"organizations": [{"name": "Vietnamese Ministry of Justice", "country": None}]}
    )
    assert tallies["organizations"].tp == 1
    tallies, _ = _pair(gold, {"organizations": [{"name": "Ministry of Justice", "country": "MN"}]})
    assert tallies["organizations"].tp == 0


def test_names_match_after_normalisation() -> None:
    gold = {"people": [{"name": "Trịnh Văn Quyết", "title": "Deputy Prime Minister"}]}
    tallies, slots = _pair(
        gold, {"people": [{"name": "Trinh Van Quyet", "title": "Deputy Prime Minister"}]}
    )
    assert tallies["people"].tp == 1
    assert slots["person_title_ok"] == 1


def test_agreements_need_a_shared_party_and_compatible_dates() -> None:
    gold = {
        "agreements": [
            {
                "instrument": "agreement",
                "parties": ["Bac Giang People's Committee", "Moscow"],
                "date": "2024-03-14",
            }
        ]
    }
    tallies, slots = _pair(
        gold,
        {"agreements": [{"instrument": "agreement", "parties": ["Bac Giang"], "date": "--03-14"}]},
    )
    assert tallies["agreements"].tp == 1  # "bac giang" is held by the gold party as whole words
    assert slots["date_ok"] == 0  # the slot wants the exact value
    tallies, _ = _pair(
        gold,
        {"agreements": [{"instrument": "agreement", "parties": ["Moscow"], "date": "2024-03-15"}]},
    )
    assert tallies["agreements"].tp == 0


def test_events_are_a_multiset_of_kind_and_date() -> None:
    gold = {
        "events": [
            {"kind": "meeting", "date": "2024-06-19"},
            {"kind": "meeting", "date": "2024-06-19"},
        ]
    }
    tallies, _ = _pair(
        gold,
        {"events": [{"kind": "meeting", "date": "2024-06-19"}, {"kind": "meeting", "date": None}]},
    )
    assert (tallies["events"].tp, tallies["events"].extracted, tallies["events"].gold) == (1, 1, 2)


def test_empty_against_empty_is_perfect_and_missing_is_reported() -> None:
    result = score_corpus([("a", {}, {}), ("b", {"countries": ["VN"]}, None)]).as_dict()
    assert result["missing"] == ["b"]
    assert result["countries"]["r"] == 0.0
    assert result["areas"] == {"p": 1.0, "r": 1.0, "f": 1.0}
