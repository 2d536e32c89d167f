"""Resolving agreements: an instrument noun governed by a past signing verb, in the body.

For each instrument noun of a body sentence:

* its signing verb is the nearest one before it in the clause ("X and Y signed a
  protocol"), else just after it ("The minutes were signed by ...");
* a future form ("will sign", "expected to be signed") is a planned signing: not listed;
* a signing dated by a year or month alone, or with a background cue ("since", "first",
  "previously"), is background: not listed;
* "The MoU", "the document" with an earlier agreement of the same kind is that agreement
  again, not a new one;
* parties come from "between X and Y", else the signers before the verb (bodies before
  countries, clarification 11), else the agreement before (same ceremony);
* a generic "documents" noun is an aggregate: with a number and no breakdown it is one
  agreement with ``count``; with a breakdown it is dropped.
"""

from __future__ import annotations

import datetime as _dt

import attrs
import regex

from coopextract.document import Sentence
from coopextract.findings import Finding
from coopextract.resolve.context import Actor, Context
from coopextract.resolve.timeline import PartialDate, Resolved
from coopextract.rules.dates import MONTHS
from coopextract.schema import Agreement, Evidence, Instrument, Period, evidence_order

__all__ = ["resolve_agreements"]

_FUTURE_BEFORE = regex.compile(
    r"(?:\b(?:will|would|shall|to|be|is\s+to|are\s+to|expected|scheduled|plans?|aims?|set|due|going)\s+(?:\w+\s+){0,2})$",
    regex.IGNORECASE,
)
#: a signing still to come, named as a noun: "lay a basis for the signing of", "ahead of"
_PROSPECT_BEFORE = regex.compile(
    r"\b(?:basis\s+for|way\s+for|prepar(?:e|ing|ations?)\s+for|ready\s+for|towards?"
    r"|ahead\s+of|prior\s+to|hope\s+for|look\s+forward\s+to|promot(?:e|es|ed|ing)"
    r"|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing))\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: a plan carried out by a signing: "are set to deepen their ties with the signing of"
_SET_TO_WITH = regex.compile(
    r"\b(?:set|plan(?:s|ning)?|expected|scheduled|due|going|aim(?:s|ing)?)\s+to\s+"
    r"(?:[\w-]+\s+){1,6}?(?:with|through|by)\s+(?:the\s+)?$",
    regex.I,
)
#: how long before the article a signing is news rather than background
_NEWS_DAYS = 180
_DEFINITE = regex.compile(
    # "the signing of an MoU" is a new one: an indefinite article just before the noun
    r"(?:\b(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+){0,3})"
    r"(?<!\bthe\s+signing\s+of\s+(?:a|an)\s)$",
    regex.IGNORECASE,
)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozens": None,
}
_LISTED = regex.compile(r"(?:[,;]\s*and|\band|;)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
_PASSIVE_END = regex.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|officially\s+)?$")
#: words that name no kind of instrument: "the deal" is the one signed before
_GENERIC_NOUNS = frozenset({"deal", "pact", "accord", "document", "documents"})
#: a sentence that lists the instruments an aggregate held ("The documents include ...")
_LISTING = regex.compile(
    r"\s*(?:(?:The|These|Those|Such)\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|deals|instruments)"
    r"(?:\s+signed(?:\s+(?:within|during|at|on|in)\s+[^.;:]{1,80}?)?)?"
    r"\s+(?:include|included|including|are|were|comprise|comprised|cover|covered)\b"
    r"|Among\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}(?:documents|agreements))"
    r"(?:\s+signed)?\s+(?:are|were|include|included)\b"
    r"|They\s+include|(?:The\s+)?[Oo]thers\s+(?:include|included|are|were)\b"
    # "Signatures were put to a cultural agreement, an energy agreement and ..."
    r"|Signatures\s+were\s+(?:put|affixed)\s+to\b)"
)
#: an instrument named as what a new one carries out: "... to implement the trade agreement"
_REFERS_TO = regex.compile(
    r"\b(?:implement(?:s|ing|ed)?|implementation\s+of|under|in\s+line\s+with"
    r"|in\s+accordance\s+with|framework\s+of|pursuant\s+to|based\s+on|realise|realize)"
    r"\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,4}$",
    regex.I,
)
#: a list item: "- an agreement on ...", "• a memorandum ...", "2. a protocol ..."
#: a sentence telling one of several instruments counted before: "The first is a loan ..."
_ORDINAL_ITEM = regex.compile(
    r"\s*(?:The|the)\s+(?:first|second|third|fourth|fifth|other|last|latter|remaining)"
    r"(?:\s+signed)?"
    r"(?:\s+(?:one|document|agreement|deal|memorandum|MoU|contract|loan|instrument)\b"
    r"|\s+(?:is|was|covers|covered|concerns|involves|provides|deals|aims|focuses|relates|"
    r"finances|funds|supports)\b)"
)
#: what an instrument is about: "an MoU (MoU) on scientific and technological cooperation"
_TOPIC = regex.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+on\s+(?P<topic>(?:[\w-]+\s+){0,6}?[\w-]+)"
    r"(?=\s+(?:between|with|signed|by|for|in|at|and\s+(?:an?|the)\b)\b|\s*[,.;:(]|\s*$)"
)
_PLAIN_TOPIC = frozenset({"cooperation", "collaboration", "bilateral", "the", "and", "of", "in"})
_TOLD_AGAIN = regex.compile(
    r"\s*(?:The|This)\s+(?P<w>programme|program|project|plan|deal|pact|document)\b"
)
_ANOTHER = regex.compile(r"[;,]\s*(?:and\s+)?(?P<w>another)\s+(?:one\s+)?(?:on|for|in|between)\b")
#: instruments signed together: "an MoU and a programme", "an MoU, a plan"
_COORDINATED_NOUNS = regex.compile(r",|;|\band\b|\bas\s+well\s+as\b|\balong\s+with\b")
_LIST_ITEM = regex.compile(r"\s*(?:[-\u2013\u2014\u2022*+]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")
#: the words a list item's instrument may follow ("An initial framework agreement")
_ITEM_HEAD = regex.compile(
    r"(?i:an?\s+|the\s+|one\s+|two\s+|three\s+|\d+\s+)?"
    r"(?:(?!(?:to|on|of|for|with|under|and|by)\s)[\w-]+\s+){0,2}"
)
_MORE_BETWEEN = regex.compile(r"(?:;|,\s*and)\s*(?:and\s+)?between\s+(?:the\s+)?")
#: a sentence that dates the occasion of a signing told just before
_OCCASION_OPENS = regex.compile(
    r"\s*(?:(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:meeting|ceremony|signing|talks|event|session"
    r"|forum|conference|visit)\s+(?:was|were|took\s+place|was\s+held|were\s+held|happened)\b"
    # "At the November 8 signing ceremony, ..."
    r"|(?:At|During)\s+the\s+(?:[\w-]+\s+){0,3}(?:signing\s+)?ceremony\b"
    # "It follows their talks in Canberra on Thursday."
    r"|It\s+(?:follows|followed|came\s+after)\s+(?:their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|visit)"
    # "The upgrade was reached during the talks between ... in Oslo on May 15."
    r"|(?:The|This|It)\s+(?:[\w-]+\s+){0,2}(?:was|were)\s+(?:reached|agreed|made|decided)\s+"
    r"(?:during|at)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|visit|summit))"
)
_BETWEEN = regex.compile(r"\bbetween\s+", regex.IGNORECASE)
_WITH = regex.compile(
    r"(?<![,;]\s*(?:together|along|in\s+line|in\s+accordance))\s+with\s+(?:the\s+)?"
)
_PRONOUN_SUBJECT = regex.compile(
    r"\b(?:they|the\s+two\s+sides|both\s+sides|the\s+two\s+\w+|the\s+sides)\s+(?:\w+\s+){0,2}$",
    regex.IGNORECASE,
)
_CONTINUATION = regex.compile(
    r"\s*(?:Under|Accordingly|According\s+to|In\s+(?:the|this)|As\s+part|The\s+(?:MoU|memorandum|agreement|plan|programme|protocol|document|deal|contract)|They\s+will|The\s+two\s+(?:sides|parties|\w+)\s+will|It\s+(?:also\s+)?(?:covers|aims|sets))",
)


