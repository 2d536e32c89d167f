"""A pytest plugin shipped with coopextract (entry point ``pytest11``).

Fixtures:

``coopextract_extractor_factory``
    builds an :class:`~coopextract.Extractor` with chosen installed plugins and extra
    plugin objects: ``coopextract_extractor_factory(plugins=["vna"], extra=[MyPlugin()])``.
``coopextract_register``
    registers a plugin object for one test and builds extractors that include it; the
    plugin is gone after the test, whatever happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pytest

from coopextract.pipeline import Extractor

ExtractorFactory = Callable[..., Extractor]


@pytest.fixture
def coopextract_extractor_factory() -> ExtractorFactory:
    def build(
        plugins: Iterable[str] | None = (),
        extra: Iterable[object] = (),
        strict: bool = False,
    ) -> Extractor:
        return Extractor(plugins=plugins, extra_plugins=extra, strict=strict)

    return build


class _Registry:
    def __init__(self) -> None:
        self.plugins: list[object] = []

    def __call__(self, plugin: object) -> object:
        self.plugins.append(plugin)
        return plugin

    def extractor(self, *, plugins: Iterable[str] | None = (), strict: bool = False) -> Extractor:
        return Extractor(plugins=plugins, extra_plugins=list(self.plugins), strict=strict)


@pytest.fixture
def coopextract_register() -> Iterator[_Registry]:
    registry = _Registry()
    try:
        yield registry
    finally:
        registry.plugins.clear()
