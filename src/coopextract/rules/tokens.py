"""Tokens and capitalised chunks: the small shared machinery of the actor rules.

Not a plugin: a helper the built-in rules import. A *chunk* is a run of capitalised words
with the connectors that may sit inside a proper name ("of", "and", "for", "the" after
"of", lowercase locality words such as "provincial"), e.g. "People's Committee of Ha
Giang province" or "Ministry of Labour, Invalids and Social Affairs".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

__all__ = [
    "BOND_WORDS",
    "SUBJECT_WORDS",
    "Chunk",
    "Token",
    "chunks",
    "is_acronym",
    "is_cap",
    "tokenize",
]

# letters or digits, with inner apostrophes, dots, hyphens and ampersands ("People's",
# "U.S", "Ji-hoon", "R&D"); or one mark of punctuation (the standard library's engine)
_TOKEN = re.compile(r"[^\W_](?:[\w'&.-]*[\w'])?(?:/[A-Z][A-Z0-9]+\b)*|[^\w\s]|_")
_ACRONYM = regex.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})\d*$")

_CALENDAR = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    }
)
#: words after a country's name or adjective that make it a field of study, not an owner
#: ("Centre for Vietnamese Studies", "China Research Institute")
SUBJECT_WORDS = frozenset({"Studies", "Research", "Language", "Languages", "Literature"})
CONNECTORS = frozenset({"of", "and", "for", "on", "against", "de", "du", "des", "del", "la", "&"})
#: ties a body's name may go on from with "with" ("... for Solidarity with Cuba")
BOND_WORDS = frozenset({"Friendship", "Solidarity"})
POSSESSIVE_NAMES = frozenset(
    {
        "People's",
        "Women's",
        "Children's",
        "Workers'",
        "Farmers'",
        "Veterans'",
        "Martyrs'",
        "Youth's",
        "Peoples'",
        "Writers'",
        "Journalists'",
        "Lawyers'",
        "Doctors'",
        "Teachers'",
    }
)


class Token(NamedTuple):
    """A word or punctuation mark and its offsets in the folded text."""

    text: str
    start: int
    end: int


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with their offsets.

    A trailing "." is split off unless the word is an initial-style abbreviation
    ("U.S.", "Sr.", "Lt.") — callers that care check the abbreviation table.
    """
    new = tuple.__new__  # a NamedTuple's own constructor is Python code: bypassed here
    return [new(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, start, end)]


@functools.lru_cache(maxsize=65536)
def is_cap(word: str) -> bool:
    """A word that may be part of a proper name: capitalised, or a number."""
    if not word:
        return False
    first = word[0]
    return first.isupper() or (first.isdigit() and word.isdigit() and len(word) <= 4)


