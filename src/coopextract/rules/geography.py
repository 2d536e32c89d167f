"""Built-in plugin: countries (names, adjectives, national governments) and places.

Country findings carry the ISO code as label and ``form`` in their data: ``name``
("Cuba"), ``demonym`` ("Cuban"), or ``government`` ("the Vietnamese Government", "the
State of Cuba": clarification 9 of the record format makes these the country). Places come
from the gazetteer table ``places`` and from the dateline.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

import regex

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.vocabulary import Vocabulary

_GOVERNMENT_AFTER = regex.compile(
    r"\s+(?:Government|government|Party,\s+State\s+and\s+(?:people|People)|State|Party\s+and\s+State|people|side)\b"
)
_CURRENCY_AFTER = re.compile(
    r"\$|\s+(?:francs?|dollars?|yuan|renminbi|won|yen|baht|kip|riels?|ringgit|pesos?|rupees?"
    r"|rupiah|euros?|pounds?|dong|roubles?|rubles?|krones?|kronor|dinars?|riyals?|dirhams?)\b"
    # "on May 14 afternoon (US time)": a clock, not a side
    r"|\s+time\)"
)
_LOCALITY = re.compile(
    r"\b(?P<kind>province|city|prefecture|municipality|district|commune|town|state)\s+of\s+"
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"|(?P<name2>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+"
    r"(?P<kind2>province|city|prefecture|town|district|county|region|state)\b"
    # "Kamiyama town of Japan": "of" and a capitalised word may name its country
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3})"
    r"|(?!\s+of\b))"
)
# every match of _LOCALITY holds one of these words: sentences without one are skipped
_LOCALITY_KIND = re.compile(
    r"province|city|prefecture|municipality|district|commune|town|state|county|region"
)
_DIRECTIONS = frozenset(
    {
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Northwest",
        "Northeast",
        "Southwest",
        "Southeast",
        "Upper",
        "Lower",
        "The",
        "This",
        "That",
        "Mountainous",
        "Coastal",
        "Border",
        "Capital",
        "Delta",
    }
)
_REGION_BEFORE = regex.compile(r"\b(?:Latin|South|North|Central|Southeast|East|West)\s+$")
_GOVERNMENT_BEFORE = regex.compile(r"(?:Government|State|Kingdom|Republic)\s+of\s+(?:the\s+)?$")


def _country_closing(phrase: str, names: Mapping[str, str]) -> str | None:
    """The country a locality's "of ..." names, its longest opening words first."""
    words = phrase.split()
    for size in range(len(words), 0, -1):
        code = names.get(" ".join(words[:size]))
        if code:
            return code
    return None


