"""MkDocs hook: pages generated from the code, so they cannot drift from it.

A page asks for generated content with a marker comment on a line of its own:

    <!-- generate: record-tables -->     tables of the schema classes and vocabularies
    <!-- generate: cli -->               the help of every command, from the parser
    <!-- generate: hooks -->             every hook specification with its docstring
    <!-- generate: vocabulary -->        the vocabulary tables a plugin may extend
    <!-- generate: findings -->          the kinds of findings
    <!-- generate: seed -->              a seed article beside its extracted record
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^<!-- generate: ([\w-]+) -->$", re.MULTILINE)


def _type_name(tp: Any) -> str:
    text = str(tp).replace("typing.", "").replace("coopextract.schema.", "")
    text = re.sub(r"<class '(?:[\w.]+\.)?(\w+)'>", r"\1", text)
    text = text.replace("NoneType", "None").replace("datetime.date", "date")
    return text


def record_tables() -> str:
    from coopextract import schema

    out: list[str] = []
    for cls in (
        schema.Record,
        schema.Organization,
        schema.Person,
        schema.Agreement,
        schema.Event,
        schema.Period,
        schema.Evidence,
        schema.Diagnostic,
    ):
        hints = typing.get_type_hints(cls)
        doc = inspect.getdoc(cls) or ""
        out.append(f"### {cls.__name__}\n\n{doc.split(chr(10) + chr(10))[0]}\n")
        out.append("| field | type | default |\n| --- | --- | --- |")
        for field in attrs.fields(cls):
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                shown = "derived" if default.takes_self else "empty"
            elif default is attrs.NOTHING:
                shown = "required"
            else:
                shown = f"`{getattr(default, 'value', default)!r}`"
            out.append(f"| `{field.name}` | `{_type_name(hints[field.name])}` | {shown} |")
        out.append("")
    for enum_cls in (
        schema.Instrument,
        schema.EventKind,
        schema.Status,
        schema.DateQualifier,
        schema.Area,
    ):
        values = ", ".join(f"`{m.value}`" for m in enum_cls)
        out.append(f"**{enum_cls.__name__}**: {values}\n")
    codes = "\n".join(
        f"| `{kind}` | `{schema.CAMEO[kind]}` | `{schema.PLOVER[kind]}` |" for kind in schema.CAMEO
    )
    out.append("| kind | CAMEO | PLOVER |\n| --- | --- | --- |\n" + codes + "\n")
    return "\n".join(out)


def cli() -> str:
    from coopextract.cli import build_parser

    parser = build_parser()
    parser.prog = "coopextract"
    out = ["```text", parser.format_help().rstrip(), "```", ""]
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():  # type: ignore[attr-defined]
        out += [f"### coopextract {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(out)


def hooks() -> str:
    from coopextract import hookspecs

    out: list[str] = []
    for name in hookspecs.HOOK_ORDER:
        fn = getattr(hookspecs, name)
        signature = str(inspect.signature(fn)).replace("'", "")
        first = (getattr(fn, "coopextract_spec", None) or {}).get("firstresult")
        out.append(f"### `{name}`\n")
        out.append(f"```python\ndef {name}{signature}\n```\n")
        if first:
            out.append("*First result wins: the first plugin to return a value answers.*\n")
        out.append((inspect.getdoc(fn) or "").strip() + "\n")
    return "\n".join(out)


def vocabulary() -> str:
    from coopextract.vocabulary import TABLES

    rows = "\n".join(f"| `{name}` | {spec.kind} | {spec.doc} |" for name, spec in TABLES.items())
    return "| table | kind | holds |\n| --- | --- | --- |\n" + rows + "\n"


def findings() -> str:
    from coopextract.findings import FINDING_KINDS

    rows = "\n".join(f"| `{kind}` | {label} |" for kind, label in FINDING_KINDS.items())
    return "| kind | label and data |\n| --- | --- |\n" + rows + "\n"


def seed() -> str:
    from coopextract import Extractor
    from coopextract.codec import unstructure

    path = ROOT / "seeds" / "000_fc63badabb488197.txt"
    text = path.read_text(encoding="utf-8")
    data = unstructure(Extractor(plugins=[]).extract(text, doc_id=path.stem))
    for group in ("organizations", "people", "agreements", "events"):
        for item in data[group]:
            item.pop("evidence", None)
    data.pop("plugins", None)
    article = text.split("TIN LI")[0].strip()
    return (
        '<div class="grid" markdown>\n\n'
        f"```text\n{article}\n```\n\n"
        f"```json\n{json.dumps(data, ensure_ascii=False, indent=1)}\n```\n\n"
        "</div>\n"
    )


GENERATORS = {
    "record-tables": record_tables,
    "cli": cli,
    "hooks": hooks,
    "vocabulary": vocabulary,
    "findings": findings,
    "seed": seed,
}


def on_page_markdown(markdown: str, **_: Any) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise KeyError(f"unknown generated section {name!r}; known: {sorted(GENERATORS)}")
        return GENERATORS[name]()

    return MARKER.sub(replace, markdown)


__all__ = ["GENERATORS", "on_page_markdown"]
