"""The ``coopextract`` command: extract, evaluate, plugins, schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from coopextract.batch import default_workers, extract_many
from coopextract.codec import json_schema, unstructure
from coopextract.errors import CoopextractError
from coopextract.evaluate import format_table, gold_files, load_json, score_corpus
from coopextract.inputs import InputDocument, iter_inputs, read_text_file
from coopextract.pipeline import Extractor, coerce_reference_date
from coopextract.plugins import ENV_VAR
from coopextract.tables import TableWriter

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
    ex.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes to use (default: all cores for many files; 1 runs in this process)",
    )
    ex.add_argument(
        "--tables",
        metavar="DIR",
        type=Path,
        help="also write flat CSV tables (documents, agreements, events, organizations, people)",
    )
    ex.add_argument("--jsonl", action="store_true", help="with --tables, still print JSONL")

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
    inputs: Iterable[InputDocument]
    total: int | None = None
    if "-" in args.paths:
        inputs = iter_inputs(args.paths, stdin=sys.stdin)
    else:
        listed = list(iter_inputs(args.paths, stdin=sys.stdin))
        inputs, total = listed, len(listed)
    if override is not None:
        date = override.isoformat()
        inputs = (attrs.evolve(i, reference_date=date) for i in inputs)
    workers = args.workers if args.workers is not None else default_workers()
    if total is not None and args.workers is None:
        workers = max(1, min(workers, total // 8))  # processes pay off on many documents
    progress = _Progress(total, sys.stderr, not args.no_progress)
    tables = TableWriter(args.tables) if args.tables is not None else None
    errors = 0
    try:
        results = extract_many(
            inputs,
            workers=workers,
            plugins=_plugins_arg(args.plugins),
            strict=args.strict,
            extractor=extractor,
        )
        for result in results:
            row = result.to_row()
            if result.error is not None:
                errors += 1
                print(f"coopextract: {result.doc_id}: {result.error}", file=sys.stderr)
            elif tables is not None and result.record is not None:
                tables.write(result.record)
            if args.out is not None:
                suffix = "json" if result.error is None else "error.json"
                text = json.dumps(row, ensure_ascii=False, indent=1) + "\n"
                (args.out / f"{result.doc_id}.{suffix}").write_text(text, encoding="utf-8")
            elif tables is None or args.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            progress.step(result.doc_id)
    finally:
        if tables is not None:
            tables.close()
        progress.close()
    return 1 if errors else 0


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
