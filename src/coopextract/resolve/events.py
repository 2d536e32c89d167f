"""Resolving events: each date of a body sentence goes to the act it dates.

A date belongs to the nearest *anchor* of its sentence: an event trigger, a blocker (an
earthquake "struck") or a signing verb already used by an agreement. A date that opens its
clause ("On March 27, ...", "Earlier, on February 24, ...") looks forward first; any other
date looks back first ("held talks in Hanoi on May 14"). Only a trigger makes an event:

* one event per trigger and date; dates written together ("On April 2 and April 7")
  make one event each, a range ("September 13-14") one event with ``end_date``;
* ``planned`` when a planned cue sits between the clause's start and the date, the date
  is relative and ahead ("next month"), or it falls after the reference date;
* an undated act, or one whose year cannot be known, is left out (clarification 22).
"""

from __future__ import annotations

import attrs
import regex

from coopextract.document import Sentence
from coopextract.findings import Finding
from coopextract.resolve.context import Actor, Context
from coopextract.resolve.timeline import Resolved
from coopextract.schema import Event, EventKind, Status, evidence_order

__all__ = ["resolve_events"]

_OPENER = regex.compile(
    r"(?:^|[,;]|\bthat)\s*(?:(?:[Ee]arlier|[Ll]ater|[Aa]lso|[Mm]eanwhile|[Tt]hen|[Aa]nd|[Aa]fter\s+that)\s*,?\s*)*(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Dd]uring|[Ss]ince)?\s*(?:the\s+)?$"
)
_COORDINATED = regex.compile(r"^\s*(?:,\s*|and\s+|,\s*and\s+|&\s+)$")
_RESPECTIVELY = regex.compile(r"\brespectively\b")


_REPORTED = regex.compile(r"\b(?:said|says|told|noted|stated|added|announced|heard)\b")
_AND_THEN = regex.compile(
    r"\s*(?:,\s*)?and\s+(?:then\s+|also\s+|later\s+)?(?:(?:witnessed|attended|oversaw)\s+)?$"
)
_DEFINITE = regex.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_ORDINAL_BEFORE = regex.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?$",
    regex.IGNORECASE,
)


_AT_THE = regex.compile(
    r"\b(?:at|during|as\s+part\s+of|on\s+the\s+occasion\s+of|following|after)\s+"
    r"(?:the|a|its|their)\s+"
    r"(?:[\w'-]+\s+){0,4}$",
    regex.I,
)


def _coordinated_trigger(
    text: str, signing: Finding, anchors: list[Finding], dates: list[Finding]
) -> Finding | None:
    """The trigger joined to a signing by "and": "held talks and signed"."""
    before = [a for a in anchors if a.kind == "trigger" and a.end <= signing.start]
    if before and _AND_THEN.fullmatch(text, before[-1].end, signing.start):
        return before[-1]
    # "signed an arrangement at the first Agricultural Dialogue": the meeting it was signed at
    after = [
        a
        for a in anchors
        if a.kind == "trigger"
        and a.label == "meeting"
        and signing.end < a.start <= signing.end + 160
    ]
    if (
        after
        and _AT_THE.search(text, max(signing.end, after[0].start - 60), after[0].start)
        and not any(d.start >= after[0].end for d in dates)  # the meeting's own date
    ):
        return after[0]
    return None


def _anchors(ctx: Context, sentence: Sentence) -> list[Finding]:
    out: list[Finding] = []
    for f in ctx.in_sentence(sentence, "trigger", "blocker", "signing"):
        if f.kind == "signing" and f.start not in ctx.used_signings:
            continue
        if ctx.inside_names(f):
            continue
        out.append(f)
    text = ctx.document.text
    out = [
        f
        for f in out
        if not (
            f.kind == "trigger"
            and f.label != "meeting"
            and _TOPIC_OF_MEETING.search(text, max(sentence.start, f.start - 60), f.start)
        )
    ]
    # a longer trigger hides the shorter ones inside it
    out.sort(key=lambda f: (f.start, -f.end))
    kept: list[Finding] = []
    for f in out:
        if kept and f.start < kept[-1].end:
            if f.kind == "trigger" and kept[-1].kind != "trigger":
                kept[-1] = f
            continue
        kept.append(f)
    return kept


