"""Built-in plugin: organizations, their acronyms, and bare acronyms.

For each capitalised chunk of a body or caption sentence:

1. split off possessors ("Cambodia's Ministry ..." -> a country prefix; "the VPA's
   Department ..." -> an organization that owns the next one) and coordinations
   ("MARD and the Cuban Ministry of Agriculture");
2. strip a leading office ("Director of the ..."), so the organization inside remains;
3. keep the chunk when its head (the word before "of", else the last word) is an
   organization head word and not an event, document or place word;
4. separate a country prefix that is not part of the name ("Vietnamese Ministry of
   Justice" -> "Ministry of Justice", VN), keeping the full form as an alias;
5. attach an acronym defined in brackets after it, aligning the acronym's letters with
   the words before the bracket (so "(VNRC)" after "... the Vietnam Red Cross Society"
   gives exactly "Vietnam Red Cross Society").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import attrs

from coopextract.dispatch import DEPTH
from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.tokens import (
    CONNECTORS,
    POSSESSIVE_NAMES,
    SUBJECT_WORDS,
    Chunk,
    Token,
    chunks,
    is_acronym,
    is_cap,
)
from coopextract.vocabulary import Vocabulary

_LEADING_STOP = frozenset(
    {
        "The",
        "A",
        "An",
        "At",
        "On",
        "In",
        "Under",
        "During",
        "After",
        "Before",
        "For",
        "From",
        "With",
        "By",
        "As",
        "Also",
        "And",
        "But",
        "Both",
        "Earlier",
        "Later",
        "Meanwhile",
        "While",
        "Speaking",
        "Addressing",
        "Receiving",
        "Welcoming",
        "Representing",
        "According",
        "Among",
        "Besides",
        "Accordingly",
        "Recently",
        "Last",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Photo",
        "Two",  # "Two Indian Navy ships": a count, not part of a name
        "Three",
        "Four",
        "Five",
        "Several",
        "Many",
        "Over",
        "Through",
        "Within",
        "Via",
        "Since",
        "Until",
        "Like",
        "Unlike",
        "To",
        "Of",
        "Taking",
        "Seeing",
        "Attending",
        "Participating",
        "Leaders",
        "Officials",
        "Representatives",
        "Delegates",
        "Ships",
        "Senior",
        "Vice",
    }
)
_GENERIC = frozenset(
    {"State", "Party", "People", "People's", "and", "of", "the", "for", "on", "&", ","}
)
#: first words of a two-word head that is the name of a state's single body
_STATE_WIDE = frozenset({"National", "Supreme", "State", "Federation"})
#: last words of a two-word head that names one institution ("Naval Academy", "Defence
#: Ministry")
_INSTITUTIONS = frozenset({"Academy", "University", "Ministry"})
_ROMAN = re.compile(r"[IVX]{1,4}")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*\.?")
_CONNECTING = frozenset({"of", "the", "and", "for", "on", "&", ",", "-"})
#: heads after which a country prefix is not part of the name
_STRIP_PREFIX_HEADS = frozenset(
    {
        "Ministry",
        "Ministries",
        "Department",
        "Directorate",
        "Government",
        "Embassy",
        "Consulate",
        "Forces",
    }
)
#: company forms whose name before them is a brand ("Hanwa Group", "Sumitomo Holdings")
_GROUP_FORMS = frozenset({"Group", "Holdings", "JSC", "Ltd", "Inc", "PLC"})
#: heads of a state's offices, whose "of <Country>" owns rather than names them
_OWNED_OFFICES = frozenset({"Ministry", "Department", "Directorate"})
#: heads after which a country adjective (not a country's name) is not part of the name:
#: "the Chinese General Administration of Customs", but "Vietnam Administration of Forestry"
_STRIP_DEMONYM_HEADS = frozenset(
    {
        "Administration",
        "Commission",
        "Office",
        "Bureau",
        "Authority",
        "Agency",
        "Assembly",  # "the Vietnamese National Assembly" is VN's "National Assembly"
        "Congress",
        "Academy",  # "the Cuban National Defence Academy"
        "College",
    }
)
#: one-word names of legislatures: "the Cambodian Senate" is Cambodia's "Senate"
_LEGISLATURES = frozenset(
    {
        "Senate",
        "Parliament",
        "Congress",
        "Diet",
        "Duma",
        "Bundestag",
        "Bundesrat",
        "Knesset",
        "Sejm",
        "House",
    }
)
#: heads whose names hold their country ("Communist Party of Chile", "Central Bank of Cuba")
_NAMED_WITH_COUNTRY = frozenset({"Party", "Bank", "Society", "Service"})
#: heads that name a body only with their complement ("House of Representatives")
_WITH_COMPLEMENT = frozenset({"House"})
_NOT_ORG_ACRONYMS = frozenset(
    {
        "USD",
        "VND",
        "EUR",
        "JPY",
        "AUD",
        "CNY",
        "KRW",
        "THB",
        "SGD",
        "GBP",
        "CHF",
        "INR",
        "LAK",
        "KHR",
        "MW",
        "GW",
        "KW",
        "KWH",
        "LNG",
        "CT",
        "GDP",
        "FDI",
        "ODA",
        "IT",
        "AI",
        "ICT",
        "COVID",
        "MOU",
        "MOUS",
        "LOI",
        "PDR",
        "HCM",
        "SME",
        "SMES",
        "QR",
        "ID",
        "VIP",
        "CEO",
        "COO",
        "CFO",
        "PM",
        "DPM",
        "MP",
        "MPS",
        "NA",
        "GMT",
        "UTC",
        "TV",
        "IOT",
        "RD",
        "R&D",
        "PPE",
        "PCR",
        "ICU",
        "HIV",
        "AIDS",
        "SARS",
        "UNESCO-listed",
        "FTA",
        "FTAS",
        "CPTPP",
        "RCEP",
        "EVFTA",
        "UKVFTA",
        "VKFTA",
        "AEC",
        "OK",
        "AM",
        "LED",
        "CO2",
        "USA",
        "UAE",
        "EPS",
        "JSC",
        "PLC",
        "LTD",
    }
)


@attrs.frozen
class OrgCandidate:
    tokens: tuple[Token, ...]
    country: str | None = None
    alias_start: int | None = None  # start of the fuller written form ("Vietnamese Ministry ...")
    possessor: tuple[int, int] | None = None  # span of an owning organization's name
    how: str = "chunk"
    cut: tuple[int, int] | None = None  # a span inside the name that is not part of it


class _Context:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.heads = vocabulary.terms("org_heads")
        #: company forms written with a dot ("Co.", "Ltd."), listed so in the heads table
        self.dotted = frozenset(h[:-1] for h in self.heads if h.endswith(".") and " " not in h)
        self.non_heads = vocabulary.terms("non_org_heads")
        self.titles = vocabulary.terms("titles")
        self.countries = vocabulary.mapping("countries")
        self.demonyms = vocabulary.mapping("demonyms")
        self.locality = vocabulary.terms("locality_words")
        self.places = vocabulary.mapping("places")
        self.intl = vocabulary.mapping("intl_orgs")
        #: bodies known by a name with no head word: company brands, state agencies' acronyms
        self.brands = {**vocabulary.mapping("companies"), **vocabulary.mapping("national_agencies")}
        self.reporting = vocabulary.terms("reporting_verbs")
        self.surnames = vocabulary.terms("surnames")
        self.sited = vocabulary.terms("sited_heads")
        self.topical = vocabulary.terms("topic_heads")
        self.ranks = vocabulary.mapping("ranks")
        #: capitalised words of a minister's portfolio, written before an office ("Defence")
        self.portfolio = frozenset(
            w for w in vocabulary.terms("portfolio_words") if w[:1].isupper()
        )
        self.max_title = max((len(t.split()) for t in self.titles), default=1)
        #: honorifics written with dots ("Assoc. Prof."), and their openings ("Assoc"), as
        #: their words read without the dots
        dotted = [
            h.replace(".", " ").split()
            for h in [*vocabulary.terms("honorifics"), *self.ranks]
            if "." in h
        ]
        #: ranks written out, read as words ("Senior Colonel")
        self.rank_words = frozenset(r for r in self.ranks if "." not in r)
        self.rank_openers = frozenset(r.split()[0] for r in self.rank_words)
        self.max_rank = max((len(r.split()) for r in self.rank_words), default=1)
        self.abbreviated = frozenset(
            " ".join(words[:n]) for words in dotted for n in range(1, len(words) + 1)
        )
        #: multi-word names of international bodies, longest first; a UN body's also as
        #: "United Nations (UN) Relief and Works Agency ..." and "UN Relief and Works ..."
        full = {v for v in self.intl.values() if " " in v}
        #: such a written form -> the body's name
        self.intl_written = {
            v.replace("United Nations ", form, 1): v
            for v in full
            if v.startswith("United Nations ")
            for form in ("United Nations (UN) ", "UN ")
        }
        self.intl_full_names = tuple(
            sorted(full | set(self.intl_written), key=lambda v: (-len(v), v))
        )

    def country_of_words(self, words: list[str]) -> str | None:
        """A country written by these words, as a name or a demonym."""
        phrase = " ".join(words)
        return self.countries.get(phrase) or self.demonyms.get(phrase)

    def brand_of(self, words: list[str]) -> str | None:
        """The home country of the company brand the words open with ("Hoa Phat Group")."""
        for size in (3, 2, 1):
            if len(words) >= size:
                code = self.brands.get(" ".join(words[:size]))
                if code:
                    return code
        return None

    def head_of(self, words: list[str]) -> str | None:
        """The head word of a name: the word before the first "of/for/on", else the last."""
        cut = len(words)
        for i, w in enumerate(words):
            if w in _AFTER_HEAD and i > 0:
                cut = i
                break
        core = words[:cut]
        while core and (core[-1].isdigit() or _ROMAN.fullmatch(core[-1])):
            core = core[:-1]  # "Naval Region 1", "Military Zone II"
        if not core:
            return None
        for size in (3, 2, 1):
            if len(core) >= size:
                phrase = " ".join(core[-size:])
                if phrase in self.heads:
                    return phrase
        return None

    def is_org(self, words: list[str]) -> bool:
        if not words:
            return False
        if len(words) > 1 and " ".join(words) in self.intl:
            return True  # a full name; a bare acronym is linked as an acronym
        if self.brand_of(words) and len(words) <= 5 and "and" not in words:
            return True  # "Viettel", "Samsung Electronics": a company by its brand
        head = self.head_of(words)
        if head is None:
            return False
        cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD and i > 0), len(words))
        complement = words[cut + 1] if cut + 1 < len(words) and words[cut] == "of" else ""
        if head == "Government" and words[cut : cut + 1] == ["for"]:
            return False  # "support to the Government for COVID-19 response": its purpose
        if head in _WITH_COMPLEMENT and not complement.endswith("s"):
            # "House of Representatives" is a body; "Moscow House" and "House of Saud" are not
            return False
        if words[cut - 1] in self.non_heads or words[-1] in self.non_heads:
            return False
        # a lone generic head ("Ministry", "Army") is a reference, not a name; so is a
        # phrase of generic words only ("State and Army")
        if len(words) <= len(head.split()):
            # ... but a head that names one body of a state is a name ("National Assembly",
            # "Supreme People's Court", "Central Military Commission")
            parts = head.split()
            return len(words) == len(parts) and (
                len(parts) >= 3
                or (len(parts) == 2 and (parts[0] in _STATE_WIDE or parts[1] in _INSTITUTIONS))
            )
        return any(w not in self.heads and w not in _GENERIC for w in words)


def _body_before_name(words: list[str], ctx: _Context) -> int | None:
    """Where an organization's name ends when capitalised name words follow its head."""
    for cut in range(len(words) - 1, 0, -1):
        rest = words[cut:]
        if not 1 < len(rest) <= 5 or any(w in ctx.heads or not w[:1].isupper() for w in rest):
            continue
        if _rank_length(words[cut - 1 :], ctx) > 1:
            continue  # "... Minister Army General <Name>": the head word opens a rank
        head = ctx.head_of(words[:cut])
        if head is None or not ctx.is_org(words[:cut]):
            continue
        if words[cut - 1] == head.split()[-1]:
            return cut
    return None


