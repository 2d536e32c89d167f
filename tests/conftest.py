from __future__ import annotations

import os
from pathlib import Path

import pytest

from coopextract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "corpus" / "dev"
BUGS = ROOT / "tests" / "corpus" / "bugs_caught"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The core extractor, with no installed plugin (the generic English rules only)."""
    os.environ.setdefault("HYPOTHESIS_PROFILE", "ci")
    return Extractor(plugins=[])