#: what a meeting is about: "the conference on joint search activities" is a meeting
_TOPIC_OF_MEETING = regex.compile(
    r"\b(?:conference|meeting|workshop|seminar|forum|dialogue|talks|session|symposium)\s+"
    r"(?:on|about|reviewing|to\s+review)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    regex.I,
)
#: a verb that makes what follows it a proposal, not a planned act
_PROPOSED = regex.compile(
    r"\b(?:proposed|proposes|suggested|suggests|recommended|urged|urges|called\s+for"
    r"|wished|hoped|hopes|asked|requested)\b",
    regex.I,
)
#: ... unless the act proposed about is scheduled in its own right
_SCHEDULED = regex.compile(
    r"\b(?:scheduled|slated|due|set|will|to\s+(?:take\s+place|be\s+held))\b", regex.I
)
_SAYING = frozenset({"said", "told", "stated", "affirmed", "noted", "stressed"})
_WHILE = regex.compile(r"\b(?:while|when|as|at|during)\s+(?:\w+\s+){0,2}$", regex.I)
#: a clause that a date only starts ("Since ... on September 7, ...")
_SINCE = regex.compile(r"\s*Since\b")


def _opens_clause(text: str, sentence: Sentence, date: Finding) -> bool:
    before = text[max(sentence.start, date.start - 40) : date.start]
    after = text[date.end : date.end + 2]
    if date.start - sentence.start <= 3:
        return True
    return bool(_OPENER.search(before)) and after.startswith(",")


def _pick_anchor(
    text: str, sentence: Sentence, date: Finding, anchors: list[Finding], taken: set[int]
) -> Finding | None:
    # "received in Hanoi on May 14 a delegation": a trigger holding the date counts as before
    before = [a for a in anchors if a.end <= date.start or a.start < date.start < a.end]
    after = [a for a in anchors if a.start >= date.end]
    since = _SINCE.match(text, sentence.start, date.start)
    if since is not None:
        # "Since a campaign was launched on September 7, the society has received ...": the
        # date starts what follows; it dates only what its own clause tells
        close = text.find(",", date.end, sentence.end)
        after = [a for a in after if close == -1 or a.start < close]
    # "at Monday's working session": the day of the occasion named right after it
    forward_first = _opens_clause(text, sentence, date) or text.startswith(
        ("'s ", "\u2019s "), date.end
    )

    def nearest_before() -> Finding | None:
        for a in reversed(before):
            if a.kind == "blocker" and _HELD.search(text, a.end, date.start):
                # "The 5th Navy Chiefs Meeting, ..., and the ceremony to mark the anniversary
                # will be held in July": the date is the whole subject's, its meeting's too
                earlier = [b for b in before if b.kind == "trigger" and b.end <= a.start]
                if earlier and _AND_THE.search(text, earlier[-1].end, a.start):
                    return earlier[-1]
            return a
        return None

    def nearest_after() -> Finding | None:
        for a in after:
            return a
        return None

    order = (nearest_after, nearest_before) if forward_first else (nearest_before, nearest_after)
    for pick in order:
        anchor = pick()
        if anchor is not None:
            return anchor
    return None


#: the verb of a subject that is an occasion: "... will be held", "took place"
_HELD = regex.compile(
    r"\b(?:(?:will\s+be|was|were|are|is)\s+(?:held|organi[sz]ed)|(?:will\s+)?take\s+place"
    r"|took\s+place)\b"
)
_AND_THE = regex.compile(r",?\s+and\s+the\s")
#: a meeting named as where something was agreed or said: "... during talks in Hanoi"
_OCCASION_BEFORE = regex.compile(
    r"\b(?:during|at|following|after|on\s+the\s+sidelines\s+of)\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,3}$"
)


_REPORTED_PAST = regex.compile(
    r"\b(?:agreed|said|affirmed|noted|stressed|emphasi[sz]ed|pledged|vowed|expressed"
    r"|highlighted|underlined|believed|hoped|added|stated)\b",
    regex.I,
)
_ANNOUNCED_ON = regex.compile(
    r"\b(?:announced|said|stated|declared|confirmed|pledged|affirmed|agreed)\s+(?:on|last|this)?\s*$",
    regex.I,
)
_SEPARATE = regex.compile(r"\bseparate(?:ly)?\b|\bin\s+separate\s+(?:meetings|talks)\b", regex.I)
_AS_AGREED = regex.compile(r"\bas\s+(?:agreed|discussed|decided)\b", regex.I)


