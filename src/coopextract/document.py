"""The document: raw text, its folded copy, segments and sentences.

All positions inside the pipeline are offsets into the *folded* text
(:attr:`Document.text`); :meth:`Document.raw_span` and :meth:`Document.surface` take them
back to the raw input, so evidence always points at the exact characters the caller gave.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import regex

from coopextract.dispatch import WordStarts, word_starts
from coopextract.text import Folded, fold

T = TypeVar("T")

__all__ = ["BODY_KINDS", "SEGMENT_KINDS", "Dateline", "Document", "Segment", "Sentence"]

#: Segment kinds, from the most to the least authoritative when two marks overlap.
SEGMENT_KINDS = (
    "source_line",  # "(Source: WVR/VNA)"
    "related",  # a block of other stories' headlines: never read
    "credit",  # "(Photo: VNA)", a closing "-VNA"
    "boilerplate",  # page furniture, repeated paragraphs, truncated endings
    "label",  # a section label above the headline ("Making news")
    "headline",
    "dateline",  # "Hanoi (VNA) -"
    "caption",  # a photo caption: read for people and organizations
    "body",
)
#: Segments whose facts are read (captions only for actors).
BODY_KINDS = frozenset({"body", "caption"})


@attrs.frozen
class Segment:
    kind: str
    start: int
    end: int
    rule: str = "segment"
    plugin: str = "coopextract"


@attrs.frozen
class Sentence:
    start: int
    end: int
    kind: str  # "body" or "caption"
    paragraph: int


@attrs.frozen
class Dateline:
    """A dateline such as "Hanoi (VNA) -": the place and the credited agency."""

    place_start: int
    place_end: int
    agency: str | None
    start: int
    end: int


_LINE = regex.compile(r"[^\n]*")
_SENTENCE_END = regex.compile(
    r"""[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9])|[.!?]+["')\]]*\s*$"""
    # "... in the province.Previously, ...": a page that lost the space after a full stop
    r"""|(?<=[a-z]{3}|[0-9])\.(?=[A-Z][a-z]{2,})"""
)


