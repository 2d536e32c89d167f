"""Hypothesis profiles: ``ci`` (derandomized, for the test suite), ``dev``, ``thorough``.

Load one in a ``conftest.py``::

    import os
    from hypothesis import settings
    import coopextract.testing.profiles  # registers them

    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=25,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=400,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)

__all__: list[str] = []
