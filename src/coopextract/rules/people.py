"""Built-in plugin: people, with their titles, ranks, affiliations and countries.

Three shapes cover the way news introduces a person:

* office first: ``[ORG|Country adj.] Title [of Portfolio | of the Body] [to/in Country]
  [Rank] Name`` ("VWU President Ha Thi Nga", "Deputy Minister of National Defence
  Senior Lieutenant General Hoang Van Thanh", "Chairman of the Can Tho municipal People's
  Committee Duong Tan Loc");
* rank first: ``Rank Name[, Title ...,]`` ("General Tran Duc Minh, Minister of National
  Defence");
* name first: ``Name, [Org's] Title ...,`` ("Vo Thanh Nam, CEO of Mekong Energy").

A title followed by a single name word ("Minister Minh") is a short reference, resolved
to a person named in full elsewhere. Titles, ranks, honorifics, portfolio words and name
particles are vocabulary tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.tokens import BOND_WORDS, Token, is_acronym, is_cap
from coopextract.vocabulary import Vocabulary

_REGIONS = frozenset(
    {
        "Asia",
        "Asia-Pacific",
        "Africa",
        "Europe",
        "Americas",
        "Pacific",
        "Southeast",
        "ASEAN",
        "Mekong",
        "Regional",
        "Global",
        "Country",
    }
)
#: lowercase words that describe a locality inside an office's complement ("Secretary of the
#: Party Committee of southern Tay Ninh province <Name>")
_PLACE_DESCRIBERS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-central",
        "south-central",
        "mountainous",
        "coastal",
        "border",
    }
)
#: honorifics that stay in a name of one word ("Sheikh Hasina")
_NAMING_HONORIFICS = frozenset({"Sheikh", "Sheikha"})
#: words opening an office that may be joined to it by a hyphen ("Vice-Chairman")
_JOINED_OPENERS = frozenset({"Vice", "Deputy", "Co"})
#: offices whose holders go by one name
_ROYAL_TITLES = frozenset(
    {
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Crown Prince",
        "Sultan",
        "Emir",
        "Emperor",
        "Empress",
        "Pope",
    }
)
_REGNAL = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2})")
#: last words of missions whose seat is part of the name ("Embassy in Japan")
_SITED_LAST = [[w] for w in ("Embassy", "Consulate", "Consulate-General", "General", "Mission")]
#: a family name opened by a lowercase article ("al-Islami", "el-Sisi")
_ARTICLED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az)-[A-Z]")
#: words between a preposition and the body it names ("of the X", "of its Office")
_DETERMINERS = frozenset({"the", "its", "their"})
#: words that may sit inside a body's name after a name ("Ministry of Trade and Industry")
_CONNECT = frozenset({"of", "and", "for", "the", "&"})
#: words joining a body's head to its complement ("Institute of ...", "Centre for ...")
_COMPLEMENT_LINKS = frozenset({"of", "for"})
#: what ties a described person to a body: ", a lecturer at ...", ", a member of ..."
_ROLE_LINK = frozenset({"of", "at", "from", "with", "in"})
#: verbs whose agent after "by" is a person: "headed by <Name>"
_LEADING_VERBS = frozenset({"led", "headed", "chaired", "co-chaired", "accompanied"})
_NAME_BREAK = frozenset({"in", "on", "at", "and", "to", "of", "for", "with", "from", "by"})


class _Ctx:
    def __init__(self, vocabulary: Vocabulary) -> None:
        # offices are also written in lowercase before a name ("deputy director-general at
        # the Federal Ministry ... Anna Weber", "led by its chairman <Name>")
        written = vocabulary.terms("titles")
        # "Vice-Chairman", "Deputy-Director": the two words also written as one
        written = frozenset(written) | {
            t.replace(" ", "-", 1) for t in written if t.split()[0] in _JOINED_OPENERS
        }
        self.titles = frozenset(written) | {t.lower() for t in written if len(t) > 2}
        self.ranks = vocabulary.mapping("ranks")
        self.honorifics = vocabulary.terms("honorifics")
        self.particles = vocabulary.terms("name_particles")
        self.portfolio = vocabulary.terms("portfolio_words")
        self.countries = vocabulary.mapping("countries")
        self.demonyms = vocabulary.mapping("demonyms")
        self.places = vocabulary.mapping("places")
        self.heads = vocabulary.terms("org_heads")
        #: companies known by their brand alone ("PetroVietnam")
        self.brands = frozenset(vocabulary.mapping("companies")) | frozenset(
            vocabulary.mapping("national_agencies")
        )
        self.locality = vocabulary.terms("locality_words")
        stop = set(vocabulary.terms("not_name_words")) | set(self.heads)
        stop |= {w for t in self.titles for w in t.split() if w[:1].isupper()}
        stop |= {w for r in self.ranks for w in r.split()}
        stop |= {w for w in self.countries if " " not in w} | {
            w for w in self.demonyms if " " not in w
        }
        stop |= set(vocabulary.terms("non_org_heads"))
        # portfolio words name fields ("External Relations"), never people
        stop |= {w for w in self.portfolio if w[:1].isupper()}
        self.stop = frozenset(
            stop - {"Ha", "Le", "Ho", "Do", "Van", "Kim", "Song", "Park", "Lee", "He", "To", "Thai"}
        )
        self.name_enders = frozenset(self.heads) | frozenset(vocabulary.terms("non_org_heads"))
        self.title_index = _index(self.titles)
        #: words that make a title of a title: "Deputy", "Vice", "First" ("Deputy Minister")
        self.title_modifiers = frozenset(
            t.split()[0]
            for t in self.titles
            if len(t.split()) > 1 and " ".join(t.split()[1:]) in self.titles
        )
        #: words written with a dot that does not end a sentence ("Lieut", "Prof")
        self.dotted = frozenset(
            w.rstrip(".")
            for table in ("abbreviations", "ranks", "honorifics")
            for phrase in vocabulary.terms(table)
            for w in phrase.replace(".", ". ").split()
            if w.endswith(".")
        )
        self.lower_title_starts = frozenset(t.split()[0] for t in self.titles if t[:1].islower())
        self.rank_index = _index(self.ranks)
        self.rank_full = {_dotless(k): v for k, v in self.ranks.items()}
        self.honorific_index = _index(self.honorifics)
        self.reporting = vocabulary.terms("reporting_verbs")
        self.surnames = vocabulary.terms("surnames")

    def country(self, words: list[str]) -> str | None:
        phrase = " ".join(words)
        return self.countries.get(phrase) or self.demonyms.get(phrase)


def _dotless(phrase: str) -> str:
    return " ".join(phrase.replace(".", " ").split())


def _index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases starting with it (dots dropped), longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(_dotless(phrase).split())
        if not words:
            continue
        out.setdefault(words[0], []).append(words)
    for key in out:
        out[key].sort(key=len, reverse=True)
    return out


def _split_dotted(tokens: list[Token]) -> list[Token]:
    """ "R.Adm" -> "R", "Adm"; "Brig.Gen" -> "Brig", "Gen": abbreviations glued by dots."""
    out: list[Token] = []
    for tok in tokens:
        if "." not in tok.text or tok.text == ".":
            out.append(tok)
            continue
        pos = tok.start
        for part in tok.text.split("."):
            if part:
                out.append(Token(part, pos, pos + len(part)))
            pos += len(part) + 1
    return out


def _match_phrase(words: list[str], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Length (in tokens) of the longest phrase of ``index`` starting at ``words[i]``."""
    if i >= len(words):
        return 0
    for phrase in index.get(words[i], ()):
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return n
    return 0


