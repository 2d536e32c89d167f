"""Word-start dispatch: run only the patterns that can begin with the word at hand.

A table of a few hundred patterns compiled as one alternation makes the regex engine try
every alternative at every word: slow. Instead, each pattern's possible first two letters
are worked out from its parsed form (``re._parser``, the standard library's own regex
parser), and at each word start only the patterns whose first letters fit are tried.
Patterns whose start cannot be enumerated are tried at every word start, which is always
correct, only slower.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any


def _module(*names: str) -> Any:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:  # pragma: no cover - depends on the Python version
            continue
    raise ImportError(names[0])  # pragma: no cover


# the standard library's own regex parser (re._parser since 3.11, sre_parse before)
_parser = _module("re._parser", "sre_parse")
_c = _module("re._constants", "sre_constants")


__all__ = ["Dispatcher", "PhraseMatcher", "WordStarts", "first_letters", "word_starts"]

_WORD_START = re.compile(r"(?<![\w-])\w")
_CACHE_LIMIT = 65536
_LIMIT = 400  # give up enumerating beyond this many prefixes
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def word_starts(text: str) -> WordStarts:
    """Positions where a word begins (not after a letter, digit or hyphen)."""
    return WordStarts(text)


class WordStarts(list[int]):
    """The word starts of one text, with each word's first letters taken once.

    A scanner given this index rather than a plain list of positions visits only the words
    its patterns can open (worked out once per text and scanner, see :meth:`live`); every
    scanner of a document shares the one slicing of the text into words.
    """

    def __init__(self, text: str) -> None:
        super().__init__([m.start() for m in _WORD_START.finditer(text)])
        #: the first :data:`DEPTH` characters of each word, as written
        self.heads = [text[s : s + DEPTH] for s in self]
        self._lower: list[str] | None = None
        self._live: dict[object, list[int]] = {}

    @property
    def lower_heads(self) -> list[str]:
        if self._lower is None:
            self._lower = [h.lower() for h in self.heads]
        return self._lower

    def live(
        self,
        scanner: object,
        keep: Callable[[str], object],
        verdicts: dict[str, bool],
        lower: bool = True,
    ) -> list[int]:
        """The starts of the words whose (lowercased) first letters ``keep`` accepts.

        Computed once per scanner (the key it is remembered under); ``verdicts`` is the
        scanner's own memory of ``keep``'s answers, kept from one text to the next.
        """
        found = self._live.get(scanner)
        if found is None:
            heads = self.lower_heads if lower else self.heads
            get = verdicts.get
            for head in set(heads).difference(verdicts):
                if len(verdicts) >= _CACHE_LIMIT:
                    verdicts.clear()  # bounded memory on text with many distinct heads
                verdicts[head] = bool(keep(head))
            found = [start for start, head in zip(self, heads, strict=True) if get(head, True)]
            self._live[scanner] = found
        return found


def _live(
    starts: Sequence[int],
    scanner: object,
    keep: Callable[[str], object],
    verdicts: dict[str, bool],
    lower: bool,
) -> Sequence[int]:
    """Only the live starts when ``starts`` is a :class:`WordStarts`, else all of them."""
    if isinstance(starts, WordStarts):
        return starts.live(scanner, keep, verdicts, lower)
    return starts


class _TooMany(Exception):
    pass


#: how many leading letters of a word the dispatch looks at
DEPTH = 4


def first_letters(pattern: str) -> set[str] | None:
    """The lowercase starts (up to :data:`DEPTH` letters) a match of ``pattern`` can have.

    Where the starts at full depth are too many to list ("3 March", "12th of May", ...),
    shorter ones are listed instead (the digits a day opens with). None means "cannot
    tell": the pattern must be tried everywhere.
    """
    try:
        parsed = list(_parser.parse(pattern))
    except Exception:  # regex-module syntax the standard parser does not know
        return None
    for depth in range(DEPTH, 0, -1):
        out: set[str] = set()
        try:
            _expand(parsed, "", out, depth)
        except _TooMany:
            continue
        except RecursionError:
            return None
        if not out or "" in out:
            return None
        return out
    return None


def _expand(
    items: list[tuple[object, object]], prefix: str, out: set[str], depth: int = DEPTH
) -> None:
    if len(out) > _LIMIT:
        raise _TooMany
    if len(prefix) >= depth or not items:
        out.add(prefix)
        return
    op, av = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH:
        _expand(rest, prefix, out, depth)
    elif op is _c.LITERAL:
        assert isinstance(av, int)
        _expand(rest, prefix + chr(av).lower(), out, depth)
    elif op is _c.IN:
        assert isinstance(av, list)
        chars: list[str] = []
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.append(chr(value).lower())
            elif kind is _c.RANGE and value[1] - value[0] < 30:
                chars.extend(chr(x).lower() for x in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                chars.extend("0123456789")
            else:
                out.add(prefix)  # a class we cannot list: the prefix so far is all we know
                return
        for char in set(chars):
            _expand(rest, prefix + char, out, depth)
    elif op is _c.BRANCH:
        assert isinstance(av, tuple)
        for alternative in av[1]:
            _expand(list(alternative) + rest, prefix, out, depth)
    elif op is _c.SUBPATTERN:
        assert isinstance(av, tuple)
        _expand(list(av[-1]) + rest, prefix, out, depth)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        assert isinstance(av, tuple)
        low, high, body = av
        many = high is _c.MAXREPEAT or high > 1
        if low == 0:
            _expand(rest, prefix, out, depth)
        if low <= 1:
            # once: "\d+(?:st|th)" opens "9t" as well as "12"
            _expand(list(body) + rest, prefix, out, depth)
        if many:
            _expand(list(body) * 2 + rest, prefix, out, depth)
    else:
        out.add(prefix)


class Dispatcher:
    """Which of a list of patterns to try at a word, by the word's first letters."""

    def __init__(self, patterns: Sequence[str]) -> None:
        #: by_length[n][prefix] -> patterns whose known start is that n-letter prefix
        self.by_length: list[dict[str, list[int]]] = [{} for _ in range(DEPTH + 1)]
        self.always: list[int] = []
        for index, pattern in enumerate(patterns):
            starts = first_letters(pattern)
            if starts is None:
                self.always.append(index)
                continue
            for start in starts:
                self.by_length[len(start)].setdefault(start, []).append(index)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._verdicts: dict[str, bool] = {}

    def for_key(self, key: str) -> tuple[int, ...]:
        """Patterns that may match a word starting with ``key`` (its first DEPTH letters)."""
        found = self._cache.get(key)
        if found is None:
            merged = set(self.always)
            for n in range(1, DEPTH + 1):
                merged.update(self.by_length[n].get(key[:n], ()))
            found = tuple(sorted(merged))
            self._cache[key] = found
        return found

    def candidates(self, text: str, pos: int) -> tuple[int, ...]:
        """Indexes of the patterns that may match at ``pos``, in table order."""
        return self.for_key(text[pos : pos + DEPTH].lower())

    def positions(self, starts: Sequence[int], pos: int, endpos: int) -> Iterator[int]:
        """The word starts within ``[pos, endpos)`` where some pattern may match."""
        starts = _live(starts, self, self.for_key, self._verdicts, lower=True)
        lo = bisect.bisect_left(starts, pos)
        hi = bisect.bisect_left(starts, endpos)
        for i in range(lo, hi):
            yield starts[i]