@attrs.define(eq=False)
class _Draft:
    instrument: str
    sentence: Sentence
    noun: Finding
    signing: Finding
    parties: list[Actor] = attrs.Factory(list)
    date: Resolved | None = None
    date_finding: Finding | None = None
    place: str | None = None
    place_finding: Finding | None = None
    period: Period | None = None
    period_finding: Finding | None = None
    count: int | None = None
    extra: list[Evidence] = attrs.Factory(list)
    areas_from: list[Sentence] = attrs.Factory(list)


def _nearest_signing(
    ctx: Context, sentence: Sentence, noun: Finding, signings: list[Finding]
) -> Finding | None:
    text = ctx.document.text
    clause = ctx.clause_start(sentence, noun.start)
    before = [s for s in signings if s.end <= noun.start and noun.start - s.end <= 120]
    # in the same clause, or the clause just before for "signed ... a MoU ..., and a contract"
    in_clause = [s for s in before if s.start >= clause]
    if in_clause:
        return in_clause[-1]
    if (
        before
        and "," in text[before[-1].end : noun.start]
        and " were " in text[sentence.start : noun.start]
    ):
        return before[-1]  # "Among the documents signed were a memorandum ..., and a contract ..."
    if before and not regex.search(r"[;]|\bwhile\b", text[before[-1].end : noun.start]):
        if noun.start - before[-1].end <= 80:
            return before[-1]
    # "signed were a memorandum ... between A and B on ..., and a contract between C and D"
    far = [s for s in signings if s.end <= noun.start]
    listed = _LISTED.search(text[max(sentence.start, noun.start - 40) : noun.start])
    if far and listed and not regex.search(r"\bwhile\b", text[far[-1].end : noun.start]):
        return far[-1]
    after = [s for s in signings if s.start >= noun.end and s.start - noun.end <= 60]
    if after and not regex.search(r"[;]", text[noun.end : after[0].start]):
        return after[0]
    # a long subject before a passive verb: "An MoU ... between A and B for 2022-2025 was
    # signed on December 3", when no other instrument stands between
    passive = [s for s in signings if s.start >= noun.end and s.start - noun.end <= 400]
    if passive:
        gap = _MORE_BETWEEN.sub(" between ", text[noun.end : passive[0].start])
        if _PASSIVE_END.search(gap) and not regex.search(r"[;]|\b(?:which|that|who)\b", gap):
            return passive[0]
    return None


def _is_future(ctx: Context, signing: Finding, sentence: Sentence) -> bool:
    text = ctx.document.text
    before = text[max(sentence.start, signing.start - 40) : signing.start]
    ceremony = _CEREMONY_TO.search(before)
    if ceremony:
        # "witnessed a ceremony to sign seven documents": it took place, unless the
        # ceremony itself is still to come ("will hold a ceremony to sign")
        return bool(_FUTURE_BEFORE.search(before[: ceremony.start()]))
    if _FUTURE_BEFORE.search(before) or _PROSPECT_BEFORE.search(before):
        return True
    if _SET_TO_WITH.search(text, max(sentence.start, signing.start - 90), signing.start):
        return True  # "are set to deepen their ties with the signing of ..."

    if signing.label != "future":
        return False
    # a photo caption tells what the picture shows in the present: "Ministers sign the
    # agreement" is the signing itself, unless it is still to come ("to sign")
    verb = text[signing.start : signing.end].lower()
    return not (
        sentence.kind == "caption"
        and verb in ("sign", "signs", "signing", "ink", "inks", "inking")
        and not _INFINITIVE_BEFORE.search(before)
    )


_IN_COUNTRYS = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*'s?\s+$")
_CEREMONY_TO = regex.compile(r"\b(?:an?|the)\s+(?:signing\s+)?(?:ceremony|event)\s+to\s+$", regex.I)
_INFINITIVE_BEFORE = regex.compile(r"\b(?:to|will|would|shall|may|can|could)\s+$", regex.I)


def _is_old(ctx: Context, draft: _Draft) -> bool:
    """A signing the text dates with a year, long before the article: background."""
    reference = ctx.timeline.reference
    if reference is None or draft.date is None or draft.date_finding is None:
        return False
    if draft.date_finding.data.get("year") is None:
        return False  # a year-less date was resolved as near the article as it can be
    d = draft.date.date
    if d.year is None:
        return False
    if d.month is None:
        return d.year < reference.year  # "in 2023" in a 2024 article
    return (reference - _dt.date(d.year, d.month or 12, d.day or 28)).days > _NEWS_DAYS


def _is_background(
    ctx: Context, sentence: Sentence, signing: Finding, noun: Finding, dates: list[Finding]
) -> bool:
    text = ctx.document.text
    if _RENEWED.match(text, signing.start):
        return False  # "renewed the Defence Cooperation Agreement, first inked in 2010": news
    # "A project was carried out in 2009, and an MoU was signed on May 4": what the clause
    # before tells is no background of this signing
    clause = ctx.clause_start(sentence, min(signing.start, noun.start))
    # "Previously, on April 20, they signed ...": a day told for the signing makes
    # "previously" a matter of order, not of background (a long-past day is left to
    # the age check)
    dated_here = any(
        d.data.get("day") is not None and sentence.start <= d.start < signing.start for d in dates
    )
    for cue in ctx.in_sentence(sentence, "background"):
        if cue.end <= clause:
            continue
        if dated_here and text[cue.start : cue.end].lower() in (
            "previously",
            "previous",
            "earlier",
        ):
            continue
        # a cue after the verb speaks of the signing only when close to it: "signed ... as
        # part of the city's first friendship dialogue" is news
        weak = text[cue.start : cue.end].lower() == "first"
        if weak and signing.end <= cue.start < noun.start:
            continue  # "also signed the first MoU on ...": a first-ever instrument, news
        if weak and cue.start >= max(noun.end, signing.end):
            # "signed an arrangement at the first dialogue", "an MoU was signed on May 14 at
            # the first dialogue": the occasion's first
            continue
        reach = 25 if weak and cue.start > signing.start else 60
        if abs(cue.start - signing.start) <= reach or abs(cue.start - noun.start) <= 40:
            return True
    if _after_its_noun(ctx, sentence, signing):
        return True
    window_start, window_end = min(signing.start, noun.start), max(signing.end, noun.end) + 60
    for d in dates:
        if d.start < window_start - 40 or d.start > window_end or d.end <= clause:
            continue
        data = d.data
        if data.get("relative") == "year" and int(data.get("offset", 0)) < 0:
            return True
        if data.get("day") is None and data.get("month") is None and data.get("year") is not None:
            return True
    return bool(
        regex.search(r"\b(?:ago|decades|years\s+ago)\b", text[signing.start : sentence.end])
    )


_RENEWED = regex.compile(r"renew(?:ed|s)?\b|extended\b", regex.I)
# "the agreements signed between the two ministries": the participle of a noun phrase
_PARTICIPLE = regex.compile(r"(?:signed|inked)\s+(?:by|between|among|at|in|with|under)\b", regex.I)
# ... unless the signing is this occasion's: "signed at the talks", "signed today"
_THIS_OCCASION = regex.compile(
    r"\b(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:this|the)\s+occasion"
    r"|at\s+the\s+(?:event|talks|meeting|ceremony|forum|conference|reception)"
    r"|on\s+the\s+sidelines|during\s+the\s+(?:visit|talks|meeting|trip))\b",
    regex.I,
)


