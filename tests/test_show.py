"""The workbench: a self-contained HTML page and a plain-text account."""

from __future__ import annotations

import html.parser
from pathlib import Path

import pytest

from coopextract import Extractor
from coopextract.cli import main
from coopextract.show import explain, render_html

from .conftest import SEEDS

SEED = SEEDS / "000_fc63badabb488197.txt"


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[set[str]] = []
        self.links: list[set[str]] = []
        self.external: list[str] = []
        self.text: list[str] = []
        self.in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self.marks.append(set((a.get("data-s") or "").split()))
        if tag == "a" and "data-ids" in a:
            self.links.append(set((a.get("data-ids") or "").split()))
        for key in ("src", "href"):
            value = a.get(key) or ""
            if value.startswith(("http:", "https:", "//")):
                self.external.append(value)
        if tag == "div" and a.get("id") == "article":
            self.in_article = True
        elif tag == "div" and self.in_article:
            self.in_article = False

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.text.append(data)


def test_html_is_self_contained_and_every_link_points_at_a_span(extractor: Extractor) -> None:
    page = render_html(extractor.analyse(SEED.read_text(encoding="utf-8"), doc_id="seed"))
    parser = _Collector()
    parser.feed(page)
    assert page.startswith("<!DOCTYPE html>")
    assert parser.external == []
    span_ids = set().union(*parser.marks)
    linked = set().union(*parser.links)
    assert linked, "record values link to spans"
    assert linked <= span_ids


def test_html_article_pane_holds_the_article_verbatim(extractor: Extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(render_html(extractor.analyse(text)))
    assert "".join(parser.text) == text


def test_explain_names_values_rules_and_plugins(extractor: Extractor) -> None:
    out = explain(extractor.analyse(SEED.read_text(encoding="utf-8"), doc_id="seed"))
    assert "organization 'Vietnam Red Cross Society'" in out
    assert "<- organizations." in out and "(coopextract.rules.organizations)" in out
    assert "agreement 'memorandum_of_understanding'" in out


def test_cli_show_writes_html_and_explains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "page.html"
    assert main(["--plugins", "", "show", str(SEED), "--html", str(out), "--explain"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Vietnam Red Cross Society" in capsys.readouterr().out
