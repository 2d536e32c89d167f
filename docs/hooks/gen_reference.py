"""Reference pages generated from the code: record format, CLI, hooks, tables, findings."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import inspect
import types
import typing
from typing import Any

import attrs
from gen_meanings import FIELDS, VALUES, check
from gen_rst import to_markdown

# -- the record format ------------------------------------------------------------------


def _schema() -> tuple[list[type], list[type[enum.Enum]]]:
    from coopextract import schema

    classes = [
        schema.Record,
        schema.Organization,
        schema.Person,
        schema.Agreement,
        schema.Event,
        schema.Period,
        schema.Evidence,
        schema.Diagnostic,
        schema.PluginInfo,
    ]
    enums = [schema.Instrument, schema.EventKind, schema.Status, schema.DateQualifier, schema.Area]
    return classes, enums


def json_type(tp: Any) -> str:
    """How a field's Python type appears in JSON, with links to the other tables."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = " or ".join(json_type(a) for a in args)
        return f"{inner} or null" if len(args) < len(typing.get_args(tp)) else inner
    if origin is tuple:
        return f"list of {json_type(typing.get_args(tp)[0])}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    if attrs.has(tp):
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    names = {str: "string", int: "integer", bool: "boolean", dt.date: "ISO date"}
    return names.get(tp, getattr(tp, "__name__", str(tp)))


def _default(field: attrs.Attribute[Any]) -> str:
    default = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return "from `kind`" if default.takes_self else "`[]`"
    if default is attrs.NOTHING:
        return "required"
    if default is None:
        return "`null`"
    if default == ():
        return "`[]`"
    return f"`{getattr(default, 'value', default)}`"


def record_tables() -> str:
    from coopextract import schema

    classes, enums = _schema()
    check(classes, enums)
    out: list[str] = []
    for cls in classes:
        hints = typing.get_type_hints(cls)
        doc = (inspect.getdoc(cls) or "").split("\n\n")[0]
        out += [f"### {cls.__name__}", ""]
        if doc:
            out += [to_markdown(doc).strip(), ""]
        out += ["| field | JSON type | default | meaning |", "| --- | --- | --- | --- |"]
        meanings = FIELDS[cls.__name__]
        for field in attrs.fields(cls):
            out.append(
                f"| `{field.name}` | {json_type(hints[field.name])} | {_default(field)} "
                f"| {meanings[field.name]} |"
            )
        out.append("")
    out += ["## Controlled values", ""]
    for enum_cls in enums:
        out += [f"### {enum_cls.__name__}", "", "| value | meaning |", "| --- | --- |"]
        if enum_cls is schema.EventKind:
            out[-2:] = ["| value | meaning | CAMEO | PLOVER |", "| --- | --- | --- | --- |"]
        for member in enum_cls:
            row = f"| `{member.value}` | {VALUES[enum_cls.__name__][member.value]} |"
            if enum_cls is schema.EventKind:
                row += f" `{schema.CAMEO[member.value]}` | `{schema.PLOVER[member.value]}` |"
            out.append(row)
        out.append("")
    out.append(
        f"A signed instrument (an agreement) is CAMEO `{schema.CAMEO['agreement']}`, "
        f"PLOVER `{schema.PLOVER['agreement']}`.\n"
    )
    return "\n".join(out)


# -- the command line -------------------------------------------------------------------


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    rows: list[tuple[str, str, str]] = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings:
            name = ", ".join(action.option_strings)
            if action.nargs != 0:
                name += f" {action.metavar or action.dest.upper()}"
        else:
            name = action.metavar or action.dest
            if action.nargs == "+":
                name += " ..."
        default = "" if action.default in (None, False) else f"`{action.default}`"
        rows.append((f"`{name}`", (action.help or "").replace("|", "\\|"), default))
    if not rows:
        return ["No arguments."]
    if any(default for _, _, default in rows):
        table = ["| argument | meaning | default |", "| --- | --- | --- |"]
        return table + [f"| {n} | {h} | {d} |" for n, h, d in rows]
    return ["| argument | meaning |", "| --- | --- |"] + [f"| {n} | {h} |" for n, h, _ in rows]


