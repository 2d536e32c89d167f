"""Resolving dates: the year a year-less date takes, and what a relative date points at.

The rules of the record format:

* a date keeps the precision the text gives (``2023-11-22``, ``2023-11``, ``2023``);
* a year-less date, with a reference date, takes the year that puts it nearest to the
  reference date on the side the tense says: a past act on or before it (or up to 7 days
  after, for late filing), a planned act after it; with no reference date it stays
  year-less (``--03-27``, ``--04``);
* a relative date ("the same day", "the following day", "next month") resolves against
  the nearest preceding absolute date in the text, or the reference date;
* a year the text cannot know ("this year" with no reference and no stated year) leaves
  the date unresolved, and the act it dates is left out.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Any

import attrs
import regex
from dateutil.relativedelta import relativedelta

from coopextract.findings import Finding

__all__ = ["PartialDate", "Timeline"]

_LATE_FILING = _dt.timedelta(days=7)


#: the end of a sentence: a year phrase beyond it dates nothing in this one
#: what keeps a year phrase from giving a month its year: a sentence's end, or a new
#: clause ("... 20 years ago, and on May 4 ...")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s|,\s+and\s+(?:on|in|the|a|an)\s")


def _near(date: Finding, year: Finding) -> bool:
    """ "on May 10 next year", "in June this year", "this year, in June": a year phrase close
    enough to a month to give it its year."""
    gap = year.start - date.end if year.start >= date.end else date.start - year.end
    return gap <= 25


@attrs.frozen
class PartialDate:
    """A date at the precision the text gives; any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.year is not None:
            if self.month is None:
                return f"{self.year:04d}"
            if self.day is None:
                return f"{self.year:04d}-{self.month:02d}"
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return None
        if self.day is None:
            return f"--{self.month:02d}"
        return f"--{self.month:02d}-{self.day:02d}"

    @property
    def has_day(self) -> bool:
        return self.month is not None and self.day is not None

    def valid(self) -> bool:
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if self.month is None:
                return False
            year = self.year if self.year is not None else 2000  # a leap year allows 29 Feb
            return 1 <= self.day <= calendar.monthrange(year, self.month)[1]
        return True

    def shifted(self, **delta: int) -> PartialDate | None:
        """This date moved by days/months/years; year-less dates move within a leap year."""
        if self.month is None or (delta.get("days") and self.day is None):
            if self.year is not None and "years" in delta and self.month is None:
                return PartialDate(self.year + delta["years"])
            return None
        year = self.year if self.year is not None else 2000
        base = _dt.date(year, self.month, self.day or 1)
        moved = base + relativedelta(**delta)  # type: ignore[arg-type]
        return PartialDate(
            moved.year if self.year is not None else None,
            moved.month,
            moved.day if self.day is not None else None,
        )


@attrs.frozen
class Resolved:
    date: PartialDate
    end: PartialDate | None = None
    qualifier: str | None = None


