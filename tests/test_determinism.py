"""The same input gives the same record, whatever the interpreter's string hashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"

_SCRIPT = """
import json, sys
from pathlib import Path
from coopextract import Extractor, codec
ex = Extractor()
out = {}
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    out[path.name] = codec.unstructure(ex.extract(path.read_text(encoding="utf-8")))
# a place that is also a side of the meeting held there
for n, text in enumerate([
    "Singapore (VNA) - The ASEAN adopted a Work Plan on Fisheries for the 2016-2025 period "
    "during the fifth Ministerial Meeting on Marine Matters that concluded in Singapore on "
    "October 20.",
    "Bangkok (VNA) - Vietnam and Laos joined the third Ministerial Meeting on Water that "
    "concluded in Thailand on May 20.",
]):
    out[f"tie-{n}"] = codec.unstructure(ex.extract(text))
print(json.dumps(out, sort_keys=True))
"""


def _records(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(CORPUS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    records: dict[str, object] = json.loads(done.stdout)
    return records


def test_records_do_not_depend_on_string_hashing() -> None:
    first = _records("1")
    assert len(first) > 30
    for seed in ("2", "3", "4"):
        other = _records(seed)
        assert [name for name in first if first[name] != other[name]] == []
