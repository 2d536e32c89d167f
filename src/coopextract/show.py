"""The rule author's workbench: an article with every span highlighted, beside its record.

:func:`render_html` makes one self-contained HTML page (no network resources): the
article on the left with each finding's span highlighted by type (organization, person,
date, trigger, area keyword...), the record on the right, each value linked to the spans
that support it and naming the rule and plugin that produced it. Hovering a value lights
up its spans. :func:`explain` gives the same account as plain text for a terminal.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable
from typing import Any

import attrs

from coopextract.findings import Finding
from coopextract.pipeline import Analysis
from coopextract.schema import Evidence

__all__ = ["explain", "render_html"]

#: finding kinds shown, with their legend label and colour
KINDS: dict[str, tuple[str, str]] = {
    "organization": ("organization", "#cfe3ff"),
    "acronym": ("organization", "#cfe3ff"),
    "person": ("person", "#ffd9c2"),
    "country": ("country", "#e3d4ff"),
    "place": ("place", "#d7f2e0"),
    "date": ("date", "#fff1a8"),
    "period": ("date", "#fff1a8"),
    "trigger": ("trigger", "#ffc2cc"),
    "instrument": ("trigger", "#ffc2cc"),
    "signing": ("trigger", "#ffc2cc"),
    "area": ("area keyword", "#c8f0f0"),
}


@attrs.frozen
class _Span:
    ident: str
    start: int  # raw offsets
    end: int
    kind: str
    label: str
    rule: str
    plugin: str


def _spans(analysis: Analysis) -> list[_Span]:
    doc = analysis.document
    out: list[_Span] = []
    for i, f in enumerate(analysis.findings):
        if f.kind not in KINDS:
            continue
        start, end = doc.raw_span(f.start, f.end)
        out.append(_Span(f"f{i}", start, end, f.kind, f.label, f.rule, f.plugin))
    return out


def _segments(text: str, spans: list[_Span]) -> list[tuple[str, list[_Span]]]:
    """The text cut at every span boundary, each piece with the spans covering it."""
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    pieces: list[tuple[str, list[_Span]]] = []
    for a, b in itertools.pairwise(cuts):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        pieces.append((text[a:b], covering))
    return pieces


def _evidence_ids(evidence: Iterable[Evidence], spans: list[_Span]) -> list[str]:
    ids = []
    for ev in evidence:
        for s in spans:
            if s.start == ev.start and s.end == ev.end:
                ids.append(s.ident)
    return ids


def _value_rows(analysis: Analysis, spans: list[_Span]) -> list[dict[str, Any]]:
    """Every item of the record with its evidence, for the right-hand pane."""
    record = analysis.record
    rows: list[dict[str, Any]] = []
    groups: list[tuple[str, Iterable[Any]]] = [
        ("organization", record.organizations),
        ("person", record.people),
        ("agreement", record.agreements),
        ("event", record.events),
    ]
    for group, items in groups:
        for item in items:
            data = unstructure_item(item)
            rows.append(
                {
                    "group": group,
                    "data": data,
                    "evidence": [
                        {
                            "field": ev.field,
                            "text": ev.text,
                            "rule": ev.rule,
                            "plugin": ev.plugin,
                            "start": ev.start,
                            "end": ev.end,
                            "ids": _evidence_ids([ev], spans),
                        }
                        for ev in item.evidence
                    ],
                }
            )
    return rows


def unstructure_item(item: Any) -> dict[str, Any]:
    from coopextract.codec import converter

    data = json.loads(json.dumps(converter.unstructure(item)))  # enums as their values
    assert isinstance(data, dict)
    data.pop("evidence", None)
    return data


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}
header{padding:.6em 1em;background:#2d3e50;color:#fff}
header h1{font-size:1.1em;margin:0}
main{display:flex;gap:1em;padding:1em}
#article{flex:3;white-space:pre-wrap;font-family:Georgia,serif;max-width:52em}
#record{flex:2;font-size:13px}
mark{background:none;border-bottom:3px solid transparent;padding:0 1px}
mark.lit{outline:2px solid #d33}
.item{border:1px solid #ccc;border-radius:4px;margin:.4em 0;padding:.4em .6em}
.item h3{margin:0 0 .2em;font-size:13px;text-transform:uppercase;color:#555}
.ev{cursor:pointer;display:block;color:#224;text-decoration:none}
.ev:hover{background:#eef}
.legend span{display:inline-block;margin-right:.8em;padding:0 .4em;border-radius:3px;color:#222}
code{font-size:12px}
pre{white-space:pre-wrap;margin:.2em 0}
"""

