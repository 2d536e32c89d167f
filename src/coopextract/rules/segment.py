"""Built-in plugin: headline, dateline, captions, credits, related news and boilerplate.

Works line by line on the folded text. The word lists (section labels, related-news
headers, boilerplate lines, agencies) are vocabulary tables, so a plugin can extend them
without touching this code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import regex

from coopextract.document import Dateline, Document
from coopextract.hookspecs import hookimpl
from coopextract.text import norm_key
from coopextract.vocabulary import Vocabulary

PLUGIN = "coopextract.rules.segment"

_CREDIT = regex.compile(
    r"\(\s*(?:photo|photos|image|video|graphics?|illustration)(?:\s+courtesy\s+of)?\s*:?\s*[^()\n]{0,60}\)"
    r"|\(\s*(?:illustrative|file)\s+(?:photo|image)[^()\n]{0,40}\)"
    # "... take a group photo (Source: VNA)Long An (VNA) - ...": a caption's source, the
    # article going on after it
    r"|\(\s*source\s*:\s*[^()\n]{1,40}\)(?=[ \t]*\S)"
    r"|\bphoto\s*:\s*[^\n]{1,40}$"
    r"|\(\s*(?:published|posted|provided)\s+by\s+[^()\n]{1,40}\)"
    r"|\([^()\n]{1,30}\s+(?:photo|file\s+photo)\s*\)"
    r"|\s[-–—]+\s*[A-Z][\w.]{1,12}(?:/[A-Z][\w.]{1,12})*\s+(?:file\s+)?photos?\b[^\n]{0,40}$"
    # "... and the minutes of the dialogue. VNA/VNS Photo": an agency's photo credit after
    # the caption's last sentence
    r"|(?<=[.!?])\s+(?-i:[A-Z][A-Z.]{1,12}(?:/[A-Z][A-Z.]{1,12})*)\s+(?:file\s+)?photos?\b"
    r"[^\n.]{0,40}$",
    regex.IGNORECASE,
)
_SOURCE_LINE = regex.compile(
    r"^\s*\(?\s*source\s*:\s*(?P<src>[^()\n]{1,80}?)\s*\)?\s*[.]?\s*$", regex.I
)
_DATELINE = regex.compile(
    r"\s*(?P<place>[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*){0,4}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)"
    r"\s*\((?P<agency>[^()\n]{2,30})\)\s*(?:-+|:)\s*"
)
_CAPS_DATELINE = regex.compile(
    r"\s*(?P<place>[A-Z][A-Z.'-]*(?:[ ][A-Z][A-Z.'-]*){0,3})\s+-{1,2}\s+(?=[A-Z])"
)
_LEAD_AGENCY = regex.compile(
    r"\s*(?P<agency>[A-Z][A-Za-z.]{1,15})\s+-+\s+|\s*\((?P<bracketed>[A-Z][A-Za-z.]{1,15})\)\s*-+\s+"
)
_CLOSING = regex.compile(r"(?:\s*/\.|\s*[-]+\s*(?P<agency>[A-Z][A-Za-z/]{1,15})\.?)\s*$")
# "... on trade promotion. VNA": an agency's name alone after the last sentence's end
_BARE_CLOSING = regex.compile(r"""(?<=[.!?"'\u201d])\s*(?P<agency>[A-Z][\w./+]{1,15}?)\.?\s*$""")
_TERMINAL = regex.compile(r"""[.!?:;"')\]]\s*$""")  # a list item may end with ';'


def _credit(text: str, start: int, end: int) -> regex.Match[str] | None:
    # every credit holds "(" or the word "photo": lines with neither are not searched
    if text.find("(", start, end) == -1 and "photo" not in text[start:end].lower():
        return None
    return _CREDIT.search(text, start, end)


def _closing(
    text: str, start: int, end: int, agencies: Mapping[str, str]
) -> regex.Match[str] | None:
    # every closing credit holds a dash or "/.", or follows the last sentence's end
    if text.find("-", start, end) != -1 or text.find("/.", start, end) != -1:
        found = _CLOSING.search(text, start, end)
        if found:
            return found
    bare = _BARE_CLOSING.search(text, max(start, end - 40), end)  # it ends the line
    return bare if bare and bare.group("agency") in agencies else None


def _words(text: str) -> int:
    return len(text.split())


def _is_headline_like(text: str) -> bool:
    words = _words(text)
    return 0 < words <= 35 and not (text.rstrip().endswith(".") and words > 20)


@hookimpl
def coopextract_segment(
    document: Document, vocabulary: Vocabulary, mark: Callable[..., None]
) -> None:
    text = document.text
    lines = [(s, e) for s, e in document.lines() if text[s:e].strip()]
    if not lines:
        return
    labels = vocabulary.lower_terms("section_labels")
    related = {norm_key(h) for h in vocabulary.terms("related_headers")}
    agencies = vocabulary.mapping("agencies")
    boiler = vocabulary.pattern_table("boilerplate_lines")

    def line_text(span: tuple[int, int]) -> str:
        return text[span[0] : span[1]].strip()

    # -- related-news block: from its header to the end ---------------------------------
    body_end_index = len(lines)
    for i, span in enumerate(lines):
        if norm_key(line_text(span).rstrip(":")) in related and i > 0:
            mark("related", span[0], len(text), rule="segment.related")
            body_end_index = i
            break

    # -- source lines, anywhere -------------------------------------------------------
    for span in lines:
        if _SOURCE_LINE.match(line_text(span)):
            mark("source_line", span[0], span[1], rule="segment.source_line")

    # -- label and headline -----------------------------------------------------------
    index = 0
    first = line_text(lines[0])
    if first.lower().rstrip(":") in labels and len(lines) > 1:
        mark("label", lines[0][0], lines[0][1], rule="segment.label")
        index = 1
    headline: str | None = None
    if index < body_end_index:
        candidate = lines[index]
        candidate_text = line_text(candidate)
        if (
            _is_headline_like(candidate_text)
            and not _DATELINE.match(candidate_text)
            and body_end_index - index > 1
        ):
            mark("headline", candidate[0], candidate[1], rule="segment.headline")
            headline = candidate_text
            index += 1

    # -- body lines: captions, credits, boilerplate, datelines, closing credits ---------
    seen: set[str] = set()
    dateline_tries = 6  # the dateline opens one of the first body lines
    body_lines = lines[index:body_end_index]
    for n, span in enumerate(body_lines):
        start, end = span
        content = line_text(span)
        key = norm_key(content)
        if len(content) <= 300 and boiler.fullmatch(content) is not None:
            mark("boilerplate", start, end, rule="segment.boilerplate")
            continue
        if _SOURCE_LINE.match(content):
            continue
        if key in seen and _words(content) > 3:
            mark("boilerplate", start, end, rule="segment.repeated")
            continue
        seen.add(key)
        if (
            headline
            and _words(content) <= 30
            and not _TERMINAL.search(content)
            and _echoes(key, norm_key(headline))
        ):
            mark("boilerplate", start, end, rule="segment.headline_echo")
            continue
        credit = _credit(text, start, end)
        if credit:
            mark("credit", credit.start(), credit.end(), rule="segment.photo_credit")
            if text[start : credit.start()].strip():
                mark("caption", start, credit.start(), rule="segment.caption")
            if not text[credit.end() : end].strip():
                continue
            # a page that lost its line breaks: "... (Photo: VNA)Hanoi (VNA) - The ..."
            start = credit.end()
            content = text[start:end].strip()
        if dateline_tries and document.dateline is None:
            dateline_tries -= 1
            _mark_dateline(document, text, start, end, agencies, mark)
        closing = _closing(text, start, end, agencies)
        if closing and (closing.group("agency") is None or closing.group("agency") in agencies):
            mark("credit", closing.start(), closing.end(), rule="segment.closing_credit")
        if (
            n == len(body_lines) - 1
            and _words(content) > 8
            and not _TERMINAL.search(content)
            and not closing
        ):
            mark("boilerplate", start, end, rule="segment.truncated")
    _mark_repeated_lead(document, text, body_lines, mark)


def _squeezed(text: str) -> str:
    """A line's letters only: pages that lose spaces ("signed acooperation") still match."""
    return "".join(ch for ch in norm_key(text) if ch.isalnum())


def _mark_repeated_lead(
    document: Document, text: str, lines: list[tuple[int, int]], mark: Callable[..., None]
) -> None:
    """A page's summary paragraph, printed again after the dateline, is said once: the
    copy before the dateline becomes boilerplate."""
    dateline = document.dateline
    if dateline is None:
        return
    after = next(((s, e) for s, e in lines if s <= dateline.end < e), None)
    if after is None:
        return
    lead = _squeezed(text[dateline.end : after[1]])
    if len(lead) < 40:
        return
    for start, end in lines:
        if end > dateline.start:
            break
        copy = _squeezed(text[start:end])
        if len(copy) >= 40 and (lead.startswith(copy) or copy.startswith(lead)):
            mark("boilerplate", start, end, rule="segment.repeated_lead")


def _echoes(key: str, headline_key: str) -> bool:
    """A line that repeats the headline (an image's alt text, say)."""
    if not key or not headline_key:
        return False
    return key == headline_key or headline_key.startswith(key) or key.startswith(headline_key)


def _mark_dateline(
    document: Document,
    text: str,
    start: int,
    end: int,
    agencies: dict[str, str],
    mark: Callable[..., None],
) -> None:
    match = _DATELINE.match(text, start, end)
    if match:
        agency_text = match.group("agency").strip()
        agency = agencies.get(agency_text)
        if agency is None and not regex.fullmatch(r"[A-Z][A-Za-z./ ]{1,20}", agency_text):
            return
        place_start, place_end = match.span("place")
        comma = text.find(",", place_start, place_end)
        if comma != -1:
            place_end = comma
        document.dateline = Dateline(
            place_start, place_end, agency or agency_text, match.start(), match.end()
        )
        mark("dateline", match.start(), match.end(), rule="segment.dateline")
        return
    lead = _LEAD_AGENCY.match(text, start, end)
    name = "agency" if lead and lead.group("agency") else "bracketed"  # "(VOVWORLD) -"
    if lead and lead.group(name) in agencies:
        document.dateline = Dateline(
            lead.start(name),
            lead.start(name),
            agencies[lead.group(name)],
            lead.start(),
            lead.end(),
        )
        mark("dateline", lead.start(), lead.end(), rule="segment.lead_agency")
        return
    caps = _CAPS_DATELINE.match(text, start, end)
    if caps and sum(c.isalpha() for c in caps.group("place")) >= 2:
        # "HCM CITY -", "HA NOI -" (Viet Nam News): a place in capitals and a dash
        document.dateline = Dateline(
            caps.start("place"), caps.end("place"), None, caps.start(), caps.end()
        )
        mark("dateline", caps.start(), caps.end(), rule="segment.caps_dateline")