def _planned(ctx: Context, sentence: Sentence, trigger: Finding, date: Finding) -> bool:
    start = ctx.clause_start(sentence, min(trigger.start, date.start))
    end = max(trigger.end, date.end)
    text = ctx.document.text
    if trigger.label == "pledge" and _ANNOUNCED_ON.search(
        text, max(0, date.start - 30), date.start
    ):
        return False  # "Japan will provide rice, the embassy announced on May 3": the pledging
    for cue in ctx.in_sentence(sentence, "planned"):
        if trigger.label == "pledge" and (
            cue.start <= trigger.start < cue.end or trigger.start <= cue.start < trigger.end
        ):
            # "agreed to establish ... on March 10", "said Canada will provide aid": the
            # agreeing or the saying is the act
            continue
        if start <= cue.start < end:
            if cue.end <= trigger.start and (
                _REPORTED.search(text, cue.end, trigger.start)
                or _REPORTED_PAST.search(text, cue.end, trigger.start)
            ):
                # "... will join, officials said at a meeting on June 3", "will step up
                # ties, the ministers agreed at their talks on May 10"
                continue
            if (
                trigger.label == "pledge"
                and cue.end <= trigger.start < date.start
                and "," in text[cue.end : trigger.start]
            ):
                continue  # "The two sides will boost investment, officials agreed on May 10"
            if (
                cue.end <= trigger.start
                and _OCCASION_BEFORE.search(text, max(cue.end, trigger.start - 50), trigger.start)
                and (
                    text[cue.start : cue.end].lower().startswith("agreed")
                    or _AS_AGREED.search(text, cue.end, trigger.start)
                    # "agreed that the two sides will expand trade during their talks on
                    # May 8": a "will" reported from the talks
                    or _REPORTED_PAST.search(text, start, cue.start)
                )
            ):
                # "agreed to step up cooperation during talks on May 14", "will boost
                # exchanges, as agreed during talks on Tuesday": the talks were held
                continue
            return True
    data = date.data
    return bool(
        data.get("relative") in ("month", "year", "week")
        and int(data.get("offset", 0)) > 0
        and not data.get("anchored")
    )


def _after_reference(ctx: Context, resolved: Resolved) -> bool:
    ref = ctx.timeline.reference
    d = resolved.date
    if ref is None or d.year is None:
        return False
    if d.month is None:
        return d.year > ref.year
    if d.day is None:
        return (d.year, d.month) > (ref.year, ref.month)
    return (d.year, d.month, d.day) > (ref.year, ref.month, ref.day)


_AT_RECEPTION = regex.compile(
    r"\s*(?:(?:At|During)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?:He|She|They)\s+(?:made|gave|delivered)\s+the\s+(?:remarks?|statement)\s+"
    r"(?:while|when)\s+(?:hosting|receiving|holding)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:reception|meeting|talks|working\s+session)\b"
)


def _said_on(ctx: Context, sentence: Sentence, anchors: list[Finding]) -> Finding | None:
    """The one day-dated finding of a sentence whose only act is saying something."""
    if any(a.kind == "trigger" for a in anchors):
        return None
    if not any(
        a.kind == "blocker" and ctx.document.text[a.start : a.end] in _SAYING for a in anchors
    ):
        return None
    days = [
        d
        for d in ctx.in_sentence(sentence, "date")
        if d.data.get("day") is not None or d.data.get("weekday") is not None
    ]
    return days[0] if len(days) == 1 else None


