"""Beyond one machine: extraction mapped over partitions (Dask, Spark, any executor).

The unit of work is a *partition*: an iterable of documents (dicts with ``text`` and
optional ``doc_id``, ``published``, ``title``). :func:`extract_partition` builds one
:class:`~coopextract.Extractor` per worker process (cached, so a worker that handles many
partitions builds it once) and turns the partition into JSON-ready rows: a record, or an
error row naming the document. The same function serves Dask's ``map_partitions`` and
Spark's ``mapPartitions``::

    import dask.bag as db
    from coopextract.scale import extract_bag

    rows = extract_bag(db.read_text("archive-*.jsonl").map(json.loads))
    rows.map(json.dumps).to_textfiles("records-*.jsonl")

    # PySpark
    rdd.mapPartitions(coopextract.scale.extract_partition)

Dask is optional (``pip install coopextract[dask]``); nothing here imports it until
:func:`extract_bag` is called.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from coopextract.batch import extract_many
from coopextract.pipeline import Extractor

__all__ = ["extract_bag", "extract_partition", "worker_extractor"]


@functools.lru_cache(maxsize=4)
def worker_extractor(plugins: tuple[str, ...] | None = None, strict: bool = False) -> Extractor:
    """This process's extractor for the given plugin selection, built once."""
    return Extractor(plugins=None if plugins is None else list(plugins), strict=strict)


def extract_partition(
    documents: Iterable[Any],
    plugins: tuple[str, ...] | None = None,
    strict: bool = False,
) -> Iterator[dict[str, Any]]:
    """JSON-ready rows for one partition of documents, in order, none lost."""
    extractor = worker_extractor(plugins, strict)
    for result in extract_many(documents, extractor=extractor):
        yield result.to_row()


def extract_bag(bag: Any, *, plugins: Iterable[str] | None = None, strict: bool = False) -> Any:
    """A ``dask.bag.Bag`` of rows from a bag of documents (lazy, like any bag)."""
    selected = None if plugins is None else tuple(plugins)

    def run(partition: Iterable[Any]) -> list[dict[str, Any]]:
        return list(extract_partition(partition, selected, strict))

    return bag.map_partitions(run)