def _after_its_noun(ctx: Context, sentence: Sentence, signing: Finding) -> bool:
    """ "reviewed the border agreement signed by the two governments": an instrument named
    before, described by its signing, not signed now."""
    text = ctx.document.text
    if not _PARTICIPLE.match(text, signing.start):
        return False
    if not any(
        0 <= signing.start - n.end <= 2 and not text[n.end : signing.start].strip()
        for n in ctx.in_sentence(sentence, "instrument")
    ):
        return False
    if "witness" in text[ctx.clause_start(sentence, signing.start) : signing.start].lower():
        return False  # "the leaders witnessed documents signed by ...": signed before them
    tail = text[signing.end : min(sentence.end, signing.end + 80)]
    dated = any(
        d.data.get("day") is not None and signing.end <= d.start < signing.end + 80
        for d in ctx.in_sentence(sentence, "date")
    )  # "under an agreement signed at a ceremony in Hanoi on June 8": news
    return (
        _THIS_OCCASION.search(tail) is None
        and not regex.match(r"\s+(?:on|in)\s+\d", tail)
        and not dated
    )


def _count_before(words_before: str) -> int | None:
    """The number in "signed 13 cooperation documents", "three other agreements"; not the day
    of "on May 8 signed a memorandum"."""
    words = words_before.split()
    for back in range(1, min(3, len(words)) + 1):
        word = words[-back].lower()
        if word.endswith(("'", "'s", "\u2019", "\u2019s")):
            return None  # "the two countries' agreements": the number counts their owners
        if not (word.isdigit() or word in _NUMBER_WORDS):
            if word in ("a", "an", "the", "signed", "inked", "and", "of"):
                return None  # "the two sides signed a ...": the number counts something else
            continue
        if back < len(words) and words[-back - 1].rstrip(".") in MONTHS:
            return None
        if not word.isdigit():
            return _NUMBER_WORDS[word]
        return int(word) if len(word) <= 3 else None
    return None


def _subject_parties(
    ctx: Context, sentence: Sentence, signing: Finding, noun: Finding
) -> list[Actor]:
    text = ctx.document.text
    # "between X and Y" after the noun, before the next clause and the next instrument
    reach = min(sentence.end, noun.end + 160)
    later = [
        n.start
        for n in ctx.in_sentence(sentence, "instrument")
        if n.start >= noun.end and text[n.start - 1 : n.start] != "("  # "(MoUs)": the same
    ]
    between = _BETWEEN.search(text, noun.end, min([reach, *later]))
    if between and _OTHER_NOUN.search(text, noun.end, between.start()):
        between = None  # "MoUs ... at a trade conference between A and B": the conference's
    if (
        between
        and _TWO_STATES.match(text, between.end())
        and not regex.search(r"[,;]", text[noun.end : between.start()])
    ):
        sides = _between_parties(ctx, between.end(), sentence.end)
        if sides:
            return sides  # "an agreement between the two governments": the two countries
    if (
        between
        and between.start() - noun.end > 12
        and signing.start < noun.start
        # "witnessed the signing of an MoU establishing ties between A and B": who witnesses
        # signs nothing
        and text[signing.start : signing.end].lower() != "the signing of"
    ):
        # "A and B signed an MoU on boosting activities between Hue and Kansai": two bodies
        # named as signing; the "between" tells what the instrument is about
        told = [n.end for n in ctx.in_sentence(sentence, "instrument") if n.end <= signing.start]
        # "... an MoU between A and B, and observed the signing of an MoU ...": the subject
        # starts after the instrument told before
        opening = max([ctx.clause_start(sentence, signing.start), *told])
        subject = ctx.parties(opening, signing.start)
        if sum(a.kind == "org" for a in subject) >= 2:
            return _bodies_first(ctx, subject)
    if between and regex.match(r"[^;.]{0,120}?\band\b", text[between.end() : sentence.end]):
        stop = _next_stop(ctx, between.end(), sentence.end)
        found = ctx.parties(between.end(), stop)
        if len(found) >= 2 or (found and found[0].kind in ("org", "place")):
            return _bodies_first(ctx, found)
    named = _named_sides(ctx, sentence, noun)
    if named:
        return named  # "The EU – Vietnam Fisheries Agreement was signed": its name's sides
    behalf = _ON_BEHALF.search(text, sentence.start, sentence.end)
    if behalf:
        # "On behalf of the Governments of Vietnam and Germany, <Name> and <Name> signed":
        # the signers speak for their countries (clarifications 9 and 11)
        stop = _next_stop(ctx, behalf.end(), sentence.end)
        countries = [a for a in ctx.parties(behalf.end(), stop) if a.kind == "country"]
        if len(countries) >= 2:
            return countries
    verb = min(signing.start, noun.start)
    clause = ctx.clause_start(sentence, verb)
    if _PRONOUN_SUBJECT.search(text[clause:verb]):
        # "..., after which they signed": the subjects of the whole sentence; "On the
        # occasion, they signed": the sides of the talks told just before
        found = ctx.parties(sentence.start, verb)
        kind = _KIND_SUBJECT.search(text, clause, verb)
        if not found and kind:
            # "After the talks, the two ministries signed ...": the ministries named before
            found = _earlier_bodies(ctx, sentence, _SINGULAR[kind.group("kind").lower()])
        if not found:
            found = _earlier_sides(ctx, sentence)
        return _bodies_first(ctx, found)
    found = ctx.parties(clause, verb)
    if (
        len(found) == 1
        and clause > sentence.start
        and text[max(sentence.start, clause - 6) : clause].endswith(("and ", "and\n"))
        and min((f.start for f in ctx.in_sentence(sentence, "trigger", "signing")), default=verb)
        >= clause
    ):
        # "X, head of the Vietnamese team, and Y, head of the Lao team, signed ...": the
        # subject names both sides before its verb
        whole = ctx.parties(sentence.start, verb)
        if len(whole) > len(found):
            found = whole
    partner = _WITH.search(text, noun.end, min(sentence.end, noun.end + 120))
    if partner is None and signing.end < noun.start:
        # "A on May 14 signed with B an agreement on ...": the partner before the noun
        partner = _WITH.search(text, signing.end, noun.start)
    if partner and signing.start < noun.start:
        # "A signed a memorandum of understanding on ... with B": each side named its own
        # way (a province, then two associations)
        stop = _next_stop(ctx, partner.end(), sentence.end)
        if partner.start() < noun.start:
            stop = min(stop, noun.start)
        others = [a for a in ctx.parties(partner.end(), stop) if a not in found]
        if found and others:
            return [*_bodies_first(ctx, found), *_bodies_first(ctx, others)]
        found = [*found, *others]
    if not found and signing.start > noun.end:
        # passive: "The minutes were signed by A and B", "... were signed on May 10 by A
        # and B"
        by = _BY.search(text, signing.end, min(sentence.end, signing.end + 60))
        start = by.end() if by else signing.end
        found = ctx.parties(start, _next_stop(ctx, start, sentence.end))
    if not found and (_PRONOUN_SUBJECT.search(text[clause:verb]) or clause > sentence.start):
        found = ctx.parties(sentence.start, verb)
    return _bodies_first(ctx, found)


def _told_in_body(draft: _Draft, drafts: list[_Draft]) -> bool:
    """A caption's signing that the body already lists: same instrument, no other date."""
    day = draft.date.date.iso() if draft.date is not None else None
    for other in drafts:
        if other.sentence.kind != "body" or other.instrument != draft.instrument:
            continue
        theirs = other.date.date.iso() if other.date is not None else None
        if day is None or theirs is None or day == theirs:
            return True
    return False