#: two places joined by a hyphen ("Lao Cai-Hekou"), the first opening with a demonym
_PLACE_PAIR = regex.compile(r"([A-Z][\w']*(?:\s+[A-Z][\w']*){1,2})-[A-Z]")


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    countries = vocabulary.phrase_matcher("countries")
    demonyms = vocabulary.phrase_matcher("demonyms")
    places = vocabulary.phrase_matcher("places")
    features = vocabulary.phrase_matcher("geographic_features")
    names = vocabulary.mapping("countries")
    adjectives = vocabulary.mapping("demonyms")
    place_map = vocabulary.mapping("places")
    text = document.text
    starts = document.word_starts
    kinds = [m.start() for m in _LOCALITY_KIND.finditer(text)]
    for sentence in document.sentences:
        s, e = sentence.start, sentence.end
        # "the Gulf of Thailand", "the Korean Peninsula": no country's side
        taken: list[tuple[int, int]] = [(a, b) for a, b, _ in features.finditer(text, starts, s, e)]
        known: set[tuple[int, int]] = set()
        for start, end, phrase in places.finditer(text, starts, s, e):
            code, _, kind = place_map[phrase].partition(" ")
            add("place", start, end, phrase, rule="geography.place", country=code, kind=kind)
            known.add((start, end))
            if kind != "capital" and phrase not in names:
                taken.append((start, end))
        k = bisect.bisect_left(kinds, s)
        localities = _LOCALITY.finditer(text, s, e) if k < len(kinds) and kinds[k] < e else ()
        for match in localities:
            # "the Japanese city of Izumisano", "Bac Giang province": a locality by name
            group = "name" if match.group("name") else "name2"
            span = match.span(group)
            words = text[span[0] : span[1]].split()
            country = None
            if match.group("of"):
                # "Kamiyama town of Japan": a locality of that country
                closing = _country_closing(match.group("of"), names)
                if closing is None:
                    # "the Korean city of Gimhae": the locality is named after "of"
                    found = _LOCALITY.match(text, match.start("kind2"), e)
                    if found is None or not found.group("name"):
                        continue
                    match = found
                    group = "name"
                    span = match.span(group)
                    words = text[span[0] : span[1]].split()
                else:
                    country = closing
            if group == "name":
                # "the Korean city of Gimhae": the adjective before gives its country
                preceding = text[max(s, match.start() - 20) : match.start()].split()
                if preceding and preceding[-1] in adjectives:
                    country = adjectives[preceding[-1]]
                elif preceding and preceding[-1] in names:
                    country = names[preceding[-1]]  # "the US state of Oregon"
            owner = words[0][:-2] if words[0].endswith("'s") else words[0][:-1]
            if (
                len(words) > 1
                and words[0].endswith("'") | words[0].endswith("'s")
                and (owner in names)
            ):
                # "Japan's Nagano prefecture", "Laos' Bolikhamxay province": a locality of it
                country = names[owner]
                span = (span[0] + len(words[0]) + 1, span[1])
                words = words[1:]
            elif len(words) > 1 and words[0].endswith("'s") and owner in place_map:
                # "Savannakhet's Sepon district": a locality of a province
                country = place_map[owner].partition(" ")[0]
                span = (span[0] + len(words[0]) + 1, span[1])
                words = words[1:]
            if (
                span in known
                or " ".join(words) in names
                or any(w in adjectives or w in _DIRECTIONS for w in words)
            ):
                continue
            kind = match.group("kind") or match.group("kind2")
            add(
                "place",
                span[0],
                span[1],
                text[span[0] : span[1]],
                rule="geography.locality",
                country=country,
                kind="province"
                if kind in ("province", "prefecture", "state", "region")
                else "city",
            )
        named: list[tuple[int, int]] = []
        for start, end, phrase in countries.finditer(text, starts, s, e):
            if any(a <= start < b for a, b in taken):
                continue
            if _CURRENCY_AFTER.match(text, end, e):
                continue  # "US$200,000", "Hong Kong dollars": a currency, not a side
            if phrase == "America" and _REGION_BEFORE.search(text, max(s, start - 12), start):
                named.append((start, end))
                continue  # "Latin America", "South America": a region, not a country
            named.append((start, end))  # "Central African Republic" holds no demonym
            before = text[max(s, start - 30) : start]
            form = "government" if _GOVERNMENT_BEFORE.search(before) else "name"
            add("country", start, end, names[phrase], rule="geography.country", form=form)
        for start, end, phrase in demonyms.finditer(text, starts, s, e):
            if any(a <= start < b for a, b in taken + named):
                continue
            pair = _PLACE_PAIR.match(text, start)
            if pair is not None and pair.group(1) in place_map:
                continue  # "the Lao Cai-Hekou border gates": a pair of places, no Lao side
            if _REGION_BEFORE.search(text, max(s, start - 12), start):
                continue  # "Latin American", "South American": a region, not a country
            if _CURRENCY_AFTER.match(text, end, e):
                continue  # "800,000 Swiss francs": a currency, not a side
            form = "government" if _GOVERNMENT_AFTER.match(text, end, e) else "demonym"
            add("country", start, end, adjectives[phrase], rule="geography.demonym", form=form)
    if (
        document.dateline is not None
        and document.dateline.place_end > document.dateline.place_start
    ):
        d = document.dateline
        name = text[d.place_start : d.place_end].strip()
        if name.isupper():  # "HCM CITY": the gazetteer's own spelling
            name = next((k for k in place_map if k.upper() == name), name.title())
        if name not in place_map and name.lower().endswith(" city"):
            bare = name[:-5]
            bare = next((k for k in place_map if k.upper() == bare.upper()), bare)
            if bare in place_map:  # "DAVAO CITY" is Davao, as "Ha Giang city" is Ha Giang
                name = bare
        value = place_map.get(name) or place_map.get(name.title(), "")
        code, _, kind = value.partition(" ")
        add(
            "place",
            d.place_start,
            d.place_start + len(name),
            name,
            rule="geography.dateline",
            country=code or None,
            kind=kind or "city",
            dateline=True,
        )
