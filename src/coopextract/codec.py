"""Records to and from coopextract/1 JSON, through one cattrs converter; the JSON Schema.

The converter is the only place that knows how the classes of :mod:`coopextract.schema`
look as JSON: dates as ISO strings, enums as their values, tuples as lists, the record's
keys in the order the format documents.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import types
import typing
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

from coopextract.errors import RecordError
from coopextract.schema import SCHEMA_ID, Record

__all__ = ["converter", "dumps", "json_schema", "loads", "structure", "unstructure"]

converter = cattrs.Converter(omit_if_default=False)
converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())

converter.register_structure_hook(
    _dt.date, lambda v, _: v if isinstance(v, _dt.date) else _dt.date.fromisoformat(v)
)

_RECORD_ORDER = (
    "schema",
    "doc_id",
    "reference_date",
    "title",
    "source",
    "countries",
    "organizations",
    "people",
    "agreements",
    "events",
    "areas",
    "plugins",
    "diagnostics",
)
_record_unstructure = converter.gen_unstructure_attrs_fromdict(Record)


def _unstructure_record(record: Record) -> dict[str, Any]:
    raw = _record_unstructure(record)
    return {key: raw[key] for key in _RECORD_ORDER}


converter.register_unstructure_hook(Record, _unstructure_record)


def unstructure(record: Record) -> dict[str, Any]:
    """The record as JSON-ready Python data (dicts, lists, strings, numbers, None)."""
    return typing.cast(dict[str, Any], converter.unstructure(record))


def structure(data: Any) -> Record:
    """Build a :class:`Record` from JSON data; a bad field raises :class:`RecordError`."""
    if not isinstance(data, dict):
        raise RecordError(f"a record is a JSON object, not {type(data).__name__}")
    schema = data.get("schema", SCHEMA_ID)
    if schema != SCHEMA_ID:
        raise RecordError(
            f"schema {schema!r} is not {SCHEMA_ID!r}: this version reads only {SCHEMA_ID}",
            path="$.schema",
        )
    try:
        return converter.structure(data, Record)
    except (ClassValidationError, ForbiddenExtraKeysError) as exc:
        messages = cattrs.transform_error(exc, path="$")
        first = messages[0] if messages else str(exc)
        path = first.split(" @ ", 1)[1] if " @ " in first else "$"
        raise RecordError(f"not a coopextract/1 record: {'; '.join(messages)}", path=path) from exc
    except (ValueError, TypeError) as exc:
        raise RecordError(f"not a coopextract/1 record: {exc}") from exc


def dumps(record: Record, **kwargs: Any) -> str:
    """The record as a JSON string (``ensure_ascii=False`` unless told otherwise)."""
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(unstructure(record), **kwargs)


def loads(text: str | bytes) -> Record:
    """Parse coopextract/1 JSON text into a :class:`Record`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc}") from exc
    return structure(data)


# -- JSON Schema, derived from the classes so that it cannot drift ----------------------


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is _dt.date:
        return {"type": "string", "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        if field.name == "date" or field.name == "end_date":
            schema = {
                "anyOf": [
                    {"type": "string", "pattern": r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$"},
                    {"type": "null"},
                ]
            }
        if field.name in ("country",) and cls is not Record:
            schema = {"anyOf": [{"type": "string", "pattern": "^[A-Z]{2}$"}, {"type": "null"}]}
        props[field.name] = schema
        required.append(field.name)
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": required,
    }
    if doc:
        out["description"] = " ".join(doc.split())
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`dumps` writes."""
    defs: dict[str, Any] = {}
    root = _class_schema(Record, defs)
    root["properties"]["schema"] = {"const": SCHEMA_ID}
    root["properties"]["countries"] = {
        "type": "array",
        "items": {"type": "string", "pattern": "^[A-Z]{2}$"},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://coopextract.invalid/schema/coopextract-1.json",
        "title": "coopextract/1 record",
        **root,
        "$defs": defs,
    }
