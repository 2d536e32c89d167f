"""Many documents: order kept, nothing lost, processes, flat tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from coopextract.batch import extract_many
from coopextract.cli import main
from coopextract.inputs import InputDocument

from .conftest import DEV

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:10]]


def _docs() -> list[object]:
    docs: list[object] = [
        {"doc_id": f"d{i}", "text": t, "url": f"u{i}"} for i, t in enumerate(TEXTS)
    ]
    docs.insert(3, {"doc_id": "bad-date", "text": "talks", "published": "someday"})
    docs.insert(5, {"doc_id": "not-text", "text": b"bytes"})
    docs.insert(7, "not a dict")
    return docs


@pytest.mark.parametrize("workers", [1, 2])
def test_every_document_gives_a_record_or_an_error_row_in_order(workers: int) -> None:
    results = list(extract_many(_docs(), workers=workers, plugins=[]))
    assert [r.doc_id for r in results][:4] == ["d0", "d1", "d2", "bad-date"]
    assert len(results) == len(TEXTS) + 3
    errors = {r.doc_id: r for r in results if not r.ok}
    assert set(errors) == {"bad-date", "not-text", "doc-7"}
    assert type(errors["bad-date"].error).__name__ == "InputError"
    assert errors["not-text"].to_row()["error"]["type"] == "InputTypeError"
    good = [r for r in results if r.ok]
    assert all(r.record is not None and r.record.doc_id == r.doc_id for r in good)
    assert good[0].to_row()["url"] == "u0"


def test_parallel_and_serial_runs_agree() -> None:
    serial = [r.to_row() for r in extract_many(_docs(), workers=1, plugins=[])]
    parallel = [r.to_row() for r in extract_many(_docs(), workers=2, plugins=[])]
    assert serial == parallel


def test_input_documents_are_accepted_as_they_are() -> None:
    doc = InputDocument(
        "x", "x", text="Vietnam and Laos held talks in Hanoi on May 5.", reference_date="2024-05-07"
    )
    [result] = list(extract_many([doc], plugins=[]))
    assert result.record is not None and result.record.events[0].date == "2024-05-05"


def test_cli_writes_flat_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--plugins", "", "extract", str(DEV), "--tables", str(tmp_path), "--workers", "2"])
    assert code == 0
    assert capsys.readouterr().out == ""
    with (tmp_path / "agreements.csv").open(encoding="utf-8") as handle:
        agreements = list(csv.DictReader(handle))
    with (tmp_path / "documents.csv").open(encoding="utf-8") as handle:
        documents = list(csv.DictReader(handle))
    assert len(documents) == len(list(DEV.glob("*.txt")))
    assert {"doc_id", "instrument", "parties", "date", "cameo", "plover"} <= set(agreements[0])
    assert sum(int(d["agreements"]) for d in documents) == len(agreements)
    seed = [a for a in agreements if a["doc_id"] == "dev-01"]
    assert seed[0]["instrument"] == "agreement" and seed[0]["period_start"] == "2024"


def test_cli_streams_jsonl_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    lines = "\n".join(json.dumps({"doc_id": f"s{i}", "text": t}) for i, t in enumerate(TEXTS))
    monkeypatch.setattr("sys.stdin", io.StringIO(lines + "\n"))
    assert main(["--plugins", "", "extract", "-", "--workers", "2"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["doc_id"] for r in rows] == [f"s{i}" for i in range(len(TEXTS))]