def resolve_events(ctx: Context) -> list[Event]:
    doc = ctx.document
    text = doc.text
    events: list[Event] = []
    seen: set[tuple[str, str | None, int]] = set()
    planned_dated: set[tuple[str, str]] = set()
    dated: set[tuple[str, str]] = set()  # (kind, date) of the events listed so far
    previous_parties: list[Actor] = []
    body = [s for s in doc.sentences if s.kind == "body"]
    captions = [s for s in doc.sentences if s.kind == "caption"]
    said_on: Finding | None = None  # "X said ... on Tuesday.": the day of a saying
    for sentence in body + captions:
        anchors = _anchors(ctx, sentence)
        said, said_on = said_on, _said_on(ctx, sentence, anchors)
        if not any(a.kind == "trigger" for a in anchors):
            continue
        dates = [
            d
            for d in ctx.in_sentence(sentence, "date")
            if not d.data.get("bound") and not ctx.timeline.absorbed(d)
        ]
        if not dates and said is not None and _AT_RECEPTION.match(text, sentence.start):
            # "... said Vice Chairman X on Tuesday. At a reception for visiting ...": the
            # words were said at the reception, dated the sentence before
            dates = [said]
        if any(d.data.get("day") is not None for d in dates):
            # "During the trip, from March 4-6, ... met ...": the days told date it
            dates = [d for d in dates if not d.data.get("occasion")]
        taken: dict[int, Finding] = {}
        groups: list[tuple[Finding, list[Finding]]] = []
        for date in dates:
            if groups and _COORDINATED.match(text[groups[-1][1][-1].end : date.start]):
                groups[-1][1].append(date)  # "On April 2 and April 7"
                continue
            anchor = _pick_anchor(text, sentence, date, anchors, set(taken))
            if anchor is None:
                continue
            if anchor.kind == "blocker" and text[anchor.start : anchor.end] in _SAYING:
                # "X said on September 9 that ..., while receiving Y": what was said was
                # said at the meeting, which the date dates too
                occasion = next(
                    (
                        a
                        for a in anchors
                        if a.kind == "trigger"
                        and a.label == "meeting"
                        and a.start > anchor.end
                        and _WHILE.search(text, max(anchor.end, a.start - 30), a.start)
                    ),
                    None,
                )
                if occasion is not None:
                    anchor = occasion
            if anchor.start in taken:
                continue  # one date per act
            taken[anchor.start] = date
            groups.append((anchor, [date]))
            if anchor.kind == "signing":
                # "held talks and signed an agreement on August 22": the talks' day too
                partner = _coordinated_trigger(text, anchor, anchors, dates)
                if partner is not None and partner.start not in taken:
                    taken[partner.start] = date
                    groups.append((partner, [date]))
        undated = [
            a for a in anchors if a.kind == "trigger" and a.label == "aid" and a.start not in taken
        ]
        if undated and not groups:
            # "X handed over rice to Y. Speaking at the ceremony on Friday, ...": the
            # handover's day is the ceremony's, told in the next sentence
            later = _ceremony_date(ctx, sentence)
            if later is not None:
                groups.append((undated[0], [later]))
        meeting_here = any(a.kind == "trigger" and a.label == "meeting" for a, _ in groups)
        for anchor, group in groups:
            if anchor.kind != "trigger":
                continue
            for date in group:
                if date.data.get("occasion") and anchor.label not in ("aid", "joint_activity"):
                    continue  # what is said during a visit belongs to the visit (clarification 1)
                planned = _planned(ctx, sentence, anchor, date)
                if planned and anchor.label in ("pledge", "request") and meeting_here:
                    # "At the talks on May 10, they agreed on joint works next year": the
                    # pledge was made at the talks; its date is the works' (clarification 1)
                    continue
                resolved = ctx.timeline.resolve(date, planned=planned)
                if resolved is None:
                    continue
                if not planned and _after_reference(ctx, resolved):
                    planned = True
                if (
                    planned
                    and _PROPOSED.search(
                        text, ctx.clause_start(sentence, anchor.start), anchor.start
                    )
                    and not _SCHEDULED.search(
                        text, min(anchor.end, date.start), max(anchor.start, date.start)
                    )
                ):
                    # "Vinh proposed that Cuba host a training camp in 2027": a proposal
                    # made at the talks, no act of its own (clarification 1)
                    continue
                if anchor.label in ("pledge", "request") and resolved.date.month is None:
                    # "reaffirmed the commitment ... this year and beyond": a year dates what
                    # was promised, not the promising (clarification 1)
                    continue
                if planned and anchor.label in ("pledge", "request") and resolved.date.day is None:
                    # "agreed to raise trade to 3 billion USD in 2025": the year is the
                    # target's; the agreeing is undated (clarification 1)
                    continue
                iso = resolved.date.iso()
                key = (anchor.label, iso, sentence.start)
                if iso is None or key in seen:
                    continue
                if sentence.kind == "caption" and (anchor.label, iso) in dated:
                    continue  # a caption repeats the body's fact (clarification 7)
                if (anchor.label, iso) in planned_dated and planned:
                    continue  # the meeting to come, told again ("... will be held on Nov 19")
                if (
                    not planned
                    and resolved.date.day is not None
                    and date.data.get("year") is None
                    and any(k == anchor.label and d[4:] == iso[4:] for k, d in planned_dated)
                ):
                    continue  # "... to prepare for the meeting on Nov 19": the one to come
                if (anchor.label, iso) in dated and (
                    _DEFINITE.search(text, max(sentence.start, anchor.start - 12), anchor.start)
                    or text.startswith(("'s ", "\u2019s "), date.end)
                ):
                    # "The talks took place ... the same day", "today's meeting was to ...":
                    # the meeting again
                    continue
                if (
                    iso.isdigit()  # a year only
                    and _ORDINAL_BEFORE.search(
                        text, max(sentence.start, anchor.start - 24), anchor.start
                    )
                    and any(k == anchor.label and d.startswith(iso) for k, d in dated)
                ):
                    continue  # "This is the second joint patrol this year": the one told
                if (
                    iso.isdigit()
                    and not planned
                    and text.startswith("'s", date.end)
                    and any(k == anchor.label and d.startswith(iso + "-") for k, d in dated)
                ):
                    continue  # "this year's summit" after the summit's own days: the same one
                seen.add(key)
                dated.add((anchor.label, iso))
                if planned:
                    planned_dated.add((anchor.label, iso))
                parties = _event_parties(ctx, sentence, anchor, previous_parties)
                if parties:
                    previous_parties = parties
                resolved = _with_length(text, sentence, resolved)
                event = _to_schema(ctx, sentence, anchor, date, resolved, planned, parties)
                events.append(event)
                if anchor.label == "meeting" and _SEPARATE.search(
                    text, sentence.start, sentence.end
                ):
                    # "had separate meetings with A, B and C": one meeting with each of them
                    hosts = [s for s, _, _ in ctx.people.mentions if anchor.end <= s < sentence.end]
                    events.extend([event] * (len(hosts) - 1))
    return _within_ranges(events)