def _owner_then_name(words: list[str], ctx: _Context) -> int | None:
    """Where a body closed by its owner ends when a personal name follows it."""
    if len(words) < 4 or "of" not in words or words[-1] in ctx.heads or not words[-1][:1].isupper():
        return None
    for cut in range(len(words) - 1, 1, -1):
        rest = words[cut:]
        initial = len(rest) == 1 and _INITIALS.fullmatch(rest[0]) is not None  # "K.M. Salam"
        if not (2 <= len(rest) <= 5 or initial) or any(
            w in ctx.heads
            or not w[:1].isupper()
            or (is_acronym(w) and not initial)
            or ctx.country_of_words([w])
            or w in ctx.places
            for w in rest
        ):
            continue
        if _ends_with_owner(words[:cut], ctx) and ctx.is_org(words[:cut]):
            return cut
    return None


def _complement_then_name(words: list[str], ctx: _Context) -> int | None:
    """ "Council for the Promotion of International Trade Wang Li": a body closed by its
    complement, then a name opening with a known family name."""
    if len(words) < 5 or not any(w in ("of", "for", "with") for w in words[1:]):
        return None
    for cut in range(len(words) - 2, 2, -1):
        rest = words[cut:]
        if (
            len(rest) > 4
            or rest[0] not in ctx.surnames
            or words[cut - 1] in CONNECTORS
            or " ".join(words[cut - 1 : cut + 1]) in ctx.places  # "of Thai Nguyen Province"
            or any(
                w in ctx.heads
                or not w[:1].isupper()
                or is_acronym(w)
                or ctx.country_of_words([w])
                or w in ctx.places
                or w.lower() in ctx.locality
                for w in rest
            )
        ):
            continue
        if ctx.is_org(words[:cut]):
            # "Ministry of the Interior Director Tran Thi Lan": an office before the name
            return _body_before_title(words[:cut], ctx) or cut
    return None


def _ends_with_owner(words: list[str], ctx: _Context) -> bool:
    """ "Senate of Thailand", "... of the NPC", "... of Long An province": a name closed by
    its owner."""
    if "of" not in words[1:]:
        return False
    of = len(words) - 1 - words[::-1].index("of")
    owner = [w for w in words[of + 1 :] if w != "the"]
    return bool(owner) and (
        " ".join(owner) in ctx.countries  # a country's name: "of Chilean" closes nothing
        or (len(owner) == 1 and is_acronym(owner[0]))
        or (len(owner) > 1 and owner[-1] in ctx.locality)  # "... of Long An province"
    )


def _body_before_title(words: list[str], ctx: _Context) -> int | None:
    """Where a body's name ends when an office follows it in one capitalised run."""
    for cut in range(2, len(words)):
        ends_body = words[cut - 1] in ctx.heads or (
            # "Institute of Maritime Studies Director": a head with its complement
            words[cut - 1][:1].isupper()
            and any(
                w in ("of", "for") and words[k - 1] in ctx.heads
                for k, w in enumerate(words[1:cut], 1)
            )
        )
        if ends_body and _title_length(words[cut:], ctx) and ctx.is_org(words[:cut]):
            return cut
    return None


