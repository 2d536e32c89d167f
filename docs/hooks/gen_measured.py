"""Pages sections computed when the site is built: a seed and its record, and scores."""

from __future__ import annotations

import html
import importlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_fc63badabb488197"
PNA = ROOT / "docs" / "examples" / "coopextract-pna"


def seed() -> str:
    """The first seed article beside the record coopextract makes of it."""
    from coopextract import Extractor

    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    record = Extractor(plugins=[]).extract(
        text, reference_date=gold["reference_date"], doc_id="seed-000"
    )
    data = record.to_dict()
    for group in ("organizations", "people", "agreements", "events"):
        for item in data[group]:
            item.pop("evidence", None)
    for key in ("plugins", "diagnostics"):
        data.pop(key, None)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    article = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        '<div class="grid seed" markdown>\n\n'
        f'<div class="seed-article" markdown="0">\n{article}\n</div>\n\n'
        f"```json\n{_compact(data)}\n```\n\n"
        "</div>\n"
    )


def _compact(value: Any, indent: str = "") -> str:
    """JSON that keeps lists of plain values on one line, so it fits a narrow column."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {_compact(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        items = [inner + _compact(v, inner) for v in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def _score(directory: Path, extractor: Any) -> dict[str, Any]:
    from coopextract.evaluate import gold_files, score_corpus

    triples = []
    for stem, text, gold in gold_files(directory):
        expected = json.loads(gold.read_text(encoding="utf-8"))
        record = extractor.extract(
            text.read_text(encoding="utf-8"),
            reference_date=expected.get("reference_date"),
            doc_id=stem,
        )
        triples.append((stem, expected, record.to_dict()))
    return score_corpus(triples).as_dict()


FIGURES = ("countries", "organizations", "people", "agreements", "events", "areas")


def _table(columns: dict[str, dict[str, Any]]) -> str:
    names = list(columns)
    rows = ["| F1 | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    for figure in FIGURES:
        cells = " | ".join(f"{columns[n][figure]['f']:.3f}" for n in names)
        rows.append(f"| {figure} | {cells} |")
    overall = " | ".join(f"**{columns[n]['overall_f1']:.3f}**" for n in names)
    rows.append(f"| **overall** | {overall} |")
    return "\n".join(rows) + "\n"


def scores() -> str:
    """The generic rules (no plugin) on the seeds and on the development corpus."""
    from coopextract import Extractor

    core = Extractor(plugins=[])
    dev = ROOT / "tests" / "corpus" / "dev"
    n_dev = len(list(dev.glob("*.gold.json")))
    n_seeds = len(list((ROOT / "seeds").glob("*.gold.json")))
    return _table(
        {
            f"seeds ({n_seeds} articles)": _score(ROOT / "seeds", core),
            f"dev corpus ({n_dev} articles)": _score(dev, core),
        }
    )


def pna_gain() -> str:
    """The tutorial plugin against the core on the plugin's own corpus."""
    from coopextract import Extractor

    if str(PNA / "src") not in sys.path:
        sys.path.insert(0, str(PNA / "src"))
    plugin = importlib.import_module("coopextract_pna")
    corpus = PNA / "tests" / "corpus"
    return _table(
        {
            "core only": _score(corpus, Extractor(plugins=[])),
            "core + pna": _score(corpus, Extractor(plugins=[], extra_plugins=[plugin])),
        }
    )


def pna_tree() -> str:
    """The files of the tutorial plugin, as a tree."""
    skip = ("__pycache__", ".egg-info", ".pytest_cache")
    files = sorted(
        p.relative_to(PNA)
        for p in PNA.rglob("*")
        if p.is_file() and not any(s in str(p) for s in skip)
    )
    lines = ["coopextract-pna/"]
    for path in files:
        depth = len(path.parts) - 1
        for i, part in enumerate(path.parts[:-1]):
            entry = "    " * (i + 1) + part + "/"
            if entry not in lines:
                lines.append(entry)
        lines.append("    " * (depth + 1) + path.name)
    return "```text\n" + "\n".join(lines) + "\n```\n"