#: "..., concluding a four-day official visit": the day a visit of known length ended
_CONCLUDING = regex.compile(
    r"\b(?:concluding|wrapping\s+up|ending)\s+(?:a|an|his|her|their)\s+(?P<n>\w+)-day\b",
    regex.I,
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _with_length(text: str, sentence: Sentence, resolved: Resolved) -> Resolved:
    """A visit ended on the date told and lasting N days began N - 1 days before it."""
    if resolved.end is not None or resolved.date.day is None:
        return resolved
    match = _CONCLUDING.search(text, sentence.start, sentence.end)
    days = _DAYS.get(match.group("n").lower()) if match else None
    if not days:
        return resolved
    start = resolved.date.shifted(days=1 - days)
    return Resolved(start, resolved.date, resolved.qualifier) if start else resolved


def _within_ranges(events: list[Event]) -> list[Event]:
    """One activity over several days is one event (clarification 2): an event dated on a
    day inside another of its kind's range ("concluded on June 15" beside "on June 14-15")
    is that one again, and lends it the place and sides its mention left out. Talks on one
    day of a longer visit stay a meeting of their own (clarification 21)."""
    out = list(events)
    ranged = [
        i
        for i, e in enumerate(out)
        if e.end_date is not None
        and e.date is not None
        and (e.kind is not EventKind.MEETING or _is_visit(e))
    ]
    dropped: set[int] = set()
    for i, event in enumerate(out):
        day = event.date or ""
        if event.end_date is not None or not day:
            continue
        for r in ranged:
            holder = out[r]
            first, last = holder.date or "", holder.end_date or ""
            if holder.kind is event.kind and len(first) == len(day) == len(last):
                if holder.kind is EventKind.MEETING and not (
                    _is_visit(event) and day in (first, last)
                ):
                    continue  # "wrapped up her visit on May 18" beside "from May 14-18"
                if first <= day <= last:
                    out[r] = attrs.evolve(
                        holder,
                        place=holder.place or event.place,
                        parties=holder.parties or event.parties,
                    )
                    dropped.add(i)
                    break
    return [e for i, e in enumerate(out) if i not in dropped]


def _is_visit(event: Event) -> bool:
    """True when the event's trigger is a visit or trip (not talks held during one)."""
    return any(
        ev.field == "trigger" and _VISIT.search(ev.text) is not None for ev in event.evidence
    )


_VISIT = regex.compile(r"\b(?:visits?|trips?|tours?)\b", regex.I)
_CEREMONY = regex.compile(
    r"\s*(?:(?:Speaking|Addressing\s+\w+|Speaking\s+to\s+\w+)\s+)?(?:at|during)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}(?:ceremony|event|handover)\b",
    regex.IGNORECASE,
)


def _ceremony_date(ctx: Context, sentence: Sentence) -> Finding | None:
    """The date of the ceremony the next sentence opens with, if it opens with one."""
    text = ctx.document.text
    following = next((s for s in ctx.document.sentences if s.start >= sentence.end), None)
    if following is None or following.kind != sentence.kind:
        return None
    opening = _CEREMONY.match(text, following.start)
    if opening is None:
        return None
    for d in ctx.in_sentence(following, "date"):
        if d.start - opening.end() <= 40 and not ctx.timeline.absorbed(d):
            return d
    return None


#: what separates the items of a list: ", ", ", and ", " and "
_LISTED_NEXT = regex.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _event_parties(
    ctx: Context, sentence: Sentence, trigger: Finding, previous: list[Actor]
) -> list[Actor]:
    clause = ctx.clause_start(sentence, trigger.start)
    found = ctx.parties(clause, sentence.end)
    if len(found) < 2:
        found = ctx.parties(sentence.start, sentence.end)
    names: list[Actor] = []
    for actor in found:
        if actor.name not in [a.name for a in names]:
            names.append(actor)
    if not names:
        return previous[:2]
    # "with navies of Laos, Cambodia, Thailand and Myanmar": a list of countries runs on
    # past the third side; anything else past it is left out
    if all(a.kind == "country" for a in names):
        return names  # "The ministers of Brunei, Laos, Myanmar, Singapore and Vietnam met"
    kept = names[:3]
    text = ctx.document.text
    for actor in names[3:]:
        if actor.kind != "country" or not _LISTED_NEXT.fullmatch(text, kept[-1].end, actor.start):
            break
        kept.append(actor)
    return kept


def _to_schema(
    ctx: Context,
    sentence: Sentence,
    trigger: Finding,
    date: Finding,
    resolved: Resolved,
    planned: bool,
    parties: list[Actor],
) -> Event:
    doc = ctx.document
    place = None
    place_finding = None
    for p in ctx.in_sentence(sentence, "place"):
        if ctx.actors.org_at(p.start, p.end) is not None:
            continue
        if doc.text[max(0, p.start - 3) : p.start] == "in " and abs(p.start - trigger.start) < 120:
            place, place_finding = doc.surface(p.start, p.end), p
            break
    evidence = [
        ctx.evidence(trigger.start, trigger.end, trigger.rule, trigger.plugin, "trigger"),
        ctx.evidence(date.start, date.end, date.rule, date.plugin, "date"),
    ]
    if place_finding is not None:
        evidence.append(
            ctx.evidence(
                place_finding.start,
                place_finding.end,
                place_finding.rule,
                place_finding.plugin,
                "place",
            )
        )
    for actor in parties:
        evidence.append(
            ctx.evidence(actor.start, actor.end, "events.party", "coopextract", "parties")
        )
    end = resolved.end.iso() if resolved.end is not None else None
    return Event(
        kind=EventKind(trigger.label),
        date=resolved.date.iso(),
        date_qualifier=resolved.qualifier,
        status=Status.PLANNED if planned else Status.HAPPENED,
        parties=tuple(a.name for a in parties),
        place=place,
        end_date=end,
        evidence=tuple(sorted(set(evidence), key=evidence_order)),
    )
