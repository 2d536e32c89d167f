"""The ``coopextract`` command: extract, evaluate, plugins, schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from coopextract.codec import json_schema, unstructure
from coopextract.errors import CoopextractError
from coopextract.evaluate import format_table, gold_files, load_json, score_corpus
from coopextract.inputs import InputDocument, iter_inputs, read_text_file
from coopextract.pipeline import Extractor, coerce_reference_date
from coopextract.plugins import ENV_VAR

__all__ = ["build_parser", "main"]


def _plugins_arg(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [p.strip() for p in value.split(",") if p.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopextract",
        description="Turn news about international cooperation into coopextract/1 records.",
    )
    parser.add_argument(
        "--plugins",
        metavar="NAMES",
        help=f"comma list of installed plugins to load (default: all; or set {ENV_VAR}); "
        "'' loads none",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail when a plugin's hook raises (default: a diagnostic)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from files, directories or JSONL on stdin")
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt file, a directory of them, or - for JSONL on stdin",
    )
    ex.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        help="write NAME.json per document here (default: JSONL to stdout)",
    )
    ex.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="the reference date for every document"
    )
    ex.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    ev = sub.add_parser("evaluate", help="score extraction against NAME.gold.json files")
    ev.add_argument("directory", type=Path, help="a directory of NAME.txt with NAME.gold.json")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--per-doc", action="store_true", help="also print each document's F1 figures")

    sh = sub.add_parser("show", help="the workbench: one article's spans and record (HTML or text)")
    sh.add_argument("path", type=Path, help="a .txt article")
    sh.add_argument(
        "--html", metavar="OUT", type=Path, help="write a self-contained HTML page here"
    )
    sh.add_argument("--explain", action="store_true", help="print a plain-text account (default)")
    sh.add_argument("--reference-date", metavar="YYYY-MM-DD", help="the reference date")

    sub.add_parser("plugins", help="list the loaded plugins, their versions and hooks (JSON)")
    sub.add_parser("schema", help="print the JSON Schema of a record")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        extractor = Extractor(plugins=_plugins_arg(args.plugins), strict=args.strict)
        if args.command == "extract":
            return _extract(extractor, args)
        if args.command == "evaluate":
            return _evaluate(extractor, args)
        if args.command == "show":
            return _show(extractor, args)
        if args.command == "plugins":
            print(json.dumps(extractor.describe_plugins(), indent=2))
            return 0
        if args.command == "schema":
            print(json.dumps(json_schema(), indent=2))
            return 0
    except CoopextractError as exc:
        print(f"coopextract: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `coopextract extract ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2


# -- extract ------------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and stream.isatty() and (total is None or total > 1)
        self.done = 0

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.total:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} {name[:40]:40s}")
        else:
            self.stream.write(f"\r{self.done} documents {name[:40]:40s}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _extract(extractor: Extractor, args: argparse.Namespace) -> int:
    override = coerce_reference_date(args.reference_date, source="--reference-date")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    inputs = list(iter_inputs(args.paths, stdin=sys.stdin)) if "-" not in args.paths else None
    stream: Iterator[InputDocument] = (
        iter(inputs) if inputs is not None else iter_inputs(args.paths, stdin=sys.stdin)
    )
    progress = _Progress(
        len(inputs) if inputs is not None else None, sys.stderr, not args.no_progress
    )
    errors = 0
    for item in stream:
        row = _one(extractor, item, override)
        if "error" in row:
            errors += 1
            print(f"coopextract: {row['doc_id']}: {row['error']['message']}", file=sys.stderr)
        if args.out is not None:
            name = f"{item.doc_id}.json" if "error" not in row else f"{item.doc_id}.error.json"
            (args.out / name).write_text(
                json.dumps(row, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        else:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        progress.step(item.doc_id)
    progress.close()
    return 1 if errors else 0


def _one(extractor: Extractor, item: InputDocument, override: Any) -> dict[str, Any]:
    if item.error is not None:
        return _error_row(item.doc_id, item.source, item.error)
    try:
        record = extractor.extract(
            item.text or "",
            reference_date=override or item.reference_date,
            doc_id=item.doc_id,
            title=item.title,
        )
    except CoopextractError as exc:
        return _error_row(item.doc_id, item.source, exc)
    row = unstructure(record)
    row.update({k: v for k, v in item.extra.items() if k not in row})
    return row


def _error_row(doc_id: str, source: str, exc: BaseException) -> dict[str, Any]:
    return {
        "schema": "coopextract/1",
        "doc_id": doc_id,
        "error": {"type": type(exc).__name__, "message": str(exc), "source": source},
    }


# -- show ---------------------------------------------------------------------------------


def _show(extractor: Extractor, args: argparse.Namespace) -> int:
    from coopextract.show import explain, render_html

    item = read_text_file(args.path)
    if item.error is not None:
        raise (
            item.error
            if isinstance(item.error, CoopextractError)
            else CoopextractError(str(item.error))
        )
    analysis = extractor.analyse(
        item.text or "",
        reference_date=coerce_reference_date(args.reference_date, source="--reference-date")
        or item.reference_date,
        doc_id=item.doc_id,
        title=item.title,
    )
    if args.html is not None:
        args.html.write_text(render_html(analysis), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    if args.explain or args.html is None:
        sys.stdout.write(explain(analysis))
    return 0


# -- evaluate -----------------------------------------------------------------------------


def _evaluate(extractor: Extractor, args: argparse.Namespace) -> int:
    directory: Path = args.directory
    if not directory.is_dir():
        raise CoopextractError(f"{directory}: not a directory of NAME.txt and NAME.gold.json files")
    triples = []
    for stem, text_path, gold_path in gold_files(directory):
        gold = load_json(gold_path)
        pred: dict[str, Any] | None = None
        if text_path.exists():
            record = extractor.extract(
                text_path.read_text(encoding="utf-8"),
                reference_date=gold.get("reference_date"),
                doc_id=stem,
            )
            pred = unstructure(record)
        triples.append((stem, gold, pred))
    if not triples:
        raise CoopextractError(f"{directory}: no NAME.gold.json files found")
    result = score_corpus(triples, per_doc=args.per_doc).as_dict()
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
