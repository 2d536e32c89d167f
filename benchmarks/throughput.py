"""Throughput, linearity, start-up and streaming memory of coopextract.

    python benchmarks/throughput.py [--mb 3] [--stream-mb 50] [--plugins vna,defence]

Prints one figure per line. Throughput is measured on the development corpus repeated to
``--mb`` megabytes, with one Extractor built once, beside the "regex floor": a single
compiled ``\\w+`` scan of the same text in the same run, so the ratio is stable across
machines. Memory is the peak RSS of ``coopextract extract -`` streaming a generated JSONL
file of ``--stream-mb`` megabytes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "dev"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]


def _best(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(plugins: list[str] | None, megabytes: float) -> None:
    from coopextract import Extractor

    extractor = Extractor(plugins=plugins)
    texts = _texts()
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for t in texts:
            corpus.append(t)
            size += len(t.encode("utf-8"))
    joined = "\n".join(corpus)
    floor = regex.compile(r"\w+")

    def run() -> None:
        for t in corpus:
            extractor.extract(t)

    def scan() -> None:
        for _ in floor.finditer(joined):
            pass

    seconds = _best(run, repeat=1)
    floor_seconds = _best(scan)
    mb = size / 1e6
    print(
        f"throughput      {mb / seconds:8.3f} MB/s  ({mb:.1f} MB, {len(corpus)} articles, one core)"
    )
    print(f"regex floor     {mb / floor_seconds:8.3f} MB/s  (\\w+ over the same text)")
    print(f"floor ratio     {floor_seconds / seconds:8.3f}  (pipeline speed / floor speed)")


def linearity(plugins: list[str] | None) -> None:
    from coopextract import Extractor

    extractor = Extractor(plugins=plugins)
    texts = _texts()
    small = [t for t in texts if 1500 <= len(t) <= 2600] or texts
    bodies = [t.split("\nRelated news")[0].split("\nTIN LI")[0] for t in texts]
    paragraphs = [p for t in bodies for p in t.split("\n\n")[1:] if len(p) > 80]
    # distinct paragraphs (a repeated one would be skipped as boilerplate)
    rounds = [[f"{p} (Part {n}.)" for p in paragraphs] for n in range(1, 5)]
    big = "Long article\n\n" + "\n\n".join(p for r in rounds for p in r)
    big = big[: big.rfind("\n\n", 0, 100_000)]
    per_small = _best(lambda: [extractor.extract(t) for t in small]) / sum(len(t) for t in small)
    per_big = _best(lambda: extractor.extract(big)) / len(big)
    print(f"per-byte 2 KB   {per_small * 1e6:8.3f} us/byte ({len(small)} articles)")
    print(f"per-byte 100 KB {per_big * 1e6:8.3f} us/byte ({len(big)} characters)")
    print(
        f"linearity       {per_big / per_small:8.3f}  (100 KB per-byte time / 2 KB per-byte time)"
    )


def parallel(plugins: list[str] | None, megabytes: float) -> None:
    """Speed-up of ``extract_many`` with one process per core over one process."""
    from coopextract.batch import extract_many

    texts = _texts()
    documents = []
    size = 0
    while size < megabytes * 1e6:
        for t in texts:
            documents.append({"doc_id": f"a{len(documents)}", "text": t})
            size += len(t.encode("utf-8"))
    cores = os.cpu_count() or 1
    timings = {}
    for workers in sorted({1, cores}):
        start = time.perf_counter()
        for _ in extract_many(documents, workers=workers, plugins=plugins):
            pass
        timings[workers] = time.perf_counter() - start
    speedup = timings[1] / timings[cores]
    print(
        f"workers={cores:<2}      {speedup:8.2f}x  speed-up over one process "
        f"({size / 1e6:.1f} MB, process start-up included)"
    )


def startup(plugins: list[str] | None) -> None:
    code = "import time; t=time.perf_counter(); import coopextract; print(time.perf_counter()-t)"
    imports = min(float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(3))
    print(f"import          {imports:8.3f} s")
    selected = "None" if plugins is None else repr(plugins)
    code = (
        "import time, coopextract; t=time.perf_counter(); "
        f"coopextract.Extractor(plugins={selected}); print(time.perf_counter()-t)"
    )
    build = min(float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(3))
    selection = plugins if plugins is not None else "all installed"
    print(f"Extractor()     {build:8.3f} s  (plugins: {selection})")


def streaming_memory(plugins: list[str] | None, megabytes: float) -> None:
    texts = _texts()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stream.jsonl"
        size = 0
        with path.open("w", encoding="utf-8") as handle:
            i = 0
            while size < megabytes * 1e6:
                line = json.dumps({"doc_id": f"a{i}", "text": texts[i % len(texts)]}) + "\n"
                handle.write(line)
                size += len(line)
                i += 1
        script = (
            "import resource, subprocess, sys\n"
            f"source = open({str(path)!r})\n"
            "subprocess.run(sys.argv[1:], stdin=source, stdout=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        )
        cli = [
            sys.executable,
            "-m",
            "coopextract.cli",
            "extract",
            "-",
            "--workers",
            "1",
            "--no-progress",
        ]
        if plugins is not None:
            cli[3:3] = ["--plugins", ",".join(plugins)]
        start = time.perf_counter()
        peak_kb = int(subprocess.check_output([sys.executable, "-c", script, *cli]).split()[-1])
        seconds = time.perf_counter() - start
        detail = f"({size / 1e6:.0f} MB JSONL, {seconds:.0f} s)"
        print(f"stream RSS      {peak_kb / 1024:8.1f} MB peak  {detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="corpus size for throughput")
    parser.add_argument(
        "--stream-mb", type=float, default=20.0, help="JSONL size for the memory run"
    )
    parser.add_argument("--plugins", default=None, help="comma list (default: all installed)")
    args = parser.parse_args()
    plugins = None if args.plugins is None else [p for p in args.plugins.split(",") if p]
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores")
    startup(plugins)
    throughput(plugins, args.mb)
    linearity(plugins)
    parallel(plugins, args.mb)
    if args.stream_mb > 0:
        streaming_memory(plugins, args.stream_mb)


if __name__ == "__main__":
    main()
