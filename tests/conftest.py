from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import coopextract.testing.profiles  # noqa: F401  (registers the profiles)
from coopextract import Extractor

settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "corpus" / "dev"
BUGS = ROOT / "tests" / "corpus" / "bugs_caught"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The core extractor, with no installed plugin (the generic English rules only)."""
    return Extractor(plugins=[])
