"""Many documents: streaming, in order, on several processes, never losing one.

:func:`extract_many` takes any iterable of documents (dicts with ``text`` and optional
``doc_id``, ``published``/``reference_date``, ``title``; or :class:`InputDocument`) and
yields one :class:`Result` per document, in input order: the record, or the error that
document raised. With ``workers > 1`` the work runs in a process pool, each process
building its :class:`~coopextract.Extractor` once; input is read lazily, a bounded number
of documents ahead, so memory stays flat however long the stream.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import attrs

from coopextract.codec import unstructure
from coopextract.errors import CoopextractError
from coopextract.inputs import InputDocument
from coopextract.pipeline import Extractor
from coopextract.schema import Record

__all__ = ["Result", "extract_many"]

Document = InputDocument | dict[str, Any]
_RESERVED = frozenset({"doc_id", "text", "published", "reference_date", "title"})


@attrs.frozen
class Result:
    """What became of one input document: a record, or an error naming it."""

    doc_id: str
    record: Record | None = None
    error: BaseException | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def ok(self) -> bool:
        return self.record is not None

    def to_row(self) -> dict[str, Any]:
        """The JSON row written for this document (a record, or an error row)."""
        if self.record is not None:
            row = unstructure(self.record)
            row.update({k: v for k, v in self.extra.items() if k not in row})
            return row
        error = self.error
        return {
            "schema": "coopextract/1",
            "doc_id": self.doc_id,
            "error": {
                "type": type(error).__name__,
                "message": str(error),
                "source": getattr(error, "source", self.doc_id),
            },
        }


def _normalise(item: Document, index: int) -> InputDocument:
    if isinstance(item, InputDocument):
        return item
    if not isinstance(item, dict):
        from coopextract.errors import InputTypeError

        return InputDocument(
            f"doc-{index}",
            f"<item {index}>",
            error=InputTypeError(
                f"item {index}: a document is a dict with 'text', not {type(item).__name__}",
                source=f"<item {index}>",
            ),
        )
    doc_id = str(item.get("doc_id") or f"doc-{index}")
    published = item.get("published", item.get("reference_date"))
    return InputDocument(
        doc_id,
        doc_id,
        text=item.get("text"),  # type-checked by Extractor.extract
        reference_date=published
        if isinstance(published, str) or published is None
        else str(published),
        title=item.get("title"),
        extra={
            k: v
            for k, v in item.items()
            if k not in ("doc_id", "text", "published", "reference_date", "title")
        },
    )


def _run(extractor: Extractor, doc: InputDocument) -> Result:
    if doc.error is not None:
        return Result(doc.doc_id, error=doc.error, extra=doc.extra)
    try:
        record = extractor.extract(
            doc.text,  # type: ignore[arg-type]
            reference_date=doc.reference_date,
            doc_id=doc.doc_id,
            title=doc.title,
        )
    except CoopextractError as exc:
        return Result(doc.doc_id, error=exc, extra=doc.extra)
    except Exception as exc:  # never lose a document to an unexpected failure
        return Result(doc.doc_id, error=exc, extra=doc.extra)
    return Result(doc.doc_id, record=record, extra=doc.extra)


# -- worker processes ---------------------------------------------------------------------

_WORKER: Extractor | None = None
#: documents per task sent to a worker process
_BATCH = 8


def _init_worker(plugins: list[str] | None, strict: bool) -> None:
    global _WORKER
    _WORKER = Extractor(plugins=plugins, strict=strict)


def _work(docs: list[InputDocument]) -> list[Result]:
    assert _WORKER is not None, "worker used before its initializer ran"
    out = []
    for doc in docs:
        result = _run(_WORKER, doc)
        if result.error is not None and not _picklable(result.error):
            result = attrs.evolve(
                result, error=CoopextractError(f"{type(result.error).__name__}: {result.error}")
            )
        out.append(result)
    return out


def _picklable(exc: BaseException) -> bool:
    import pickle

    try:
        pickle.dumps(exc)
    except Exception:
        return False
    return True


def default_workers() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


def extract_many(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    plugins: Iterable[str] | None = None,
    strict: bool = False,
    extractor: Extractor | None = None,
    prefetch: int | None = None,
) -> Iterator[Result]:
    """One :class:`Result` per document, in input order.

    ``workers`` processes share the work (1: in this process, with ``extractor`` if
    given); ``prefetch`` bounds how many documents are read ahead (default: 4 per
    worker), so a long stream never sits in memory.
    """
    if workers <= 1:
        local = extractor or Extractor(plugins=plugins, strict=strict)
        for index, item in enumerate(documents):
            yield _run(local, _normalise(item, index))
        return
    ahead = prefetch or 4 * workers * _BATCH
    selected = None if plugins is None else list(plugins)
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(selected, strict)
    ) as pool:
        # documents travel in small batches: one task per document costs more in
        # messages than a short article costs to read
        pending: collections.deque[Future[list[Result]]] = collections.deque()
        batch: list[InputDocument] = []
        for index, item in enumerate(documents):
            batch.append(_normalise(item, index))
            if len(batch) >= _BATCH:
                pending.append(pool.submit(_work, batch))
                batch = []
            if len(pending) * _BATCH >= ahead:
                yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(_work, batch))
        while pending:
            yield from pending.popleft().result()
