"""Built-in plugin: the agency an article credits itself to.

In order: a dateline ("Hanoi (VNA) -", "VOV.VN -"), a "Source:" line ("(Source: WVR/VNA)"
gives VNA, "Source: Philippines News Agency" is kept as written), a closing credit
("-VNA"). A photo credit alone sets nothing.
"""

from __future__ import annotations

import regex

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.vocabulary import Vocabulary

_SOURCE = regex.compile(r"source\s*:\s*(?P<src>[^()\n]+?)\s*\)?\s*\.?\s*$", regex.I)
_CLOSING_AGENCY = regex.compile(r"-+\s*(?P<agency>[A-Z][A-Za-z/]{1,15})\.?\s*$")


@hookimpl(trylast=True)
def coopextract_detect_source(document: Document, vocabulary: Vocabulary) -> str | None:
    agencies = vocabulary.mapping("agencies")
    if document.dateline is not None and document.dateline.agency:
        return document.dateline.agency
    text = document.text
    for seg in document.segments:
        if seg.kind != "source_line":
            continue
        match = _SOURCE.search(text, seg.start, seg.end)
        if match:
            credit = document.surface(*match.span("src")).strip()
            last = credit.split("/")[-1].strip()
            return agencies.get(last, agencies.get(credit, last or credit))
    for seg in document.segments:
        if seg.kind != "credit":
            continue
        match = _CLOSING_AGENCY.search(text, seg.start, seg.end)
        if match and match.group("agency") in agencies:
            return agencies[match.group("agency")]
        bare = text[seg.start : seg.end].strip(" -./\n")
        if bare in agencies:
            return agencies[bare]  # "... to boost trade./.VNA": the credit after the end
    return None
