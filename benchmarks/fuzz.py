"""Fuzz the extractor and the JSONL reader with Hypothesis for a set time.

    python benchmarks/fuzz.py --seconds 60

Runs random and structured inputs until the time is up; any exception other than a
CoopextractError, and any evidence span off its text, fails the run with the input that
caused it. Prints how many inputs each target saw.
"""

from __future__ import annotations

import argparse
import io
import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopextract import CoopextractError, Extractor
from coopextract.inputs import read_jsonl
from coopextract.testing import properties as props
from coopextract.testing import strategies as cst

EXTRACTOR = Extractor()
TEXTS = st.one_of(
    st.text(max_size=2000),
    st.binary(max_size=2000).map(lambda b: b.decode("utf-8", errors="replace")),
    cst.articles().map(lambda a: a.text),
    st.lists(
        st.sampled_from(
            [
                "Ministry of ",
                "(VNA) ",
                "on May 5 ",
                "signed an MoU ",
                "Nguyen Van An ",
                "TIN LIÊN QUAN\n",
                "(Photo: VNA)",
                "/.",
                "\r\n",
                "\u0301",
                "of the ",
            ]
        ),
        max_size=200,
    ).map("".join),
)
LINES = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.builds(
            lambda t, d: json.dumps({"doc_id": d, "text": t}),
            st.text(max_size=200),
            st.text("abc", max_size=5),
        ),
    ),
    max_size=20,
).map("\n".join)


def run(seconds: float) -> None:
    deadline = 0.0
    counts = {"extract": 0, "jsonl": 0}

    @settings(
        max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(TEXTS)
    def extract(text: str) -> None:
        nonlocal deadline
        if time.monotonic() > deadline:
            raise _TimeUp
        counts["extract"] += 1
        props.check_evidence(EXTRACTOR, text)

    @settings(
        max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(LINES)
    def jsonl(data: str) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        counts["jsonl"] += 1
        for item in read_jsonl(io.StringIO(data)):
            if item.error is not None:
                assert isinstance(item.error, CoopextractError), item.error
            elif item.text is not None:
                EXTRACTOR.extract(item.text)

    for target in (extract, jsonl):  # half the time each
        deadline = time.monotonic() + seconds / 2
        try:
            target()
        except Exception as exc:
            if not _only_time_up(exc):
                raise
    print(f"fuzzed {counts['extract']} texts and {counts['jsonl']} JSONL streams; no failure")


class _TimeUp(Exception):
    pass


def _only_time_up(exc: BaseException) -> bool:
    """The stop signal, alone or as every failure of a group (Hypothesis may replay it and
    report it as a flaky group)."""
    inner = getattr(exc, "exceptions", None)
    if inner:
        return all(_only_time_up(e) for e in inner)
    return isinstance(exc, _TimeUp)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    run(parser.parse_args().seconds)
