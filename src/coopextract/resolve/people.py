"""Resolving people: one item per person, the first office named, affiliations linked.

* mentions with the same matching key are one person; a spelling that differs (with and
  without diacritics) becomes an alias (clarification 14);
* a short reference ("Minister Minh", "Ambassador Kobayashi") joins the person whose
  name holds that word, and never makes a person of its own;
* the title is the first office named (clarification 15); an organization written with
  the office goes to ``affiliation``; "Minister of X" is affiliated to the Ministry of X.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from coopextract.document import Document
from coopextract.findings import Finding
from coopextract.resolve.actors import Actors, OrgEntity
from coopextract.schema import Evidence, Person, evidence_order
from coopextract.text import fold, norm_key

__all__ = ["People", "PersonEntity"]


@attrs.define(eq=False)
class PersonEntity:
    name: str
    key: str
    title: str | None = None
    rank: str | None = None
    affiliation: OrgEntity | None = None
    country: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)
    #: the title was borrowed from the one met ("his counterpart"): the person's own wins
    borrowed: bool = False

    def to_schema(self) -> Person:
        country = self.country or (self.affiliation.country if self.affiliation else None)
        return Person(
            name=self.name,
            title=self.title,
            rank=self.rank,
            affiliation=self.affiliation.name if self.affiliation else None,
            country=country,
            aliases=tuple(a for a in self.aliases if a != self.name),
            evidence=tuple(sorted(set(self.evidence), key=evidence_order)),
        )


class People:
    def __init__(
        self,
        document: Document,
        findings: list[Finding],
        actors: Actors,
        evidence: Callable[[int, int, str, str, str], Evidence],
    ) -> None:
        self.doc = document
        self.actors = actors
        #: family name -> the country it is most common in
        self.families = actors.vocab.mapping("surname_countries")
        self.people: list[PersonEntity] = []
        self.mentions: list[tuple[int, int, PersonEntity]] = []
        #: whole mentions, office included ("Minister of Industry and Trade Tran Minh Khoa")
        self.spans: list[tuple[int, int]] = sorted(
            tuple(f.data["mention"]) for f in findings if f.data.get("mention")
        )
        self._span_starts = [s for s, _ in self.spans]
        self._longest_span = max((e - s for s, e in self.spans), default=0)
        full = [f for f in findings if not f.data.get("short")]
        short = [f for f in findings if f.data.get("short")]
        # body before captions, so the body's spelling names the person
        full.sort(key=lambda f: (document.segment_at(f.start) != "body", f.start))
        for f in full:
            self._add(f, evidence)
        for f in short:
            self._link_short(f, evidence)
        self.mentions.sort(key=lambda m: m[0])
        self._home_side()

    def _home_side(self) -> None:
        """A report leaves its own side's officials unqualified ("President Luong Cuong and
        Chilean President ..."): an office with no country, held by one whose family name
        is common in the reporting country, is that country's."""
        home = self.actors.reporting_country()
        if not home:
            return
        families = self.families
        for person in self.people:
            if (
                person.title
                and person.country is None
                and person.affiliation is None
                and not person.borrowed
                and not _POSTING.search(person.title)
                and not _LOCAL_OFFICE.search(person.title)
                and families.get(fold(person.name).text.split()[0]) == home
            ):
                person.country = home

    def _spelt_apart(self, known: str, key: str) -> bool:
        """True when two foreign names differ in one letter of one long word ("Sergey
        Shoigu" and "Sergei Shoigu"): one person spelt two ways (clarification 14).
        Vietnamese names are left alone: "Thanh" and "Thinh" are two people."""
        a, b = known.split(), key.split()
        if len(a) != len(b) or len(a) < 2:
            return False
        families = self.families
        if families.get(a[0].title()) == "VN" or families.get(a[-1].title()) == "VN":
            return False
        differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(differ) == 1 and a[0] != b[0] and a[1:] == b[1:]:
            short, full = sorted((a[0], b[0]), key=len)
            if len(short) == 1 and full.startswith(short):
                return True  # "N. Kochanova" for "Natalya Kochanova"
        return (
            len(differ) == 1
            and min(len(differ[0][0]), len(differ[0][1])) >= 5
            and _one_edit(*differ[0])
        )

    def _add(self, f: Finding, evidence: Callable[[int, int, str, str, str], Evidence]) -> None:
        surface = self.doc.surface(f.start, f.end).strip()
        key = norm_key(surface)
        if self.actors.org_by_text(surface) is not None:
            return
        person = next((p for p in self.people if p.key == key), None)
        if person is None:
            person = next(
                (
                    p
                    for p in self.people
                    if f" {key} " in f" {p.key} " or f" {p.key} " in f" {key} "
                ),
                None,
            )
        if person is None:
            person = next((p for p in self.people if self._spelt_apart(p.key, key)), None)
        if person is None:
            person = PersonEntity(surface, key)
            self.people.append(person)
        elif f.data.get("alone") and f" {key} " in f" {person.key} ":
            pass  # "Fuentes Mora said": a shorter reference, not another spelling
        elif surface != person.name and surface not in person.aliases:
            person.aliases.append(surface)
        data = f.data
        title = _clean_title(data.get("title"))
        if title and (person.title is None or (person.borrowed and not data.get("borrowed"))):
            person.title = title
            person.borrowed = bool(data.get("borrowed"))
        if person.rank is None and data.get("rank"):
            person.rank = str(data["rank"])
        if person.country is None and data.get("country"):
            person.country = str(data["country"])
        if person.affiliation is None:
            person.affiliation = self._affiliation(data, title)
        self.mentions.append((f.start, f.end, person))
        person.mentions.append((f.start, f.end))
        person.evidence.append(evidence(f.start, f.end, f.rule, f.plugin, "name"))

    def _affiliation(self, data: Mapping[str, Any], title: str | None) -> OrgEntity | None:
        span = data.get("affiliation")
        actors = self.actors
        if span:
            start, end = span
            # the body the span ends with: "the Party Central Committee's Commission for
            # External Relations" is the commission's
            org = actors.org_at(end - 1, end) or actors.org_at(start, end)
            if org is None:
                raw = self.doc.text[start:end]
                org = actors.org_by_text(raw) or actors.org_by_place(_strip_locality(raw))
            if org is not None:
                return org
        if title:
            return actors.ministry_for(title, data.get("country"))
        return None

    def _link_short(
        self, f: Finding, evidence: Callable[[int, int, str, str, str], Evidence]
    ) -> None:
        word = norm_key(self.doc.text[f.start : f.end])
        hits = [p for p in self.people if word and word in p.key.split()]
        if len(hits) != 1:
            return
        person = hits[0]
        self.mentions.append((f.start, f.end, person))
        person.mentions.append((f.start, f.end))
        person.evidence.append(evidence(f.start, f.end, f.rule, f.plugin, "name"))

    def in_mention(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a person's whole mention."""
        lo = bisect.bisect_left(self._span_starts, start - self._longest_span)
        hi = bisect.bisect_right(self._span_starts, start)
        return any(s <= start and end <= e for s, e in self.spans[lo:hi])

    def side_countries(self) -> list[str]:
        """Countries the people stand for: a stated nationality, an envoy's posting."""
        out: list[str] = []
        names = self.actors.countries_map
        for person in self.people:
            if person.country and person.title:
                out.append(person.country)
            match = _POSTING.search(person.title or "")
            if match and match.group(1) in names:
                out.append(names[match.group(1)])
        return out

    def person_at(self, start: int, end: int) -> PersonEntity | None:
        for s, e, person in self.mentions:
            if s < end and start < e:
                return person
        return None

    def schema_people(self) -> list[Person]:
        ordered = sorted(self.people, key=lambda p: min(s for s, _ in p.mentions))
        return [p.to_schema() for p in ordered]


#: offices of a locality, whose country is the locality's, not the reporting side's
_LOCAL_OFFICE = re.compile(r"\b(?:Governor|Mayor|Prefect|Chief Executive)\b", re.IGNORECASE)
_POSTING = re.compile(r"\b(?:to|in)\s+(?:the\s+)?([A-Z][\w' -]+)$")


def _strip_locality(text: str) -> str:
    words = [
        w
        for w in text.split()
        if w not in ("city", "province", "prefecture", "district", "commune")
    ]
    return " ".join(words)


def _clean_title(title: object) -> str | None:
    if not isinstance(title, str) or not title.strip():
        return None
    return " ".join(title.replace(" ,", ",").split())


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