@attrs.define(eq=False)
class Document:
    """One article. Build it with :meth:`from_text`; the pipeline fills in segments."""

    folded: Folded
    doc_id: str | None = None
    reference_date: _dt.date | None = None
    meta_title: str | None = None
    segments: list[Segment] = attrs.Factory(list)
    sentences: list[Sentence] = attrs.Factory(list)
    dateline: Dateline | None = None
    source: str | None = None
    _word_starts: WordStarts | None = attrs.field(default=None, init=False, repr=False)
    _tokens: dict[tuple[int, int], Any] = attrs.field(factory=dict, init=False, repr=False)
    _memo: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)
    _segment_starts: list[int] | None = attrs.field(default=None, init=False, repr=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        doc_id: str | None = None,
        reference_date: _dt.date | None = None,
        title: str | None = None,
    ) -> Document:
        return cls(fold(text), doc_id=doc_id, reference_date=reference_date, meta_title=title)

    # -- text and offsets --------------------------------------------------------------

    @property
    def raw(self) -> str:
        return self.folded.raw

    @property
    def text(self) -> str:
        """The folded text every rule matches against."""
        return self.folded.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.folded.raw_span(start, end)

    def surface(self, start: int, end: int) -> str:
        """The input's own characters for a folded span (diacritics as written)."""
        return self.folded.surface(start, end)

    def lines(self) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every line, end before the newline."""
        for match in _LINE.finditer(self.text):
            if (
                match.start() == match.end()
                and match.start() > 0
                and self.text[match.start() - 1] != "\n"
            ):
                continue
            yield match.start(), match.end()

    # -- segments ----------------------------------------------------------------------

    @property
    def word_starts(self) -> WordStarts:
        """Where words begin in the folded text, with their first letters (computed once)."""
        if self._word_starts is None:
            self._word_starts = word_starts(self.text)
        return self._word_starts

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """A value derived from this document, computed once (shared by rules)."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]  # type: ignore[no-any-return]

    def tokens(self, start: int, end: int) -> Any:
        """Tokens of a span (see :func:`coopextract.rules.tokens.tokenize`), computed once."""
        key = (start, end)
        if key not in self._tokens:
            from coopextract.rules.tokens import tokenize

            self._tokens[key] = tokenize(self.text, start, end)
        return self._tokens[key]

    def _segment_index(self, pos: int) -> int:
        """Index of the segment starting at or before ``pos`` (segments are sorted)."""
        if self._segment_starts is None or len(self._segment_starts) != len(self.segments):
            self._segment_starts = [s.start for s in self.segments]
        return bisect.bisect_right(self._segment_starts, pos) - 1

    def segment_at(self, pos: int) -> str:
        i = self._segment_index(pos)
        if i >= 0 and pos < self.segments[i].end:
            return self.segments[i].kind
        return "none"

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.segments if s.kind in kinds]

    def in_kinds(self, start: int, end: int, kinds: frozenset[str] = BODY_KINDS) -> bool:
        """True when ``[start, end)`` lies inside one segment of the given kinds."""
        i = self._segment_index(start)
        if i < 0:
            return False
        seg = self.segments[i]
        return seg.kind in kinds and end <= seg.end

    @property
    def title(self) -> str | None:
        for seg in self.segments:
            if seg.kind == "headline":
                return self.surface(seg.start, seg.end).strip() or None
        return self.meta_title

    def finish_segments(self, marks: list[Segment]) -> None:
        """Turn overlapping marks into a partition of the text; the rest is body.

        Where marks overlap, the kind earlier in :data:`SEGMENT_KINDS` wins.
        """
        n = len(self.text)
        rank = {kind: i for i, kind in enumerate(SEGMENT_KINDS)}
        clipped = [m for m in marks if max(0, m.start) < min(n, m.end)]
        cuts = sorted(
            {0, n} | {max(0, m.start) for m in clipped} | {min(n, m.end) for m in clipped}
        )
        segments: list[Segment] = []
        for start, end in itertools.pairwise(cuts):
            covering = [m for m in clipped if m.start <= start and end <= m.end]
            if covering:
                best = min(covering, key=lambda m: rank.get(m.kind, len(rank)))
                kind, rule, plugin = best.kind, best.rule, best.plugin
            else:
                kind, rule, plugin = "body", "segment.body", "coopextract"
            if segments and segments[-1].kind == kind and segments[-1].rule == rule:
                last = segments.pop()
                segments.append(Segment(kind, last.start, end, rule, plugin))
            else:
                segments.append(Segment(kind, start, end, rule, plugin))
        self.segments = [s for s in segments if self.text[s.start : s.end].strip()]
        self._split_sentences()

    # -- sentences ---------------------------------------------------------------------

    abbreviations: frozenset[str] = frozenset()

    def _split_sentences(self) -> None:
        text = self.text
        sentences: list[Sentence] = []
        paragraph = 0
        for seg in self.segments:
            if seg.kind not in BODY_KINDS:
                continue
            for line_start, line_end in _line_spans(text, seg.start, seg.end):
                paragraph += 1
                start = line_start
                for match in _SENTENCE_END.finditer(text, line_start, line_end):
                    end = match.end()
                    if self._is_abbreviation(line_start, match.start()):
                        continue
                    if text[start:end].strip():
                        sentences.append(Sentence(*_trim(text, start, end), seg.kind, paragraph))
                    start = end
                if text[start:line_end].strip():
                    sentences.append(Sentence(*_trim(text, start, line_end), seg.kind, paragraph))
        self.sentences = sentences

    def _is_abbreviation(self, line_start: int, dot: int) -> bool:
        text = self.text
        if text[dot] != ".":
            return False
        word_start = dot
        while word_start > line_start and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start : dot + 1].lstrip("(\"'")
        if word in self.abbreviations:
            return True
        # "Sr.Col.", "Brig.Gen.": the last dotted piece decides
        last = word[:-1].rsplit(".", 1)[-1] + "."
        if "." in word[:-1] and (last in self.abbreviations or len(last) <= 3):
            return True
        # a single capital initial ("John F. Kennedy", "U.") does not end a sentence
        return len(word) == 2 and word[0].isupper()

    def sentence_at(self, pos: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        return None


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
