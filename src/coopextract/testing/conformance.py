"""Conformance of a plugin: its hooks behave and its vocabulary is well-formed.

:func:`check_plugin` builds an extractor with only the built-in rules and the plugin, in
strict mode (so a failing hook raises instead of becoming a diagnostic), and runs it over
sample articles; it raises ``AssertionError`` naming what is wrong::

    from coopextract.testing.conformance import check_plugin
    import coopextract_myoutlet

    def test_my_plugin_conforms():
        check_plugin(coopextract_myoutlet)
"""

from __future__ import annotations

from collections.abc import Iterable

from coopextract.errors import PluginError
from coopextract.hookspecs import HOOK_ORDER
from coopextract.pipeline import Extractor
from coopextract.schema import Record

__all__ = ["SAMPLES", "check_plugin"]

#: short articles in the shapes plugins meet (written for coopextract)
SAMPLES: tuple[str, ...] = (
    "",
    "Vietnam, Laos sign cooperation agreement\n\nVientiane (VNA) – The Vietnam Women's Union "
    "(VWU) and the Lao Women's Union (LWU) signed a cooperation agreement for 2025-2029 in "
    "Vientiane on May 6.\nAt the ceremony (Photo: VNA)\n\nVWU President Ha Thi Nga said the "
    "document opens a new stage./.\n\nRelated news\nDelegation visits Hanoi\n",
    "Deputy Minister of National Defence Senior Lieutenant General Tran Van Nam received "
    "Japanese Defence Attaché Colonel Sato Kenji in Hanoi on June 2. The two sides agreed to "
    "hold a joint search and rescue drill in late July.",
    "x" * 5000,
    "((((((((((((((((((((",
)


def _hooks_of(plugin: object) -> list[str]:
    return [name for name in dir(plugin) if name.startswith("coopextract_")]


def check_plugin(plugin: object, *, samples: Iterable[str] = SAMPLES) -> list[Record]:
    """Assert that ``plugin`` registers, contributes valid vocabulary and runs cleanly."""
    hooks = _hooks_of(plugin)
    assert hooks, f"{plugin!r} implements no coopextract_* hook"
    unknown = sorted(set(hooks) - set(HOOK_ORDER))
    assert not unknown, f"{plugin!r} has hooks the host does not know: {unknown}"
    try:
        extractor = Extractor(plugins=[], extra_plugins=[plugin], strict=True)
    except PluginError as exc:
        raise AssertionError(f"the plugin does not load: {exc}") from exc
    records = []
    for text in samples:
        try:
            record = extractor.extract(text, reference_date="2025-06-03", doc_id="sample")
        except PluginError as exc:
            raise AssertionError(f"a hook failed on a sample ({text[:40]!r}...): {exc}") from exc
        assert not record.diagnostics, f"diagnostics on a sample: {record.diagnostics}"
        for group in ("organizations", "people", "agreements", "events"):
            for item in getattr(record, group):
                for ev in item.evidence:
                    assert text[ev.start : ev.end] == ev.text, f"evidence off its text: {ev}"
        records.append(record)
    return records
