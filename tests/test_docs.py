"""Every example in the docs runs, and the hook reference documents every hook."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
from pathlib import Path

import pytest

from coopextract import hookspecs
from coopextract.cli import main

from .conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(language: str) -> list[tuple[str, int, str]]:
    out = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for n, match in enumerate(FENCE.finditer(text)):
            body = match.group(2)
            if match.group(1) == language and "--8<--" not in body:
                out.append((page.name, n, body))
    return out


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "hooks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGES_WITH_CODE = sorted({page for page, _, _ in _blocks("python")})


@pytest.mark.parametrize("page", PAGES_WITH_CODE)
def test_python_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's examples run in order, sharing one namespace, as a reader runs them."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page}"}
    for name, index, code in _blocks("python"):
        if name == page:
            exec(compile(code, f"{page}#{index}", "exec"), namespace)


COMMANDS = [
    (page, line[2:])
    for page, _, body in _blocks("console")
    for line in body.splitlines()
    if line.startswith("$ coopextract ")
]


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_console_examples_run(
    page: str,
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(ROOT)
    args = [a.replace("build/records", str(tmp_path / "records")) for a in shlex.split(command)[1:]]
    assert main(["--plugins", "", *args]) == 0, (page, command)
    capsys.readouterr()


def test_every_hookspec_is_in_the_reference() -> None:
    specs = sorted(name for name in dir(hookspecs) if name.startswith("coopextract_"))
    assert specs == sorted(hookspecs.HOOK_ORDER)
    rendered = _generator().hooks()  # type: ignore[attr-defined]
    for name in specs:
        assert f"### `{name}`" in rendered, name
        doc = getattr(hookspecs, name).__doc__.strip().splitlines()[0]
        assert doc in rendered
    assert "<!-- generate: hooks -->" in (DOCS / "hooks.md").read_text(encoding="utf-8")


def test_generated_pages_render() -> None:
    module = _generator()
    for name, generate in module.GENERATORS.items():  # type: ignore[attr-defined]
        assert generate().strip(), name


def test_record_tables_cover_every_schema_field() -> None:
    import attrs

    from coopextract import schema

    rendered = _generator().record_tables()  # type: ignore[attr-defined]
    for cls in (schema.Record, schema.Organization, schema.Person, schema.Agreement, schema.Event):
        for field in attrs.fields(cls):
            assert f"| `{field.name}` |" in rendered, (cls.__name__, field.name)


def test_the_property_example_is_a_real_test_file() -> None:
    example = DOCS / "examples" / "test_plugin_properties.py"
    assert example.exists()
    assert os.path.basename(example) in (DOCS / "property-testing.md").read_text(encoding="utf-8")
