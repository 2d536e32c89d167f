"""Adversarial inputs: time must grow linearly with size (no catastrophic backtracking).

    python benchmarks/adversarial.py [--plugins vna,defence]

For each input kind, extraction is timed at three sizes; the last column is the time per
byte relative to the smallest size (1.0 is perfectly linear).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

KINDS: dict[str, Callable[[int], str]] = {
    "one long line": lambda n: ("cooperation between the two sides " * (n // 34 + 1))[:n],
    "capitalised words": lambda n: ("Capital " * (n // 8 + 1))[:n],
    "deep brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "digit runs": lambda n: ("1234567890" * (n // 10 + 1))[:n],
    "repeated 'of the'": lambda n: ("of the " * (n // 7 + 1))[:n],
    "'Ministry of' chains": lambda n: ("Ministry of " * (n // 12 + 1))[:n],
    "dates everywhere": lambda n: ("on March 3, 2024 and " * (n // 21 + 1))[:n],
    "names and titles": lambda n: ("Deputy Minister Nguyen Van An and " * (n // 34 + 1))[:n],
}
SIZES = (10_000, 100_000, 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugins", default=None, help="comma list (default: all installed)")
    args = parser.parse_args()
    from coopextract import Extractor

    plugins = None if args.plugins is None else [p for p in args.plugins.split(",") if p]
    extractor = Extractor(plugins=plugins)
    print(f"{'input':24s} " + " ".join(f"{s:>10,d} B" for s in SIZES) + "   per-byte ratio")
    for name, make in KINDS.items():
        times = []
        for size in SIZES:
            text = make(size)
            start = time.perf_counter()
            extractor.extract(text)
            times.append(time.perf_counter() - start)
        ratio = (times[-1] / SIZES[-1]) / (times[0] / SIZES[0])
        print(f"{name:24s} " + " ".join(f"{t:10.3f} s " for t in times) + f"   {ratio:6.2f}")


if __name__ == "__main__":
    main()
