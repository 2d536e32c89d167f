from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from coopextract.cli import main
from coopextract.codec import json_schema

from .conftest import SEEDS


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--plugins", "", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_a_directory_writes_jsonl_that_follows_the_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "extract", str(SEEDS))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["doc_id"] for r in rows] == ["000_fc63badabb488197", "003_1d29b7e5690eb465"]
    for row in rows:
        jsonschema.validate(row, json_schema())


def test_extract_out_dir_uses_sidecar_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Hanoi (VNA) - The Vietnam Red Cross Society (VNRC) and the Lao Red Cross (LRC) signed "
        "a cooperation agreement in Hanoi on March 14./.\n",
        encoding="utf-8",
    )
    (src / "a.meta.json").write_text(
        json.dumps({"published": "2024-03-15", "title": "Red Cross deal"})
    )
    code, _, _ = _run(capsys, "extract", str(src), "--out", str(tmp_path / "out"))
    assert code == 0
    record = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert record["reference_date"] == "2024-03-15"
    assert record["title"] == "Red Cross deal"
    assert record["agreements"][0]["date"] == "2024-03-14"


def test_reference_date_option_overrides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SEEDS / "003_1d29b7e5690eb465.txt", tmp_path / "s.txt")
    _, out, _ = _run(capsys, "extract", str(tmp_path / "s.txt"), "--reference-date", "2020-05-01")
    events = json.loads(out)["events"]
    assert events[0]["date"] == "2020-03-27"


def test_bad_files_give_error_rows_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(
        "Vietnam and Laos held talks in Hanoi on May 5, 2024.", encoding="utf-8"
    )
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = _run(capsys, "extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 1
    rows = {r["doc_id"]: r for r in map(json.loads, out.splitlines())}
    assert set(rows) == {"binary", "good", "latin1", "missing"}
    assert "events" in rows["good"]
    assert rows["latin1"]["error"]["type"] == "InputError"
    assert "UTF-8" in rows["latin1"]["error"]["message"]
    assert rows["missing"]["error"]["type"] == "SourceError"
    assert "latin1.txt" in err


def test_jsonl_on_stdin_passes_extra_fields_through(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(
            {
                "doc_id": "x1",
                "text": "Vietnam and Laos held talks on May 5.",
                "published": "2024-05-07",
                "url": "u",
            }
        ),
        "{broken",
        json.dumps({"doc_id": "x3", "text": 5}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = _run(capsys, "extract", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0]["doc_id"] == "x1" and rows[0]["url"] == "u"
    assert rows[0]["events"][0]["date"] == "2024-05-05"
    assert rows[1]["doc_id"] == "line-2" and "not JSON" in rows[1]["error"]["message"]
    assert rows[2]["doc_id"] == "x3" and rows[2]["error"]["type"] == "InputError"


def test_evaluate_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "evaluate", str(SEEDS), "--json", "--per-doc")
    result = json.loads(out)
    assert code == 0
    assert result["overall_f1"] == 1.0
    assert len(result["per_doc"]) == 2
    code, out, _ = _run(capsys, "evaluate", str(SEEDS))
    assert out.strip().endswith("overall F1 1.000")


def test_plugins_lists_the_builtin_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "plugins")
    plugins = {p["name"]: p for p in json.loads(out)}
    assert code == 0
    assert "coopextract.rules.organizations" in plugins
    assert plugins["coopextract.rules.organizations"]["builtin"] is True
    assert "coopextract_find" in plugins["coopextract.rules.organizations"]["hooks"]


def test_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    jsonschema.Draft202012Validator.check_schema(schema)


def test_errors_are_one_line_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "extract", str(SEEDS), "--reference-date", "last tuesday")
    assert code == 2
    assert err.startswith("coopextract: error:") and "YYYY-MM-DD" in err
    code, _, err = _run(capsys, "evaluate", str(tmp_path / "nowhere"))
    assert code == 2 and "not a directory" in err
