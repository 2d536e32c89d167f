"""The VNA plugin: page furniture, credits, Party and State offices."""

from __future__ import annotations

import json
from pathlib import Path

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
    names = [p.name for p in Extractor(plugins=["vna"]).plugins]
    assert "vna" in names


def test_the_plugin_does_better_than_the_core_on_vna_pages() -> None:
    core = _overall(Extractor(plugins=[]))
    with_vna = _overall(Extractor(plugins=["vna"]))
    assert with_vna > core


def test_page_furniture_is_boilerplate_and_captions_keep_their_people() -> None:
    text = (
        "Vietnam, Laos hold talks\n"
        "Friday, May 2, 2025 08:30\n"
        "By Thu Trang\n\n"
        "Hanoi (VNA) - Vietnamese and Lao officials held talks in Hanoi on May 1.\n"
        "ảnh 1 Vice Chairman Pham Quoc Bao speaks at the talks. (Photo: VNA)\n"
        "Tags: Vietnam Laos\n"
    )
    record = Extractor(plugins=["vna"]).extract(text, reference_date="2025-05-02")
    assert [p.name for p in record.people] == ["Pham Quoc Bao"]
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-05-01")]
    for person in record.people:
        assert all(not ev.text.startswith("ảnh") for ev in person.evidence)


def test_vietnamplus_credit_names_vna_as_source() -> None:
    text = "Hanoi, May 1 (VNA/VNP) - Vietnamese and Lao officials held talks in Hanoi on May 1./."
    assert Extractor(plugins=["vna"]).extract(text).source == "VNA"


def test_party_offices_are_titles() -> None:
    text = (
        "Hanoi (VNA) - Standing Vice Chairman of the Hai Duong provincial People's Committee "
        "Le Van Hieu received a Lao delegation in Hanoi on June 3./."
    )
    record = Extractor(plugins=["vna"]).extract(text, reference_date="2025-06-04")
    assert [(p.name, p.title) for p in record.people] == [("Le Van Hieu", "Standing Vice Chairman")]


def test_the_national_assembly_is_the_affiliation_of_its_chairs() -> None:
    text = (
        "Hanoi (VNA) - National Assembly Vice Chairwoman Tran Thi Lan and Vice Chairman of the "
        "National Assembly Pham Van Duc received a Lao delegation in Hanoi on June 3./."
    )
    record = Extractor(plugins=["vna"]).extract(text, reference_date="2025-06-04")
    assert [(p.name, p.title, p.affiliation) for p in record.people] == [
        ("Tran Thi Lan", "Vice Chairwoman", "National Assembly"),
        ("Pham Van Duc", "Vice Chairman", "National Assembly"),
    ]
    assert [(o.name, o.country) for o in record.organizations] == [("National Assembly", "VN")]
