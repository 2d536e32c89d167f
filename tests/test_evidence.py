"""Every value's evidence points at exactly the characters it names; output follows the schema."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from coopextract import Extractor, Record
from coopextract.codec import json_schema, unstructure

from .conftest import DEV, SEEDS

ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))


def _evidence(record: Record) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for group in ("organizations", "people", "agreements", "events"):
        for item in getattr(record, group):
            out += [(group, ev) for ev in item.evidence]
    return out


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_evidence_span_equals_the_input(extractor: Extractor, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    record = extractor.extract(text, doc_id=path.stem)
    spans = _evidence(record)
    assert spans, "every article here has at least one item with evidence"
    for group, ev in spans:
        assert text[ev.start : ev.end] == ev.text, (group, ev)  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ARTICLES[:4], ids=lambda p: p.stem)
def test_evidence_survives_decomposed_unicode_and_crlf(extractor: Extractor, path: Path) -> None:
    text = unicodedata.normalize("NFD", path.read_text(encoding="utf-8")).replace("\n", "\r\n")
    record = extractor.extract(text, doc_id=path.stem)
    for _, ev in _evidence(record):
        assert text[ev.start : ev.end] == ev.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_output_validates_against_the_json_schema(extractor: Extractor, path: Path) -> None:
    data = unstructure(extractor.extract(path.read_text(encoding="utf-8"), doc_id=path.stem))
    jsonschema.validate(data, json_schema())
    assert Record.from_json(json.dumps(data)) == extractor.extract(
        path.read_text(encoding="utf-8"), doc_id=path.stem
    )


def test_agreements_and_events_carry_their_codes(extractor: Extractor) -> None:
    record = extractor.extract((SEEDS / "003_1d29b7e5690eb465.txt").read_text(encoding="utf-8"))
    codes = {(e.kind.value, e.cameo, e.plover) for e in record.events}
    assert ("meeting", "04", "CONSULT") in codes
    assert ("request", "02", "REQUEST") in codes
    assert ("pledge", "03", "AGREE") in codes
    seed = extractor.extract((SEEDS / "000_fc63badabb488197.txt").read_text(encoding="utf-8"))
    assert [(a.cameo, a.plover) for a in seed.agreements] == [("057", "SUPPORT")]
