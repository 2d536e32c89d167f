"""The documentation cannot rot: every example on its pages runs, every file it quotes
exists, and the generated reference pages cover every hook, field, option and table.

Conventions of ``docs/*.md`` that these tests read:

- a fenced ``python`` block runs, in page order, in one namespace per page, with the
  repository root as working directory (and the tutorial plugin importable);
- a ``coopextract ...`` line in a ``sh`` block, or ``$ coopextract ...`` in a ``console``
  block, runs through ``coopextract.cli.main`` (a command that selects a plugin that is
  not installed is skipped, naming it: ``nox -s plugins`` installs them all);
- a block quoting a file (``--8<-- "path"``) is not run here: the quoted file is tested
  where it lives;
- a block preceded by the line ``*Not run by the test suite: <reason>.*`` is skipped,
  and the reason, shown on the page, must be that it needs a network or a cluster.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import inspect
import re
import shlex
import sys
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import attrs
import pytest

from coopextract import hookspecs
from coopextract.cli import build_parser, main
from coopextract.findings import FINDING_KINDS
from coopextract.vocabulary import TABLES

from .conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
PNA_SRC = DOCS / "examples" / "coopextract-pna" / "src"
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"^\*Not run by the test suite: (?P<reason>[^*]+?)\.\*$")
SNIPPET = re.compile(r'^--8<-- "(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"$', re.MULTILINE)
OUTPUT_OPTIONS = ("--out", "--tables", "--html")


class Block(NamedTuple):
    page: str
    index: int
    language: str
    code: str
    skip: str | None


def _blocks() -> list[Block]:
    out = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for index, match in enumerate(FENCE.finditer(text)):
            if "--8<--" in match.group(2):
                continue
            before = [line for line in text[: match.start()].splitlines() if line.strip()]
            skip = SKIP.match(before[-1].strip()) if before else None
            reason = skip.group("reason") if skip else None
            out.append(Block(page.name, index, match.group(1), match.group(2), reason))
    return out


BLOCKS = _blocks()
PYTHON_PAGES = sorted({b.page for b in BLOCKS if b.language == "python"})
SKIPPED = [b for b in BLOCKS if b.skip is not None]


def _commands() -> list[tuple[str, str]]:
    out = []
    for block in BLOCKS:
        if block.skip is not None:
            continue
        for line in block.code.splitlines():
            if block.language == "console" and line.startswith("$ coopextract "):
                out.append((block.page, line[2:]))
            elif block.language == "sh" and line.startswith("coopextract "):
                out.append((block.page, line))
    return out


COMMANDS = _commands()


def _generator() -> ModuleType:
    name = "docs_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, DOCS / "hooks" / "generate.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[name] = module
    return sys.modules[name]


def _rendered(page: str) -> str:
    return _generator().expand((DOCS / page).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# -- examples ---------------------------------------------------------------------------


def test_the_pages_have_examples() -> None:
    assert len(PYTHON_PAGES) >= 5 and len(COMMANDS) >= 8


@pytest.mark.parametrize("page", PYTHON_PAGES)
def test_python_examples_run(
    page: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page's examples run in order, sharing one namespace, as a reader runs them."""
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(PNA_SRC))
    namespace: dict[str, object] = {"__name__": f"docs_{page.removesuffix('.md')}"}
    for block in BLOCKS:
        if block.page == page and block.language == "python" and block.skip is None:
            exec(compile(block.code, f"docs/{page} (block {block.index})", "exec"), namespace)
    capsys.readouterr()


@pytest.mark.parametrize("block", SKIPPED, ids=[f"{b.page}-{b.index}" for b in SKIPPED] or None)
def test_skipped_examples_say_why(block: Block) -> None:
    assert block.skip is not None
    assert re.search(r"\b(network|cluster)\b", block.skip), (
        f"docs/{block.page}: an example may be left unrun only when it needs a network or "
        f"a cluster, not because it {block.skip!r}"
    )
    pytest.skip(f"docs/{block.page}: {block.skip}")