def _strip_leading(words: list[Token], ctx: _Context) -> list[Token]:
    """Drop sentence openers and an office ("Director of the") before the organization."""
    based = next((i for i, t in enumerate(words[:4]) if t.text.endswith("-based")), None)
    if based is not None:
        words = words[based + 1 :]  # "the Hanoi-based Viet Duc Hospital": where it sits
    changed = True
    while words and changed:
        changed = False
        while words and (words[0].text in _LEADING_STOP or words[0].text in _CONNECTING):
            if _opens_place(words, ctx):
                break  # "An Giang People's Committee": a place, not the article "An"
            words = words[1:]
            changed = True
        # "Representatives of the X", "Ships of the X": no head before "of", a body after
        texts = [t.text for t in words]
        if "of" in texts[1:4]:
            of = texts.index("of", 1)
            skip = of + 1 + (1 if texts[of + 1 : of + 2] == ["the"] else 0)
            rest = texts[skip:]
            if (
                ctx.head_of(texts[:of]) is None
                and texts[:of]
                and not ctx.country_of_words(texts[:of])
                and (
                    ctx.is_org(rest)
                    or "and" in rest
                    or _possessive_index(words[skip:], ctx) is not None
                )
                and texts[0] not in ctx.titles
                # "Electricity of Vietnam Group": a name going on through "of <Country>"
                and not (
                    skip == of + 1
                    and ctx.country_of_words(texts[of + 1 : of + 2])
                    and texts[of + 2 : of + 3] != []
                    and texts[of + 2] in ctx.heads
                    and not texts[of - 1].endswith("s")
                )
            ):
                words = words[skip:]
                changed = True
                continue
        # "Deputy Chief of the General Staff of the ..." / "Director of ..." / "Minister of ..."
        texts = [t.text for t in words]
        if texts[:1] and texts[0] in _OFFICE_MODIFIERS and _title_length(texts[1:], ctx):
            words, texts = words[1:], texts[1:]  # "Acting Country Director for the ..."
            changed = True
        for size in range(min(ctx.max_title, len(texts)), 0, -1):
            phrase = " ".join(texts[:size])
            held = _body_after_holder(texts, size, ctx) if phrase in ctx.titles else None
            if held is not None:
                # "Vice Commandant <Name> of the Japan Coast Guard": the body he serves
                words = words[held:]
                changed = True
                break
            if (
                size >= 2
                and phrase in ctx.titles
                and texts[size : size + 1] == ["and"]
                and _title_length(texts[size + 1 :], ctx)
            ):
                # "Deputy Foreign Minister and Chairman of the National Border Committee":
                # a first office, then the one held in the body
                words = words[size + 1 :]
                changed = True
                break
            if (
                size >= 2
                and phrase in ctx.titles
                and texts[size : size + 1]
                not in (
                    ["of"],
                    ["at"],
                    ["for"],
                    [],
                )
            ):
                return []  # "Flag Officer Commanding Eastern Fleet": an office, not a body
            if phrase in ctx.titles or phrase in ctx.ranks:
                rest = texts[size:]
                if rest[:1] in (["of"], ["at"], ["for"]):
                    skip = size + 1 + (1 if rest[1:2] == ["the"] else 0)
                    if (
                        ctx.is_org(_without_honorific(texts[skip:], ctx))
                        or _body_before_name(texts[skip:], ctx) is not None
                        or _possessive_index(words[skip:], ctx) is not None
                    ):
                        words = words[skip:]
                        changed = True
                break
    return words


def _without_honorific(words: list[str], ctx: _Context) -> list[str]:
    """The words without a dotted honorific that closes them ("Qatar University Dr")."""
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]) in ctx.abbreviated:
            return words[:-size]
    return words


def _body_after_holder(texts: list[str], size: int, ctx: _Context) -> int | None:
    """Where the body starts in "<Office> <Name> of the <Body>"."""
    k = size
    while k < len(texts) and k - size < 4 and texts[k][:1].isupper() and texts[k] not in ctx.heads:
        k += 1
    if not 2 <= k - size <= 4 or texts[k : k + 1] != ["of"]:
        return None
    skip = k + 1 + (texts[k + 1 : k + 2] == ["the"])
    return skip if ctx.is_org(texts[skip:]) else None


def _opens_place(words: list[Token], ctx: _Context) -> bool:
    texts = [t.text for t in words[:3]]
    return any(" ".join(texts[:n]) in ctx.places for n in (2, 3) if len(texts) >= n)


def _possessive(word: str, ctx: _Context) -> int:
    """Length of the possessive ending of ``word``: 2 for "Cambodia's", 1 for "Laos'" (a
    country's plural-looking name only: "Parliamentarians'" stays inside a name)."""
    if word in POSSESSIVE_NAMES:
        return 0
    if word.endswith("'s"):
        return 2
    return 1 if word.endswith("s'") and ctx.country_of_words([word[:-1]]) else 0


def _locality_follows(tokens: tuple[Token, ...] | list[Token], k: int, ctx: _Context) -> bool:
    """A place and its locality word from ``k`` on ("Dien Bien province")."""
    for size in (1, 2, 3):
        if k + size < len(tokens) and tokens[k + size].text.lower() in ctx.locality:
            return all(t.text[:1].isupper() for t in tokens[k : k + size])
    return False


def _possessive_index(tokens: tuple[Token, ...] | list[Token], ctx: _Context) -> int | None:
    for i, tok in enumerate(tokens):
        if _possessive(tok.text, ctx) and i < len(tokens) - 1:
            if (
                i > 0
                and tokens[i - 1].text == "of"
                and (
                    tok.text.endswith("s'")
                    or _locality_follows(tokens, i + 1, ctx)
                    # "Party Committee of China's Guangxi Zhuang Autonomous Region"
                    or any(
                        " ".join(t.text for t in tokens[i + 1 : i + 1 + n]) in ctx.places
                        for n in (1, 2, 3)
                    )
                )
            ):
                # "Military Command of Laos' Phongsaly province", "Border Guard Command of
                # Vietnam's Dien Bien province": the owner's locality is inside the name
                continue
            return i
    return None


#: words that open what follows a name's head: "of <Portfolio>", "in <its seat>"
_AFTER_HEAD = frozenset({"of", "for", "on", "in", "against"})


def _title_length(words: list[str], ctx: _Context) -> int:
    """How many of the first words name an office ("State President" -> 2), else 0."""
    for size in range(min(ctx.max_title, len(words)), 0, -1):
        if " ".join(words[:size]) in ctx.titles:
            return size
    return 0


def _body_before_ranked_name(words: list[str], ctx: _Context) -> int | None:
    """ "... Institute of Hygiene Senior Colonel Tran Van Nam": where the body ends when a
    rank and a personal name follow it in one capitalised run."""
    if not any(w in ctx.rank_openers for w in words[2:-2]):
        return None
    for cut in range(2, len(words) - 2):
        r = _rank_length(words[cut:], ctx)
        rest = words[cut + r :]
        if r and _rank_length(words[cut - 1 :], ctx) > r:
            continue  # "... Minister Army General <Name>": the rank opens a word earlier
        if (
            r
            and 2 <= len(rest) <= 5
            and all(w[:1].isupper() and w not in ctx.heads for w in rest)
            and ctx.is_org(words[:cut])
        ):
            return cut
    return None


def _rank_length(words: list[str], ctx: _Context) -> int:
    """How many of the first words name a rank ("Senior Colonel" -> 2), else 0."""
    for size in range(min(ctx.max_rank, len(words)), 0, -1):
        if " ".join(words[:size]) in ctx.rank_words:
            return size
    return 0


def _without_thing_named(words: list[str], ctx: _Context) -> list[str]:
    """ "Ministry of Culture ... of Viet Nam for the Period": the body without the thing
    ("for the Period ...") its run goes on to name."""
    if len(words) > 3 and words[-1] in ctx.non_heads:
        for k in range(len(words) - 2, max(0, len(words) - 4), -1):
            if words[k] in ("for", "in", "on") and ctx.is_org(words[:k]):
                return words[:k]
    return words


def _split_commas(tokens: list[Token], ctx: _Context) -> list[list[Token]]:
    """ "Center for Green Growth, Mekong Polytechnic College and Sunrise Group": a list of
    bodies, each a whole name (unlike "Ministry of Culture, Sports and Tourism")."""
    if not any(t.text == "," for t in tokens):
        return [tokens]
    groups: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.text == ",":
            groups.append([])
        else:
            groups[-1].append(tok)
    last = groups[-1]
    if last and last[0].text == "and":
        groups[-1] = last = last[1:]
    words = [t.text for t in last]
    if "and" in words:
        cut = words.index("and")
        groups[-1:] = [last[:cut], last[cut + 1 :]]
    if len(groups) > 2 and all(g and ctx.is_org([t.text for t in g]) for g in groups):
        return groups
    return [tokens]


