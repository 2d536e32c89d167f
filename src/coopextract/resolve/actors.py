"""Resolving actors: organizations merged and linked, their countries, the document's countries.

* overlapping organization findings keep the best one (an acronym's long form, then a
  gazetteer name, then a chunk), so "International Federation of Red Cross and Red
  Crescent Societies" is one body, not two;
* mentions with the same matching key are one organization, unless their countries
  differ (two "Ministry of Health", one Vietnamese, one Lao);
* bare acronyms, short forms ("Mekong Energy" for "Mekong Energy Joint Stock Company")
  and inverted forms ("Public Security Ministry") link to the organization they name;
* a national government is the country, not an organization (clarification 9).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

from coopextract.document import Document
from coopextract.findings import Finding, FindingSet
from coopextract.rules.tokens import SUBJECT_WORDS
from coopextract.schema import Evidence, Organization, evidence_order
from coopextract.text import norm_key
from coopextract.vocabulary import Vocabulary

__all__ = ["Actors", "OrgEntity"]

_PRIORITY = {"acronym": 0, "gazetteer": 1, "chunk": 2, "descriptor": 3}
_GOVERNMENT_WORDS = frozenset({"Government", "State", "Party", "Administration", "Cabinet"})
_HOME_HEADS = regex.compile(
    r"^(?:Ministry|Department|General Department|Directorate|Military|Government Office)\b"
    r"|People's (?:Committee|Council|Army|Navy|Police|Procuracy|Court)"
    r"|Fatherland Front|provincial|municipal|^(?:Party )?Central (?:Committee|Military Commission)"
    r"|^National Assembly$|^Supreme People's"
    r"|Military (?:Region|Command|Zone)|Border Guard|Party Committee"
)
_CONTEXT_COUNTRY = regex.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:of|in)\s+(?:the\s+)?(?P<c>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3})"
)
_UNDER = regex.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*under\s+(?:the\s+)?")

EvidenceFn = Callable[[int, int, str, str, str], Evidence]


#: "Vietnam - Japan Friendship Parliamentarians' Group": a body of two countries' friendship
def _places_lower(vocabulary: Vocabulary) -> dict[str, str]:
    """The places table keyed by lowercased names, for datelines written in capitals."""
    return {name.lower(): value for name, value in vocabulary.mapping("places").items()}


#: a body named by its locality's kind only ("the provincial Border Guard Command")
_KIND_ONLY_BEFORE = regex.compile(r"\b(?:provincial|municipal|city|district)\s+$")
#: letters only Vietnamese spelling uses (with its tone marks)
_VIETNAMESE_LETTERS = regex.compile(r"[ĐđƠơƯưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_BILATERAL = regex.compile(
    r"(?:the\s+)?([A-Z][\w' ]*?)\s*[-\u2013]\s*([A-Z][\w' ]*?)\s+"
    r"(?:Friendship|Joint|Intergovernmental|Inter-governmental|Bilateral|Working|Business)\b"
)


#: small words an acronym leaves out ("Union of Friendship Organisations": UFO)
_LINK_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
#: what joins two countries named as a pair of sides ("between Vietnam and Thailand")
_PAIRED = regex.compile(r"\s+and\s+(?:the\s+)?")
_BETWEEN_BEFORE = regex.compile(r"\bbetween\s+(?:the\s+)?$")


@attrs.define(eq=False)
class OrgEntity:
    name: str
    key: str
    country: str | None
    acronym: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)
    how: str = "chunk"

    #: other keys it is known by ("government inspectorate|VN" for both "Government
    #: Inspectorate of Vietnam" and "Vietnamese Government Inspectorate")
    variants: set[str] = attrs.Factory(set)
    _keys: tuple[tuple[str, str | None, int, int], set[str]] | None = None

    def match_keys(self) -> set[str]:
        signature = (self.key, self.acronym, len(self.aliases), len(self.variants))
        if self._keys is not None and self._keys[0] == signature:
            return self._keys[1]
        out = {self.key, norm_key(self.acronym)} | {norm_key(a) for a in self.aliases}
        out.discard("")
        local = locality_key(self.key)
        if local:
            out.add(local)
        out |= self.variants
        self._keys = (signature, out)
        return out

    def to_schema(self) -> Organization:
        aliases = []
        named = norm_key(self.name)
        for alias in self.aliases:
            if norm_key(alias) != named and alias not in aliases and alias != self.acronym:
                aliases.append(alias)
        return Organization(
            name=self.name,
            acronym=self.acronym,
            country=self.country,
            aliases=tuple(aliases),
            evidence=tuple(sorted(set(self.evidence), key=evidence_order)),
        )


_WORD = regex.compile(r"\S+")
#: what follows a person's name used alone ("Thai further noted"), not a demonym's noun
_SPEAKS = regex.compile(
    r"\s+(?:said|says|noted|added|stressed|affirmed|underlined|emphasi[sz]ed|highlighted"
    r"|expressed|asked|proposed|suggested|thanked|told|praised|hoped|urged|also|further"
    r"|and\s+his|for\s+his\s+part|,\s+(?:for\s+his|who))\b"
)


class _PersonSpans:
    """The people rule's name spans, for bisected lookups while organizations are built."""

    def __init__(self, text: str, people: Sequence[Finding]) -> None:
        self.people = sorted(people, key=lambda p: p.start)
        self.starts = [p.start for p in self.people]
        self.longest = max((p.end - p.start for p in self.people), default=0)
        #: words of names after their first ("Thai" of "Le Duc Thai")
        self.later_words = {w for p in self.people for w in text[p.start : p.end].split()[1:]}

    def covering(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_right(self.starts, start)
        return any(p.start <= start and end <= p.end for p in self.people[lo:hi])

    def glued_to(self, f: Finding) -> Finding | None:
        """A name that starts inside ``f`` and runs to its end or beyond."""
        lo = bisect.bisect_right(self.starts, f.start)
        hi = bisect.bisect_left(self.starts, f.end)
        return next((p for p in self.people[lo:hi] if f.end <= p.end), None)


def _names_a_person(text: str, f: Finding, people: _PersonSpans) -> bool:
    """A demonym that is a person's name ("Le Duc Thai", then "Thai further noted")."""
    if people.covering(f.start, f.end):
        return True
    if f.data.get("form") != "demonym" or not _SPEAKS.match(text, f.end):
        return False
    return text[f.start : f.end] in people.later_words


#: a locality's authority, written two ways: "People's Committee of Quang Nam province" and
#: "Quang Nam provincial People's Committee" (on folded keys)
#: the words between a body and its owner named after it, read backwards from the owner:
#: "the Solar Research Institute (SRI) under the Vietnamese Ministry ..."
UNDER_OWNER = regex.compile(r"(?:\s*\([^()]{1,12}\))?\s+under\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")
#: a mission named with its country and its seat ("embassy of vietnam in laos")
_MISSION_OF = regex.compile(
    r"^(?P<kind>embassy|consulate general|consulate) of (?:the )?(?P<of>[a-z ]+?) in (?P<seat>.+)$"
)
#: one body written two ways: "Military Region 7" and "Military Zone 7" (one command
#: translated two ways), "Ha Noi" and "Hanoi", "People's Committee" and "People Committee"
_SPELLINGS = {
    "military region ": "military zone ",
    "ha noi": "hanoi",
    "da nang": "danang",
    "hai phong": "haiphong",
    "people committee": "people s committee",
}
_SPELLING = regex.compile("|".join(regex.escape(k) for k in _SPELLINGS))
_LOCAL_BODY = (
    r"(?P<body>people s (?:committee|council)|party committee|fatherland front committee"
    r"|military command|police department|border guard command|police|public security department"
    r"|security department"
    r"|department of (?:[a-z]+ ){0,4}?[a-z]+)"
)
_LOCAL_OF = regex.compile(
    rf"^(?:provincial |municipal |city )?{_LOCAL_BODY} of (?:the )?(?P<place>.+?)"
    r"(?: (?:province|city|municipality|prefecture))?$"
)
_LOCAL_BEFORE = regex.compile(
    rf"^(?P<place>.+?)(?: (?:provincial|municipal|city|province))? {_LOCAL_BODY}$"
)


@functools.lru_cache(maxsize=4096)
def locality_key(key: str) -> str | None:
    """The same key for both ways of writing a locality's authority, else None."""
    match = _LOCAL_OF.match(key) or _LOCAL_BEFORE.match(key)
    if match is None:
        return None
    return f"@{match.group('place')}|{match.group('body')}"


#: "... Command of the northwestern province of Dien Bien", "... Committee of the Mekong Delta
#: city of Can Tho": a locality named after a description of it
_DESCRIBED_LOCALITY = regex.compile(
    r"\s+of\s+(?:the\s+(?:[\w-]+\s+){1,3}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:province|city|district|commune|town)\s+of\s+"
    r"(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"|\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,2}(?P<place2>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"\s+(?P<kind>province|city)\b"
)


def _with_described_localities(orgs: Sequence[Finding], actors: Actors) -> list[Finding]:
    """An authority's name runs on through a described locality to the locality's name:
    "Border Guard Command of the northwestern province of Dien Bien" is the Border Guard
    Command of Dien Bien."""
    text = actors.doc.text
    out: list[Finding] = []
    for f in orgs:
        match = _DESCRIBED_LOCALITY.search(text, f.start, min(len(text), f.end + 80))
        if match is None or match.start() > f.end:
            out.append(f)
            continue
        if match.group("place2"):
            # "... of northern Yen Bai province": the name and its kind, without the description
            name = (
                f"{text[f.start : match.start()]} of {match.group('place2')} {match.group('kind')}"
            )
            out.append(attrs.evolve(f, end=max(f.end, match.end()), data={**f.data, "name": name}))
            continue
        words = match.group("place").split()
        size = next(
            (n for n in range(len(words), 0, -1) if " ".join(words[:n]) in actors.places),
            min(2, len(words)),
        )
        place = " ".join(words[:size])
        end = match.start("place") + len(place)
        if " " in place:
            end = text.index(words[size - 1], match.start("place")) + len(words[size - 1])
        name = f"{text[f.start : match.start()]} of {place}"
        out.append(attrs.evolve(f, end=max(f.end, end), data={**f.data, "name": name}))
    return out


def _name_ends(vocabulary: Vocabulary) -> frozenset[str]:
    """Words a body's name may end with before a glued person's name."""
    return frozenset(vocabulary.terms("org_heads")) | frozenset(vocabulary.terms("portfolio_words"))


def _without_glued_names(
    orgs: Sequence[Finding], people: _PersonSpans, actors: Actors
) -> list[Finding]:
    """Organization spans cut before a person's name glued to their end.

    "the Standing Committee of the National People's Congress of China Chen Zhu": the
    chunk runs on into the name that the people rule found; the body ends before it (at a
    head word such as "Congress"), and a trailing "of China" gives its country.
    """
    if not people.people:
        return list(orgs)
    text = actors.doc.text
    heads = actors.vocab.memo("actors.name_ends", _name_ends)
    out: list[Finding] = []
    for f in orgs:
        name = people.glued_to(f)
        if name is None:
            out.append(f)
            continue
        held = name.data.get("affiliation")
        if isinstance(held, tuple) and f.start <= held[0] and held[1] < name.start:
            # "Institute of International Relations Director <Name>": the body the people
            # rule read before the office
            out.append(attrs.evolve(f, end=held[1]))
            continue
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, f.start, name.start)]
        country = f.data.get("country")
        while words and words[-1][0] in ("of", "the", "and", ",", "-"):
            words.pop()
        texts = [w for w, _, _ in words]
        if "of" in texts[1:]:
            of = len(texts) - 1 - texts[::-1].index("of")
            tail = " ".join(w for w in texts[of + 1 :] if w != "the")
            code = actors.country_of(tail)
            if code:
                country = country or code
                words = words[:of]
        texts = [w for w, _, _ in words]
        at_place = any(" ".join(texts[-n:]) in actors.places for n in (1, 2, 3))
        # "House of Representatives <Name>": a head with its complement ends the body
        complemented = "of" in texts[1:] and texts[texts.index("of", 1) - 1] in heads
        brand = " ".join(texts) in actors.vocab.mapping("companies")  # "PetroVietnam <Name>"
        if (len(words) < 2 and not brand) or (
            words[-1][0].rstrip(",") not in heads
            and not at_place
            and not complemented
            and not brand
        ):
            out.append(f)  # not a body that ends before the name: leave it to the rules
            continue
        out.append(attrs.evolve(f, end=words[-1][2], data={**f.data, "country": country}))
    return out


