"""Flat tables: one row per agreement, event, organization or person, for CSV or Parquet.

Analysts load event data into data frames; nested JSON is in the way. :func:`flatten`
turns a record into rows whose values are strings, numbers or None (lists joined with
``"; "``), each row keyed by ``doc_id``; :class:`TableWriter` streams them into one CSV file
per table.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from coopextract.schema import Record

__all__ = ["COLUMNS", "TableWriter", "flatten"]

#: columns of each table, in order
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id",
        "reference_date",
        "title",
        "source",
        "countries",
        "areas",
        "agreements",
        "events",
        "diagnostics",
    ),
    "agreements": (
        "doc_id",
        "index",
        "instrument",
        "parties",
        "date",
        "place",
        "period_start",
        "period_end",
        "areas",
        "count",
        "cameo",
        "plover",
    ),
    "events": (
        "doc_id",
        "index",
        "kind",
        "date",
        "end_date",
        "date_qualifier",
        "status",
        "parties",
        "place",
        "count",
        "cameo",
        "plover",
    ),
    "organizations": ("doc_id", "name", "acronym", "country", "aliases"),
    "people": ("doc_id", "name", "title", "rank", "affiliation", "country", "aliases"),
}


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(getattr(v, "value", v)) for v in values)


def flatten(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one record."""
    doc = record.doc_id
    return {
        "documents": [
            {
                "doc_id": doc,
                "reference_date": record.reference_date.isoformat()
                if record.reference_date
                else None,
                "title": record.title,
                "source": record.source,
                "countries": _join(record.countries),
                "areas": _join(record.areas),
                "agreements": len(record.agreements),
                "events": len(record.events),
                "diagnostics": len(record.diagnostics),
            }
        ],
        "agreements": [
            {
                "doc_id": doc,
                "index": i,
                "instrument": a.instrument.value,
                "parties": _join(a.parties),
                "date": a.date,
                "place": a.place,
                "period_start": a.period.start if a.period else None,
                "period_end": a.period.end if a.period else None,
                "areas": _join(a.areas),
                "count": a.count,
                "cameo": a.cameo,
                "plover": a.plover,
            }
            for i, a in enumerate(record.agreements)
        ],
        "events": [
            {
                "doc_id": doc,
                "index": i,
                "kind": e.kind.value,
                "date": e.date,
                "end_date": e.end_date,
                "date_qualifier": e.date_qualifier.value if e.date_qualifier else None,
                "status": e.status.value,
                "parties": _join(e.parties),
                "place": e.place,
                "count": e.count,
                "cameo": e.cameo,
                "plover": e.plover,
            }
            for i, e in enumerate(record.events)
        ],
        "organizations": [
            {
                "doc_id": doc,
                "name": o.name,
                "acronym": o.acronym,
                "country": o.country,
                "aliases": _join(o.aliases),
            }
            for o in record.organizations
        ],
        "people": [
            {
                "doc_id": doc,
                "name": p.name,
                "title": p.title,
                "rank": p.rank,
                "affiliation": p.affiliation,
                "country": p.country,
                "aliases": _join(p.aliases),
            }
            for p in record.people
        ],
    }


class TableWriter:
    """Streams rows into ``DIR/<table>.csv`` (UTF-8, header first)."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, TextIO] = {}
        self._writers: dict[str, csv.DictWriter[str]] = {}
        for table, columns in COLUMNS.items():
            handle = (directory / f"{table}.csv").open("w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=list(columns))
            writer.writeheader()
            self._files[table] = handle
            self._writers[table] = writer

    def write(self, record: Record) -> None:
        for table, rows in flatten(record).items():
            self._writers[table].writerows(rows)

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
