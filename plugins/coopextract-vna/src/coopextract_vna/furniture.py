"""VietnamPlus and VNA page furniture, and VNA's credits.

* "ảnh 1" photo markers opening a caption line (folded to "anh 1");
* a page's date-and-time line ("Thursday, November 23, 2023 10:30");
* bylines ("By Minh Anh", "Translated by ...", "Compiled by ...");
* a dateline written "Hanoi, November 23 (VNA) -" or "(VNA/VNP)".
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from coopextract import hookimpl
from coopextract.document import Document
from coopextract.vocabulary import Vocabulary

_PHOTO_MARKER = regex.compile(r"^\s*(?:anh|Anh|ANH)\s+\d{1,2}\b\s*")
_PAGE_DATE = regex.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?"
    r"(?:\s*\(?GMT\+7\)?)?\s*$"
)
_BYLINE = regex.compile(
    r"^\s*(?:By|Written by|Translated by|Compiled by|Edited by)\s+[A-Z][^\n]{0,60}$"
)
_VNP_CREDIT = regex.compile(r"\((?:VNA|VNP|VNA/VNP|VNS|Vietnam\+)\)\s*$")
_VIETNAMPLUS = regex.compile(r"(?i:vietnamplus|vietnam\+|en\.vietnamplus\.vn)")


@hookimpl
def coopextract_segment(
    document: Document, vocabulary: Vocabulary, mark: Callable[..., None]
) -> None:
    text = document.text
    for start, end in document.lines():
        line = text[start:end]
        if not line.strip():
            continue
        marker = _PHOTO_MARKER.match(line)
        if marker:
            mark("boilerplate", start, start + marker.end(), rule="vna.photo_marker")
            if line[marker.end() :].strip():
                mark("caption", start + marker.end(), end, rule="vna.photo_marker")
            continue
        if _PAGE_DATE.match(line) or _BYLINE.match(line):
            mark("boilerplate", start, end, rule="vna.page_line")
            continue
        credit = _VNP_CREDIT.search(line)
        if credit and len(line.split()) <= 25 and not line.rstrip().endswith(".)"):
            # a short line ending "(VNA)" is a photo caption on VietnamPlus pages
            mark("credit", start + credit.start(), start + credit.end(), rule="vna.caption_credit")
            if line[: credit.start()].strip():
                mark("caption", start, start + credit.start(), rule="vna.caption_credit")


@hookimpl
def coopextract_detect_source(document: Document, vocabulary: Vocabulary) -> str | None:
    """VietnamPlus pages credit VNA even without a dateline."""
    for seg in document.segments:
        if seg.kind in ("boilerplate", "source_line", "credit") and _VIETNAMPLUS.search(
            document.text, seg.start, seg.end
        ):
            return "VNA"
    return None