#: "the two ministries", "both academies": the subject names the kind of its bodies
_KIND_SUBJECT = regex.compile(
    r"\b(?:the\s+two|both)\s+(?P<kind>ministries|academies|universities|agencies|armies"
    r"|navies|parliaments|legislatures|committees|commissions|chambers|associations)\b",
    regex.I,
)
_SINGULAR = {
    "ministries": "ministry",
    "academies": "academy",
    "universities": "university",
    "agencies": "agency",
    "armies": "army",
    "navies": "navy",
    "parliaments": "parliament",
    "legislatures": "assembly",
    "committees": "committee",
    "commissions": "commission",
    "chambers": "chamber",
    "associations": "association",
}


def _earlier_bodies(ctx: Context, sentence: Sentence, kind: str) -> list[Actor]:
    """The two bodies of a kind ("ministry") named in the sentences before this one."""
    bodies: list[Actor] = []
    for other in _previous_sentences(ctx, sentence, 4):
        for actor in ctx.parties(other.start, other.end):
            if (
                actor.kind == "org"
                and kind in actor.name.lower()
                and all(actor.name != b.name or actor.country != b.country for b in bodies)
            ):
                bodies.append(actor)
        if len(bodies) >= 2:
            return sorted(bodies[:2], key=lambda a: a.start)
    return []


def _earlier_sides(ctx: Context, sentence: Sentence) -> list[Actor]:
    """The two or more sides named in one of the two sentences before this one."""
    for other in _previous_sentences(ctx, sentence, 2):
        found = ctx.parties(other.start, other.end)
        if len(found) >= 2:
            return found
    return []


def _previous_sentences(ctx: Context, sentence: Sentence, n: int) -> list[Sentence]:
    """Up to ``n`` sentences of the same kind before this one, the nearest first."""
    earlier = [
        s for s in ctx.document.sentences if s.kind == sentence.kind and s.end <= sentence.start
    ]
    return earlier[::-1][:n]


#: where a list of parties ends; ", and" goes on with the last of them ("between the
#: Ministry of Labour, Invalids and Social Affairs, and the Ministry of Manpower")
_PARTIES_STOP = regex.compile(
    r";\s|,\s*and\s+between\s|,\s(?!and\s)|\s(?:on|in|under|to|for|at|which|who|while)\s"
    # "..., and observed the signing of ...": a clause of its own
    r"|,?\s+and\s+(?:also\s+)?(?-i:[a-z]+ed)\s"
)


def _next_stop(ctx: Context, start: int, end: int) -> int:
    """Where the parties named from ``start`` end: the first stop outside a body's name."""
    text = ctx.document.text
    for match in _PARTIES_STOP.finditer(text, start, end):
        if ctx.actors.mentions_near(match.start(), match.start() + 1):
            continue
        if text[match.start()] == ",":
            # "the Vietnam National University, Hanoi and the ...": a body's seat
            seat = ctx.findings.within(match.end(), match.end() + 40, "place")
            if seat and seat[0].start == match.end() and text.startswith(" and ", seat[0].end):
                continue
        return match.start()
    return end