class Timeline:
    """Resolves the date findings of one document."""

    def __init__(self, dates: list[Finding], reference: _dt.date | None, text: str) -> None:
        self.dates = sorted(dates, key=lambda f: f.start)
        self.reference = reference
        self.text = text
        self._absorbed = self._year_context()

    # -- helpers -----------------------------------------------------------------------

    def _year_context(self) -> dict[int, int]:
        """ "this year"/"next year" near a year-less month in one sentence gives its year.

        Returns {start of the year-less finding: year offset}; the year phrase itself is
        then only context (see :meth:`absorbed`).
        """
        out: dict[int, int] = {}
        self._context_of: set[int] = set()
        for f in self.dates:
            if f.data.get("relative") == "year" and not f.data.get("qualifier"):
                for g in self.dates:
                    if (
                        g is not f
                        and g.data.get("month") is not None
                        and g.data.get("year") is None
                        and _near(g, f)
                        and not _SENTENCE_BREAK.search(
                            self.text, min(f.end, g.end), max(f.start, g.start)
                        )
                    ):
                        out[g.start] = int(f.data.get("offset", 0))
                        self._context_of.add(f.start)
        return out

    def absorbed(self, finding: Finding) -> bool:
        """True for a year phrase that only gives another date its year."""
        return finding.start in self._context_of

    def _anchor(self, before: int, *, need_day: bool, weekdays: bool = True) -> PartialDate | None:
        """The nearest absolute date before ``before`` (resolved as a past act).

        A span of days ("whose visit runs from May 13-16") gives way to a single day told
        before it in the same sentence: that day is the occasion's."""
        spans: list[Finding] = []
        for f in reversed(self.dates):
            if f.start >= before:
                continue
            d = f.data
            if spans and (d.get("end_day") is not None or not self._same_sentence(spans[0], f)):
                break
            if need_day and d.get("end_day") is not None and not spans:
                spans.append(f)
                continue
            if d.get("relative") or d.get("bound"):
                continue
            if d.get("weekday") is not None and weekdays:
                # "held talks in Oslo on Wednesday. The two also witnessed the signing":
                # the weekday names the day, resolved against the reference date
                resolved = self.resolve(f, planned=False)
                if resolved is not None and resolved.date.day is not None:
                    return resolved.date
                continue
            if d.get("weekday") is not None:
                continue
            if (need_day or d.get("year") is None) and (
                d.get("month") is None or d.get("day") is None
            ):
                continue  # "late October" depends on its own tense: no anchor for others
            if d.get("year") is None and d.get("month") is None:
                continue
            if self.text[max(0, f.start - 2) : f.start].strip() == "(":
                continue  # "the Treaty of Amity (July 18, 1977)": an aside, no occasion
            resolved = self.resolve(f, planned=False)
            if resolved is not None:
                return resolved.date
        for f in spans:
            resolved = self.resolve(f, planned=False)
            if resolved is not None:
                return resolved.date
        return None

    def _same_sentence(self, a: Finding, b: Finding) -> bool:
        """True when no sentence end lies between the two dates."""
        lo, hi = sorted((a.start, b.start))
        return regex.search(r"[.!?]\s", self.text[lo:hi]) is None

    def _year_for(self, month: int, day: int | None, planned: bool) -> int | None:
        ref = self.reference
        if ref is None:
            return None
        candidates = [ref.year - 1, ref.year, ref.year + 1]
        best: int | None = None
        for year in candidates:
            last = calendar.monthrange(year, month)[1]
            if day is not None and day > last:
                continue
            if day is not None:
                when = _dt.date(year, month, day)
                ok = when >= ref if planned else when <= ref + _LATE_FILING
            else:
                ok = (
                    (year, month) >= (ref.year, ref.month)
                    if planned
                    else (year, month) <= (ref.year, ref.month)
                )
            if not ok:
                continue
            if planned:
                if best is None:
                    best = year  # earliest after
            else:
                best = year  # latest on or before
        return best

    # -- the one entry point -------------------------------------------------------------

    def resolve(self, finding: Finding, *, planned: bool) -> Resolved | None:
        """The date a finding means for an act that is ``planned`` (or happened)."""
        d: dict[str, Any] = dict(finding.data)
        qualifier = d.get("qualifier")
        if d.get("relative"):
            return self._relative(finding, d, planned)
        if d.get("weekday") is not None:
            return self._weekday(d, planned)
        year, month, day = d.get("year"), d.get("month"), d.get("day")
        offset = self._absorbed.get(finding.start) if month is not None else None
        if d.get("year_offset") is not None:
            offset = int(d["year_offset"])  # "in May last year"
        if year is None and offset is not None:
            # a year relative to the nearest date before it, else to the reference date;
            # with neither it cannot be known
            base = self._anchor(finding.start, need_day=False)
            base_year = (
                base.year
                if base is not None and base.year is not None
                else (self.reference.year if self.reference else None)
            )
            if base_year is None:
                if d.get("year_offset") is not None:
                    return None
            else:
                year = base_year + offset
        if year is None and month is not None:
            year = self._year_for(month, day, planned)
            if planned and d.get("end_day") is not None and year is not None and self.reference:
                # "during its stay from May 18-25, the delegation will hold ...": a span
                # under way on the reference date is this year's
                end_month = d.get("end_month") or month
                ref = self.reference
                if year == ref.year + 1 and (month, day or 1) <= (ref.month, ref.day) <= (
                    end_month,
                    d["end_day"],
                ):
                    year = ref.year
        date = PartialDate(year, month, day)
        if not date.valid() or date.iso() is None:
            return None
        end: PartialDate | None = None
        if d.get("end_day") is not None:
            end = PartialDate(year, d.get("end_month") or month, d["end_day"])
            if not end.valid():
                end = None
        return Resolved(date, end, qualifier)

    def _relative(self, finding: Finding, d: dict[str, Any], planned: bool) -> Resolved | None:
        unit, offset = d["relative"], int(d.get("offset", 0))
        qualifier = d.get("qualifier")
        if unit == "day" and d.get("anchored"):
            anchor = self._anchor(finding.start, need_day=True)
            if anchor is None:
                return None
            moved = anchor.shifted(days=offset)
            return Resolved(moved, None, qualifier) if moved else None
        if unit == "day":  # yesterday, today, tomorrow
            if self.reference is None:
                return None
            when = self.reference + _dt.timedelta(days=offset)
            return Resolved(PartialDate(when.year, when.month, when.day), None, qualifier)
        anchor = self._anchor(finding.start, need_day=False)
        if anchor is None and self.reference is not None:
            ref = self.reference
            anchor = PartialDate(ref.year, ref.month, ref.day)
        if anchor is None:
            return None
        if unit == "year":
            if anchor.year is None:
                return None
            return Resolved(PartialDate(anchor.year + offset), None, qualifier)
        if unit == "month":
            if anchor.month is None:
                return None
            moved = PartialDate(anchor.year, anchor.month, None).shifted(months=offset)
            return Resolved(moved, None, qualifier) if moved else None
        if unit == "week":
            if anchor.month is None or anchor.day is None:
                return None
            moved = anchor.shifted(days=7 * offset)
            if moved is None:
                return None
            return Resolved(PartialDate(moved.year, moved.month, None), None, qualifier)
        return None

    def _weekday(self, d: dict[str, Any], planned: bool) -> Resolved | None:
        ref = self.reference
        if ref is None:
            return None
        week = d.get("week")
        target = int(d["weekday"])
        if week == "next" or (week is None and planned):
            delta = (target - ref.weekday()) % 7 or 7
        else:
            delta = -((ref.weekday() - target) % 7)
            if week == "last" and delta == 0:
                delta = -7
        when = ref + _dt.timedelta(days=delta)
        return Resolved(PartialDate(when.year, when.month, when.day))
