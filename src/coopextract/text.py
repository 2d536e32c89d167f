"""Folding text for matching without losing the way back to the raw offsets.

Rules match on a *folded* copy of the input: diacritics dropped ("Đà Nẵng" -> "Da Nang"),
typographic quotes and dashes made plain, zero-width characters removed, CRLF made LF.
:class:`Folded` keeps, for every folded character, the raw span it came from, so a match
in the folded text always maps back to exact offsets in the input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

__all__ = ["Folded", "fold", "fold_char", "norm_key"]

_SPECIAL: dict[str, str] = {
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "ß": "s",
    "æ": "a",
    "Æ": "A",
    "œ": "o",
    "Œ": "O",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\t": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
    "\x00": " ",
}


@functools.lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """The folded form of one character: usually one character, sometimes none or two."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char
    if unicodedata.combining(char):
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    if kept in _SPECIAL:
        return _SPECIAL[kept]
    category = unicodedata.category(char)
    if category.startswith("Z"):
        return " "
    if category in ("Cc", "Cf") and char not in "\n":
        return " " if category == "Cc" else ""
    return kept if kept else char


@attrs.frozen
class Folded:
    """A folded text and its map back to raw offsets.

    ``starts[i]``/``ends[i]`` are the raw offsets of the character that folded
    character ``i`` came from; they are ``None`` when the fold kept every offset.
    """

    raw: str
    text: str
    starts: Sequence[int] | None = None
    ends: Sequence[int] | None = None

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the folded span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def surface(self, start: int, end: int) -> str:
        """The raw text (as written, diacritics kept) of the folded span."""
        rs, re_ = self.raw_span(start, end)
        return self.raw[rs:re_]


def fold(raw: str) -> Folded:
    """Fold ``raw`` for matching; see the module docstring."""
    if (
        raw.isascii()
        and "\r" not in raw
        and "\t" not in raw
        and "`" not in raw
        and "\x00" not in raw
    ):
        return Folded(raw, raw)
    table: dict[str, str | int | None] = {char: fold_char(char) for char in set(raw)}
    one_to_one = "\r" not in raw and all(isinstance(v, str) and len(v) == 1 for v in table.values())
    if one_to_one:
        return Folded(raw, raw.translate(str.maketrans(table)))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(raw)
    pending: int | None = None  # a dropped "\r" belongs to the "\n" after it
    for i, char in enumerate(raw):
        folded = str(table[char])
        if char == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                pending = i
                continue
            folded = "\n"
        if not folded:
            if ends:
                ends[-1] = i + 1  # a combining mark or zero-width character joins its base
            continue
        pieces.append(folded)
        first = i if pending is None else pending
        pending = None
        for _ in folded:
            starts.append(first)
            ends.append(i + 1)
    return Folded(raw, "".join(pieces), starts, ends)


_NON_ALNUM = re.compile(r"[\W_]+")
_VIET_NAM = re.compile(r"\bviet nam\b")


@functools.lru_cache(maxsize=65536)
def _norm_key(value: str) -> str:
    s = unicodedata.normalize("NFKD", value)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.casefold().replace(".", "")
    s = _NON_ALNUM.sub(" ", s).strip()
    s = _VIET_NAM.sub("vietnam", s)
    if s.startswith("the "):
        s = s[4:]
    return s


def norm_key(value: str | None) -> str:
    """The matching key of a name, exactly as the scorer computes it.

    NFKD, combining marks dropped, "đ" as "d", casefolded, dots dropped, every run of
    non-alphanumerics one space, "viet nam" as "vietnam", a leading "the " dropped.
    """
    if not value:
        return ""
    return _norm_key(value)
