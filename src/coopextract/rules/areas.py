"""Built-in plugin: keywords of the areas of cooperation (the ``area_keywords`` table)."""

from __future__ import annotations

from collections.abc import Callable

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.patterns import scan_table
from coopextract.vocabulary import Vocabulary


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    scan_table(document, vocabulary, "area_keywords", "area", add, rule="areas.keyword")