def _split_and(tokens: list[Token], ctx: _Context) -> list[list[Token]]:
    """Split "A and B" where both are whole organizations (or "A and the B")."""
    for i, tok in enumerate(tokens):
        if tok.text not in ("and", "&") or i == 0 or i == len(tokens) - 1:
            continue
        left = [t.text for t in tokens[:i]]
        right_tokens = tokens[i + 1 :]
        right = [t.text for t in right_tokens]
        if right and right[-1].endswith("'s") and right[-1] not in POSSESSIVE_NAMES:
            right[-1] = right[-1][:-2]  # "... and Military Zone IV's working group"
        if right[:1] == ["the"]:
            # "the Ministry of X and the Y Committee" (but "Commission for Culture and the
            # Arts" is one name)
            rest = _split_and(right_tokens[1:], ctx)
            first = [t.text for t in rest[0]] if rest else []
            if (
                not ({"of", "for", "on"} & set(left[1:]))
                or ctx.is_org(_without_thing_named(first, ctx))
                or _title_length(first, ctx)  # "... and the Head of the X Committee"
                or _possessive_index(right_tokens[1:], ctx) is not None
                or any(ctx.country_of_words(first[:n]) for n in (1, 2, 3, 4))
            ):
                return [tokens[:i], *rest]
        field = 0
        while field < len(right) - 1 and right[field] in ctx.portfolio:
            field += 1  # "Defence Minister of Vietnam": the portfolio before the office
        office = _title_length(right[field:], ctx) and field + _title_length(right[field:], ctx)
        if office and right[office : office + 1] in (["of"], ["at"]) and not ctx.is_org(left):
            # "Nagano Governor Abe Shuichi and Chairman of the Nagano Prefectural Assembly ...":
            # a person, then an office of a body
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        if all(w in _GENERIC for w in left) and ctx.is_org(right):
            # "Party, State and National Assembly channels": a list of sides, one a body
            return _split_and(right_tokens, ctx)
        if " ".join([*left, "and", *right]) in ctx.intl:
            return [tokens]
        left_head = ctx.head_of(left)
        # "Naval Region 2": a number after the head still ends the name
        left_core = left
        while len(left_core) > 1 and (left_core[-1].isdigit() or _ROMAN.fullmatch(left_core[-1])):
            left_core = left_core[:-1]
        left_complete = left_head is not None and left_core[-1] == left_head.split()[-1]
        if ctx.is_org(left) and (
            ((ctx.brand_of(right) or ctx.brand_of(left)) and ctx.is_org(right))
            or (ctx.brand_of(left) and len(right) == 1 and is_acronym(right[0]))
        ):
            # "Samsung Electronics and LG": companies by their brands
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        if (
            ctx.brand_of(left)
            and ctx.is_org(left)
            and any(" ".join(right[:n]) in ctx.places for n in (1, 2, 3))
        ):
            # "between KOICA and Quang Tri and Lao Cai provinces": a body, then localities
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        if (left_complete or ctx.is_org(left)) and (
            _title_length(right, ctx)
            or (len(right) > 1 and is_acronym(right[0]) and _title_length(right[1:], ctx))
        ):
            # "... Central Committee and President of China Xi Jinping": an office follows;
            # "... of the Party and VAST President": an office of a body by its acronym
            return [tokens[:i]]
        held = [t.text for t in _strip_leading(tokens[:i], ctx)]
        if _body_before_name(held, ctx) or (
            _body_before_title(held, ctx) and right[:1] != [] and right[0][:1].isupper()
        ):
            # "Chairman of the X Committee Tran Anh Thu and ...": a body and its head's name
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        if left_complete and (
            ctx.is_org(right) or _possessive_index(right_tokens, ctx) is not None
        ):
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        if _possessive_index(right_tokens, ctx) == 0 or ctx.country_of_words(right[:1]):
            if ctx.is_org(left) or left_complete:
                return [tokens[:i], *_split_and(right_tokens, ctx)]
        # "Voice of Vietnam and Yunnan Media Group": a body named "of <Country>", then a
        # complete body of its own
        if "of" in left[1:] and ctx.is_org(left) and ctx.is_org(right):
            of = len(left) - 1 - left[::-1].index("of")
            tail = [w for w in left[of + 1 :] if w != "the"]
            right_head = ctx.head_of(right)
            if (
                (ctx.country_of_words(tail) or " ".join(tail) in ctx.places)
                and right_head is not None
                and right[-1] == right_head.split()[-1]
            ):
                return [tokens[:i], *_split_and(right_tokens, ctx)]
        if ctx.is_org(left) and " ".join(right) in ctx.places:
            return [tokens[:i]]  # "... of New York and New Jersey and Hai Phong": a locality
        if (
            "of" in left[1:]
            and ctx.is_org(left)
            and len(right) > 2
            and right[1] in ("of", "for")
            and ctx.head_of(right) == right[0]
            and ctx.is_org(right)
        ):
            # "the Office of Hue People's Committee and Department of External Affairs of
            # Hue": a second body opening with its own head
            return [tokens[:i], *_split_and(right_tokens, ctx)]
        # "the X People's Council and People's Committee": a second, unnamed body
        if ctx.is_org(left) and all(w in ctx.heads or w in _GENERIC for w in right):
            return [tokens[:i]]
        # "HCM City and Yamaguchi Prefectural Assembly": a place, then a body; an "and"
        # after "of" stays inside ("Ministry of Culture, Sports and Tourism")
        if "of" not in left and "for" not in left and ctx.is_org(right):
            if " ".join(left) in ctx.places or ctx.country_of_words(left):
                return [tokens[:i], *_split_and(right_tokens, ctx)]
    return [tokens]


#: an owner written just before a body, outside its capitalised run: "the Republic of
#: Korea (RoK)'s Ministry ...", "the Lao ministry's Department ..."
_OWNER_BEFORE = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*){0,4})"
    r"(?:\s*\([^()]{1,12}\))?(?:\s+[a-z]+){0,2}['\u2019]s?\s+$"
)


def _owner_before(text: str, start: int, ctx: _Context) -> str | None:
    """The country owning the body that starts at ``start``, named just before it."""
    if text[max(0, start - 3) : start].strip() not in ("'s", "'", "\u2019s", "\u2019"):
        return None
    found = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return None
    words = found.group("owner").split()
    for size in range(len(words), 0, -1):
        code = ctx.country_of_words(words[-size:])
        if code:
            return code
    return None


def _candidates(
    chunk: Chunk, ctx: _Context, owner_country: str | None = None
) -> list[OrgCandidate]:
    out: list[OrgCandidate] = []
    tokens = list(chunk.tokens)
    # possessors: "Cambodia's Ministry ...", "the VPA's Department ..."
    prefix_country: str | None = owner_country
    possessor: tuple[int, int] | None = None
    pieces: list[tuple[list[Token], str | None, tuple[int, int] | None]] = []
    while True:
        idx = _possessive_index(tokens, ctx)
        if idx is None:
            pieces.append((tokens, prefix_country, possessor))
            break
        owner = tokens[: idx + 1]
        cut = _possessive(owner[-1].text, ctx)
        owner_words = [t.text for t in owner]
        owner_words[-1] = owner_words[-1][:-cut]
        pieces.append(
            (
                [*tokens[:idx], Token(owner_words[-1], owner[-1].start, owner[-1].end - cut)],
                prefix_country,
                possessor,
            )
        )
        code = ctx.country_of_words(owner_words[-2:]) or ctx.country_of_words(owner_words[-1:])
        prefix_country = code
        possessor = None if code else (owner[0].start, owner[-1].end - cut)
        tokens = tokens[idx + 1 :]
    for piece_tokens, country, owner_span in pieces:
        stripped = _strip_leading(piece_tokens, ctx)
        groups = _split_commas(stripped, ctx)
        for n, part in enumerate([p for g in groups for p in _split_and(g, ctx)]):
            if part is not stripped:  # a piece split off: its own openers go too
                part = _strip_leading(part, ctx)
            if not part:
                continue
            own = country
            if n > 0 and ctx.country_of_words([part[0].text]):
                own = None  # "Vietnam's Hospital 175 and Lao Hospital 105": its own country
            cand = _organization(part, ctx, own, owner_span if own == country else None)
            if cand is not None:
                out.append(cand)
    return out