def _installed_plugins() -> set[str]:
    return {ep.name for ep in importlib.metadata.entry_points(group="coopextract")}


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_shell_examples_run(
    page: str,
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(command, comments=True)[1:]
    operators = [a for a in args if a in ("|", ">", ">>", "&&", ";", "2>")]
    assert not operators, f"docs/{page}: {command!r} cannot be run by the tests"
    if "<" in args:
        at = args.index("<")
        stream = (ROOT / args[at + 1]).open(encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stream)
        args = args[:at] + args[at + 2 :]
    if "--plugins" in args:
        wanted = {p for p in args[args.index("--plugins") + 1].split(",") if p}
        missing = wanted - _installed_plugins()
        if missing:
            pytest.skip(f"needs the plugin(s) {sorted(missing)} installed (nox -s plugins)")
    for i, arg in enumerate(args[:-1]):
        if arg in OUTPUT_OPTIONS:
            target = tmp_path / args[i + 1]
            target.parent.mkdir(parents=True, exist_ok=True)
            args[i + 1] = str(target)
    try:
        assert main(args) == 0, f"docs/{page}: {command!r} failed"
    finally:
        if "<" in command:
            sys.stdin.close()
    capsys.readouterr()


def test_quoted_files_exist() -> None:
    """Every ``--8<--`` quote names a file (and a section) that exists."""
    quotes = [(p.name, m) for p in PAGES for m in SNIPPET.finditer(p.read_text("utf-8"))]
    assert quotes
    for page, match in quotes:
        path = ROOT / match.group("path")
        assert path.is_file(), f"docs/{page} quotes a missing file {match.group('path')}"
        if match.group("section"):
            text = path.read_text(encoding="utf-8")
            for end in ("start", "end"):
                marker = f"--8<-- [{end}:{match.group('section')}]"
                assert marker in text, f"docs/{page}: {path.name} has no {marker}"


# -- generated reference pages ----------------------------------------------------------


def test_every_marker_is_known_and_renders() -> None:
    generators = _generator().GENERATORS
    used = {m for p in PAGES for m in re.findall(r"<!-- generate: ([\w-]+) -->", p.read_text())}
    assert used <= set(generators), used - set(generators)
    assert set(generators) <= used, f"generators no page uses: {set(generators) - used}"
    for name, generate in generators.items():
        assert generate().strip(), name


def test_every_hookspec_is_in_the_reference() -> None:
    marker = f"{hookspecs.hookspec.project_name}_spec"
    specs = {n for n, f in vars(hookspecs).items() if inspect.isfunction(f) and hasattr(f, marker)}
    assert specs, "no hook specs found"
    assert specs == set(hookspecs.HOOK_ORDER), "HOOK_ORDER and the hook specs differ"
    rendered = _rendered("hooks.md")
    to_markdown = sys.modules["gen_rst"].to_markdown
    for name in sorted(specs):
        assert f"## {name}\n" in rendered, f"{name} has no section in the hook reference"
        for line in to_markdown(inspect.getdoc(getattr(hookspecs, name)) or "").splitlines():
            assert line in rendered, f"{name}: its documentation is not all there ({line!r})"


def test_record_tables_cover_every_field_and_value() -> None:
    from coopextract import schema

    rendered = _rendered("record-format.md")
    for cls in (schema.Record, schema.Organization, schema.Person, schema.Agreement):
        for field in attrs.fields(cls):
            assert f"| `{field.name}` |" in rendered, (cls.__name__, field.name)
    for cls in (schema.Event, schema.Evidence, schema.Period, schema.Diagnostic):
        assert f"### {cls.__name__}" in rendered
    for enum_cls in (schema.Instrument, schema.EventKind, schema.Area, schema.DateQualifier):
        for member in enum_cls:
            assert f"| `{member.value}` |" in rendered, (enum_cls.__name__, member.value)


def test_cli_reference_covers_every_command_and_option() -> None:
    rendered = _rendered("cli.md")
    parser = build_parser()
    for action in parser._actions:
        for option in set(action.option_strings) - {"-h", "--help"}:
            assert option in rendered, option
        for name, sub in (getattr(action, "choices", None) or {}).items():
            assert f"## coopextract {name}\n" in rendered, name
            for sub_action in sub._actions:
                for option in set(sub_action.option_strings) - {"-h", "--help"}:
                    assert f"`{option}" in rendered.split(f"## coopextract {name}\n")[1]


def test_tables_and_finding_kinds_are_listed() -> None:
    for page in ("plugins.md", "hooks.md"):
        rendered = _rendered(page)
        for table in TABLES:
            assert f"| `{table}` |" in rendered, (page, table)
    rendered = _rendered("hooks.md")
    for kind in FINDING_KINDS:
        assert f"| `{kind}` |" in rendered, kind
