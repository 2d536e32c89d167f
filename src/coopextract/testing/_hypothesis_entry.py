"""Hypothesis entry point: ``st.from_type(Organization)`` and friends just work."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from coopextract.testing.strategies import register_type_strategies

    register_type_strategies()