def _organization(
    tokens: list[Token], ctx: _Context, country: str | None, owner: tuple[int, int] | None
) -> OrgCandidate | None:
    while tokens and tokens[-1].text in ("of", "and", "for", "on", "the", "-", ","):
        tokens = tokens[:-1]
    # "Institute of Economics Assoc. Prof. <Name>": the honorific opens the name
    tokens = tokens[: len(_without_honorific([t.text for t in tokens], ctx))]
    if tokens and _possessive(tokens[-1].text, ctx):
        last = tokens[-1]
        ending = _possessive(last.text, ctx)
        tokens = [*tokens[:-1], Token(last.text[:-ending], last.start, last.end - ending)]
    words = [t.text for t in tokens]
    kept = len(_without_thing_named(words, ctx))
    tokens, words = tokens[:kept], words[:kept]
    ranked = _body_before_ranked_name(words, ctx)
    if ranked is not None:
        tokens, words = tokens[:ranked], words[:ranked]
    if "on" in words[1:]:
        # "Ministry of Foreign Affairs on Research Programmes": a ministry's name never goes
        # on with "on"; a committee's may ("Committee on Foreign Affairs")
        on = words.index("on", 1)
        head = ctx.head_of(words[:on])
        if head is not None and head not in ctx.topical and ctx.is_org(words[:on]):
            tokens, words = tokens[:on], words[:on]
    if owner is not None and words[:1] and words[0] in _COMPANY_ORGANS:
        return None  # "Vietnam Electricity's Member Board": the company's organ, not a body
    possessed = (owner is not None or country is not None) and len(words) >= 2
    head = ctx.head_of(words) if possessed and words[0] not in _ORGAN_WORDS else None
    if head is not None and words[-1] == head.split()[-1] and "of" not in words:
        pass  # "the CPV Central Committee's Organisation Commission": its owner names it
    elif not ctx.is_org(words):
        # "... provincial People's Committee Le Van Binh": a name glued after the body;
        # "Vietnam Border Guard Commander Major General <Name>": an office after it
        cut = _body_before_name(words, ctx) or _body_before_title(words, ctx)
        if cut is None:
            return None
        tokens, words = tokens[:cut], words[:cut]
    else:
        # "Senate of Thailand Somchai Wongsuwan": a body closed by its owner, then a name
        owned = _owner_then_name(words, ctx)
        named = None if owned is not None else _complement_then_name(words, ctx)
        if named is not None:
            tokens, words = tokens[:named], words[:named]
        if owned is not None:
            tokens, words = tokens[:owned], words[:owned]
            of = len(words) - 1 - words[::-1].index("of")
            code = ctx.country_of_words([w for w in words[of + 1 :] if w != "the"])
            if code and ctx.is_org(words[:of]):
                # "... National People's Congress of China <Name>": China's body ("the
                # Communist Party of Chile" and "the Central Bank of Cuba" keep it: their
                # names hold their country)
                country = country or code
                head = ctx.head_of(words[:of]) or ""
                if head.split()[-1:] != [] and head.split()[-1] not in _NAMED_WITH_COUNTRY:
                    tokens, words = tokens[:of], words[:of]
    alias_start: int | None = None
    # a country prefix that is not part of the name ("Lao Cai ..." opens with a province)
    for size in (3, 2, 1):
        if len(words) <= size or _opens_place(tokens, ctx):
            continue
        code = ctx.country_of_words(words[:size])
        if not code or words[size] in SUBJECT_WORDS:
            continue  # "China Research Institute": the subject of the institute's work
        rest = words[size:]
        head = ctx.head_of(rest)
        # "US Senate", "RoK Supreme Prosecutors' Office": a country's short form is its
        # adjective
        short_form = size == 1 and is_acronym(words[0]) and words[-1] not in ("Agency", "Forces")
        is_demonym = " ".join(words[:size]) in ctx.demonyms or short_form
        generic = head is not None and len(rest) == len(head.split())
        head_word = head.split()[-1] if head is not None else ""
        if head is not None and head.split()[0] in _STRIP_PREFIX_HEADS:
            head_word = head.split()[0]  # "Ministry of ...", "Department of ..."
        strip = (
            (
                (head_word in _STRIP_PREFIX_HEADS and (is_demonym or head_word != "Forces"))
                or (is_demonym and head_word in _STRIP_DEMONYM_HEADS)
                or (is_demonym and head_word in _LEGISLATURES)
            )
            # "Vietnamese Ministry" stays whole; "Vietnamese Defence Ministry" is VN's
            # "Defence Ministry"
            and (
                ctx.is_org(rest)
                if not generic
                else is_demonym and (len(rest) > 1 or head_word in _LEGISLATURES)
            )
        )
        if strip:
            alias_start = tokens[0].start
            tokens = tokens[size:]
            words = rest
        country = country or code
        break
    if country is None and ctx.brand_of(words):
        # "Intel Vietnam", "Samsung Vietnam": a brand's company in the country it names
        country = ctx.countries.get(" ".join(words[-2:])) or ctx.countries.get(words[-1])
        country = country or ctx.brand_of(words)
    # a trailing "of <Country>" locates rather than names a locality's body
    for of in (k for k, w in enumerate(words) if w == "of"):
        # the longest country closing the name: "of the Republic of Korea"
        tail = words[of + 1 :]
        if tail and tail[0] == "the":
            tail = tail[1:]
        code = ctx.country_of_words(tail)
        if code:
            country = country or code
            before = words[:of]
            if (
                any(w in ("City", "Province", "Municipality", "Prefecture") for w in before)
                or (before[:1] and before[0] in _OWNED_OFFICES and ctx.is_org(before))
                # "Naval Region 3 of Vietnam": a numbered unit of the country's forces
                or (len(before) > 1 and (before[-1].isdigit() or _ROMAN.fullmatch(before[-1])))
                # "Hanwa Group of the Republic of Korea": a group and its home ("Oil Company
                # of Angola" keeps it: no other word names the company)
                or (len(before) > 1 and before[-1] in _GROUP_FORMS)
            ):
                # "Ministry of Culture, Sports and Tourism of the Socialist Republic of Viet
                # Nam": the country owns the ministry, its name ends before
                tokens = tokens[:of]
                words = before
            break
    owner_cut: tuple[int, int] | None = None
    for k in range(1, len(tokens) - 1):
        word = tokens[k].text
        ending = _possessive(word, ctx) if tokens[k - 1].text == "of" else 0
        code = ctx.country_of_words([word[:-ending]]) if ending else None
        if code:
            # "People's Committee of Cambodia's Kampot province": the owner is no part of
            # the name
            country = country or code
            owner_cut = (tokens[k].start, tokens[k + 1].start)
            break
    return OrgCandidate(tuple(tokens), country, alias_start, owner, cut=owner_cut)


# -- acronyms ------------------------------------------------------------------------------