#: a suffix that still ends a place's name: "Thai Nguyen-based", "Hanoi-based"
_BASED = "-based"


class PhraseMatcher:
    """Exact phrases (case-sensitive) found from word starts, longest first.

    For gazetteers of thousands of names: a phrase is looked up by the first letters of
    the word under the cursor, then compared with ``str.startswith``; it must end a word.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_key: dict[str, list[str]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            if phrase:
                self.by_key.setdefault(phrase[:DEPTH], []).append(phrase)
        self.short = {k for k in self.by_key if len(k) < DEPTH}
        self._cache: dict[str, tuple[str, ...]] = {}
        self._verdicts: dict[str, bool] = {}

    def _candidates(self, text: str, pos: int) -> tuple[str, ...]:
        return self._head_candidates(text[pos : pos + DEPTH])

    def _head_candidates(self, head: str) -> tuple[str, ...]:
        found = self._cache.get(head)
        if found is None:
            merged = list(self.by_key.get(head, ()))
            for n in range(1, min(DEPTH, len(head) + 1)):
                if head[:n] in self.short:
                    merged.extend(self.by_key[head[:n]])
            merged = sorted(set(merged), key=len, reverse=True)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()  # bounded memory on text with many distinct heads
            found = self._cache[head] = tuple(merged)
        return found

    def finditer(
        self, text: str, starts: Sequence[int], pos: int, endpos: int
    ) -> Iterator[tuple[int, int, str]]:
        """``(start, end, phrase)`` of non-overlapping hits in ``[pos, endpos)``."""
        after = pos
        starts = _live(starts, self, self._head_candidates, self._verdicts, lower=False)
        lo = bisect.bisect_left(starts, pos)
        hi = bisect.bisect_left(starts, endpos)
        for k in range(lo, hi):
            start = starts[k]
            if start < after:
                continue
            for phrase in self._candidates(text, start):
                end = start + len(phrase)
                if (
                    end <= endpos
                    and text.startswith(phrase, start)
                    and (
                        end == len(text)
                        or not (text[end].isalnum() or text[end] in "-_")
                        or text.startswith(_BASED, end)  # "Thai Nguyen-based universities"
                    )
                ):
                    after = end
                    yield start, end, phrase
                    break
