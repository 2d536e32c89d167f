"""Reading documents: text files, directories of them, and JSONL streams.

Every input gives an :class:`InputDocument`; one that cannot be read carries an
``error`` instead of text, so a batch never loses a document.

* ``NAME.txt`` (UTF-8) with an optional sidecar ``NAME.meta.json`` holding ``published``
  (the reference date) and ``title``;
* a directory: its ``*.txt`` files, sorted;
* ``NAME.html``: a saved web page, read with trafilatura (the ``html`` extra);
* ``-``: JSON Lines on stdin, one ``{"doc_id", "text", "published", ...}`` per line;
  other fields are passed through to the output row.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs

from coopextract.errors import InputError, SourceError

__all__ = ["InputDocument", "iter_inputs", "read_jsonl", "read_text_file"]

_ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
_RESERVED = frozenset({"doc_id", "text", "published", "reference_date", "title"})


@attrs.frozen
class InputDocument:
    doc_id: str
    source: str
    text: str | None = None
    reference_date: str | None = None
    title: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
    error: Exception | None = None


def read_text_file(path: Path) -> InputDocument:
    """A ``.txt`` article and its sidecar metadata, or an error row naming the file."""
    doc_id = path.stem
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputDocument(
            doc_id,
            source,
            error=SourceError(f"{path}: cannot be read ({exc.strerror or exc})", source=source),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputDocument(
            doc_id,
            source,
            error=InputError(
                f"{path}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x}); "
                "convert it to UTF-8 first",
                source=source,
            ),
        )
    if "\x00" in text[:4096] and text[:4096].count("\x00") > 8:
        return InputDocument(
            doc_id,
            source,
            error=InputError(f"{path}: looks binary (NUL bytes), not an article", source=source),
        )
    meta: dict[str, Any] = {}
    sidecar = path.with_name(f"{path.stem}.meta.json")
    if sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return InputDocument(
                doc_id,
                source,
                error=InputError(f"{sidecar}: not readable JSON ({exc})", source=str(sidecar)),
            )
        if isinstance(loaded, dict):
            meta = loaded
    return InputDocument(
        doc_id,
        source,
        text=text,
        reference_date=meta.get("published") or meta.get("reference_date"),
        title=meta.get("title"),
    )


def read_html_file(path: Path) -> InputDocument:
    """A saved web page: its article text, title and date, through trafilatura.

    Needs the ``html`` extra (``pip install coopextract[html]``). The text handed to the
    extractor is the headline, a blank line, then the article's paragraphs.
    """
    doc_id, source = path.stem, str(path)
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        return InputDocument(
            doc_id,
            source,
            error=InputError(
                f"{path}: reading HTML pages needs trafilatura; "
                "install it with: pip install 'coopextract[html]'",
                source=source,
            ),
        )
    try:
        page = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return InputDocument(
            doc_id, source, error=SourceError(f"{path}: cannot be read ({exc})", source=source)
        )
    extracted = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if extracted is None:
        return InputDocument(
            doc_id,
            source,
            error=InputError(f"{path}: no article text found in the page", source=source),
        )
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    title = data.get("title") or None
    body = data.get("text") or ""
    text = f"{title}\n\n{body}" if title else body
    date = data.get("date")
    return InputDocument(doc_id, source, text=text, reference_date=date or None, title=title)


def read_jsonl(stream: TextIO, *, name: str = "<stdin>") -> Iterator[InputDocument]:
    """Documents from JSON Lines; a bad line gives an error row naming the line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        fallback_id = f"line-{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputDocument(
                fallback_id,
                source,
                error=InputError(f"{source}: not JSON ({exc.msg})", source=source),
            )
            continue
        if not isinstance(obj, dict):
            yield InputDocument(
                fallback_id,
                source,
                error=InputError(f"{source}: a line must be a JSON object", source=source),
            )
            continue
        doc_id = str(obj.get("doc_id") or fallback_id)
        text = obj.get("text")
        if not isinstance(text, str):
            yield InputDocument(
                doc_id,
                source,
                error=InputError(f"{source}: 'text' must be a string", source=source),
            )
            continue
        published = obj.get("published", obj.get("reference_date"))
        yield InputDocument(
            doc_id,
            source,
            text=text,
            reference_date=published if isinstance(published, str) else None,
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            extra={k: v for k, v in obj.items() if k not in _RESERVED},
        )


def iter_inputs(paths: Iterable[str], *, stdin: TextIO) -> Iterator[InputDocument]:
    """Every document named by ``paths`` (files, directories, ``-``), in order."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl(stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix in _ARTICLE_SUFFIXES
            )
            for file in files:
                yield (
                    read_html_file(file)
                    if file.suffix in (".html", ".htm")
                    else read_text_file(file)
                )
        elif path.suffix == ".jsonl" and path.is_file():
            with path.open(encoding="utf-8", errors="replace") as handle:
                yield from read_jsonl(handle, name=str(path))
        else:
            if not path.exists():
                yield InputDocument(
                    path.stem or raw,
                    raw,
                    error=SourceError(f"{raw}: no such file or directory", source=raw),
                )
                continue
            if path.suffix in (".html", ".htm"):
                yield read_html_file(path)
            else:
                yield read_text_file(path)