def align_acronym(acronym: str, words: list[str]) -> int | None:
    """Index of the first word of the long form the acronym abbreviates, or None.

    Letters are matched right to left through the words (a letter may come from inside a
    word, as "N" of "Vietnam" in VNRC), the acronym's first letter must open a word.
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    if not letters or not words:
        return None
    flat = " ".join(words).lower()
    li = len(letters) - 1
    pos = len(flat) - 1
    while li >= 0:
        char = letters[li]
        while pos >= 0 and (
            flat[pos] != char
            or (li == 0 and pos > 0 and (flat[pos - 1].isalnum() or flat[pos - 1] == "'"))
        ):
            pos -= 1
        if pos < 0:
            return None
        li -= 1
        pos -= 1
    start_char = pos + 1
    # word index of start_char
    count = 0
    for i, w in enumerate(words):
        if count >= start_char:
            return i
        count += len(w) + 1
        if count > start_char:
            return i
    return None


def _emit(
    add: Callable[..., None], cand: OrgCandidate, *, acronym: str | None = None, how: str, rule: str
) -> None:
    start, end = cand.tokens[0].start, cand.tokens[-1].end
    # "Consulate General of Vietnam in Pakse" is also written without its seat
    seat = next((k for k, t in enumerate(cand.tokens) if k > 0 and t.text == "in"), None)
    _add_org(
        add,
        start,
        end,
        rule=rule,
        how=how,
        country=cand.country,
        alias_start=cand.alias_start,
        alias_end=cand.tokens[seat - 1].end if seat is not None else None,
        possessor=cand.possessor,
        acronym=acronym,
        cut=cand.cut,
    )


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    ctx = vocabulary.memo("organizations.context", _Context)
    text = document.text
    defined_non_org: set[str] = set()
    for sentence in document.sentences:
        tokens = _with_company_forms(document.tokens(sentence.start, sentence.end), ctx)
        by_start = {t.start: i for i, t in enumerate(tokens)}
        used_acronym_spans: set[int] = set()
        defined_spans: set[int] = set()
        for chunk in chunks(tokens, ctx.locality):
            if chunk.start in defined_spans:
                continue  # "(JICA)" after its long form: the acronym, not a second name
            if text[chunk.start - 1 : chunk.start] == "/" and chunk.start >= 2:
                continue  # "USAID/Vietnam Mission Director": the office of the body before
            chunk = _with_site(chunk, tokens, by_start, ctx)
            cands = _candidates(chunk, ctx, _owner_before(text, chunk.start, ctx))
            after = by_start.get(chunk.end + 1) if text[chunk.end : chunk.end + 2] == " (" else None
            slashed = _SLASHED_ACRONYM.match(text, chunk.end)
            if slashed:
                # "... Victims of Agent Orange (AO)/dioxin (VAVA)": the body's own short form
                # comes after the one of the words it ends with
                after = by_start.get(slashed.start("open"))
            acronym_tok = _bracketed_acronym(tokens, after)
            if acronym_tok is not None:
                used_acronym_spans.add(acronym_tok.start)
                handled = _define_acronym(chunk, cands, acronym_tok, ctx, add, defined_non_org)
                if handled:
                    cands = cands[:-1]
                    defined_spans.add(acronym_tok.start)
            if cands:
                cands[-1] = _with_owning_ministry(cands[-1], text, ctx)
            for cand in cands:
                if _continues_defined_body(text, cand, ctx):
                    continue
                if (
                    _names_a_thing(text, cand.tokens[-1].end, ctx)
                    and text[cand.tokens[-1].end : cand.tokens[-1].end + 1] == " "
                ):
                    continue  # "ASEAN Navy Chiefs' Meeting": the name of an occasion
                kept = _named_body(cand, text, ctx)
                if kept is not None:
                    _emit(add, kept, how="chunk", rule="organizations.chunk")
        # bare acronyms, descriptive names ("the Dutch research institute Deltares")
        for i, tok in enumerate(tokens):
            word = tok.text
            if tok.start in used_acronym_spans:
                continue
            stem = word[:-2] if word.endswith(("'s", "\u2019s")) else ""
            if stem and (stem in ctx.intl or stem in ctx.brands) and stem.isupper():
                # "ASEAN's central role", "Thailand's TCEB": a known body's possessive
                add("acronym", tok.start, tok.end - 2, stem, rule="organizations.possessive")
                continue
            if (is_acronym(word) or word in ctx.intl) and text[tok.end : tok.end + 14].split()[
                :1
            ] in _DOCUMENT_WORDS:
                continue  # "the UN Convention on the Law of the Sea": a treaty's name
            if word == "NA" and _assembly_named(tokens, i, ctx):
                # "NA Chairman <Name>", "the Lao NA": the National Assembly by its acronym
                before = tokens[i - 1].text if i > 0 else ""
                _add_org(
                    add,
                    tok.start,
                    tok.end,
                    rule="organizations.national_assembly",
                    how="acronym",
                    country=ctx.country_of_words([before]) if before else None,
                    name="National Assembly",
                    acronym="NA",
                )
                continue
            if (
                is_acronym(word)
                and word.upper() not in _NOT_ORG_ACRONYMS
                and word not in defined_non_org
            ):
                if ctx.country_of_words([word]):
                    continue
                following = [t.text for t in tokens[i + 1 : i + 3 + ctx.max_title]]
                if (
                    word not in ctx.intl
                    and (
                        (
                            any(_title_length(following[k:], ctx) for k in (0, 1, 2))
                            and all(is_cap(w) for w in following[:1])
                        )
                        # "<Name> from KOTRA said": the body a speaker comes from
                        or (
                            i > 0
                            and tokens[i - 1].text == "from"
                            and following[:1] != []
                            and following[0] in ctx.reporting
                        )
                        # "Rector Tran Duc Minh of VMU signed ...": the body a person is of
                        or (
                            i > 1
                            and tokens[i - 1].text == "of"
                            and is_cap(tokens[i - 2].text)
                            and tokens[i - 2].text not in ctx.heads
                            and not _title_length([tokens[i - 2].text], ctx)
                            and not is_acronym(tokens[i - 2].text)
                            and i > 2
                            and is_cap(tokens[i - 3].text)  # a name of two words or more
                            and not tokens[i - 3].text.endswith(("'s", "s'"))
                            and not any(c.isdigit() for c in word)  # "of AMMD8": an occasion
                            and (following[:1] == [] or not is_cap(following[0]))
                        )
                    )
                ):
                    # "KOICA Country Director <Name>": a body known only by its acronym
                    # (clarification 10)
                    _add_org(
                        add,
                        tok.start,
                        tok.end,
                        rule="organizations.acronym_before_office",
                        how="acronym",
                        country=ctx.brands.get(word),
                    )
                    continue
                add("acronym", tok.start, tok.end, word, rule="organizations.acronym")
            elif word in ctx.intl and " " not in word and word[0].isupper():
                add("acronym", tok.start, tok.end, word, rule="organizations.intl_name")
        _descriptive(tokens, ctx, add)
    # international bodies by their full names anywhere in a sentence
    _intl_by_full_name(document, ctx, add)
    _ministries_of_countries(document, ctx, add)


#: "Defence Ministries of Vietnam and Laos", "the Ministries of National Defence of
#: Vietnam, Laos and Cambodia": one ministry of each country
_MINISTRIES_OF = re.compile(
    r"(?:(?P<pre>(?:(?!The\b)[A-Z][\w-]*\s+){1,3})Ministries|Ministries\s+of\s+(?P<post>[A-Z][\w-]*"
    r"(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w-]*){0,4}?))"
    r"\s+of\s+(?:the\s+)?(?P<sides>[A-Z][\w'-]*(?:(?:\s+|,\s+|,?\s+and\s+(?:the\s+)?)"
    r"[A-Z][\w'-]*){1,8})"
)
_SIDE_SPLIT = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+")


def _ministries_of_countries(document: Document, ctx: _Context, add: Callable[..., None]) -> None:
    """One organization per country of a plural ministry ("Defence Ministries of Vietnam
    and Laos" are Vietnam's and Laos' Defence Ministry; clarification 18)."""
    text = document.text
    if "Ministries" not in text:
        return
    for found in _MINISTRIES_OF.finditer(text):
        sides: list[tuple[int, int, str]] = []
        pos = found.start("sides")
        for part in _SIDE_SPLIT.split(found.group("sides")):
            start = text.find(part, pos)
            code = ctx.country_of_words(part.split())
            if code is None:
                break
            sides.append((start, start + len(part), code))
            pos = start + len(part)
        if len(sides) < 2:
            continue
        if found.group("pre"):
            name = f"{found.group('pre').strip()} Ministry"
            head = (found.start(), found.start("pre") + len(found.group("pre")) + len("Ministries"))
        else:
            name = f"Ministry of {found.group('post')}"
            head = (found.start(), found.end("post"))
        for n, (start, end, code) in enumerate(sides):
            span = head if n == 0 else (start, end)
            _add_org(
                add,
                span[0],
                span[1],
                rule="organizations.ministries_of",
                how="gazetteer",
                country=code,
                name=name,
            )


def _assembly_named(tokens: list[Token], i: int, ctx: _Context) -> bool:
    """ "NA" as the National Assembly: after "the" or a country's adjective, or before an
    office ("NA Chairman"); not when an organ of it follows ("NA Office")."""
    before = tokens[i - 1].text if i > 0 else ""
    after = [t.text for t in tokens[i + 1 : i + 4]]
    if after[:1] and (after[0] in _NA_ORGANS or after[0] in ctx.heads):
        return False  # "NA Office", "NA Standing Committee": a body of the Assembly's own
    return (
        before in ("the", "The")
        or bool(before and ctx.country_of_words([before]))
        or (bool(after) and is_cap(after[0]) and _title_length(after, ctx) > 0)
    )


#: words before an office that say how it is held ("Acting Director of ...")
_OFFICE_MODIFIERS = frozenset({"Acting", "Former", "Outgoing", "Incoming", "Interim"})
#: words opening an organ named after "NA": "NA Standing Committee", "NA Office"
_NA_ORGANS = frozenset({"Standing", "Office", "Committee", "Secretariat", "Council"})


def _with_company_forms(tokens: list[Token], ctx: _Context) -> list[Token]:
    """ "Hoa Sen Trading Co., Ltd.": a company form keeps its dot (and "Co.," its second
    form), so the name runs on through it as one word."""
    if not any(t.text in ctx.dotted for t in tokens):
        return tokens
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        tok = tokens[k]
        if (
            tok.text in ctx.dotted
            and k + 1 < n
            and tokens[k + 1].text == "."
            and tokens[k + 1].start == tok.end
        ):
            merged = Token(tok.text + ".", tok.start, tokens[k + 1].end)
            k += 2
            # "Co., Ltd": the comma joins two forms of one company
            if (
                k + 1 < n
                and tokens[k].text == ","
                and tokens[k].start == merged.end
                and (tokens[k + 1].text in ctx.dotted or tokens[k + 1].text in ctx.heads)
            ):
                last = tokens[k + 1]
                end, text = last.end, last.text
                k += 2
                dot = k < n and tokens[k].text == "." and tokens[k].start == end
                if text in ctx.dotted and dot:
                    end, text = tokens[k].end, text + "."
                    k += 1
                merged = Token(text, merged.start, end)
            out.append(merged)
            continue
        out.append(tok)
        k += 1
    return out


def _with_owning_ministry(cand: OrgCandidate, text: str, ctx: _Context) -> OrgCandidate:
    """ "the General Department of Logistics under the Lao Ministry of ...": a unit is of
    its ministry's country."""
    under = _UNDER_OWNER.match(text, cand.tokens[-1].end)
    if under is None or cand.country is not None:
        return cand
    owner = under.group("owner").removesuffix("'s").removesuffix("'")
    code = ctx.country_of_words([owner])
    return attrs.evolve(cand, country=code) if code else cand


def _named_body(cand: OrgCandidate, text: str, ctx: _Context) -> OrgCandidate | None:
    """The body a chunk's candidate names, or None for a credit, a gathering or a count."""
    start, end = cand.tokens[0].start, cand.tokens[-1].end
    if _ORDINAL_BEFORE.search(text, max(0, start - 12), start) and any(
        t.text in _GATHERINGS for t in cand.tokens[:3]
    ):
        # "the 7th National Congress of the VUFO": a gathering of the body after it
        texts = [t.text for t in cand.tokens]
        of = texts.index("of") if "of" in texts else len(texts)
        inner = list(cand.tokens[of + 1 :])
        if inner[:1] and inner[0].text == "the":
            inner = inner[1:]
        return _organization(inner, ctx, cand.country, None) if inner else None
    if _REPORTED_BY.match(text, end) and any(t.text in _MEDIA_WORDS for t in cand.tokens):
        return None  # "..., the Vietnam News Agency reported": a credit, no side
    if _COUNTED_BEFORE.search(text, max(0, start - 12), start) and cand.tokens[-1].text.endswith(
        "s"
    ):
        return None  # "the two Red Cross Societies": bodies counted, none named
    if cand.tokens[-1].text in _PLURAL_HEADS or cand.tokens[0].text in _PLURAL_HEADS:
        # "the two countries' Defence Ministries", "the Ministries of Foreign Affairs of
        # Vietnam and Laos": several bodies, none named by these words
        return None
    return cand


#: documents named after a body: "UN Charter", "ASEAN Declaration"
_DOCUMENT_WORDS = [[w] for w in ("Convention", "Charter", "Treaty", "Declaration", "Resolution")]
#: words that make a body a news outlet
_MEDIA_WORDS = frozenset({"News", "Agency", "Press", "Radio", "Television", "Newspaper"})
#: plural heads that end no one body's name
_PLURAL_HEADS = frozenset(
    {"Ministries", "Departments", "Committees", "Commissions", "Embassies", "Agencies"}
)
#: words that open the organ of a body named before it ("... (CPN) Central Committee")
_ORGAN_WORDS = frozenset({"Central", "Standing", "Executive", "Permanent"})
#: first words of a company's organs ("Member Board", "Management Board")
_COMPANY_ORGANS = frozenset({"Member", "Management", "Supervisory"})


def _continues_defined_body(text: str, cand: OrgCandidate, ctx: _Context) -> bool:
    """ "Communist Party of Nepal (CPN) Central Committee": a generic organ right after a
    body's acronym is that body's, not a body of its own."""
    start = cand.tokens[0].start
    return text[max(0, start - 2) : start].rstrip().endswith(")") and all(
        t.text in ctx.heads or t.text in _GENERIC or t.text in _ORGAN_WORDS for t in cand.tokens
    )


def _with_site(chunk: Chunk, tokens: list[Token], by_start: dict[int, int], ctx: _Context) -> Chunk:
    """ "Consulate General of Vietnam" + "in Luang Prabang": a body named with its seat."""
    k = by_start.get(chunk.tokens[-1].start)
    if k is None or k + 2 >= len(tokens) or tokens[k + 1].text != "in":
        return chunk
    head = ctx.head_of(list(chunk.words))
    if head is None:
        return chunk
    for size in (4, 3, 2, 1):
        seat = tokens[k + 2 : k + 2 + size]
        if len(seat) < size or not all(is_cap(t.text) for t in seat):
            continue
        words = [t.text for t in seat]
        after = k + 2 + size
        if (
            after < len(tokens)
            and is_cap(tokens[after].text)
            and tokens[after].text not in ctx.surnames
        ):
            continue  # the seat must end the capitalised run, unless a name follows
        if not (ctx.country_of_words(words) or " ".join(words) in ctx.places):
            continue
        defined = after < len(tokens) and _bracketed_acronym(tokens, after) is not None
        if head in ctx.sited or defined:
            return Chunk((*chunk.tokens, tokens[k + 1], *seat))
    return chunk


def _add_org(
    add: Callable[..., None],
    start: int,
    end: int,
    *,
    rule: str,
    how: str,
    country: str | None = None,
    alias_start: int | None = None,
    alias_end: int | None = None,
    possessor: tuple[int, int] | None = None,
    acronym: str | None = None,
    cut: tuple[int, int] | None = None,
    name: str | None = None,
) -> None:
    """An organization finding; what is not given is not known (``name``: the body's name
    when the text writes it otherwise)."""
    extra = {"name": name} if name else {}
    add(
        "organization",
        start,
        end,
        "org",
        rule=rule,
        how=how,
        country=country,
        alias_start=alias_start,
        alias_end=alias_end,
        possessor=possessor,
        acronym=acronym,
        cut=cut,
        **extra,
    )


def _names_a_thing(text: str, end: int, ctx: _Context) -> bool:
    """ "United Nations Convention on the Law of the Sea": the body's name opens the name of
    a document or an event, which is no mention of the body."""
    following = text[end : end + 40].split()
    if following[:1] and following[0][:1].isupper() and following[0].endswith(("s", "s'")):
        # "ASEAN Navy Chiefs' Meeting": the office holders the occasion is named for
        following = following[1:]
    return bool(following) and following[0].strip(",.;:") in ctx.non_heads


def _intl_by_full_name(document: Document, ctx: _Context, add: Callable[..., None]) -> None:
    """Every occurrence of a multi-word international body's name inside one sentence."""
    text = document.text
    sentences = document.sentences
    if not sentences:
        return
    starts = [s.start for s in sentences]
    heads = set(document.word_starts.heads)  # a name must open a word: a cheap first test
    hits: list[tuple[int, int, int]] = []
    for order, name in enumerate(ctx.intl_full_names):
        if len(name) >= DEPTH and name[:DEPTH] not in heads:
            continue
        pos = text.find(name, sentences[0].start)
        while pos != -1:
            end = pos + len(name)
            k = bisect.bisect_right(starts, pos) - 1
            if (
                k >= 0
                and end <= sentences[k].end
                and (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_"))
                and (end >= len(text) or not text[end].isalnum())
                and not _names_a_thing(text, end, ctx)
                and text[max(0, pos - 4) : pos] != "New "  # "the New Colombo Plan": a programme
            ):
                hits.append((k, order, pos))
                pos = text.find(name, end)
            else:
                pos = text.find(name, pos + 1)
    for _k, order, pos in sorted(hits):
        written = ctx.intl_full_names[order]
        # "United Nations (UN) Relief ...": named without the bracket ("UN Security
        # Council" keeps its own short form)
        canonical = ctx.intl_written.get(written) if "(" in written else None
        bracket = _BRACKETED.match(text, pos + len(written))
        acronym = (
            bracket.group(1)
            if bracket
            and ctx.intl.get(bracket.group(1), "") in (written, ctx.intl_written.get(written))
            else None
        )
        _add_org(
            add,
            pos,
            pos + len(written),
            rule="organizations.intl",
            how="gazetteer",
            name=canonical,
            acronym=acronym,
        )


_BRACKETED = re.compile(r"\s*\(([A-Za-z][\w-]{1,11})\)")
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
_GATHERINGS = frozenset({"Congress", "Conference", "Session", "Plenum", "Meeting", "Summit"})
_REPORTED_BY = re.compile(r",?\s+(?:reported|reports|quoted|cited|said)\b")
_UNDER_OWNER = re.compile(r"\s+under\s+(?:the\s+)?(?P<owner>[A-Z][\w']*)")
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|both)\s+$")
_NUMBERED_OCCASION = re.compile(r"[A-Za-z+]+-\d+")
_SLASHED_ACRONYM = re.compile(r" \([A-Za-z]{1,8}\)\s*/\s*[\w-]+\s*(?P<open>\()[A-Z][\w-]{1,10}\)")


def _bracketed_acronym(tokens: list[Token], open_index: int | None) -> Token | None:
    """The token inside "( X )" starting at ``open_index`` when it looks like a short form."""
    if open_index is None or tokens[open_index].text != "(":
        return None
    inner: list[Token] = []
    k = open_index + 1
    while k < len(tokens) and tokens[k].text != ")" and len(inner) < 3:
        inner.append(tokens[k])
        k += 1
    if k >= len(tokens) or tokens[k].text != ")" or not inner:
        return None
    word = " ".join(t.text for t in inner)
    first = inner[0].text
    if len(word) < 2:
        return None  # "(L)", "(R)": where a person stands in the photo
    if not (is_acronym(first) or (first[:1].isupper() and len(inner) == 1 and len(first) <= 12)):
        return None
    return Token(word, inner[0].start, inner[-1].end)


def _define_acronym(
    chunk: Chunk,
    cands: list[OrgCandidate],
    acronym: Token,
    ctx: _Context,
    add: Callable[..., None],
    defined_non_org: set[str],
) -> bool:
    """Attach "(ACR)" to the organization just before it; True if it replaced the last one."""
    words = chunk.words
    if _NUMBERED_OCCASION.fullmatch(acronym.text):
        return False  # "(APPF-32)": the 32nd meeting of a forum, not the forum's short form
    if (
        ctx.country_of_words([acronym.text])
        or ctx.country_of_words(words[-4:])
        or ctx.country_of_words(words[-3:])
    ):
        return False
    last = cands[-1] if cands and cands[-1].tokens[-1].end == chunk.end else None
    start_index = align_acronym(acronym.text, words)
    if start_index is not None:
        long_tokens = list(chunk.tokens[start_index:])
        while long_tokens and long_tokens[0].text in _LEADING_STOP:
            long_tokens = long_tokens[1:]
        long_words = [t.text for t in long_tokens]
        if (
            long_words
            and ctx.is_org(long_words)
            and last is not None
            and long_tokens[0].start > last.tokens[0].start
            and start_index >= 1
            and {"of", "for"} & set(words[max(0, start_index - 2) : start_index])
        ):
            # "Party School of the Communist Party of China (CPC)": the acronym is the
            # inner body's; the outer one keeps its name without it
            inner = OrgCandidate(tuple(long_tokens), None, None, None, "acronym")
            _emit(
                add,
                inner,
                acronym=acronym.text,
                how="acronym",
                rule="organizations.acronym_definition",
            )
            if "for" not in words[max(0, start_index - 2) : start_index]:
                return False
            # "the Ministry of Defence for the Vietnam People's Army (VPA)": two bodies
            cut = [t for t in last.tokens if t.start < long_tokens[0].start]
            while cut and cut[-1].text in ("for", "the"):
                cut = cut[:-1]
            outer = _organization(cut, ctx, last.country, last.possessor) if cut else None
            if outer is not None:
                _emit(add, outer, how="chunk", rule="organizations.chunk")
            return True
        # "Happy Sky International (HSI)": a body with no head word, known by the short
        # form it defines
        headless = (
            len(long_words) >= 2
            and long_words[-1] == "International"
            and all(w[:1].isupper() for w in long_words)
        )
        if (
            long_words
            and (ctx.is_org(long_words) or headless)
            and (last is None or long_tokens[0].start <= last.tokens[0].start)
        ):
            country = last.country if last else None
            if country is None:
                for size in (3, 2, 1):
                    code = ctx.country_of_words(long_words[:size])
                    if code:
                        country = code
                        break
                    if "of" in long_words:
                        of = len(long_words) - 1 - long_words[::-1].index("of")
                        tail = [w for w in long_words[of + 1 :] if w != "the"]
                        country = ctx.country_of_words(tail)
                        if country:
                            break
            cand = OrgCandidate(
                tuple(long_tokens), country, None, last.possessor if last else None, "acronym"
            )
            _emit(
                add,
                cand,
                acronym=acronym.text,
                how="acronym",
                rule="organizations.acronym_definition",
            )
            return last is not None
        if long_words and not ctx.is_org(long_words) and ctx.head_of(long_words) is None:
            if last is None or (start_index > 0 and is_cap(long_words[0])):
                # "... Victims of Agent Orange (AO)": the short form of the words it spells,
                # not of the body they end
                defined_non_org.add(acronym.text)
                return False
    if last is not None:
        _emit(
            add, last, acronym=acronym.text, how="acronym", rule="organizations.acronym_definition"
        )
        return True
    return False


_DESCRIPTORS = frozenset(
    {
        "institute",
        "company",
        "firm",
        "group",
        "carrier",
        "university",
        "agency",
        "organisation",
        "organization",
        "bank",
        "corporation",
        "conglomerate",
        "carmaker",
        "automaker",
        "airline",
        "charity",
        "foundation",
        "NGO",
        "developer",
        "producer",
        "manufacturer",
        "exporter",
        "operator",
        "insurer",
        "lender",
        "broadcaster",
        "newspaper",
        "hospital",
        "school",
        "college",
    }
)


def _descriptive(tokens: list[Token], ctx: _Context, add: Callable[..., None]) -> None:
    """ "the Dutch research institute Deltares": a lowercase kind, then a one-word name."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].text not in _DESCRIPTORS:
            continue
        name = tokens[i + 1]
        if (
            not name.text[:1].isupper()
            or name.text in ctx.heads
            or ctx.country_of_words([name.text])
        ):
            continue
        if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper():
            continue
        country = None
        for j in range(max(0, i - 3), i):
            code = ctx.country_of_words([tokens[j].text])
            if code:
                country = code
        add(
            "organization",
            name.start,
            name.end,
            "org",
            rule="organizations.descriptor",
            how="descriptor",
            country=country,
            alias_start=None,
            possessor=None,
            acronym=None,
        )
