"""MkDocs hook: sections generated from the code when the site is built, so they cannot
drift from it.

A page asks for one with a marker comment on a line of its own, e.g.
``<!-- generate: hooks -->``. The generators:

==================  ============================================================
``record-tables``   every field of the schema classes, and the controlled values
``cli``             every command and option, from ``coopextract.cli.build_parser``
``hooks``           every hook spec of ``coopextract.hookspecs``, with its docstring
``vocabulary``      the vocabulary tables (``coopextract.vocabulary.TABLES``)
``findings``        the kinds of findings (``coopextract.findings.FINDING_KINDS``)
``seed``            the first seed article beside the record extracted from it
``scores``          the generic rules' F1 figures on the seeds and the dev corpus
``pna-gain``        the tutorial plugin's figures against the core's
``pna-tree``        the files of the tutorial plugin
==================  ============================================================

An unknown marker fails the build.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import gen_measured
import gen_reference

MARKER = re.compile(r"^<!-- generate: ([\w-]+) -->$", re.MULTILINE)

GENERATORS: dict[str, Callable[[], str]] = {
    "record-tables": gen_reference.record_tables,
    "cli": gen_reference.cli,
    "hooks": gen_reference.hooks,
    "vocabulary": gen_reference.vocabulary,
    "findings": gen_reference.findings,
    "seed": gen_measured.seed,
    "scores": gen_measured.scores,
    "pna-gain": gen_measured.pna_gain,
    "pna-tree": gen_measured.pna_tree,
}


def expand(markdown: str) -> str:
    """The page with every marker replaced by its generated section."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise KeyError(f"unknown generated section {name!r}; known: {sorted(GENERATORS)}")
        return GENERATORS[name]()

    return MARKER.sub(replace, markdown)


def on_page_markdown(markdown: str, **_: Any) -> str:
    return expand(markdown)


__all__ = ["GENERATORS", "expand", "on_page_markdown"]