_JS = """
document.querySelectorAll('.ev').forEach(function(link){
  var ids=(link.getAttribute('data-ids')||'').split(' ').filter(Boolean);
  function light(on){ids.forEach(function(id){
    document.querySelectorAll('[data-s~="'+id+'"]').forEach(function(el){
      el.classList.toggle('lit',on);});});}
  link.addEventListener('mouseenter',function(){light(true);});
  link.addEventListener('mouseleave',function(){light(false);});
  link.addEventListener('click',function(e){e.preventDefault();
    var first=document.querySelector('[data-s~="'+ids[0]+'"]');
    if(first){first.scrollIntoView({behavior:'smooth',block:'center'});}});
});
"""


def render_html(analysis: Analysis, *, title: str | None = None) -> str:
    """The workbench page for one analysed article (a complete, offline HTML document)."""
    raw = analysis.document.raw
    spans = _spans(analysis)
    parts: list[str] = []
    for piece, covering in _segments(raw, spans):
        if not covering:
            parts.append(html.escape(piece))
            continue
        inner = min(covering, key=lambda s: s.end - s.start)
        colour = KINDS[inner.kind][1]
        ids = " ".join(s.ident for s in covering)
        tip = "; ".join(f"{s.kind}={s.label} ({s.rule}, {s.plugin})" for s in covering)
        parts.append(
            f'<mark data-s="{ids}" style="border-bottom-color:{colour};background:{colour}55" '
            f'title="{html.escape(tip)}">{html.escape(piece)}</mark>'
        )
    items: list[str] = []
    for row in _value_rows(analysis, spans):
        evidence = "".join(
            f'<a class="ev" href="#" data-ids="{" ".join(ev["ids"])}">'
            f"<b>{html.escape(ev['field'] or '')}</b> “{html.escape(ev['text'])}” "
            f"<code>[{ev['start']}:{ev['end']}] {html.escape(ev['rule'])} · "
            f"{html.escape(ev['plugin'])}</code></a>"
            for ev in row["evidence"]
        )
        items.append(
            f'<div class="item"><h3>{row["group"]}</h3>'
            f"<pre>{html.escape(json.dumps(row['data'], ensure_ascii=False, indent=1))}</pre>"
            f"{evidence}</div>"
        )
    record = analysis.record
    summary = {
        "doc_id": record.doc_id,
        "title": record.title,
        "source": record.source,
        "countries": list(record.countries),
        "areas": [a.value for a in record.areas],
        "diagnostics": [unstructure_item(d) for d in record.diagnostics],
    }
    legend = "".join(
        f'<span style="background:{colour}">{html.escape(label)}</span>'
        for label, colour in dict(KINDS.values()).items()
    )
    heading = html.escape(title or record.doc_id or "coopextract workbench")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{heading}</h1><div class="legend">{legend}</div></header>'
        f'<main><div id="article">{"".join(parts)}</div>'
        f'<div id="record"><div class="item"><h3>record</h3><pre>'
        f"{html.escape(json.dumps(summary, ensure_ascii=False, indent=1))}</pre></div>"
        f"{''.join(items)}</div></main><script>{_JS}</script></body></html>\n"
    )


def explain(analysis: Analysis) -> str:
    """A plain-text account: each record value, then the spans that support it."""
    lines: list[str] = []
    record = analysis.record
    lines.append(
        f"document {record.doc_id or '<text>'}: title={record.title!r} source={record.source!r}"
    )
    areas = ", ".join(a.value for a in record.areas) or "-"
    lines.append(f"countries {', '.join(record.countries) or '-'}; areas {areas}")
    spans = _spans(analysis)
    for row in _value_rows(analysis, spans):
        data = row["data"]
        head = data.get("name") or data.get("instrument") or data.get("kind")
        extra = {k: v for k, v in data.items() if k not in ("name",) and v not in (None, [], ())}
        lines.append(f"{row['group']} {head!r} {json.dumps(extra, ensure_ascii=False)}")
        for ev in row["evidence"]:
            lines.append(
                f"    {ev['field'] or '-':10s} [{ev['start']}:{ev['end']}] {ev['text']!r} "
                f"<- {ev['rule']} ({ev['plugin']})"
            )
    unused = [f for f in analysis.findings if f.kind in ("trigger", "instrument", "date")]
    if unused:
        lines.append("findings (dates, triggers, instruments):")
        for f in unused:
            lines.append(_finding_line(analysis, f))
    for diag in record.diagnostics:
        lines.append(f"diagnostic [{diag.level}] {diag.plugin}/{diag.hook}: {diag.message}")
    return "\n".join(lines) + "\n"


def _finding_line(analysis: Analysis, f: Finding) -> str:
    start, end = analysis.document.raw_span(f.start, f.end)
    text = analysis.document.raw[start:end]
    return f"    {f.kind:10s} [{start}:{end}] {text!r} = {f.label} <- {f.rule} ({f.plugin})"