class _Parser:
    def __init__(
        self, ctx: _Ctx, tokens: list[Token], text: str, surface: Callable[[int, int], str]
    ) -> None:
        self.ctx = ctx
        self.surface = surface
        tokens = _split_dotted(tokens)
        # "Sr", ".", "Lt", "." -> "Sr", "Lt": dots of short abbreviations are not words here
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                t.text == "."
                and k > 0
                and tokens[k - 1].end == t.start
                and (
                    (len(tokens[k - 1].text) <= 4 and tokens[k - 1].text[:1].isupper())
                    or tokens[k - 1].text in ctx.dotted
                )
                and k + 1 < len(tokens)
            )
        ]
        self.tokens = tokens
        self.text = text
        self.words = [t.text for t in tokens]
        self.n = len(tokens)

    def raw(self, i: int, j: int) -> list[str]:
        """The input's own spelling of tokens ``i..j`` ("Attaché", not "Attache")."""
        return [self.surface(t.start, t.end) for t in self.tokens[i:j]]

    # -- pieces ------------------------------------------------------------------------

    def rank_at(self, i: int) -> tuple[int, str | None]:
        """Tokens used and full rank at ``i``: "Sr Lt Gen" is "Senior Lieutenant General"."""
        k = _match_phrase(self.words, i, self.ctx.rank_index)
        if not k:
            return 0, None
        return k, self.ctx.rank_full[" ".join(self.words[i : i + k])]

    def skip_honorifics(self, i: int) -> int:
        while i < self.n:
            k = _match_phrase(self.words, i, self.ctx.honorific_index)
            if not k:
                break
            i += k
        return i

    def name_at(self, i: int) -> int:
        """End index of a personal name starting at ``i`` (== i when there is none)."""
        j = i
        count = 0
        while j < self.n and count < 5:
            w = self.words[j]
            if self._initial(j):
                j += 1  # "A.I. Zinchenko": initials before the family name
                continue
            if (
                is_cap(w) and not w[0].isdigit() and w not in self.ctx.stop and not is_acronym(w)
            ) or (count > 0 and _ARTICLED.match(w)):  # "Shaykh al-Islami"
                if w.endswith("'s"):
                    if count >= 1 and w[:-2] not in self.ctx.stop and len(w) > 3:
                        # "Nguyen Xuan Phuc's visit", "Erik Lund's State visit": the name
                        # ends here, whatever follows
                        return j + 1
                    break
                j += 1
                count += 1
                continue
            if (
                w == "The"
                and count == 1
                and self.words[j - 1] in self.ctx.surnames
                and self._cap_at(j + 1)
                and self.words[j + 1] not in self.ctx.stop
            ):
                j += 1  # "Nguyen The Hung": a Vietnamese middle name, not the article
                count += 1
                continue
            if w in self.ctx.particles and count > 0:
                # "van den Berg": particles, then a capitalised word
                k = j
                while k < self.n and self.words[k] in self.ctx.particles:
                    k += 1
                if k < self.n and is_cap(self.words[k]) and k - j <= 3:
                    j = k
                    continue
            break
        while j > i and self.words[j - 1] in self.ctx.particles:
            j -= 1
        if j > i and j < self.n and _REGNAL.fullmatch(self.words[j]):
            j += 1  # "Charles III": a regnal number closes the name
        if j < self.n and self.words[j] in self.ctx.name_enders:
            return i  # "Popular Armed Forces": the run goes on into a body's name
        return j

    def _cap_at(self, j: int) -> bool:
        return j < self.n and is_cap(self.words[j])

    def _initial(self, j: int) -> bool:
        """A capital letter written with its dot, before more of a name."""
        tok = self.tokens[j]
        return (
            len(tok.text) == 1
            and tok.text.isupper()
            and self.text[tok.end : tok.end + 1] == "."
            and j + 1 < self.n
            and is_cap(self.words[j + 1])
        )

    def title_modifiers_before(self, i: int) -> int:
        """Where a title starting at ``i`` really starts: "First Deputy Foreign Minister"
        and "Defence Minister" carry their portfolio and rank words before "Minister"."""
        k = i
        while k > 0 and is_cap(self.words[k - 1]) and self.words[k - 1] in self.ctx.portfolio:
            k -= 1
        if (
            k < i
            and k > 1
            and self.words[k - 1 - (self.words[k - 1] == "the")] in _COMPLEMENT_LINKS
        ):
            k = i  # "Institute of International Relations Director": the body's own words
        while k > 0 and self.words[k - 1] in self.ctx.title_modifiers:
            k -= 1
        return k

    def title_at(self, i: int) -> int:
        return _match_phrase(self.words, i, self.ctx.title_index)

    # -- shapes ------------------------------------------------------------------------

    def _second_office(self, k: int, depth: int) -> tuple[int, dict[str, Any]] | None:
        """A further office (and its holder's name) starting at ``k`` or a few portfolio
        words later: "... and Foreign Minister Pham Binh Minh"."""
        for m in range(k, min(self.n, k + 4)):
            if self.title_at(m):
                return self.office_first(m, depth + 1)
            if not (self.words[m] in self.ctx.portfolio and is_cap(self.words[m])):
                break
        return None

    def _complement_run(self, k: int) -> int:
        """Where the capitalised run of an office's complement starting at ``k`` ends."""
        run_end = k
        while (
            run_end < self.n
            and (
                is_cap(self.words[run_end])
                or (
                    self.words[run_end] in ("and", ",", "of", "for")
                    and run_end + 1 < self.n
                    and is_cap(self.words[run_end + 1])
                )
                # "of Information, Culture, and Tourism" (but not ", and Vietnamese
                # Ambassador ...": the next person's office)
                or (
                    self.words[run_end : run_end + 2] == [",", "and"]
                    and self._cap_at(run_end + 2)
                    and not self.ctx.country(self.words[run_end + 2 : run_end + 3])
                    and not self.title_at(run_end + 2)
                )
                or self.words[run_end] in self.ctx.locality
                or (self.words[run_end] in _PLACE_DESCRIBERS and self._cap_at(run_end + 1))
                # "of the Japan - Vietnam Friendship Alliance" (but "of the Committee - Tran
                # Van Binh": the name set off by a dash)
                or (
                    self.words[run_end] == "-"
                    and self._cap_at(run_end + 1)
                    and not self._dash_then_name(run_end)
                )
                # "of the Senate's Committee on Fisheries"
                or (
                    self.words[run_end] == "on"
                    and run_end > k
                    and self.words[run_end - 1].removesuffix("'s") in self.ctx.heads
                    and self._cap_at(run_end + 1)
                )
                # "of Ha Nam province's People's Committee"
                or (
                    self.words[run_end].endswith("'s")
                    and self.words[run_end][:-2] in self.ctx.locality
                    and self._cap_at(run_end + 1)
                )
            )
        ):
            run_end += 1
        return run_end

    def office_first(self, i: int, depth: int = 0) -> tuple[int, dict[str, Any]] | None:
        """``[prefix] Title [complement] [Rank] Name`` with the title starting at ``i``."""
        t = self.title_at(i)
        if not t:
            return None
        title_words = self.raw(i, i + t)
        info: dict[str, Any] = {"title_start": self.tokens[i].start}
        j = i + t
        affiliation: tuple[int, int] | None = None
        country: str | None = None
        posting: list[str] = []
        if j < self.n and self.words[j] == "and" and " ".join(title_words).count(" of ") == 1:
            # "Minister of Defence and Veterans <Name>": the portfolio goes on after "and"
            m = j + 1
            while m < self.n and self.words[m] in self.ctx.portfolio and is_cap(self.words[m]):
                m += 1
            if m > j + 1 and self._starts_name_or_rank(m):
                title_words = [*title_words, *self.raw(j, m)]
                j = m
        if self.words[j : j + 3] == ["in", "charge", "of"]:
            # "Deputy Foreign Minister in charge of Asia Omar Bongani": the remit, then the
            # name (the remit stays in the title)
            run = self._complement_run(j + 3)
            for cut in range(j + 4, run - 1):
                if self.name_at(cut) == run and self.words[cut] not in self.ctx.portfolio:
                    title_words = [*title_words, *self.raw(j, cut)]
                    j = cut
                    break
        # complement: "of Portfolio", "for Portfolio", "of the Body", "of Country", "to
        # Country", "in Country"
        while j < self.n and (
            self.words[j] in ("of", "to", "in", "at")
            or (self.words[j] in ("for", "from") and j == i + t)
            or self._body_goes_on(j, affiliation)
        ):
            prep = self.words[j]
            goes_on = affiliation is not None and prep in ("for", "with")
            k = j + 1
            if k < self.n and self.words[k] in _DETERMINERS:  # "of the", "of its Office"
                k += 1
            run_end = self._complement_run(k)
            if run_end == k:
                # "of the hospital": a lowercase body
                low = k
                while (
                    low < self.n
                    and low < k + 2
                    and self.words[low].isalpha()
                    and self.words[low].islower()
                ):
                    low += 1
                if low > k and prep == "of":
                    affiliation = (self.tokens[k].start, self.tokens[low - 1].end)
                    j = low
                    # "of provincial Party Committee Pham Van Binh": a lowercase word opens
                    # the body
                    body_end = self._headed_body(low) if self._cap_at(low) else None
                    if body_end is not None:
                        affiliation = (self.tokens[k].start, self.tokens[body_end - 1].end)
                        j = body_end
                    continue
                break
            split = self._split_complement(k, run_end, prep)
            if split is None:
                break
            comp_end, kind = split
            comp_words = self.raw(k, comp_end)
            if goes_on and kind != "country":
                # "of the China Council for the Promotion of ...": the body's own complement
                assert affiliation is not None
                affiliation = (affiliation[0], self.tokens[comp_end - 1].end)
            elif kind == "portfolio":
                title_words = [*title_words, prep, *comp_words]
            elif kind in ("country", "place") and prep == "in" and self._sited(affiliation):
                # "Counsellor at the Vietnamese Embassy in Japan": the mission's seat is
                # part of its name
                assert affiliation is not None
                affiliation = (affiliation[0], self.tokens[comp_end - 1].end)
            elif kind == "country":
                code = self.ctx.country(self.words[k:comp_end])
                if prep in ("to", "in"):
                    posting = [prep, *self.raw(j + 1, comp_end)]
                else:
                    country = country or code
            elif kind == "place" and prep == "in":
                posting = [prep, *comp_words]
            else:
                affiliation = (self.tokens[k].start, self.tokens[comp_end - 1].end)
            j = comp_end
            m = j
            while m < self.n and self.words[m] in _PLACE_DESCRIBERS:
                m += 1
            if (
                kind == "country"
                and m < self.n
                and self.words[m] in self.ctx.locality
                and self.words[m + 1 : m + 2] == ["of"]
            ):
                j = m + 1  # "of the Lao southern province of Champasak": its locality next
            if j < self.n and self.words[j] == "(":  # "(RoK)"
                close = j
                while close < self.n and self.words[close] != ")" and close < j + 4:
                    close += 1
                if close < self.n and self.words[close] == ")":
                    j = close + 1
                    # "of the Communist Party of Vietnam (CPV) Central Committee <Name>": the
                    # body goes on after its acronym
                    body_end = self._headed_body(j)
                    if body_end is not None:
                        affiliation = (self.tokens[k].start, self.tokens[body_end - 1].end)
                        j = body_end
        if affiliation is not None and self.words[j : j + 1] == ["under"]:
            # "Director General of the Department of External Finance under the Ministry of
            # Finance <Name>": the department's owner, then the name
            k = j + 1 + (self.words[j + 1 : j + 2] == ["the"])
            run = self._complement_run(k)
            if "," in self.words[k:run]:
                run = self.words.index(",", k)  # the owner ends the office, a list goes on
            owner = self._split_complement(k, run, "of")
            if owner is not None and owner[1] == "body" and self._starts_name_or_rank(owner[0]):
                j = owner[0]
        if j < self.n and self.words[j] in ("and", ",") and depth < 2:
            # "Deputy Prime Minister and Foreign Minister <Name>": the first office is the title
            second = self._second_office(j + 1, depth)
            if second is not None:
                end, info2 = second
                info.update(info2)
                info["title"] = " ".join([*title_words, *posting])
                info["affiliation"] = affiliation or info2.get("affiliation")
                info["country"] = country or info2.get("country")
                return end, info
        if j + 1 < self.n and self.words[j] == "," and self.rank_at(j + 1)[0]:
            j += 1  # "Deputy Minister of Defence, Sen. Lt. Gen. <Name>"
        elif j + 1 < self.n and self.words[j] == ",":
            # "Deputy Secretary of the Department of Defence, Peter Tesch, co-chaired ...":
            # a name between commas after an office with its body
            named = self.skip_honorifics(j + 1)  # ", Mr. David Johnston,"
            after = self.name_at(named)
            if (
                after - named >= 2
                and (
                    after >= self.n
                    or self.words[after] in (",", ".")
                    # "Deputy Minister of Agriculture, Rahim Zulkifli and other officials"
                    or self.words[after : after + 2] in (["and", "other"], ["and", "others"])
                )
            ):
                j += 1
        if j < self.n and self.words[j] == "-" and self._dash_then_name(j):
            j += 1  # "Vice Chairman of the Provincial People's Committee - Tran Quoc Hung"
        j = self.skip_honorifics(j)
        r, rank = self.rank_at(j)
        j += r
        j = self.skip_honorifics(j)
        end = self.name_at(j)
        if end == j:
            return None
        if end - j == 1 and self.words[j - 1] in _NAMING_HONORIFICS:
            j -= 1  # "Prime Minister Sheikh Hasina": the honorific is part of her name
        if (
            end < self.n
            and self.words[end] in self.ctx.portfolio
            and is_cap(self.words[end])
            and not self.words[end - 1].endswith("'s")  # "Erik Lund's State visit"
        ):
            return None  # "King Salman Humanitarian Aid ... Center": a body named after him
        if affiliation is None and country is None and end < self.n and self.words[end] == "of":
            # "Vice Commandant <Name> of the Japan Coast Guard", "Minister <Name> of Laos"
            k = end + 1 + (self.words[end + 1 : end + 2] == ["the"])
            run = self._body_run(k)
            code = self.ctx.country(self.words[k:run]) if run > k else None
            if code:
                country = code
            elif run > k and any(w in self.ctx.heads for w in self.words[k:run]):
                affiliation = (self.tokens[k].start, self.tokens[run - 1].end)
        info.update(
            title=" ".join([*title_words, *posting]),
            rank=rank,
            affiliation=affiliation,
            country=country,
            # "King Charles III", "Prince Edward": royals go by one name
            short=end - j < 2 and " ".join(title_words) not in _ROYAL_TITLES,
            name_start=j,
            name_end=end,
        )
        return end, info

    def _split_complement(self, k: int, run_end: int, prep: str) -> tuple[int, str] | None:
        """Where the complement ``words[k:run_end]`` ends and the name begins, and its kind."""
        words = self.words
        # all the way a country ("of Vietnam", "to Vietnam", "of the Republic of Korea")
        for end in range(run_end, k, -1):
            if (
                self.ctx.country(words[k:end])
                and not self._cuts_place(k, end, run_end)  # "of Lao Cai <Name>"
            ) and (
                end == run_end
                or self._starts_name_or_rank(end)
                # "Ambassador to Vietnam, Josefa Koroi, ...": the name set off by commas
                or (words[end] == "," and self._starts_name_or_rank(end + 1))
            ):
                return end, "country"
        # portfolio words: "of Labour, Invalids and Social Affairs"
        end = k
        while end < run_end and (words[end] in self.ctx.portfolio or words[end] in (",", "and")):
            end += 1
        while end > k and words[end - 1] in (",", "and"):
            end -= 1
        for of in range(k + 1, end):
            # "Minister of Internal Affairs of Belarus Sergei Ivanov": the portfolio ends
            # before its country
            if words[of] == "of" and self._country_then_name(of):
                end = of
                break
        if (
            end > k
            and prep in ("of", "for")
            and (
                end == run_end
                or self._starts_name_or_rank(end)
                or (words[end] == "," and self._starts_name_or_rank(end + 1))
                or self._country_then_name(end)
            )
        ):
            return end, "portfolio"
        # a body: ends at its last head word or locality word, before the name
        best: int | None = None
        for end in range(k + 1, run_end + 1):
            last = words[end - 1]
            if self._cuts_place(k, end, run_end):
                continue  # "of Ho Chi Minh City Tran Quoc Bao": no end inside the city
            if any(
                words[a] == "and"
                and self.name_at(a + 1) > end
                and words[a + 1] in self.ctx.surnames
                for a in range(k + 1, end - 1)
            ):
                continue  # "of Party Committee and Pham Van Binh, ...": the next person
            if (
                (
                    last in self.ctx.heads
                    or last.lower() in self.ctx.locality
                    or last.isdigit()
                    or (end == k + 1 and is_acronym(last))
                    or " ".join(words[k:end]) in self.ctx.brands  # "of PetroVietnam <Name>"
                    # "of the Lao NA": a body by its acronym, after its country's adjective
                    or (end == k + 2 and is_acronym(last) and self.ctx.country(words[k : k + 1]))
                    or self._ends_with_place(k, end)
                    or (last[:1].isupper() and self._has_head(k, end))
                )
                and (
                    end == run_end
                    or self._starts_name_or_rank(end)
                    or self._country_then_name(end)
                    or (words[end] == "," and self._starts_name_or_rank(end + 1))
                    # "..., Director of the Ministry of Health, and Tran Van Binh, ...": the
                    # next person of a list
                    or (words[end : end + 2] == [",", "and"] and self._starts_name_or_rank(end + 2))
                    # "... Central Committee and State President <Name>": a second office
                    or (words[end] == "and" and self.title_at(end + 1) > 0)
                )
            ):
                best = end
                break  # the first body that a name follows: "... Committee Hoang Gia Long and ..."
        if best is not None:
            return best, "body"
        # a place: "Deputy Mayor of Sendai Sato Kenji", "in Hanoi"
        for end in range(run_end, k, -1):
            if " ".join(words[k:end]) in self.ctx.places and (
                end == run_end or self._starts_name_or_rank(end)
            ):
                return end, "place"
        # "Director for International Students Tanaka Hiroshi": a field, then a name that a
        # known family name marks
        for cut in range(k + 1, run_end - 1):
            if (
                self.name_at(cut) == run_end
                and (words[cut] in self.ctx.surnames or words[run_end - 1] in self.ctx.surnames)
                and not any(self.title_at(m) for m in range(k, cut))
                and " ".join(words[cut:run_end]) not in self.ctx.places
                and all(w.isalpha() for w in words[k:cut])
            ):
                return cut, "portfolio" if prep == "for" else "body"
        # a body known only by name ("CEO of Mekong Energy") when nothing follows
        if run_end - k <= 6 and (run_end >= self.n or not is_cap(words[run_end])):
            return run_end, "body"
        return None

    def _headed_body(self, start: int) -> int | None:
        """Where a body with a head word, going on from ``start`` before a name, ends."""
        run = self._complement_run(start)
        split = self._split_complement(start, run, "of") if run > start else None
        if (
            split is not None
            and split[1] == "body"
            and any(w in self.ctx.heads for w in self.words[start : split[0]])
        ):
            return split[0]
        return None

    def _dash_then_name(self, dash: int) -> bool:
        """True when a dash after a body's head sets off the holder's name."""
        if dash == 0 or self.words[dash - 1] not in self.ctx.heads:
            return False
        end = self.name_at(dash + 1)
        return (
            end - dash > 2
            and not any(
                w in self.ctx.heads or self.ctx.country([w]) for w in self.words[dash + 1 : end]
            )
            and (end >= self.n or not is_cap(self.words[end]))
        )

    def _body_goes_on(self, j: int, affiliation: tuple[int, int] | None) -> bool:
        """True when "for"/"with" at ``j`` goes on with the body's name ("Council for the
        Promotion of ...", "Association for Friendship with Foreign Countries")."""
        if affiliation is None or j + 1 >= self.n:
            return False
        word, before = self.words[j], self.words[j - 1]
        if word == "for":
            return before in self.ctx.heads
        return word == "with" and before in BOND_WORDS

    def _sited(self, span: tuple[int, int] | None) -> bool:
        """True when the body over ``span`` is a mission named with its seat."""
        return span is not None and self.text[span[0] : span[1]].split()[-1:] in _SITED_LAST

    def _starts_name_or_rank(self, i: int) -> bool:
        i = self.skip_honorifics(i)
        r, _ = self.rank_at(i)
        end = self.name_at(i + r)
        if self.words[end : end + 1] == ["("] and end + 1 < self.n:
            inner = self.words[end + 1]
            if len(inner) > 1 and is_acronym(inner):
                return False  # "... Unexploded Ordnance (UXO)": a body's words, not a name
        return end - (i + r) >= 2

    def rank_first(self, i: int) -> tuple[int, dict[str, Any]] | None:
        r, rank = self.rank_at(i)
        if not r:
            return None
        j = self.skip_honorifics(i + r)
        end = self.name_at(j)
        if end - j < 1:
            return None
        info: dict[str, Any] = {
            "title": None,
            "rank": rank,
            "affiliation": None,
            "country": None,
            "short": end - j < 2,
            "name_start": j,
            "name_end": end,
        }
        self._trailing_office(end, info)
        return end, info

    def name_first(self, i: int) -> tuple[int, dict[str, Any]] | None:
        if i > 0 and (is_cap(self.words[i - 1]) and self.words[i - 1] not in self.ctx.stop):
            return None
        j = self.skip_honorifics(i)
        end = self.name_at(j)
        if end - j < 2 or end >= self.n or self.words[end] not in (",", "-", "\u2013", "\u2014"):
            return None
        info: dict[str, Any] = {
            "title": None,
            "rank": None,
            "affiliation": None,
            "country": None,
            "short": False,
            "name_start": j,
            "name_end": end,
        }
        if not self._trailing_office(end, info):
            return None
        return end, info

    def _body_run(self, m: int) -> int:
        """End of the capitalised run (a body's name, up to eight words) starting at ``m``."""
        run = m
        while (
            run < self.n
            and run - m < 8
            and (is_cap(self.words[run]) or self.words[run] in _CONNECT)
        ):
            run += 1
        while run > m and self.words[run - 1] in _CONNECT:
            run -= 1
        return run

    def name_alone(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """A name with no office, known by what follows it: "<Name> said", "<Name> from
        JETRO noted", "<Name>, a volunteer of the Red Cross, ..."."""
        if i > 0 and (is_cap(self.words[i - 1]) and self.words[i - 1] not in self.ctx.stop):
            return None
        j = self.skip_honorifics(i)
        end = self.name_at(j)
        words = self.words[j:end]
        named = [w for w in words if w not in self.ctx.particles]  # "Maria del Pilar ..."
        if not 2 <= len(named) <= 4 or end - j > 6 or end >= self.n:
            return None
        if any(
            " ".join(words[a:b]) in self.ctx.places or self.ctx.country(words[a:b])
            for a in range(len(words))
            for b in range(a + 1, len(words) + 1)
        ):
            return None  # "Bac Giang said", "Viet Nam noted": a place, not a person
        affiliation: tuple[int, int] | None = None
        country: str | None = None
        k = end
        if self.words[k] == "from" and k + 1 < self.n:
            # "<Name> from JETRO said": the body, then the verb
            m = k + 1 + (self.words[k + 1] == "the")
            run = self._body_run(m)
            if run == m or run >= self.n:
                return None
            verb = self.words[run]
            if verb not in self.ctx.reporting and not (
                # "<Name> from the French Ministry of Agriculture presented ...": a body that
                # its head word or acronym marks, then a verb
                verb.islower()
                and verb.endswith("ed")
                and any(w in self.ctx.heads or is_acronym(w) for w in self.words[m:run])
            ):
                return None
            affiliation = (self.tokens[m].start, self.tokens[run - 1].end)
        elif (
            self.words[k] == ","
            and self.words[k + 1 : k + 2] in (["a"], ["an"])
            and self.title_at(k + 2)
            and self.words[k + 2 + self.title_at(k + 2) : k + 3 + self.title_at(k + 2)] == [","]
        ):
            pass  # "Zhou Pingan, a State Councillor, will lead ...": a name, then its office
        elif self.words[k] == "," and self.words[k + 1 : k + 2] in (["a"], ["an"]):
            # "<Name>, a lecturer at Hanoi University, ..."
            m = k + 2
            while (
                m < self.n
                and m - k <= 5
                and self.words[m].islower()
                and self.words[m] not in _ROLE_LINK
            ):
                m += 1
            if m == k + 2 or m >= self.n or self.words[m] not in _ROLE_LINK:
                return None
            m += 1 + (self.words[m + 1 : m + 2] == ["the"])
            run = self._body_run(m)
            if run == m:
                return None
            affiliation = (self.tokens[m].start, self.tokens[run - 1].end)
        elif self.words[k] == "of" and self._country_closes(k):
            # "the new ambassadors - Carla Ruiz Moreno of Spain, Omid Rahmani of Iran, ...":
            # a name, then the country it speaks for
            m = k + 1 + (self.words[k + 1 : k + 2] == ["the"])
            closing = self._country_after(k)
            if self.ctx.country(self.words[j:closing]):
                return None  # "Socialist Republic of Vietnam": the country's own name
            country = self.ctx.country(self.words[m:closing])
        elif j >= 2 and self.words[j - 1] == "by" and self.words[j - 2] in _LEADING_VERBS:
            # "The delegation was headed by Chea Sophal at talks ...": who leads a group
            if self.words[k] not in _NAME_BREAK and self.words[k] not in (",", ".", ")"):
                return None
        elif j == i and (
            self.words[k] not in self.ctx.reporting
            or not (words[0] in self.ctx.surnames or words[-1] in self.ctx.surnames)
        ):
            # "<Name> said" alone: only a name with a known family name ("Prof. Dr. <Name>"
            # is a person whatever follows)
            return None
        info: dict[str, Any] = {
            "title": None,
            "rank": None,
            "affiliation": affiliation,
            "country": country,
            "short": False,
            "name_start": j,
            "name_end": end,
            "alone": True,
        }
        return end, info

    def _country_closes(self, of: int) -> bool:
        """ "of Spain," / "of the Philippines -": a country, then the list goes on."""
        end = self._country_after(of)
        return end is not None and (
            end >= self.n
            or self.words[end]
            in (",", "-", "and", ".", ")", "in", "at", "on", "to", "\u2013", "\u2014")
        )

    def _trailing_office(self, end: int, info: dict[str, Any]) -> bool:
        """ ", Deputy Minister of ... ," after a name: fills title, affiliation, country."""
        if end >= self.n or self.words[end] not in (",", "-", "\u2013", "\u2014"):
            return False
        k = end + 1
        owner: tuple[int, int] | None = None
        # "Xinhua's bureau chief"
        if k < self.n and self.words[k].endswith("'s") and is_cap(self.words[k]):
            owner = (self.tokens[k].start, self.tokens[k].end - 2)
            k += 1
        if (
            k + 1 < self.n
            and self.words[k] in ("former", "then", "outgoing")
            and self.title_at(k + 1)
        ):
            k += 1  # "<Name>, former Minister of Trade": the office once held
        for size in (2, 1):
            # "<Name>, Chinese Ambassador to Vietnam": the office's country before it
            code = self.ctx.country(self.words[k : k + size])
            if code and self.title_at(k + size):
                info["country"] = info.get("country") or code
                k += size
                break
        if k + 1 < self.n and is_acronym(self.words[k]) and self.title_at(k + 1):
            # "<Name>, UNDP Resident Representative in Vietnam": the body's acronym first
            owner = owner or (self.tokens[k].start, self.tokens[k].end)
            k += 1
        t = self.title_at(k)
        described = k
        while not t and described < k + 2 and described + 1 < self.n:
            # "<Name>, Tourism Ambassador of Da Nang": a field written before the office
            word = self.words[described]
            if not (
                is_cap(word) and (word in self.ctx.portfolio or word in self.ctx.title_modifiers)
            ):
                break
            described += 1
            t = self.title_at(described)
        if t:
            t += described - k
            m = k + t
            while m < self.n and is_cap(self.words[m]) and self.words[m] in self.ctx.portfolio:
                m += 1
            if m > k + t and self.title_at(m):
                t = m - k + self.title_at(m)  # "<Name>, Deputy Foreign Minister and ..."
        lower_title = 0
        if not t:
            # lowercase offices: "bureau chief", "head", "director"
            for span in (2, 1):
                phrase = " ".join(self.words[k : k + span])
                if (
                    phrase
                    and (phrase in self.ctx.titles or phrase.title() in self.ctx.titles)
                    and phrase.islower()
                ):
                    lower_title = span
                    break
            if not lower_title:
                return False
            t = lower_title
        shape = self.office_first_complement(k, t)
        info["title"] = shape["title"]
        info["office_end"] = shape["end"]
        info["affiliation"] = shape["affiliation"] or owner
        info["country"] = info.get("country") or shape["country"]
        return True

    def office_first_complement(self, i: int, t: int) -> dict[str, Any]:
        """Title at ``i`` (``t`` tokens) followed by complements but no name."""
        title_words = self.raw(i, i + t)
        j = i + t
        affiliation: tuple[int, int] | None = None
        country: str | None = None
        posting: list[str] = []
        while j < self.n and self.words[j] in ("of", "to", "in", "at", "under"):
            prep = self.words[j]
            k = j + 1
            if k < self.n and self.words[k] in _DETERMINERS:  # "of the", "of its Office"
                k += 1
            run_end = k
            while run_end < self.n and (
                is_cap(self.words[run_end])
                or (
                    self.words[run_end] in ("and", "of", "for")
                    and run_end + 1 < self.n
                    and is_cap(self.words[run_end + 1])
                    and not self._country_follows(run_end)
                )
                or (self.words[run_end] == "," and self._comma_in_name(run_end))
                or self.words[run_end] in self.ctx.locality
            ):
                run_end += 1
            if run_end == k:
                break
            comp = self.words[k:run_end]
            code = self.ctx.country(comp)
            if code:
                if prep in ("to", "in"):
                    posting = [prep, *self.raw(j + 1, run_end)]
                else:
                    country = country or code
            elif all(w in self.ctx.portfolio or w in (",", "and") for w in comp) and prep == "of":
                title_words = [*title_words, "of", *self.raw(k, run_end)]
            elif prep == "in" and " ".join(comp) in self.ctx.places:
                posting = [prep, *self.raw(k, run_end)]
            elif prep != "under" and affiliation is None:
                affiliation = (self.tokens[k].start, self.tokens[run_end - 1].end)
            j = run_end
            if j < self.n and self.words[j] == "(":
                close = j
                while close < self.n and self.words[close] != ")" and close < j + 4:
                    close += 1
                if close < self.n and self.words[close] == ")":
                    j = close + 1
        return {
            "title": " ".join([*title_words, *posting]),
            "affiliation": affiliation,
            "country": country,
            "end": j,
        }

    def _country_after(self, of: int) -> int | None:
        """End of the country written after ``of`` ("of Vietnam", "of the Republic of Korea")."""
        if self.words[of] != "of":
            return None
        k = of + 1
        if k < self.n and self.words[k] == "the":
            k += 1
        for end in range(min(self.n, k + 4), k, -1):
            if self.ctx.country(self.words[k:end]):
                return end
        return None

    def _country_follows(self, of: int) -> bool:
        """ "of Vietnam" after a portfolio, then no more name: a separate complement."""
        end = self._country_after(of)
        return end is not None and (end >= self.n or not is_cap(self.words[end]))

    def _ends_with_place(self, k: int, end: int) -> bool:
        """ "... of the Mekong Delta city of Can Tho": a body ending with a known place."""
        return any(
            " ".join(self.words[m:end]) in self.ctx.places and self.words[m - 1] == "of"
            for m in range(max(k + 1, end - 3), end)
        )

    def _cuts_place(self, k: int, end: int, run_end: int) -> bool:
        """True when a known place runs across the word boundary at ``end``."""
        places = self.ctx.places
        return any(
            " ".join(self.words[m:stop]) in places
            for m in range(max(k, end - 3), end)
            for stop in range(end + 1, min(run_end, end + 3) + 1)
        )

    def _has_head(self, k: int, end: int) -> bool:
        """ "Commission for External Relations": a head word before the field it names."""
        words = [w.removesuffix("'s") for w in self.words[k:end]]
        return any(
            w in self.ctx.heads or " ".join(words[n : n + 2]) in self.ctx.heads
            for n, w in enumerate(words)
        )  # "Red Cross": a head of two words

    def _country_then_name(self, of: int) -> bool:
        """ "of China Chen Zhu" after a body: the body's country, then the name."""
        end = self._country_after(of)
        return end is not None and self._starts_name_or_rank(end)

    def _comma_in_name(self, comma: int) -> bool:
        """A comma inside "of Labour, Invalids and Social Affairs" (not the closing one)."""
        k = comma + 1
        while k < self.n and is_cap(self.words[k]):
            k += 1
        if k == comma + 1:
            return False  # ", and ..." closes the name
        return (
            k < self.n and self.words[k] == "and" and k + 1 < self.n and is_cap(self.words[k + 1])
        )

    def _complemented_body(self, k: int) -> int | None:
        """Where a body written with its complement before an office starts: "Institute of
        International Relations Director", "Ministry of the Interior Director"."""
        words, heads = self.words, self.ctx.heads
        j = k
        while j > 0 and is_cap(words[j - 1]) and words[j - 1] not in heads:
            j -= 1
        link = j - 1 - (words[j - 1 : j] == ["the"])
        if (
            j == k
            or link < 1
            or words[link] not in _COMPLEMENT_LINKS
            or words[link - 1] not in heads
        ):
            return None
        start = link - 1
        while (
            start > 0
            and is_cap(words[start - 1])
            and (words[start - 1] not in self.ctx.stop or words[start - 1] in heads)
        ):
            start -= 1
        return start

    def prefix_of(self, title_index: int) -> tuple[tuple[int, int] | None, str | None, list[str]]:
        """Affiliation span, country and region words written just before a title."""
        region: list[str] = []
        k = title_index
        while k > 0 and self.words[k - 1] in _REGIONS:
            k -= 1
            region.insert(0, self.words[k])
        if k == 0:
            return None, None, region
        prev = self.words[k - 1]
        body = self._complemented_body(k)
        if body is not None:
            return (self.tokens[body].start, self.tokens[k - 1].end), None, region
        for size in (3, 2, 1):
            if k - size < 0:
                continue
            words = self.words[k - size : k]
            if words[-1].endswith("'s"):  # "Kenya's Minister of Health"
                words = [*words[:-1], words[-1][:-2]]
            code = self.ctx.country(words)
            if code:
                return None, code, region
        heads = self.ctx.heads
        if is_acronym(prev) or (is_cap(prev) and (prev not in self.ctx.stop or prev in heads)):
            # "VNRC President", "Vietnam Red Cross Society President": the body before
            start = k - 1
            while (
                start > 0
                and is_cap(self.words[start - 1])
                and (self.words[start - 1] not in self.ctx.stop or self.words[start - 1] in heads)
            ):
                start -= 1
            return (self.tokens[start].start, self.tokens[k - 1].end), None, region
        return None, None, region


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    ctx = vocabulary.memo("people.context", _Ctx)
    text = document.text
    #: the office last named, and the sentence it was named in
    last_office: tuple[int, str] | None = None
    for index, sentence in enumerate(document.sentences):
        tokens = document.tokens(sentence.start, sentence.end)
        parser = _Parser(ctx, tokens, text, document.surface)
        i = 0
        words = parser.words
        while i < parser.n:
            first = words[i][:1]
            if not (first.isupper() or words[i] in ctx.lower_title_starts):
                i += 1  # every shape opens with a capital (an office, a rank or a name)
                continue
            word = words[i]
            found = None
            if word in ctx.title_index:
                found = parser.office_first(i)
            if found is None and (word in ctx.rank_index or word in ctx.honorific_index):
                found = parser.rank_first(i)
            if (
                found is None
                and i + 1 < parser.n
                and (
                    words[i + 1][:1].isupper()
                    # "Maria del Pilar ...": a particle inside the name
                    or (
                        words[i + 1] in ctx.particles
                        and words[i + 2 : i + 3] != []
                        and words[i + 2][:1].isupper()
                    )
                )
            ):
                found = parser.name_first(i) or parser.name_alone(i)
            if found is None:
                i += 1
                continue
            end, info = found
            rule = "people.office_first"
            if info.get("title") is not None and "title_start" in info:
                k = parser.title_modifiers_before(i)
                if k < i:
                    info["title"] = " ".join([*parser.raw(k, i), info["title"]])
                affiliation, country, region = parser.prefix_of(k)
                if region:
                    info["title"] = " ".join([*region, info["title"]])
                info.pop("title_start", None)
                info["affiliation"] = info["affiliation"] or affiliation
                info["country"] = info["country"] or country
            elif info.get("rank") is not None:
                rule = "people.rank_first"
            elif info.get("alone"):
                rule = "people.name_alone"
            else:
                rule = "people.name_first"
            if info.get("title") == "host":
                # "his Thai host <Name>": the one hosting him, whatever his office
                owner = i - 1 - bool(i >= 2 and ctx.country(words[i - 1 : i]))
                if owner < 0 or words[owner] not in ("his", "her", "their"):
                    i += 1
                    continue
                info["title"] = None
            elif info.get("title") == "counterpart":
                # "Minister X held talks with his Lao counterpart <Name>": the office of the
                # one whose counterpart he is, named in this sentence or the one before
                near = last_office is not None and index - last_office[0] <= 1
                info["title"] = last_office[1] if near and last_office is not None else None
                info["borrowed"] = True
            elif info.get("title"):
                last_office = (index, str(info["title"]))
            s, e = info.pop("name_start"), info.pop("name_end")
            named = " ".join(words[s:e])
            if e - s >= 2 and (named in ctx.places or ctx.country(words[s:e])):
                # "... Party Committee of southern Tay Ninh province", "In Soc Trang, ...":
                # a place read where a name was expected ("Hue" alone is also a short name)
                i = max(i + 1, e)
                continue
            last = max(e, info.pop("office_end", e))
            info["mention"] = (parser.tokens[i].start, parser.tokens[last - 1].end)
            add(
                "person",
                parser.tokens[s].start,
                parser.tokens[e - 1].end - (2 if parser.words[e - 1].endswith("'s") else 0),
                "person",
                rule=rule,
                **info,
            )
            i = max(end, i + 1)
