"""What the sentence-level resolvers share: the findings of one document, sorted, and
the actors (organizations, countries, people) written over any span of text."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from coopextract.document import Document, Sentence
from coopextract.findings import Finding, FindingSet
from coopextract.resolve.actors import UNDER_OWNER, Actors, OrgEntity
from coopextract.resolve.people import People
from coopextract.resolve.timeline import Timeline
from coopextract.schema import Evidence
from coopextract.text import norm_key

__all__ = ["Actor", "Context"]

_CLAUSE_BREAK = regex.compile(
    r"[;:]|,\s+(?:while|whereas|but|and\s+(?=the\s|an?\s|on\s|in\s|[A-Z]))|\s+while\s+"
    r"|,\s+(?:which|who|during which|at which|where)\s"
)


@attrs.frozen
class Actor:
    """A party as the record prints it (an organization's name or a country's name)."""

    name: str
    start: int
    end: int
    kind: str  # "org" | "country"
    country: str | None = None


#: a multilateral gathering named with the country it was held in
_HOSTED_IN = regex.compile(
    r"\b(?:Summit|Conference|Forum|Meeting|Congress|Assembly|Games|Expo|COP-?\d+)"
    r"(?:\s+\([^()]{1,12}\))?\s+in\s+(?:the\s+)?$"
)


#: an envoy's posting before the country: "Ambassador to Germany and", "to Austria"
_POSTED_TO = regex.compile(r"\bto\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:and\s+)?){0,3}$")
#: a country written after the city something happens in: "in Bonn, Germany"
_CITY_THEN = regex.compile(r"\b(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2},\s+$")
#: "its Peruvian counterpart signed": a like body of another country, no person named
_COUNTERPART_BODY = regex.compile(
    r"\b(?:its|their)\s+(?P<dem>[A-Z][a-z]+)\s+counterparts?\b(?!\s+[A-Z])"
)
#: a body named again by its country and its kind: "the Japanese university"
_BACK_REFERENCE = regex.compile(
    r"\bthe\s+(?P<dem>[A-Z][a-z]+)\s+(?P<kind>university|ministry|institute|hospital|college"
    r"|company|corporation|group|association|agency|academy|bank|school|embassy|prefecture)\b"
)
#: "their counterparts from Laos' Oudomxay province": the other side, named by its place
_COUNTERPARTS_FROM = regex.compile(
    r"\b(?:counterparts?|partners?|colleagues|peers)\s+from\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|\u2019s|'|\u2019)\s+)?(?:[a-z]+\s+){0,2}$"
)
_FROM_COUNTRYS = regex.compile(r"\bfrom\s+[A-Z][\w-]*(?:'s|\u2019s|'|\u2019)\s+$")


@attrs.define
class Context:
    document: Document
    findings: FindingSet
    actors: Actors
    people: People
    timeline: Timeline
    evidence: Callable[[int, int, str, str, str], Evidence]
    used_signings: set[int] = attrs.Factory(set)

    def in_sentence(self, sentence: Sentence, *kinds: str) -> list[Finding]:
        return self.findings.within(sentence.start, sentence.end, *kinds)

    def inside_names(self, f: Finding) -> bool:
        """True when a word lies inside an organization's or a person's mention or title."""
        if self.actors.org_span_at(f.start, f.end) is not None:
            return True
        return self.people.in_mention(f.start, f.end)

    def clause_start(self, sentence: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` begins."""
        start = sentence.start
        for match in _CLAUSE_BREAK.finditer(self.document.text, sentence.start, pos):
            start = match.end()
        return start

    def parties(self, start: int, end: int) -> list[Actor]:
        """Organizations, people (as their bodies or countries) and countries in a span."""
        out: list[Actor] = []
        taken: list[tuple[int, int]] = []
        text = self.document.text
        owned_starts = {s for s, _, _ in self.actors.mentions}
        owner_ends = {e for _, e, _ in self.actors.mentions}
        for s, e, org in self.actors.mentions:
            # a name that starts in the span counts whole ("... Lao Front for National
            # Development", cut at "for" by a clause stop)
            if start <= s < end:
                gap = text[e : e + 3]
                if (gap in ("'s ", "\u2019s ") and e + 3 in owned_starts) or (
                    gap[:2] in ("' ", "\u2019 ") and e + 2 in owned_starts
                ):
                    continue  # "the Ministry of National Defence's Border Guard": the owner
                under = UNDER_OWNER.search(text, max(0, s - 40), s)
                if under is not None and under.start() in owner_ends:
                    continue  # "the Department of ... under the Ministry of Finance": its owner
                out.append(Actor(org.name, s, e, "org", org.country))
                taken.append((s, e))
        for twin in _COUNTERPART_BODY.finditer(text, start, end):
            # "Vietnam's Ministry of Culture and its Peruvian counterpart signed": the other
            # country's like body, named by its country
            code = self.actors.country_of(twin.group("dem"))
            if code and not any(a <= twin.start() < b for a, b in taken):
                name = self.actors.country_name(code)
                out.append(Actor(name, twin.start("dem"), twin.end("dem"), "country", code))
                taken.append((twin.start(), twin.end()))
        for back in _BACK_REFERENCE.finditer(text, start, end):
            # "Kobe University ... the Ben Tre College and the Japanese university signed":
            # a body told before, named again by its country and kind
            referred = self._referred_body(back)
            if referred is not None and not any(a <= back.start() < b for a, b in taken):
                out.append(Actor(referred.name, back.start(), back.end(), "org", referred.country))
                taken.append((back.start(), back.end()))
        for s, e, person in self.people.mentions:
            if start <= s and e <= end and not any(a <= s < b for a, b in taken):
                if person.affiliation is not None:
                    out.append(
                        Actor(person.affiliation.name, s, e, "org", person.affiliation.country)
                    )
                elif person.country:
                    code = person.country
                    out.append(Actor(self.actors.country_name(code), s, e, "country", code))
                taken.append((s, e))
        for f in self.findings.within(start, end, "place"):
            if f.data.get("dateline") or any(a <= f.start < b for a, b in taken):
                continue
            if self.actors.org_at(f.start, f.end) is not None or self._adjacent_to_org(
                f, people=False
            ):
                continue  # "Singapore's Ministry of Manpower": the ministry is the side
            # a locality named as a side ("the province of Binh Dinh", "Izumisano city"),
            # not a place where something happens ("in Hanoi")
            before = text[max(0, f.start - 4) : f.start]
            if before.endswith(("in ", "at ", "to ")) or (
                before.endswith("from ")
                or _FROM_COUNTRYS.search(text, max(0, f.start - 20), f.start)
            ):
                if not _COUNTERPARTS_FROM.search(text, max(0, f.start - 60), f.start):
                    continue  # "... and their counterparts from Oudomxay province": a side
            words_before = text[max(0, f.start - 30) : f.start].split()
            if words_before and words_before[-1] in self.actors.vocab.terms("titles"):
                continue  # "Minister Vinh held talks": a person's name, not the city
            out.append(Actor(f.label, f.start, f.end, "place", f.data.get("country")))
            taken.append((f.start, f.end))
        place_starts = {f.start for f in self.findings.within(start, end, "place")}
        for f in self.actors.country_findings:
            if start <= f.start and f.end <= end and not any(a <= f.start < b for a, b in taken):
                if self._adjacent_to_org(f):
                    continue
                if _HOSTED_IN.search(self.document.text, max(0, f.start - 60), f.start):
                    continue  # "on the sidelines of the G20 Summit in Japan": only its host
                if _CITY_THEN.search(self.document.text, max(0, f.start - 40), f.start):
                    continue  # "met ... in Bonn, Germany, on May 10": where, not who
                if _POSTED_TO.search(
                    self.document.text, max(0, f.start - 40), f.start
                ) and self.people.in_mention(f.start, f.end):
                    continue  # "Ambassador to Germany and Austria <Name>": an envoy's posting
                after = self.document.text[f.end : f.end + 3]
                if (f.end + 3 in place_starts and after == "'s ") or (
                    f.end + 2 in place_starts and after[:2] == "' "
                ):
                    continue  # "Cambodia's Takeo", "Laos' Attapeu": the province is the side
                out.append(
                    Actor(self.actors.country_name(f.label), f.start, f.end, "country", f.label)
                )
        out.sort(key=lambda a: a.start)
        unique: list[Actor] = []
        seen: set[tuple[str, str | None]] = set()
        for actor in out:
            key = (norm_key(actor.name), actor.country)
            if key not in seen:
                seen.add(key)
                unique.append(actor)
        return unique

    def _referred_body(self, back: regex.Match[str]) -> OrgEntity | None:
        """The one body of the named country and kind mentioned before ``back``."""
        code = self.actors.country_of(back.group("dem"))
        if code is None:
            return None
        kind = back.group("kind").lower()
        told = [
            org
            for org in self.actors.orgs
            if org.country == code
            and kind in org.name.lower().split()
            and any(m < back.start() for m, _ in org.mentions)
        ]
        return told[0] if len(told) == 1 else None

    def _adjacent_to_org(self, f: Finding, *, people: bool = True) -> bool:
        """A country written as part of an organization's description ("Cambodia's
        Ministry", "(MOLISA) of Vietnam", "Lao Red Cross")."""
        text = self.document.text
        for s, e, _ in self.actors.mentions_near(f.start - 30, f.end + 30):
            if s <= f.start and f.end <= e:
                return True
            gap_after = text[f.end : s]
            if 0 <= s - f.end <= 3 and gap_after.strip() in ("", "'s", "'"):
                return True
            gap_before = text[e : f.start]
            if 0 <= f.start - e <= 24 and regex.fullmatch(
                r"\s*(?:\([^()]*\)\s*)?(?:of|in)\s+(?:the\s+)?", gap_before
            ):
                return True
        for s, _, _ in self.people.mentions if people else ():
            if 0 <= s - f.end <= 40 and f.end <= s:
                between = text[f.end : s]
                if "," not in between and "." not in between and " and " not in between:
                    return True
        return False