_SIGNATORIES = regex.compile(
    r"\s*(?:The\s+)?[Ss]ignator(?:y|ies)\s+(?:(?:to|of)\s+(?:the|this|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:document|documents|agreement|memorandum|MoU|deal|treaty)\s+)?"
    r"(?:were|was|are|is|included)\s+"
)
#: a noun of an occasion whose "between" is its own, not the instrument's
_OTHER_NOUN = regex.compile(
    r"\b(?:conference|meeting|talks|forum|dialogue|session|workshop|seminar|event|match"
    r"|competition|festival)\b",
    regex.I,
)
_BY = regex.compile(r"\bby\s+(?:the\s+)?")
_PERFECT_BEFORE = regex.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+|recently\s+)?$")
_NAMED_PAIR = regex.compile(
    r"(?<![\w.])(?P<a>(?!The\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[-\u2013]\s*"
    r"(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)??)"
    r"\s+(?:[A-Z][\w-]*\s+){0,4}$"
)
_TWO_STATES = regex.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:governments|countries|states|nations)\b(?!['\u2019])"
)
_ON_BEHALF = regex.compile(
    r"\b[Oo]n\s+behalf\s+of\s+(?:the\s+)?(?:two\s+)?(?:Governments?|States?)\s+of\s+(?:the\s+)?"
)
#: between a person and the locality they speak for: ", Vice President of France's "
_REPRESENTS = regex.compile(
    r",\s+(?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|')\s+)?"
)
_COUNTED_SIDES = regex.compile(
    r"\b(?:(?P<n>two|three|four|five|six|both)\s+(?:provinces|localities|cities|sides|parties)"
    r"|the\s+(?:provinces|localities))\b",
    regex.I,
)
_AND_THE = regex.compile(r"\s+and\s+(?:the\s+)?")
_LOCATED = regex.compile(r"\s(?:in|at|from|to|based|near)\s")
_COUNTERPARTS = regex.compile(r"\b(?:counterparts?|partners?|colleagues|peers)\s+from\s")


def _bodies_first(ctx: Context, found: list[Actor]) -> list[Actor]:
    """The bodies named as signing; else the localities; else the countries (clarifications
    11, 19). A locality named only as a place joins the bodies when it is a side of its own
    ("X People's Committee and the administration of Y province"), not where one of them
    sits ("... Prefecture in China's Yunnan province")."""
    bodies = [a for a in found if a.kind == "org"]
    places = [a for a in found if a.kind == "place"]
    if not bodies:
        return places or found
    text = ctx.document.text
    sides = list(bodies)
    for place in places:
        before = max((b.end for b in bodies if b.end <= place.start), default=None)
        if any(f" {place.name} " in f" {b.name} " for b in bodies):
            continue
        if before is None:
            # "Governor of Hokkaido prefecture <Name> and Chairman of X People's Committee
            # <Name> sign ...": a locality's side named before the other's body
            after = min((b.start for b in bodies if b.start >= place.end), default=None)
            if after is not None and " and " in text[place.end : after]:
                sides.append(place)
            continue
        between = f" {text[before : place.start]} "
        if (
            " and " in between and (not _LOCATED.search(between) or _COUNTERPARTS.search(between))
        ) or any(
            0 <= place.start - e <= 60 and _REPRESENTS.fullmatch(text, e, place.start)
            for _, e, _ in ctx.people.mentions
        ):
            # "... hosted Max Vincent, Vice President of France's Lyon": a person's locality
            sides.append(place)
    for country in (a for a in found if a.kind == "country"):
        if text[country.end : country.end + 13].lstrip().startswith("counterpart") and text[
            max(0, country.start - 7) : country.start
        ].rstrip().endswith(("its", "their")):
            sides.append(country)  # "the Ministry of Culture and its Peruvian counterpart"
            continue
        # "between Vietnam and KOICA": a country named as the other side of a body
        after = min((b.start for b in bodies if b.start >= country.end), default=None)
        if after is not None and _AND_THE.fullmatch(text, country.end, after):
            sides.append(country)
            continue
        if (
            country.country is not None
            and all(b.country is not None and b.country != country.country for b in bodies)
            and any(s <= country.start < e for s, e, _ in ctx.people.mentions)
        ):
            # "Minister of MoET Pham Vu Luan and Japanese Ambassador <Name> signed": a signer
            # who speaks for a country none of the bodies belongs to
            sides.append(country)
    return sorted(sides, key=lambda a: a.start)


def _period(draft: _Draft, f: Finding, sign_year: int | None) -> Period | None:
    d = f.data
    if d.get("start") is not None and d.get("end") is not None:
        return Period(int(d["start"]), int(d["end"]))
    if d.get("years") is not None:
        if sign_year is None:
            return None
        return Period(sign_year, sign_year + int(d["years"]))
    if d.get("until") is not None:
        until = int(d["until"])
        if sign_year is not None and sign_year > until:
            return None
        return Period(sign_year, until)
    return None


def resolve_agreements(ctx: Context) -> list[Agreement]:
    doc = ctx.document
    text = doc.text
    drafts: list[_Draft] = []
    generics: list[_Draft] = []
    # captions after the body: a signing both tell is the body's (clarification 7)
    body = [s for s in doc.sentences if s.kind == "body"]
    body += [s for s in doc.sentences if s.kind == "caption"]
    listing = False  # inside a list opened by a sentence ending with a colon
    listed_generics: set[int] = set()
    #: aggregates whose instruments later sentences tell one by one ("The first is ...")
    itemized: dict[int, tuple[_Draft, list[_Draft]]] = {}
    for index, sentence in enumerate(body):
        nouns = [n for n in ctx.in_sentence(sentence, "instrument") if not ctx.inside_names(n)]
        signings = ctx.in_sentence(sentence, "signing")
        dates = [d for d in ctx.in_sentence(sentence, "date") if not d.data.get("bound")]
        pool = generics or drafts
        aggregate = pool[-1] if pool else None
        item = listing and _LIST_ITEM.match(text, sentence.start) is not None
        listing = item or text[sentence.start : sentence.end].rstrip().endswith(":")
        named = _SIGNATORIES.match(text, sentence.start)
        if named and drafts and all(a.kind == "country" for a in drafts[-1].parties):
            # "Signatories to the document were A and B": the last one's parties, named
            # more closely than by their countries
            found = ctx.parties(named.end(), sentence.end)
            if found:
                drafts[-1].parties = _bodies_first(ctx, found)
                continue
        ordinal = _ORDINAL_ITEM.match(text, sentence.start)
        if (
            ordinal
            and aggregate is not None
            and (
                (aggregate.count or 0) >= 2
                or (aggregate.count is None and _plural(text, aggregate.noun))
            )
        ):
            # "... signed two agreements. The first is a loan for ... The other covers ...":
            # one agreement per instrument told one by one
            items = itemized.setdefault(id(aggregate), (aggregate, []))[1]
            if len(items) < (aggregate.count or 9):
                own = next((n for n in nouns if n.start >= ordinal.start()), None)
                items.append(_item_of(ctx, aggregate, own, sentence, body, index))
                continue
        lists = _LISTING.match(text, sentence.start)
        listed = signings
        if lists:
            # "The documents signed are: ...", "Among the signed key agreements were ...":
            # the signing word and the plural noun belong to the listing
            listed = [f for f in signings if f.start >= lists.end()]
        if aggregate is None and lists and not listed and nouns:
            # "The signed documents include an MoU on ... between A and B; ...": the
            # listing's own signing, first told here
            own = next((f for f in signings if f.start < lists.end()), None)
            later = [n for n in nouns if n.start >= lists.end()]
            if own is not None and later:
                ctx.used_signings.add(own.start)
                first = _Draft("document", sentence, later[0], own)
                _fill_date(ctx, first, dates, drafts)
                _fill_place(ctx, first, drafts)
                drafts.extend(_listed(ctx, sentence, later, first, body, index))
                continue
        if aggregate is not None and (item or (lists and not listed)):
            # "The documents include a memorandum ... between A and B; an MoU ...": one
            # agreement per listed instrument, signed as the aggregate was
            if item:
                # "- A letter of intent ... on the MoU under the Paris Agreement": an item
                # names one instrument, at its head; later ones are what it is about
                head = _LIST_ITEM.match(text, sentence.start)
                opening = head.end() if head else sentence.start
                nouns = [n for n in nouns[:1] if _ITEM_HEAD.fullmatch(text, opening, n.start)]
            elif lists:
                nouns = [n for n in nouns if n.start >= lists.end()]
            items = _listed(ctx, sentence, nouns, aggregate, body, index)
            placed = next((g for g in reversed(pool) if g.place), None)
            for draft in items:
                if draft.place is None and placed is not None:
                    # "a ceremony to sign seven documents ... in Hanoi on August 28. The
                    # documents were signed during talks ... The documents signed are:"
                    draft.place, draft.place_finding = placed.place, placed.place_finding
            if items and aggregate in drafts and text[aggregate.noun.end - 1] == "s":
                # "signed agreements on A, B and C. Among those signed include ...": the
                # plural is the list's, named one by one now
                drafts.remove(aggregate)
            drafts.extend(items)
            listed_generics.update(id(g) for g in generics)  # named one by one now
            continue
        made = len(drafts)
        for noun in nouns:
            if text[noun.start - 1 : noun.start] == "(" and text[noun.end : noun.end + 1] == ")":
                continue  # "memorandum of understanding (MoU)": the same noun again
            signing = _nearest_signing(ctx, sentence, noun, signings)
            if signing is None:
                continue
            if any(
                n is not noun
                and signing.end <= n.start < noun.start
                and n.start - signing.end <= 25
                and not _COORDINATED_NOUNS.search(text, n.end, noun.start)
                for n in nouns
            ):
                continue  # "the signing of the MoU marks the start of a programme": the MoU's
            refers = _REFERS_TO.search(text, max(sentence.start, noun.start - 60), noun.start)
            if refers and signing.end <= refers.start():
                continue  # "signed an MoU ..., to implement the trade agreement between ..."
            if text[signing.start : signing.end].lower() == "the signing of" and _COMMENTED.search(
                text, noun.end, _clause_end(text, noun.end, sentence.end)
            ):
                continue  # "the signing of a special agreement ... is a practical response"
            drafting = _TO_DRAFT.search(text, max(signing.end, noun.start - 50), noun.start)
            if signing.end <= noun.start and drafting:
                continue  # "signed a letter of intent and tasked staff to draft an MoU"
            if _is_future(ctx, signing, sentence):
                ctx.used_signings.add(signing.start)
                continue
            if _is_background(ctx, sentence, signing, noun, dates):
                ctx.used_signings.add(signing.start)
                continue
            ctx.used_signings.add(signing.start)
            definite = _DEFINITE.search(text[max(sentence.start, noun.start - 40) : noun.start])
            if (
                definite
                and drafts
                and (
                    noun.label in ("document", drafts[-1].instrument)
                    or _same_kind(noun.label, drafts)
                    or text[noun.start : noun.end].lower() in _GENERIC_NOUNS
                    # "signed an MoU ... the signing of the agreement will benefit farmers"
                    or text[noun.start : noun.end] == "agreement"
                )
            ):
                target = _same_kind(noun.label, drafts) or drafts[-1]
                target.extra.append(
                    ctx.evidence(noun.start, noun.end, noun.rule, noun.plugin, "instrument")
                )
                if not target.parties or all(a.kind == "country" for a in target.parties):
                    # "... signed an MoU. The MoU was inked by representatives of the Ministry
                    # of Home Affairs and ...": the bodies, named more closely than the countries
                    closer = _subject_parties(ctx, sentence, signing, noun)
                    if not target.parties or (
                        len(closer) >= 2 and all(a.kind == "org" for a in closer)
                    ):
                        target.parties = closer
                datelined = target.place is not None and (
                    target.place_finding is None or bool(target.place_finding.data.get("dateline"))
                )
                if target.date is None or target.place is None or datelined:
                    # "... have signed memoranda. The documents, inked at a conference in
                    # Dien Bien Phu city on March 21, ...": dated and placed where they are
                    # named again (a city told there beats the dateline)
                    again = _Draft(noun.label, sentence, noun, signing)
                    _fill_date(ctx, again, dates, drafts)
                    if again.date is not None and target.date is None:
                        target.date, target.date_finding = again.date, again.date_finding
                    _fill_place(ctx, again, drafts)
                    told_here = (
                        again.place_finding is not None
                        and not again.place_finding.data.get("dateline")
                    )
                    if again.place is not None and (target.place is None or told_here):
                        target.place, target.place_finding = again.place, again.place_finding
                continue
            draft = _Draft(noun.label, sentence, noun, signing)
            draft.count = _count_before(text[max(sentence.start, noun.start - 40) : noun.start])
            draft.parties = _subject_parties(ctx, sentence, signing, noun)
            # "renewed the Defence Agreement, first inked in 2010": when the noun is the
            # object of its own signing verb, a date told right after another signing verb
            # is that signing's
            direct = signing.end <= noun.start and not any(
                n is not noun and signing.end <= n.start < noun.start for n in nouns
            )
            own_dates = [
                d
                for d in dates
                if not direct
                or not any(
                    f is not signing and f.end <= d.start and d.start - f.end <= 12
                    for f in signings
                )
            ]
            _fill_date(ctx, draft, own_dates, drafts)
            if _is_old(ctx, draft):
                continue
            if sentence.kind == "caption" and _told_in_body(draft, drafts):
                continue
            _fill_place(ctx, draft, drafts)
            draft.areas_from = _area_sentences(body, index, text)
            (generics if noun.label == "document" else drafts).append(draft)
            if noun.label != "document":
                drafts.extend(_more_betweens(ctx, sentence, draft))
        if generics and len(drafts) > made and _AMONG.match(text, sentence.start):
            # "... signed six documents. Among them, the ministries renewed ...": a partial
            # list of the aggregate, which gives nothing for the rest
            listed_generics.add(id(generics[-1]))
        for draft in drafts[made:]:
            if _plural(text, draft.noun) and any(
                later.noun.start > draft.noun.end
                and _INCLUDING.search(text, draft.noun.end, later.noun.start)
                for later in drafts[made:]
            ):
                # "signed four agreements, including a treaty on ... and an MoU on ...": the
                # listed ones, and nothing for the rest
                drafts.remove(draft)
    for aggregate, items in itemized.values():
        if len(items) >= 2:
            if aggregate in drafts:
                drafts.remove(aggregate)
            listed_generics.add(id(aggregate))
            drafts.extend(items)
    # "Three documents were signed on May 10 by A and B": an aggregate counted, whose
    # instruments are not named one by one, is one agreement of its own
    told = {d.signing.start for d in drafts} | {d.sentence.start for d in drafts}
    for g in generics:
        if g.sentence.kind == "caption" and drafts:
            continue  # a photo of the exchange the body tells one by one
        if (
            # "signed 13 cooperation documents", "signed documents to twin their villages"
            (
                (g.count is not None and g.count > 1)
                # uncounted, the documents are news only when dated where they are signed
                or (
                    g.count is None
                    and g.date_finding is not None
                    and g.sentence.start <= g.date_finding.start < g.sentence.end
                )
            )
            and g.signing.start not in told
            and g.sentence.start not in told
            and id(g) not in listed_generics
        ):
            g.instrument = "other"
            drafts.append(g)
    drafts.sort(key=lambda d: d.noun.start)
    for draft in drafts:
        if not draft.parties:
            previous = [
                d
                for d in drafts
                if d is not draft and d.parties and d.noun.start < draft.noun.start
            ]
            if previous:
                draft.parties = list(previous[-1].parties)
        if not draft.parties:
            draft.parties = _sides(ctx)
        _fill_period(
            ctx, draft, body, {d.signing.start for d in drafts if d.signing is not draft.signing}
        )
    return [_to_schema(ctx, d) for d in _told_once(text, drafts)]


def _told_once(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One agreement per instrument told twice on the same topic ("The signed documents
    include an MoU on science ..." in a summary, then with its signers in the body): the
    telling that names more signing bodies."""
    by_topic: dict[tuple[str, str], _Draft] = {}
    dropped: set[int] = set()
    for draft in drafts:
        topic = _TOPIC.match(text, draft.noun.end)
        if topic is None:
            continue
        words = topic.group("topic").lower().split()
        if not set(words) - _PLAIN_TOPIC:
            continue  # "on cooperation": no telling apart
        key = (draft.instrument, " ".join(words))
        held = by_topic.get(key)
        if held is None:
            by_topic[key] = draft
            continue
        bodies = sum(a.kind == "org" for a in draft.parties)
        if bodies > sum(a.kind == "org" for a in held.parties):
            dropped.add(id(held))
            by_topic[key] = draft
        else:
            dropped.add(id(draft))
    return [d for d in drafts if id(d) not in dropped]


def _sides(ctx: Context) -> list[Actor]:
    """The article's two sides, for "the two provinces signed ...": the localities named as
    parties of its events, else its countries (clarifications 11 and 19)."""
    text = ctx.document.text
    localities: list[Actor] = []
    for f in ctx.findings.of("place"):
        if f.data.get("dateline") or not ctx.document.in_kinds(f.start, f.end):
            continue
        if text[max(0, f.start - 5) : f.start].endswith(("in ", "at ", "to ", "from ")):
            continue  # where something happens, not a side
        if f.data.get("kind") in ("province", "city") and all(
            a.name != f.label for a in localities
        ):
            if ctx.actors.org_at(f.start, f.end) is None:
                localities.append(Actor(f.label, f.start, f.end, "place", f.data.get("country")))
    counted = _COUNTED_SIDES.search(text)
    if counted and len(localities) >= 2:
        number = (counted.group("n") or "").lower()
        wanted = 2 if number == "both" else _NUMBER_WORDS.get(number)
        if not number or wanted == len(localities):
            # "the two provinces signed ...", "The four provinces signed ...": every
            # locality the article names as a side
            return localities
    countries = ctx.actors.document_countries()
    if len(countries) < 2:
        # "Prime Minister Tran Van Binh and Norwegian Prime Minister Erik Lund": the sides
        # the people speak for, when the text names no country twice
        spoken = {p.country for p in ctx.people.people if p.country}
        if len(spoken | set(countries)) == 2:
            countries = sorted(spoken | set(countries))
    if len(countries) == 2:
        first: dict[str, tuple[int, int]] = {}
        for f in ctx.actors.country_findings:
            first.setdefault(f.label, (f.start, f.end))
        return [
            Actor(ctx.actors.country_name(c), *first.get(c, (0, 0)), "country", c)
            for c in countries
        ]
    return []


def _listed(
    ctx: Context,
    sentence: Sentence,
    nouns: list[Finding],
    aggregate: _Draft,
    body: list[Sentence],
    index: int,
) -> list[_Draft]:
    """The instruments a listing sentence names, each signed as the aggregate before it."""
    text = ctx.document.text
    items = [
        n
        for n in nouns
        if n.label != "document"
        and not (text[n.start - 1 : n.start] == "(" and text[n.end : n.end + 1] == ")")
    ]
    if items:
        # "...; and another on renewable energy between A and B": one more of the kind before
        for more in _ANOTHER.finditer(text, items[0].end, sentence.end):
            kind = [n for n in items if n.start < more.start()][-1]
            items.append(attrs.evolve(kind, start=more.start("w"), end=more.end("w")))
        items.sort(key=lambda n: n.start)
    out: list[_Draft] = []
    for k, noun in enumerate(items):
        stop = items[k + 1].start if k + 1 < len(items) else sentence.end
        draft = _Draft(noun.label, sentence, noun, aggregate.signing)
        draft.count = _count_before(text[max(sentence.start, noun.start - 40) : noun.start])
        between = _BETWEEN.search(text, noun.end, stop)
        if between:
            draft.parties = _between_parties(ctx, between.end(), stop)
        if not draft.parties:
            # an item naming no signers: the aggregate's, else the article's two sides
            draft.parties = list(aggregate.parties) or _sides(ctx)
        draft.date, draft.date_finding = aggregate.date, aggregate.date_finding
        draft.place, draft.place_finding = aggregate.place, aggregate.place_finding
        draft.areas_from = _area_sentences(body, index, text)
        out.append(draft)
        # "... cooperation agreements between A and B, and between C and D": one each
        for match in _MORE_BETWEEN.finditer(text, noun.end, stop):
            found = ctx.parties(match.end(), _next_stop(ctx, match.end(), stop))
            if found:
                out.append(attrs.evolve(draft, parties=_bodies_first(ctx, found), extra=[]))
    return out


#: a signing named as the subject of a comment: "the signing of ... is a milestone"
_COMMENTED = regex.compile(
    r"\b(?:is|was|will\s+be|would\s+be|marks|marked|represents|demonstrates|shows"
    r"|reflects|affirms|opens|creates|contributes|helps|will\s+help)\b",
    regex.I,
)


_CLAUSE_STOP = regex.compile(r"[,;]")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause going on from ``start`` ends (a comma, a semicolon or ``end``)."""
    stop = _CLAUSE_STOP.search(text, start, end)
    return stop.start() if stop else end


#: an instrument still to be written: "tasked their staff to draft an MoU"
_TO_DRAFT = regex.compile(
    r"\b(?:to|will|would)\s+(?:draft|prepare|negotiate|finali[sz]e|work\s+out|study|build"
    r"|develop|conclude|complete|sign)\s+(?:(?:a|an|the|new|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
    regex.I,
)
#: a sentence telling members of an aggregate told before
_AMONG = regex.compile(r"\s*(?:Among|Of)\s+(?:them|these|those|which)\b", regex.I)
#: a plural instrument noun opening a partial list of its members
_INCLUDING = regex.compile(r",?\s+(?:including|such\s+as|among\s+them|namely)\b")


def _plural(text: str, noun: Finding) -> bool:
    """ "memorandums of understanding", "agreements", "memoranda": more than one."""
    head = text[noun.start : noun.end].split()[0].lower()
    return head.endswith("s") or head == "memoranda"


def _named_sides(ctx: Context, sentence: Sentence, noun: Finding) -> list[Actor]:
    """The two sides an instrument's proper name opens with ("the EU – Vietnam Customs
    Agreement", "the Vietnam-Chile Free Trade Agreement")."""
    text = ctx.document.text
    if not text[noun.start : noun.start + 1].isupper():
        return []
    pair = _NAMED_PAIR.search(text, max(sentence.start, noun.start - 60), noun.start)
    if pair is None:
        return []
    out: list[Actor] = []
    for group in ("a", "b"):
        start, end = pair.span(group)
        org = ctx.actors.org_at(start, end)
        code = ctx.actors.country_of(pair.group(group))
        if code:
            out.append(Actor(ctx.actors.country_name(code), start, end, "country", code))
        elif org is not None:
            out.append(Actor(org.name, start, end, "org", org.country))
    return out if len(out) == 2 else []


def _between_parties(ctx: Context, start: int, end: int) -> list[Actor]:
    """The parties named after "between": the bodies or places, or for "the two
    governments" the article's two countries."""
    if _TWO_STATES.match(ctx.document.text, start):
        sides = [a for a in _sides(ctx) if a.kind == "country"]
        return sides if len(sides) == 2 else []
    return _bodies_first(ctx, ctx.parties(start, _next_stop(ctx, start, end)))


def _item_of(
    ctx: Context,
    aggregate: _Draft,
    noun: Finding | None,
    sentence: Sentence,
    body: list[Sentence],
    index: int,
) -> _Draft:
    """One instrument of a counted aggregate, told in a sentence of its own."""
    if noun is None or noun.label == "document":
        noun = aggregate.noun
    draft = _Draft(noun.label, sentence, noun, aggregate.signing)
    text = ctx.document.text
    between = _BETWEEN.search(text, sentence.start, sentence.end)
    if between:
        # "The first memorandum ... was signed between EVN and the Laos Electricity Company"
        found = ctx.parties(between.end(), _next_stop(ctx, between.end(), sentence.end))
        draft.parties = _bodies_first(ctx, found)
    if not draft.parties:
        draft.parties = list(aggregate.parties)
    draft.date, draft.date_finding = aggregate.date, aggregate.date_finding
    draft.place, draft.place_finding = aggregate.place, aggregate.place_finding
    draft.areas_from = _area_sentences(body, index, text)
    return draft


def _more_betweens(ctx: Context, sentence: Sentence, draft: _Draft) -> list[_Draft]:
    """ "Memoranda ... between A and B; between C and D; and between E and F were inked":
    one more agreement per further "between" clause."""
    text = ctx.document.text
    end = draft.signing.start if draft.signing.start > draft.noun.end else sentence.end
    if _BETWEEN.search(text, draft.signing.end, sentence.end):
        end = sentence.end  # "Two MoUs were signed between A and B, and between C and D"
    out: list[_Draft] = []
    for match in _MORE_BETWEEN.finditer(text, draft.noun.end, end):
        found = ctx.parties(match.end(), _next_stop(ctx, match.end(), end))
        if not found:
            continue
        extra = attrs.evolve(draft, parties=_bodies_first(ctx, found), extra=[])
        out.append(extra)
    return out


def _same_kind(label: str, drafts: list[_Draft]) -> _Draft | None:
    for d in reversed(drafts):
        if d.instrument == label:
            return d
    return None


def _fill_date(ctx: Context, draft: _Draft, dates: list[Finding], drafts: list[_Draft]) -> None:
    # a date in the clause before ("... ten years ago, and an MoU was signed ...") is that
    # clause's
    clause = ctx.clause_start(draft.sentence, min(draft.signing.start, draft.noun.start))
    usable = [
        d
        for d in dates
        if not ctx.timeline.absorbed(d) and (d.end > clause or d.data.get("day") is not None)
    ]
    if usable:
        # "In February 2019, ... signed ... during the visit": a month told beats the visit
        told = any(not d.data.get("occasion") and d.data.get("month") for d in usable)
        best = min(
            usable,
            key=lambda d: (
                told and bool(d.data.get("occasion")),
                d.data.get("day") is None,
                abs(d.start - draft.signing.end),
            ),
        )
        resolved = ctx.timeline.resolve(best, planned=False)
        if resolved is not None:
            draft.date, draft.date_finding = resolved, best
            return
    if drafts:
        draft.date = drafts[-1].date
        return
    # "... signed an agreement following the meeting. The meeting was held on August 21"
    following = _occasion_after(ctx, draft.sentence)
    if following is not None:
        later = [
            d
            for d in ctx.in_sentence(following, "date")
            if (d.data.get("day") is not None or d.data.get("weekday") is not None)
            and not ctx.timeline.absorbed(d)
        ]
        resolved = ctx.timeline.resolve(later[0], planned=False) if later else None
        if resolved is not None:
            draft.date, draft.date_finding = resolved, later[0]
            return
    # "the delegation has signed a memorandum": no weekday told before is its own
    text = ctx.document.text
    perfect = _PERFECT_BEFORE.search(text, max(0, draft.signing.start - 20), draft.signing.start)
    anchor = ctx.timeline._anchor(draft.noun.start, need_day=True, weekdays=perfect is None)
    if anchor is not None:
        draft.date = Resolved(anchor)


def _occasion_after(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence after a signing that tells its occasion ("The ceremony took place in
    Kazan on ...", "It follows their talks in Lima on Tuesday"), past one caption line."""
    following = _next_sentence(ctx, sentence)
    if following is not None and not _OCCASION_OPENS.match(ctx.document.text, following.start):
        following = _next_sentence(ctx, following)  # "Prime Minister X and Y |" between
    if following is not None and _OCCASION_OPENS.match(ctx.document.text, following.start):
        return following
    return None


def _next_sentence(ctx: Context, sentence: Sentence) -> Sentence | None:
    for other in ctx.document.sentences:
        if other.start >= sentence.end and other.kind == sentence.kind:
            return other
    return None


def _fill_place(ctx: Context, draft: _Draft, drafts: list[_Draft]) -> None:
    doc = ctx.document
    sentence = draft.sentence
    places = [
        p
        for p in ctx.in_sentence(sentence, "place")
        if (
            not p.data.get("dateline")
            and ctx.actors.org_at(p.start, p.end) is None
            and p.data.get("kind") in ("capital", "city")
        )
        or (
            p.data.get("kind") == "province"
            and doc.text[p.end : p.end + 5] == " city"
            and ctx.actors.org_at(p.start, p.end) is None
        )
    ]
    preceded = [
        p
        for p in places
        if doc.text[max(0, p.start - 3) : p.start] in ("in ", "at ")
        or _IN_COUNTRYS.search(doc.text, max(0, p.start - 40), p.start)  # "in China's Nanning"
    ]
    pick = next(iter(preceded), None) or _occasion_city(ctx, sentence)
    if pick is not None:
        draft.place, draft.place_finding = doc.surface(pick.start, pick.end), pick
        return
    earlier = [d for d in drafts if d.place and d.date == draft.date]
    if earlier:
        draft.place = earlier[-1].place
        return
    dateline = next((f for f in ctx.findings.of("place") if f.data.get("dateline")), None)
    if dateline is None:
        return
    abroad = _VISIT_TO.search(doc.text, sentence.start, sentence.end)
    if abroad and ctx.actors.country_of(abroad.group("to")) not in (
        None,
        dateline.data.get("country"),
    ):
        return  # "signed ... during the visit to Russia" under a Hanoi dateline: not Hanoi
    draft.place = dateline.label  # the gazetteer's spelling of "HCM CITY"


_VISIT_TO = regex.compile(r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w-]+)")


#: a signing sentence that dates itself by the talks or visit told before it
_ON_THE_OCCASION = regex.compile(
    r"\s*(?:On\s+(?:the|this)\s+occasion|During\s+the\s+(?:talks|visit|meeting|trip)"
    r"|(?:After|Following)\s+(?:the|their)\s+talks|At\s+the\s+(?:talks|meeting))\b"
)


_OCCASION_WORD = regex.compile(r"\b(?:talks|visit|meeting|trip|session|dialogue)\b", regex.I)


def _occasion_city(ctx: Context, sentence: Sentence) -> Finding | None:
    """The city of the occasion a signing belongs to (clarification 20): the talks told in the
    sentence before ("... in London on November 28. On the occasion, they signed ..."), or
    the ceremony told in the sentence after ("The signing ceremony took place in Kazan")."""
    doc = ctx.document
    others: list[Sentence] = []
    if _ON_THE_OCCASION.match(doc.text, sentence.start):
        before = _previous_sentences(ctx, sentence, 3)
        # the sentence just before, else the nearest that tells the occasion ("... talks
        # with ... in Phnom Penh on May 10. The two sides will ... Following the talks, ...")
        others.extend(before[:1])
        others.extend(s for s in before[1:] if _OCCASION_WORD.search(doc.text, s.start, s.end))
    following = _occasion_after(ctx, sentence)
    if following is not None:
        others.append(following)
    for other in others:
        for p in ctx.in_sentence(other, "place"):
            if (
                p.data.get("kind") in ("capital", "city")
                and not p.data.get("dateline")
                and ctx.actors.org_at(p.start, p.end) is None
                and doc.text[max(0, p.start - 3) : p.start] in ("in ", "at ")
            ):
                return p
    return None


def _fill_period(
    ctx: Context,
    draft: _Draft,
    body: list[Sentence],
    others: frozenset[int] | set[int] = frozenset(),
) -> None:
    sign_year = draft.date.date.year if draft.date is not None else None
    periods = ctx.in_sentence(draft.sentence, "period")
    # periods after this noun and before the next instrument noun of the sentence
    text = ctx.document.text
    nouns = [
        n
        for n in ctx.in_sentence(draft.sentence, "instrument")
        if n.start > draft.noun.end and text[n.start - 1 : n.start] != "("  # "(MoU)": the same
    ]
    limit = nouns[0].start if nouns else draft.sentence.end
    earlier = [
        n.end
        for n in ctx.in_sentence(draft.sentence, "instrument")
        if n.end <= draft.noun.start and text[n.start - 1 : n.start] != "("
    ]
    # "a framework agreement for 2024-2029, an agreement on water supply": a period before
    # this noun but after another one is the other one's
    near = [
        p
        for p in periods
        if draft.noun.start - 60 <= p.start < limit
        and not (p.start < draft.noun.start and any(e <= p.start for e in earlier))
        and not (p.data.get("annual") and p.end < draft.noun.start - 5)
    ]
    candidates = near
    if not candidates:
        # "The MoU, which is valid for five years" in a later sentence
        later = [s for s in body if s.start > draft.sentence.start][:3]
        for sentence in later:
            if any(f.start in others for f in ctx.in_sentence(sentence, "signing")):
                break  # another signing told: what follows is about that one
            refs = [
                n
                for n in ctx.in_sentence(sentence, "instrument")
                if n.label in (draft.instrument, "document")
            ]
            told = _TOLD_AGAIN.match(text, sentence.start)
            if not refs and told:
                # "The programme will be implemented within three years (2025-2027)."
                refs = [attrs.evolve(draft.noun, start=told.start("w"), end=told.end("w"))]
            if refs:
                candidates = [
                    p for p in ctx.in_sentence(sentence, "period") if p.start >= refs[0].start
                ]
                if candidates:
                    break
    for p in candidates:
        period = _period(draft, p, sign_year)
        if period is not None:
            draft.period, draft.period_finding = period, p
            return


def _area_sentences(body: list[Sentence], index: int, text: str) -> list[Sentence]:
    out = [body[index]]
    for sentence in body[index + 1 : index + 8]:
        if _CONTINUATION.match(text, sentence.start, sentence.end):
            out.append(sentence)
        elif sentence.paragraph == body[index].paragraph:
            continue
        else:
            break
    return out


def _instrument(label: str) -> Instrument:
    if label == "document":
        return Instrument.OTHER
    return Instrument(label)


def _to_schema(ctx: Context, d: _Draft) -> Agreement:
    ev = [
        ctx.evidence(d.noun.start, d.noun.end, d.noun.rule, d.noun.plugin, "instrument"),
        ctx.evidence(d.signing.start, d.signing.end, d.signing.rule, d.signing.plugin, "trigger"),
    ]
    if d.date_finding is not None:
        f = d.date_finding
        ev.append(ctx.evidence(f.start, f.end, f.rule, f.plugin, "date"))
    if d.place_finding is not None:
        f = d.place_finding
        ev.append(ctx.evidence(f.start, f.end, f.rule, f.plugin, "place"))
    if d.period_finding is not None:
        f = d.period_finding
        ev.append(ctx.evidence(f.start, f.end, f.rule, f.plugin, "period"))
    for actor in d.parties:
        if actor.end <= actor.start:
            continue  # a side the article names nowhere as a signer has no span to show
        ev.append(
            ctx.evidence(actor.start, actor.end, "agreements.party", "coopextract", "parties")
        )
    ev.extend(d.extra)
    areas: list[str] = []
    for sentence in d.areas_from:
        for f in ctx.in_sentence(sentence, "area"):
            if f.label not in areas and not ctx.inside_names(f):
                areas.append(f.label)
    date: PartialDate | None = d.date.date if d.date else None
    return Agreement(
        instrument=_instrument(d.instrument),
        parties=tuple(a.name for a in d.parties),
        date=date.iso() if date else None,
        place=d.place,
        period=d.period,
        areas=tuple(areas),
        count=d.count if d.count and d.count > 1 else None,
        evidence=tuple(sorted(set(ev), key=evidence_order)),
    )
