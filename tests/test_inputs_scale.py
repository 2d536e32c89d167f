"""Saved HTML pages as input, and extraction mapped over Dask partitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopextract.cli import main
from coopextract.scale import extract_bag, extract_partition

from .conftest import DEV

PAGE = """<!DOCTYPE html><html><head><title>Vietnam, Laos sign agreement - Example News</title>
<meta property="og:title" content="Vietnam, Laos Red Cross societies sign agreement">
<meta property="article:published_time" content="2024-03-15T08:00:00+07:00"></head>
<body><nav>Home | World | Business | Share on Facebook</nav>
<article><h1>Vietnam, Laos Red Cross societies sign agreement</h1>
<p>Vientiane (VNA) - The Vietnam Red Cross Society (VNRC) and the Lao Red Cross (LRC) signed
a cooperation agreement for 2024-2028 in Vientiane on March 14.</p>
<p>Under the agreement, the two societies will share experience in disaster preparedness and
organise joint first aid training for their volunteers, the organisers said.</p>
</article><footer>Copyright 2024. All rights reserved.</footer></body></html>"""


def test_saved_html_pages_are_read_with_their_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert main(["--plugins", "", "extract", str(tmp_path / "page.html")]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["reference_date"] == "2024-03-15"
    [agreement] = row["agreements"]
    assert agreement["date"] == "2024-03-14"
    assert agreement["period"] == {"start": 2024, "end": 2028}
    assert "Copyright" not in json.dumps(row["organizations"])


def test_partitions_give_rows_in_order() -> None:
    docs = [
        {"doc_id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(DEV.glob("*.txt"))[:4]
    ]
    docs.append({"doc_id": "broken", "text": None})
    rows = list(extract_partition(docs, plugins=()))
    assert [r["doc_id"] for r in rows] == [d["doc_id"] for d in docs]
    assert "error" in rows[-1]


def test_dask_bag_with_the_local_scheduler() -> None:
    import dask.bag as db

    docs = [
        {"doc_id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(DEV.glob("*.txt"))
    ]
    bag = db.from_sequence(docs, npartitions=4)
    rows = extract_bag(bag, plugins=()).compute(scheduler="processes", num_workers=2)
    assert [r["doc_id"] for r in rows] == [d["doc_id"] for d in docs]
    assert sum(len(r["agreements"]) for r in rows) > 10
