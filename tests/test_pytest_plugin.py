"""The pytest plugin's fixtures, as a plugin author uses them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coopextract import Extractor, hookimpl


class Titles:
    __name__ = "titles-for-one-test"

    @hookimpl
    def coopextract_register_vocabulary(self, register: Callable[..., None]) -> None:
        register("titles", ["Chief Scout"])


TEXT = "Chief Scout Le Van Tam received the delegation in Hanoi on May 5."


def test_factory_builds_an_extractor_with_chosen_plugins(
    coopextract_extractor_factory: Callable[..., Extractor],
) -> None:
    plain = coopextract_extractor_factory()
    extended = coopextract_extractor_factory(extra=[Titles()])
    assert [p.name for p in plain.extract(TEXT).people] != ["Le Van Tam"]
    assert [(p.name, p.title) for p in extended.extract(TEXT).people] == [
        ("Le Van Tam", "Chief Scout")
    ]


def test_register_adds_a_plugin_for_this_test_only(coopextract_register: Any) -> None:
    coopextract_register(Titles())
    extractor = coopextract_register.extractor()
    assert "titles-for-one-test" in [p.name for p in extractor.plugins]


def test_the_registered_plugin_is_gone_in_the_next_test(coopextract_register: Any) -> None:
    assert "titles-for-one-test" not in [p.name for p in coopextract_register.extractor().plugins]
