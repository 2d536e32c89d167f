"""The defence plugin: ranks of many forces, military bodies, defence cooperation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopextract import Extractor
from coopextract.codec import unstructure
from coopextract.evaluate import gold_files, score_corpus

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


def test_the_plugin_is_installed_under_its_entry_point() -> None:
    assert "defence" in [p.name for p in Extractor(plugins=["defence"]).plugins]


def test_the_plugin_does_better_than_the_core_on_defence_news() -> None:
    assert _overall(Extractor(plugins=["defence"])) > _overall(Extractor(plugins=[]))


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("R.Adm.", "Rear Admiral"),
        ("Air Vice Marshal", "Air Vice Marshal"),
        ("Police Major General", "Major General"),
        ("Brig.Gen.", "Brigadier General"),
        ("Lt. Cdr.", "Lieutenant Commander"),
        ("Wing Commander", "Wing Commander"),
    ],
)
def test_ranks_are_written_out(written: str, rank: str) -> None:
    text = f"Hanoi (VNA) - {written} Tran Van Long received the delegation in Hanoi on May 5./."
    record = Extractor(plugins=["defence"]).extract(text, reference_date="2025-05-06")
    assert [(p.name, p.rank) for p in record.people] == [("Tran Van Long", rank)]


def test_port_calls_and_joint_searches_are_events() -> None:
    text = (
        "Da Nang (VNA) - Two Japanese ships made a port call at Tien Sa Port on July 2. "
        "The two sides will begin a joint search for the remains of fallen soldiers in "
        "early August./."
    )
    record = Extractor(plugins=["defence"]).extract(text, reference_date="2025-07-03")
    kinds = sorted((e.kind.value, e.date, e.status.value) for e in record.events)
    assert kinds == [
        ("joint_activity", "2025-08", "planned"),
        ("meeting", "2025-07-02", "happened"),
    ]
    assert "defence" in [a.value for a in record.areas]


def test_an_academy_is_a_body_and_a_fleet_commanders_office_is_not() -> None:
    text = (
        "Two ships led by R.Adm. Ravi Kumar, Flag Officer Commanding Western Fleet, docked at "
        "Cam Ranh on June 17. The next day the attaché visited the Naval Academy."
    )
    record = Extractor(plugins=["defence"]).extract(text, reference_date="2025-06-20")
    assert [o.name for o in record.organizations] == ["Naval Academy"]
