"""Built-in plugin: date and period expressions, found by bounded patterns.

Date findings carry the *unresolved* date: what the text says, never more. Resolution
(:mod:`coopextract.resolve.timeline`) later gives a year-less date its year from the
reference date and the tense, and a relative date ("the same day") its anchor. Every
pattern is bounded (no nested repetition), so matching stays linear in the text's size.

The numbers are parsed here; python-dateutil does the calendar arithmetic in resolution.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Iterator
from typing import Any

import regex

from coopextract.dispatch import Dispatcher
from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.vocabulary import Vocabulary

MONTHS = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
}

# a month's full name ends its word ("May", not "Mayor"); a short one may take a dot
_M = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![\w-])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?![\w-])))"
)
_Y = r"(?:19[5-9]\d|20\d\d|21[0-4]\d)"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Q = r"(?:(?i:early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+days\s+of|the\s+last\s+days\s+of)\s+|(?i:mid|end)-)"
_N = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

_DATE = regex.compile(
    rf"""
    (?P<range>(?i:from)\s+(?P<rm>{_M})\s+(?P<rd>{_D})\s+(?i:to|until|till|through)\s+
        (?:(?P<rme>{_M})\s+)?(?P<rde>{_D})(?:,?\s+(?P<ry>{_Y}))?(?!\d))
  | (?P<md>(?P<mdm>{_M})\s+(?P<mdd>{_D})(?:\s*-\s*(?P<mdde>{_D}))?(?:,?\s+(?P<mdy>{_Y}))?(?![\d,]\d))
  | (?P<dm>(?P<dmd>{_D})(?:\s*-\s*(?P<dmde>{_D}))?\s+(?:of\s+)?(?P<dmm>{_M})(?:,?\s+(?P<dmy>{_Y}))?(?!\d))
  | (?P<my>(?P<myq>{_Q})?(?P<mym>{_M})(?:\s+(?:of\s+)?(?P<myy>{_Y})|\s+(?:of\s+)?(?P<myrel>this|next|last)\s+year)?(?!\s*\d))
  | (?P<rel>(?P<relq>{_Q})?(?P<relw>(?i:this|next|last|the\s+following|the\s+next|the\s+previous|the\s+same|that|the\s+coming))\s+(?P<relu>(?i:year|month|week|day))\b)
  | (?P<off>(?P<offn>{_N})\s+(?P<offu>days?|weeks?|months?|years?)\s+(?P<offd>earlier|later|before|after|ago))
  | (?P<simple>(?i:yesterday|today|tomorrow))
  | (?P<occ>(?i:during|on\s+the\s+occasion\s+of)\s+(?i:the|this|that|his|her|their)\s+(?:(?i:working|official|state|friendship|goodwill)\s+)?(?i:visit|trip|stay|tour)|(?i:on\s+(?:this|that|the\s+same|the)\s+occasion)(?!\s+(?i:of)\b))
  | (?P<wd>(?P<wdrel>(?i:last|next|this)\s+)?(?P<wdw>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))
  | (?P<yr>(?P<yrq>{_Q})?(?P<yry>{_Y})(?!\s*(?:-|–|to)\s*(?:{_Y}|\d\d(?!\d)))(?![\d%,.]\d|\s*(?:MW|GW|kW|USD|VND|tonnes|tons|people|km|hectares|ha\b|units|projects|%)))
    """,
    regex.VERBOSE,
)
_PERIOD = regex.compile(
    rf"""
    (?P<span>(?:(?i:for|in|during|over|covering)\s+)?(?:the\s+)?(?:(?i:period)\s+(?:of\s+)?)?
        (?P<a>{_Y})\s*(?:-|–|to|and)\s*(?P<b>{_Y}|\d\d(?!\d))(?:\s+(?i:period|term))?)
  | (?P<valid>(?i:valid|effective|in\s+effect|in\s+force)\s+for\s+(?P<n>{_N})\s+years)
  | (?P<nyear>(?P<n2>{_N})-year\s+(?i:agreement|plan|programme|program|memorandum|MoU|contract|term|period))
  | (?P<until>(?i:until|till|through|to\s+the\s+end\s+of)\s+(?P<u>{_Y}))
  | (?P<single>(?i:for)\s+(?P<s>{_Y})(?![\s-]*\d))
  | (?P<annual>(?P<an>{_Y})\s+(?:[\w-]+\s+){{0,3}}?(?i:cooperation\s+)?(?i:plan|programme|program)\b)
    """,
    regex.VERBOSE,
)
_NAME_BEFORE = regex.compile(
    r"\b(?!(?:In|Since|By|Until|For|From|During|Before|After|The|Early|Late|Mid)\b)[A-Z][a-z]+\s+$"
)
_BOUND = regex.compile(
    r"(?i:\b(by|towards?|since|until|till|through|before|after|as\s+of|ahead\s+of"
    r"|(?:rest|remainder|remaining\s+(?:months|weeks|days))\s+of)\s+(?:the\s+)?)$"
)
_PREP_BEFORE_MONTH = regex.compile(
    r"(?i:\b(?:in|on|during|since|until|till|by|from|before|after|of|for|to|through|and|or|last|next|this|early|late|mid|between|around|until|throughout)\s+)$"
)
_THE_BEFORE = regex.compile(r"\b[Tt]he\s+$")
_WORD_AFTER = regex.compile(r"\s+[A-Za-z]")
_YEAR_CONTEXT = regex.compile(
    r"(?i:\b(?:in|since|by|until|till|for|of|from|to|during|before|after|early|late|mid|the|and|or|year|between|around|through|towards?)\s+)$|,\s*$"
)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    digits = "".join(c for c in value if c.isdigit())
    return int(digits) if digits else None


def _qualifier(raw: str | None) -> str | None:
    if not raw:
        return None
    q = raw.lower().strip(" -")
    if q.startswith("early") or "beginning" in q or "start" in q or "first days" in q:
        return "early"
    if q.startswith("mid") or "middle" in q:
        return "mid"
    if q.startswith("late") or "end" in q or "last days" in q:
        return "late"
    return None


def _number(word: str) -> int | None:
    return NUMBERS.get(word.lower()) if not word.isdigit() else int(word)


def parse(match: re.Match[str]) -> dict[str, Any] | None:
    """The unresolved date a pattern match says, as a dict (see FINDING_KINDS)."""
    g = collections.defaultdict(lambda: None, match.groupdict())
    if g["range"]:
        m = MONTHS[g["rm"].rstrip(".")]
        me = MONTHS[g["rme"].rstrip(".")] if g["rme"] else m
        return {
            "year": _int(g["ry"]),
            "month": m,
            "day": _int(g["rd"]),
            "end_month": me,
            "end_day": _int(g["rde"]),
        }
    if g["md"]:
        return {
            "year": _int(g["mdy"]),
            "month": MONTHS[g["mdm"].rstrip(".")],
            "day": _int(g["mdd"]),
            "end_day": _int(g["mdde"]),
        }
    if g["dm"]:
        return {
            "year": _int(g["dmy"]),
            "month": MONTHS[g["dmm"].rstrip(".")],
            "day": _int(g["dmd"]),
            "end_day": _int(g["dmde"]),
        }
    if g["my"]:
        out: dict[str, Any] = {
            "year": _int(g["myy"]),
            "month": MONTHS[g["mym"].rstrip(".")],
            "qualifier": _qualifier(g["myq"]),
        }
        if g["myrel"]:
            out["year_offset"] = {"this": 0, "next": 1, "last": -1}[g["myrel"].lower()]
        return out
    if g["rel"]:
        word = " ".join(g["relw"].lower().split())
        unit = g["relu"].lower()
        offset = {
            "this": 0,
            "next": 1,
            "last": -1,
            "the following": 1,
            "the next": 1,
            "the previous": -1,
            "the same": 0,
            "that": 0,
            "the coming": 1,
            "the past": -1,
        }[word]
        out = {"relative": unit, "offset": offset, "qualifier": _qualifier(g["relq"])}
        if word in ("the same", "that", "the following", "the next", "the previous"):
            out["anchored"] = True  # relative to the nearest date in the text, not to today
        return out
    if g["off"]:
        n = _number(g["offn"])
        if n is None:
            return None
        unit = g["offu"].lower().rstrip("s")
        direction = g["offd"].lower()
        sign = -1 if direction in ("earlier", "before", "ago") else 1
        return {"relative": unit, "offset": sign * n, "anchored": direction != "ago"}
    if g["occ"]:
        # "During the visit, the delegation handed over ...": the visit's day
        return {"relative": "day", "offset": 0, "anchored": True, "occasion": True}
    if g["simple"]:
        word = g["simple"].lower()
        return {"relative": "day", "offset": {"yesterday": -1, "today": 0, "tomorrow": 1}[word]}
    if g["wd"]:
        rel = (g["wdrel"] or "").strip().lower() or None
        return {"weekday": WEEKDAYS[g["wdw"]], "week": rel}
    if g["yr"]:
        return {"year": _int(g["yry"]), "qualifier": _qualifier(g["yrq"])}
    return None


# The standard library's engine runs these (no construct here needs the regex module) and
# only from word starts whose first letters can open a date or a period.
def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the matched alternative has no such group."""
    return match.groupdict().get(name)