@functools.lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """ "VNRC", "MoIT", "RoK", "UN": at least two capitals, short."""
    core = word.replace(".", "").replace("&", "").replace("-", "")
    if not (2 <= len(core) <= 10 and _ACRONYM.match(core)):
        return False
    letters = [c for c in core if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    # "MoIT", "RoK", "VNRC" but not "Al-Naimi" or "McDonald"
    return capitals * 2 >= len(letters) or (len(letters) <= 4 and capitals >= 2)


@attrs.frozen
class Chunk:
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    def text(self) -> str:
        return " ".join(self.words)


def _described_locality(tokens: list[Token], of: int, locality_words: frozenset[str]) -> int:
    """Index of the locality's name in "of the <description> province of <Name>", or 0.

    The description is up to three lowercase words ("northwestern", "Mekong Delta" is
    capitalised and already part of the run).
    """
    n = len(tokens)
    if tokens[of].text != "of" or of + 2 >= n:
        return 0
    k = of + 2 if tokens[of + 1].text == "the" else of + 1
    if k == of + 1:
        # "of northern Yen Bai province": a lowercase description, a name, its kind
        m = k
        while m < n and m < k + 2 and tokens[m].text.islower() and tokens[m].text.isalpha():
            m += 1
        name_end = m
        while name_end < n and name_end < m + 4 and is_cap(tokens[name_end].text):
            name_end += 1
        if m > k and name_end > m and name_end < n and tokens[name_end].text in locality_words:
            return name_end
        return 0
    while k < n and k < of + 5 and tokens[k].text.replace("-", "").isalpha():
        if tokens[k].text in locality_words:
            break
        if not tokens[k].text.islower():
            return 0
        k += 1
    if (
        k > of + 2
        and k + 2 < n
        and tokens[k].text in locality_words
        and tokens[k + 1].text == "of"
        and is_cap(tokens[k + 2].text)
    ):
        return k + 2
    return 0


def chunks(tokens: list[Token], locality_words: frozenset[str]) -> Iterator[Chunk]:
    """Maximal capitalised runs with in-name connectors (see the module docstring)."""
    n = len(tokens)
    i = 0
    while i < n:
        if not is_cap(tokens[i].text) or (
            tokens[i].text.isdigit()
            and not (i + 1 < n and is_cap(tokens[i + 1].text) and not tokens[i + 1].text.isdigit())
        ):
            i += 1
            continue
        j = i + 1
        has_of = False
        while j < n:
            word = tokens[j].text
            if is_cap(word):
                j += 1
                continue
            if word in CONNECTORS:
                k = j + 1
                described = _described_locality(tokens, j, locality_words)
                if described:
                    has_of = True
                    j = described  # "... Command of the northwestern province of Dien Bien"
                    continue
                if (
                    k < n
                    and tokens[k].text == "the"
                    and (
                        word in ("of", "for", "on")
                        or (word == "and" and any(t.text in ("for", "on") for t in tokens[i:j]))
                    )
                ):
                    k += 1  # "Commission for Culture and the Arts": the rules split or not
                if (
                    k < n
                    and is_cap(tokens[k].text)
                    and not tokens[k].text.isdigit()
                    and not (word == "on" and tokens[k].text in _CALENDAR)
                ):
                    has_of = has_of or word in ("of", "for", "on")
                    j = k
                    continue
                break
            if (
                word == "with"
                and tokens[j - 1].text in BOND_WORDS
                and any(t.text in ("for", "of") for t in tokens[i:j])
            ):
                k = j + 2 if j + 2 < n and tokens[j + 1].text == "the" else j + 1
                if k < n and is_cap(tokens[k].text):
                    j = k  # "Association for Friendship with Foreign Countries"
                    continue
            if word in locality_words:
                if j + 1 < n and is_cap(tokens[j + 1].text):
                    j += 1
                    continue
                if has_of:  # "People's Committee of Can Tho city"
                    j += 1
                break
            if (
                word == "-"
                and j + 1 < n
                and is_cap(tokens[j + 1].text)
                and tokens[j - 1].end < tokens[j].start
            ):
                j += 1  # "Vietnam - Laos Friendship Association"
                continue
            if word == "," and has_of and _comma_list(tokens, j):
                j += 1
                continue
            break
        yield Chunk(tuple(tokens[i:j]))
        i = j


def _comma_list(tokens: list[Token], comma: int) -> bool:
    """ ", Invalids and Social Affairs": a comma inside "of A, B and C"."""
    n = len(tokens)
    k = comma + 1
    seen_cap = False
    # a list of one-word items ("of Culture, Tourism, and Sports") may close with ", and"
    single = comma >= 2 and tokens[comma - 2].text in ("of", "for", ",", "and")
    while k < n and k < comma + 8:
        word = tokens[k].text
        if is_cap(word) and not word.isdigit():
            seen_cap = True
            k += 1
            continue
        if word == "and" and seen_cap:
            return k + 1 < n and is_cap(tokens[k + 1].text)
        if word == "and" and tokens[k - 1].text == "," and single:
            # "of Culture, Tourism, and Sports": one more word closes the list (a longer run
            # after ", and" is a body of its own)
            return (
                k + 1 < n
                and is_cap(tokens[k + 1].text)
                and not tokens[k + 1].text.isdigit()
                and (k + 2 >= n or not is_cap(tokens[k + 2].text))
            )
        if word == "," and seen_cap:
            seen_cap = False
            k += 1
            continue
        return False
    return False