def cli() -> str:
    from coopextract.cli import build_parser

    parser = build_parser()
    out = [
        "```text",
        parser.format_usage().strip(),
        "```",
        "",
        parser.description or "",
        "",
        "Options of `coopextract` itself, given before the command:",
        "",
        *_arguments(parser),
        "",
    ]
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help for c in subparsers._choices_actions}
    for name, sub in subparsers.choices.items():
        summary = helps.get(name) or ""
        out += [f"## coopextract {name}", "", f"{summary[:1].upper()}{summary[1:]}.", ""]
        out += ["```text", sub.format_usage().strip(), "```", "", *_arguments(sub), ""]
    return "\n".join(out)


# -- the hooks --------------------------------------------------------------------------


def _signature(name: str, fn: Any, firstresult: bool) -> str:
    params = inspect.signature(fn).parameters.values()
    returns = inspect.signature(fn).return_annotation
    marker = "@hookspec(firstresult=True)" if firstresult else "@hookspec"
    lines = [marker, f"def {name}("]
    lines += [f"    {p.name}: {p.annotation}," for p in params]
    lines.append(f") -> {returns}: ...")
    return "\n".join(lines)


def hook_specs() -> list[str]:
    """The names of the functions of ``coopextract.hookspecs`` marked as hook specs."""
    from coopextract import hookspecs

    marker = f"{hookspecs.hookspec.project_name}_spec"
    return [
        name
        for name, fn in vars(hookspecs).items()
        if inspect.isfunction(fn) and hasattr(fn, marker)
    ]


def hooks() -> str:
    from coopextract import hookspecs

    marker = f"{hookspecs.hookspec.project_name}_spec"
    out = [to_markdown(inspect.getdoc(hookspecs) or "").split("\n", 1)[1].strip(), ""]
    out += ["| hook | called | a plugin returns |", "| --- | --- | --- |"]
    for name in hookspecs.HOOK_ORDER:
        fn = getattr(hookspecs, name)
        first = getattr(fn, marker).get("firstresult")
        when = "once per `Extractor`" if name.endswith("vocabulary") else "once per article"
        returns = inspect.signature(fn).return_annotation
        if first:
            answer = f"`{returns}`; the first answer that is not None wins"
        elif returns == "None":
            answer = "nothing: it hands its results to a callback"
        else:
            answer = f"`{returns}`, seen by the next plugin in turn"
        out.append(f"| [`{name}`](#{name}) | {when} | {answer} |")
    out.append("")
    for name in hookspecs.HOOK_ORDER:
        fn = getattr(hookspecs, name)
        first = bool(getattr(fn, marker).get("firstresult"))
        out += [f"## {name}", ""]
        out += ["```python", _signature(name, fn, first), "```", ""]
        out += [to_markdown(inspect.getdoc(fn) or ""), ""]
        out += EXTRA.get(name, lambda: [])()
    return "\n".join(out)


def _segment_kinds() -> list[str]:
    from coopextract.document import BODY_KINDS, SEGMENT_KINDS

    kinds = ", ".join(f"`{k}`" for k in SEGMENT_KINDS)
    read = ", ".join(f"`{k}`" for k in SEGMENT_KINDS if k in BODY_KINDS)
    return [
        f"Segment kinds, strongest first: {kinds}. Facts are read from {read} only "
        "(captions for people and organizations).",
        "",
    ]


def _vocabulary_section() -> list[str]:
    return ["The tables:", "", vocabulary()]


def _findings_section() -> list[str]:
    return ["The kinds of findings:", "", findings()]


EXTRA = {
    "coopextract_register_vocabulary": _vocabulary_section,
    "coopextract_segment": _segment_kinds,
    "coopextract_find": _findings_section,
}


# -- tables and findings ----------------------------------------------------------------


def vocabulary() -> str:
    from coopextract import Extractor
    from coopextract.vocabulary import TABLES

    core = Extractor(plugins=[]).vocabulary
    rows = ["| table | kind | holds | core entries |", "| --- | --- | --- | --- |"]
    for name, spec in TABLES.items():
        holds = spec.doc.replace("|", "\\|")
        if spec.labels is not None and len(spec.labels) <= 6:
            holds += " (" + ", ".join(f"`{v}`" for v in sorted(spec.labels)) + ")"
        rows.append(f"| `{name}` | {spec.kind} | {holds} | {len(core.entries(name))} |")
    return "\n".join(rows) + "\n"


def findings() -> str:
    from coopextract.findings import FINDING_KINDS

    rows = ["| kind | `label`, and `data` |", "| --- | --- |"]
    rows += [f"| `{kind}` | {label} |" for kind, label in FINDING_KINDS.items()]
    return "\n".join(rows) + "\n"