class Actors:
    """The organizations and countries of one document, with lookups for other resolvers."""

    def __init__(
        self,
        document: Document,
        findings: FindingSet,
        vocabulary: Vocabulary,
        evidence: EvidenceFn,
    ) -> None:
        self.doc = document
        self.vocab = vocabulary
        self.evidence = evidence
        self.countries_map = vocabulary.mapping("countries")
        self.demonyms = vocabulary.mapping("demonyms")
        self.places = vocabulary.mapping("places")
        self.intl = vocabulary.mapping("intl_orgs")
        self.sited_last = frozenset(h.split()[-1] for h in vocabulary.terms("sited_heads"))
        self.display = vocabulary.mapping("country_display")
        self.orgs: list[OrgEntity] = []
        #: bodies owned by an international one ("the European Commission's Directorate")
        self._intl_owned: set[int] = set()
        self.mentions: list[tuple[int, int, OrgEntity]] = []
        self._mention_starts: list[int] | None = None
        self._longest = 0
        people = _PersonSpans(document.text, findings.of("person"))
        self.country_findings = [
            f
            for f in findings.of("country")
            if document.in_kinds(f.start, f.end) and not _names_a_person(document.text, f, people)
        ]
        self.home = self._home_country()
        orgs = _without_glued_names(findings.of("organization"), people, self)
        orgs = _with_described_localities(orgs, self)
        self._build(orgs, findings.of("acronym"))

    # -- building ----------------------------------------------------------------------

    def reporting_country(self) -> str | None:
        """The country the report is written from: its agency's, else its dateline's."""
        by_agency = self.vocab.mapping("agency_countries")
        if self.doc.source in by_agency:
            return by_agency[self.doc.source]
        if self.doc.dateline is not None:
            place = self.doc.text[self.doc.dateline.place_start : self.doc.dateline.place_end]
            value = self.places.get(place) or self.places.get(place.title())
            if value is None:  # "HCM CITY -": a place written in capitals
                value = self.vocab.memo("actors.places_lower", _places_lower).get(place.lower())
            code = value.split(" ")[0] if value else None
            if code and (code == "VN" or not _VIETNAMESE_LETTERS.search(self.doc.raw)):
                # a dateline abroad with no agency, over text spelt with Vietnamese letters
                # ("YANGON - ... Việt Nam's rescue forces"), is where a Vietnamese paper's
                # reporter writes from, not whose the report is
                return code
            if code:
                return "VN"
        return None

    def _home_country(self) -> str | None:
        """Whose bodies the article leaves unqualified: the reporting country, else
        Vietnam's when it is named, else the most named country."""
        reporting = self.reporting_country()
        if reporting:
            return reporting
        counts: dict[str, int] = {}
        for f in self.country_findings:
            counts[f.label] = counts.get(f.label, 0) + 1
        if counts.get("VN"):
            return "VN"
        return max(counts, key=lambda c: counts[c]) if counts else None

    def country_of(self, phrase: str) -> str | None:
        """The country a phrase names, by its name or its adjective."""
        return self.countries_map.get(phrase) or self.demonyms.get(phrase)

    def _country_in(self, words: list[str]) -> str | None:
        seat = next(
            (
                k
                for k in range(1, len(words))
                if words[k] == "in" and words[k - 1] in self.sited_last
            ),
            None,
        )
        if seat is not None:
            # "Consulate General in Da Nang", "Embassy in Japan": where it sits is no owner
            words = words[:seat]
        for size in (3, 2):
            opening = self.places.get(" ".join(words[:size]))
            if opening and len(words) > size:
                return opening.split(" ")[0]  # "Lao Cai Department of ...": Lao Cai's
        # words of a place's name name no country ("of New York and New Jersey")
        inside: set[int] = set()
        for size in (3, 2):
            for i in range(0, len(words) - size + 1):
                if " ".join(words[i : i + size]) in self.places:
                    inside.update(range(i, i + size))
        for size in (3, 2, 1):
            for i in range(0, len(words) - size + 1):
                if inside.intersection(range(i, i + size)):
                    continue
                if words[i + size : i + size + 1] and words[i + size] in SUBJECT_WORDS:
                    continue  # "Centre for Vietnamese Studies": the subject, not the owner
                phrase = " ".join(words[i : i + size])
                code = self.country_of(phrase)
                if code:
                    return code
        for size in (3, 2, 1):
            for i in range(0, len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                place = self.places.get(phrase)
                if place:
                    return place.split(" ")[0]
        return None

    def _best(self, cluster: list[Finding]) -> Finding:
        return min(
            cluster,
            key=lambda f: (_PRIORITY.get(str(f.data.get("how")), 9), -(f.end - f.start), f.start),
        )

    def _build(self, org_findings: list[Finding], acronyms: list[Finding]) -> None:
        doc = self.doc
        text = doc.text
        org_findings = [f for f in org_findings if doc.in_kinds(f.start, f.end)]
        # a body defined with its acronym inside a longer name ("Party School of the
        # Communist Party of China (CPC)") is an organization of its own
        nested = [
            f
            for f in org_findings
            if f.data.get("how") == "acronym"
            and any(
                (g.start < f.start and f.end <= g.end)
                # "United Nations (UN) Relief and Works Agency ...": the UN opens the name
                or (g.start == f.start and g.end > f.end and g.data.get("how") == "gazetteer")
                for g in org_findings
            )
        ]
        org_findings = [f for f in org_findings if f not in nested]
        # clusters of overlapping findings -> one finding each
        chosen: list[Finding] = []
        cluster: list[Finding] = []
        cluster_end = -1
        for f in sorted(org_findings, key=lambda f: (f.start, -f.end)):
            if cluster and f.start < cluster_end:
                cluster.append(f)
                cluster_end = max(cluster_end, f.end)
                continue
            if cluster:
                chosen.append(self._best(cluster))
            cluster, cluster_end = [f], f.end
        if cluster:
            chosen.append(self._best(cluster))
        chosen.extend(nested)

        for f in chosen:
            surface = str(f.data.get("name") or doc.surface(f.start, f.end).strip())
            cut = f.data.get("cut")
            if cut and not f.data.get("name"):
                # "People's Committee of Cambodia's Kampot province": named without its owner
                surface = doc.surface(f.start, cut[0]) + doc.surface(cut[1], f.end).strip()
            words = text[f.start : f.end].split()
            if self._is_country_itself(words) and not f.data.get("name"):
                continue
            country = f.data.get("country") or self._country_in(words)
            if country is None:
                country = self._context_country(f.end)
            if any(" ".join(words[:n]) in self.intl for n in (1, 2)) and len(words) > 1:
                # "United Nations Mission in South Sudan": a body of an international one
                country = None
            possessor = f.data.get("possessor")
            if possessor and f.data.get("country") is None:
                # "the Lao Party Central Committee's Commission ...": the owner's country,
                # which tells it apart from a same-named body of the other side
                owner = self._owner(possessor)
                if owner is not None and owner.country is None and self.home:
                    if _HOME_HEADS.search(self._folded(owner)):
                        owner.country = self.home  # "the Party Central Committee's ..."
                if owner is not None and owner.country is not None:
                    country = owner.country
            owner_entity = self._owner(possessor) if possessor else None
            owns = (
                UNDER_OWNER.search(text, max(0, f.start - 40), f.start) if country is None else None
            )
            owned = self.org_at(owns.start() - 1, owns.start()) if owns else None
            if owned is not None and owned.country:
                country = owned.country  # "the Myanmar Relief Department under the Ministry"
            if (
                country is None
                and self.home
                and _HOME_HEADS.search(surface)
                # "the European Commission's Directorate General": an international owner's
                and not (owner_entity is not None and owner_entity.country is None)
            ):
                same = [e for e in self.orgs if norm_key(surface) in e.match_keys()]
                if not same or all(
                    e.country not in (None, self.home) and self._same_sentence(e, f.start)
                    for e in same
                ):
                    # an unqualified ministry named first is the home side's: a same-named
                    # body qualified later ("the Chilean Ministry of Health") is another
                    # one; so is one named beside a qualified one ("Laos' Ministry of
                    # Public Security signed with the Ministry of Public Security")
                    country = self.home
            entity = self._add_mention(f, surface, country)
            if owner_entity is not None and owner_entity.country is None:
                self._intl_owned.add(id(entity))  # no home country to give it later
            if f.data.get("acronym"):
                entity.acronym = entity.acronym or str(f.data["acronym"])
                entity.how = "acronym"
            alias_start = f.data.get("alias_start")
            if alias_start is not None:
                entity.aliases.append(doc.surface(int(alias_start), f.end).strip())
            alias_end = f.data.get("alias_end")
            if alias_end is not None:
                entity.aliases.append(doc.surface(f.start, int(alias_end)).strip())
            if possessor and entity.country is None:
                owner = self._owner(possessor)
                if owner is not None:
                    entity.country = owner.country
        self._link_acronyms(acronyms)
        self._merge_acronym_names()
        self._link_short_forms()
        self._link_inverted()
        self._fill_countries()
        self.mentions.sort(key=lambda m: m[0])

    def _same_sentence(self, entity: OrgEntity, pos: int) -> bool:
        """True when ``entity`` is mentioned in the sentence holding ``pos``."""
        sentence = self.doc.sentence_at(pos)
        return sentence is not None and any(
            sentence.start <= s < sentence.end for s, _ in entity.mentions
        )

    def _is_country_itself(self, words: list[str]) -> bool:
        """ "the Vietnamese Government", "Government of Saudi Arabia": the country."""
        if not words:
            return True
        rest = [
            w for w in words if w not in _GOVERNMENT_WORDS and w not in ("of", "the", "and", ",")
        ]
        if words[0] in _GOVERNMENT_WORDS and words[1:2] == ["of"]:
            # "Government of the Republic of Korea": the country named after "of"
            named = words[2:]
            if named[:1] == ["the"]:
                named = named[1:]
            phrase = " ".join(named)
            if self.country_of(phrase):
                return True
        if any(w in _GOVERNMENT_WORDS for w in words) and rest:
            phrase = " ".join(rest)
            return self.country_of(phrase) is not None
        phrase = " ".join(words)
        return phrase in self.countries_map or phrase in self.places

    def _add_mention(self, f: Finding, surface: str, country: str | None) -> OrgEntity:
        # "Military Region 7" and "Military Zone 7": one command, translated two ways
        key = _SPELLING.sub(lambda m: _SPELLINGS[m.group()], norm_key(surface))
        mission = _MISSION_OF.match(key)
        if mission and self.country_of(mission.group("of").title()) in (country, None):
            # "the Embassy of Vietnam in Laos" and "the Embassy in Laos": one mission
            key = f"{mission.group('kind')} in {mission.group('seat')}"
            country = country or self.country_of(mission.group("of").title())
        entity = self._find_entity(key, country)
        local = locality_key(key)
        if entity is None and local:
            entity = self._find_entity(local, country)
        variant = self._country_variant(surface) or (f"{key}|{country}" if country else None)
        if entity is None and variant:
            entity = self._find_entity(variant, country)
        if entity is None and variant and country:
            # "the Japanese Embassy in Vietnam", then "the Japanese Embassy": one embassy
            base = variant.split("|")[0]
            seated = [
                e for e in self.orgs if e.country == country and e.key.startswith(base + " in ")
            ]
            if len(seated) == 1:
                entity = seated[0]
        if entity is None and _KIND_ONLY_BEFORE.search(
            self.doc.text, max(0, f.start - 14), f.start
        ):
            # "the Border Guard Command of Quang Tri", then "the provincial Border Guard
            # Command": the one body of the locality told before
            owned = [e for e in self.orgs if e.key.startswith(key + " of ")]
            if len(owned) == 1:
                entity = owned[0]
        if entity is None:
            # "Viettel" and "Viettel Group": one company, with and without its company word
            entity = self._with_or_without_suffix(key, country)
            if entity is not None and surface not in (entity.name, *entity.aliases):
                entity.aliases.append(surface)
        if entity is None and country is None and not f.data.get("possessor"):
            # "Wonkwang University Hospital" after "... Hospital of the Republic of Korea",
            # not beside it ("between the Korean Chamber of ... and the Chamber of ...")
            qualified = [e for e in self.orgs if e.country and f"{key}|{e.country}" in e.variants]
            if len(qualified) == 1 and not self._same_sentence(qualified[0], f.start):
                entity = qualified[0]
                variant = f"{key}|{entity.country}"
        if entity is None:
            entity = OrgEntity(surface, key, country, how=str(f.data.get("how", "chunk")))
            self.orgs.append(entity)
        elif entity.country is None and country is not None:
            entity.country = country
        if variant:
            entity.variants.add(variant)
        if (
            surface != entity.name
            and (
                key == entity.key
                or (local and local == locality_key(entity.key))
                or (variant and variant in entity.variants)
            )
            and surface not in entity.aliases
        ):
            entity.aliases.append(surface)
        self._mention(entity, f.start, f.end, f.rule, f.plugin, "name")
        return entity

    def _with_or_without_suffix(self, key: str, country: str | None) -> OrgEntity | None:
        suffixes = self.vocab.lower_terms("org_suffixes")
        for e in self.orgs:
            if country is not None and e.country not in (None, country):
                continue
            longer, shorter = (key, e.key) if len(key) > len(e.key) else (e.key, key)
            if longer.startswith(shorter + " ") and longer[len(shorter) + 1 :] in suffixes:
                return e
        return None

    def _country_variant(self, surface: str) -> str | None:
        """One key for "Government Inspectorate of Vietnam" and "Vietnamese Government
        Inspectorate": the name without its country, and the country."""
        words = surface.split()
        if len(words) < 2:
            return None
        for size in (3, 2, 1):
            if len(words) - size < 1:
                continue
            tail = " ".join(words[-size:])
            if tail in self.countries_map and len(words) - size >= 2:
                # "X of Vietnam", "X of the Republic of Korea"
                before, core = words[-size - 1], words[: -size - 1]
                if before == "the" and core[-1:] == ["of"]:
                    core = core[:-1]
                elif before != "of":
                    core = []
                if core and core[-1] != "the" and core[-1] != "of":
                    return f"{norm_key(' '.join(core))}|{self.countries_map[tail]}"
            head = " ".join(words[:size])
            code = self.country_of(head)
            if code and len(words) - size >= 1:
                return f"{norm_key(' '.join(words[size:]))}|{code}"
        return None

    def _find_entity(self, key: str, country: str | None) -> OrgEntity | None:
        same = [e for e in self.orgs if key in e.match_keys()]
        if not same:
            return None
        if country is not None:
            for e in same:
                if e.country == country:
                    return e
            for e in same:
                if e.country is None:
                    return e
            return None
        home = [e for e in same if e.country == self.home]
        return home[0] if home else same[0]

    def _owner(self, span: tuple[int, int]) -> OrgEntity | None:
        """The organization named by a possessor's span (which may begin with words such as
        "Head of the" before the name)."""
        for _, end, entity in reversed(self.mentions):
            if end == span[1]:
                return entity
        return self.org_by_text(self.doc.text[span[0] : span[1]])

    def _mention(
        self, entity: OrgEntity, start: int, end: int, rule: str, plugin: str, field: str
    ) -> None:
        self.mentions.append((start, end, entity))
        entity.mentions.append((start, end))
        entity.evidence.append(self.evidence(start, end, rule, plugin, field))

    def _context_country(self, end: int) -> str | None:
        text = self.doc.text
        match = _CONTEXT_COUNTRY.match(text, end, min(len(text), end + 60))
        if not match:
            return None
        words = match.group("c").replace("'s", "").split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            code = self.countries_map.get(phrase)
            if code:
                return code
        return None

    def _link_acronyms(self, acronyms: list[Finding]) -> None:
        by_acronym: dict[str, OrgEntity] = {}
        for e in self.orgs:
            if e.acronym:
                by_acronym[e.acronym] = e
        for f in acronyms:
            if not self.doc.in_kinds(f.start, f.end):
                continue
            if any(s <= f.start < e for s, e, _ in self.mentions):
                continue
            word = f.label
            entity = by_acronym.get(word)
            if entity is None:
                entity = next((e for e in self.orgs if word in (e.name, *e.aliases)), None)
            if entity is None and word in self.intl:
                full = self.intl[word]
                entity = next((e for e in self.orgs if e.key == norm_key(full)), None)
                if entity is None:
                    is_short = word != full
                    entity = OrgEntity(
                        word,
                        norm_key(word),
                        None,
                        acronym=word if is_short else None,
                        how="gazetteer",
                    )
                    self.orgs.append(entity)
                elif word != full:
                    entity.acronym = entity.acronym or word
                by_acronym[word] = entity
            if entity is None:
                continue
            self._mention(entity, f.start, f.end, f.rule, f.plugin, "acronym")

    def _merge_acronym_names(self) -> None:
        """A body first named by its acronym alone ("KOTRA organised ... The Korea
        Trade-Investment Promotion Agency (KOTRA) ...") is the one the acronym stands for."""
        by_acronym = {norm_key(e.acronym): e for e in self.orgs if e.acronym}
        by_initials: dict[str, OrgEntity] = {}
        for e in self.orgs:
            words = [w for w in regex.split(r"[\s-]+", e.name) if w]
            if len(words) >= 3:
                # "VUFO" for "Vietnam Union of Friendship Organisations": its initials
                content = [w for w in words if w.lower() not in _LINK_WORDS]
                if not e.name.isupper():
                    by_initials.setdefault("".join(w[0] for w in content).lower(), e)
        for entity in list(self.orgs):
            target = by_acronym.get(entity.key)
            if target is entity:
                target = None
            if target is None and entity.name.isupper() and len(entity.name) >= 3:
                target = by_initials.get(entity.name.lower())
                if target is not None and target.acronym not in (None, entity.name):
                    continue
            if (
                target is None
                or target is entity
                or entity.acronym not in (None, entity.name)
                or entity.aliases
                or (entity.country and target.country and entity.country != target.country)
            ):
                continue
            self.mentions = [m for m in self.mentions if m[2] is not entity]
            for (start, end), ev in zip(entity.mentions, entity.evidence, strict=False):
                self._mention(target, start, end, ev.rule, ev.plugin, "acronym")
            target.country = target.country or entity.country
            target.acronym = target.acronym or entity.name
            self.orgs.remove(entity)

    def _link_short_forms(self) -> None:
        """Short forms: "Mekong Energy" for "Mekong Energy Joint Stock Company"."""
        suffixes = sorted(self.vocab.terms("org_suffixes"), key=len, reverse=True)
        text = self.doc.text
        for entity in list(self.orgs):
            folded_name = " ".join(norm_key(entity.name).split())
            name_words = self._folded(entity).split()
            short_words: list[str] | None = None
            for suffix in suffixes:
                sw = suffix.split()
                if len(name_words) > len(sw) and [w.lower() for w in name_words[-len(sw) :]] == [
                    w.lower() for w in sw
                ]:
                    short_words = name_words[: -len(sw)]
                    break
            if not short_words or not folded_name:
                continue
            short = " ".join(short_words)
            if (
                short in self.countries_map
                or short in self.demonyms
                or short in self.places
                or not short[:1].isupper()
            ):
                continue
            pattern = regex.compile(rf"(?<![\w'-]){regex.escape(short)}(?![\w-])")
            for sentence in self.doc.sentences:
                for match in pattern.finditer(text, sentence.start, sentence.end):
                    if any(s <= match.start() < e for s, e, _ in self.mentions):
                        continue
                    alias = self.doc.surface(match.start(), match.end())
                    if alias not in entity.aliases:
                        entity.aliases.append(alias)
                    self._mention(
                        entity,
                        match.start(),
                        match.end(),
                        "actors.short_form",
                        "coopextract",
                        "alias",
                    )

    def _folded(self, entity: OrgEntity) -> str:
        start, end = entity.mentions[0] if entity.mentions else (0, 0)
        return self.doc.text[start:end] if entity.mentions else entity.name

    def _link_inverted(self) -> None:
        """ "Public Security Ministry" is "Ministry of Public Security"."""
        for entity in list(self.orgs):
            words = entity.key.split()
            if len(words) < 2 or words[-1] not in (
                "ministry",
                "department",
                "bank",
                "agency",
                "committee",
            ):
                continue
            head, topic = words[-1], set(words[:-1])
            targets = [
                e
                for e in self.orgs
                if e is not entity
                and e.key.startswith(head + " of ")
                and topic <= set(e.key.split()[2:])
                and (e.country == entity.country or entity.country is None or e.country is None)
            ]
            if len(targets) != 1:
                continue
            target = targets[0]
            target.aliases.append(entity.name)
            for start, end in entity.mentions:
                self.mentions = [m for m in self.mentions if m[2] is not entity]
                self._mention(target, start, end, "actors.inverted_form", "coopextract", "alias")
            self.orgs.remove(entity)

    def _fill_countries(self) -> None:
        text = self.doc.text
        for entity in self.orgs:
            if entity.country is not None:
                continue
            if entity.how == "gazetteer" or norm_key(entity.name) in {
                norm_key(v) for v in self.intl.values()
            }:
                continue
            for _start, end in entity.mentions:
                under = _UNDER.match(text, end, min(len(text), end + 20))
                if under:
                    owner = self.org_at(under.end(), under.end() + 1)
                    if owner is not None and owner.country:
                        entity.country = owner.country
                        break
            if entity.country is None:
                # "the Myanmar Relief Department under the Ministry of Social Welfare": the
                # owner of a foreign body is of its country
                for start, _end in entity.mentions:
                    owned = UNDER_OWNER.search(text, max(0, start - 40), start)
                    body = self.org_at(owned.start() - 1, owned.start()) if owned else None
                    if body is not None and body is not entity and body.country:
                        entity.country = body.country
                        break
            if (
                entity.country is None
                and self.home
                and id(entity) not in self._intl_owned
                and _HOME_HEADS.search(self._folded(entity))
            ):
                entity.country = self.home

    # -- lookups -----------------------------------------------------------------------

    def mentions_near(self, start: int, end: int) -> list[tuple[int, int, OrgEntity]]:
        """Organization mentions overlapping ``[start, end)``, in text order."""
        self.org_at(start, end)  # sorts the mentions and sets the index
        assert self._mention_starts is not None
        lo = bisect.bisect_left(self._mention_starts, start - self._longest)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m[0] < end and start < m[1]]

    def org_at(self, start: int, end: int) -> OrgEntity | None:
        """The organization mentioned over (or overlapping) ``[start, end)``."""
        if self._mention_starts is None or len(self._mention_starts) != len(self.mentions):
            self.mentions.sort(key=lambda m: m[0])
            self._mention_starts = [m[0] for m in self.mentions]
            self._longest = max((e - s for s, e, _ in self.mentions), default=0)
        lo = bisect.bisect_left(self._mention_starts, start - self._longest)
        hi = bisect.bisect_left(self._mention_starts, end)
        best: OrgEntity | None = None
        for s, e, entity in self.mentions[lo:hi]:
            if s < end and start < e:
                if best is None or (s <= start and end <= e):
                    best = entity
        return best

    def org_span_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of an organization's mention holding ``[start, end)``, if any."""
        if self.org_at(start, end) is None:
            return None
        lo = bisect.bisect_left(self._mention_starts, start - self._longest)  # type: ignore[arg-type]
        for s, e, _ in self.mentions[lo:]:
            if s > start:
                break
            if s <= start and end <= e:
                return (s, e)
        return None

    def org_by_text(self, surface: str) -> OrgEntity | None:
        key = norm_key(surface)
        if not key:
            return None
        for entity in self.orgs:
            if key in entity.match_keys():
                return entity
        return None

    def org_by_place(self, place: str) -> OrgEntity | None:
        """The one organization whose name holds this place ("Sendai" -> Sendai City Government)."""
        key = norm_key(place)
        hits = [e for e in self.orgs if f" {key} " in f" {e.key} "]
        return hits[0] if len(hits) == 1 else None

    def ministry_for(self, title: str, country: str | None) -> OrgEntity | None:
        """ "Minister of Justice" -> the Ministry of Justice (of that country)."""
        match = regex.search(r"\bMinister\s+of\s+(.+)$", title)
        if not match:
            return None
        key = norm_key("Ministry of " + match.group(1))
        hits = [e for e in self.orgs if key in e.match_keys()]
        if country is not None:
            same = [e for e in hits if e.country in (country, None)]
            hits = same or hits
        return hits[0] if hits else None

    def country_name(self, code: str) -> str:
        return self.display.get(code, code)

    # -- the document's countries ------------------------------------------------------

    def document_countries(self, extra: Iterable[str] = ()) -> list[str]:
        """Countries whose sides cooperate: named twice, or owning a named body, or a party."""
        counts: dict[str, int] = {}
        order: dict[str, int] = {}
        governments: set[str] = set()
        for f in self.country_findings:
            if self.doc.segment_at(f.start) != "body":
                continue
            counts[f.label] = counts.get(f.label, 0) + 1
            order.setdefault(f.label, f.start)
            if f.data.get("form") == "government":
                governments.add(f.label)  # "the Government of the Republic of Korea" acts
        # "ties between Vietnam and Thailand", "Vietnam - Thailand relations": a pair of
        # countries named together are the two sides
        body = [f for f in self.country_findings if self.doc.segment_at(f.start) == "body"]
        paired: set[str] = set()
        for a, b in itertools.pairwise(body):
            if (
                a.label != b.label
                and _PAIRED.fullmatch(self.doc.text, a.end, b.start)
                and _BETWEEN_BEFORE.search(self.doc.text, max(0, a.start - 10), a.start)
            ):
                paired.update((a.label, b.label))
        owners: set[str] = set()
        brands = self.vocab.mapping("companies")
        named = set(counts)
        for entity in self.orgs:
            first = min((s for s, _ in entity.mentions), default=len(self.doc.text))
            words = entity.name.split()
            brand = brands.get(" ".join(words[:2])) or brands.get(words[0]) if words else None
            for code in [entity.country, *self._bilateral_sides(entity.name)]:
                if code and code == brand and code not in named:
                    continue  # "Heineken", "Intel Vietnam": a brand's home the text never names
                if code:
                    owners.add(code)
                    order[code] = min(order.get(code, first), first)
        headline = self._headline_countries()
        chosen = {c for c, n in counts.items() if n >= 2 or c in headline}
        chosen |= owners | governments | paired | set(extra)
        # a side named only outside the body (a headline, a caption) ranks by that mention;
        # ties fall back to the code, so the order never depends on hashing
        anywhere: dict[str, int] = {}
        for f in self.country_findings:
            anywhere.setdefault(f.label, f.start)
        end = len(self.doc.text)
        return sorted(chosen, key=lambda c: (order.get(c, end), anywhere.get(c, end), c))

    def _bilateral_sides(self, name: str) -> list[str]:
        """The two countries of a bilateral body ("Vietnam-Japan Friendship Association",
        "Vietnam-Laos Joint Working Group")."""
        match = _BILATERAL.match(name)
        if match is None:
            return []
        sides = [self.country_of(match.group(1)), self.country_of(match.group(2))]
        return [c for c in sides if c] if all(sides) else []

    def _headline_countries(self) -> set[str]:
        """Countries the headline names: the sides of the story, when the body names them too."""
        out: set[str] = set()
        text = self.doc.text
        for seg in self.doc.segments:
            if seg.kind != "headline":
                continue
            for table, mapping in (("countries", self.countries_map), ("demonyms", self.demonyms)):
                matcher = self.vocab.phrase_matcher(table)
                starts = self.doc.word_starts
                for _, _, phrase in matcher.finditer(text, starts, seg.start, seg.end):
                    out.add(mapping[phrase])
        return out

    def schema_orgs(self) -> list[Organization]:
        ordered = sorted(self.orgs, key=lambda e: min((s for s, _ in e.mentions), default=0))
        return [e.to_schema() for e in ordered if e.mentions]