class _Grammar:
    """The alternatives of a verbose pattern, each compiled alone and dispatched by the
    first letters it can start with; at a word, the first alternative that matches wins,
    as in the alternation."""

    def __init__(self, pattern: str) -> None:
        parts = [p.strip() for p in pattern.strip().split("\n  | ")]
        self.compiled = [re.compile(p, re.VERBOSE) for p in parts]
        self.dispatcher = Dispatcher(["(?x)" + p for p in parts])

    def scan(self, text: str, starts: list[int], s: int, e: int) -> Iterator[re.Match[str]]:
        after = s
        compiled = self.compiled
        for pos in self.dispatcher.positions(starts, s, e):
            if pos < after:
                continue
            for index in self.dispatcher.candidates(text, pos):
                match = compiled[index].match(text, pos, e)
                if match is not None and match.end() > pos:
                    after = match.end()
                    yield match
                    break


_DATES = _Grammar(_DATE.pattern)
_PERIODS = _Grammar(_PERIOD.pattern)


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    text = document.text
    starts = document.word_starts
    for sentence in document.sentences:
        s, e = sentence.start, sentence.end
        periods: list[tuple[int, int]] = []
        for match in _PERIODS.scan(text, starts, s, e):
            data = _period(match)
            if data is None:
                continue
            add("period", match.start(), match.end(), "period", rule="dates.period", **data)
            periods.append(match.span("an") if _group(match, "annual") else match.span())
        for match in _DATES.scan(text, starts, s, e):
            start, end = match.span()
            if any(a <= start < b for a, b in periods):
                continue
            before = text[max(s, start - 24) : start]
            if (
                _group(match, "my")
                and not _group(match, "myq")
                and not _group(match, "myy")
                and not _group(match, "myrel")
            ):
                if not _PREP_BEFORE_MONTH.search(before):
                    continue  # a bare "May" is too often not a month
            if (
                _group(match, "yr")
                and not _group(match, "yrq")
                and (not _YEAR_CONTEXT.search(before) or _NAME_BEFORE.search(before))
            ):  # no context, or part of a name: "Chairmanship Year 2020", "Vision 2030"
                continue
            if (
                _group(match, "yr")
                and not _group(match, "yrq")
                and _THE_BEFORE.search(before)
                and _WORD_AFTER.match(text, end)
            ):  # "the 2019 Thanh Hoa investment conference": the year names the occasion
                continue
            if _group(match, "wd") and not (
                _group(match, "wdrel")
                or before.rstrip().endswith(("on", "On"))
                # "At Tuesday's meeting": the day of the occasion named after it
                or text.startswith(("'s ", "\u2019s "), end)
            ):
                continue
            data = parse(match)
            if data is None:
                continue
            bound = _BOUND.search(before)
            if bound:
                word = " ".join(bound.group(1).lower().split())
                if word in ("before", "after"):
                    data["qualifier"] = data.get("qualifier") or word
                else:
                    data["bound"] = word
            add("date", start, end, "date", rule="dates.expression", **data)


def _period(match: re.Match[str]) -> dict[str, Any] | None:
    g = collections.defaultdict(lambda: None, match.groupdict())
    if g["span"]:
        a, b = int(g["a"]), int(g["b"])
        if len(g["b"]) == 2:  # "2025-30": the end year written short
            b += a - a % 100
        return {"start": a, "end": b} if a <= b else None
    if g["valid"] or g["nyear"]:
        n = _number(g["n"] or g["n2"])
        return {"years": n} if n else None
    if g["until"]:
        return {"until": int(g["u"])}
    if g["single"]:
        year = int(g["s"])
        return {"start": year, "end": year}
    if g["annual"]:
        year = int(g["an"])
        return {"start": year, "end": year, "annual": True}
    return None
