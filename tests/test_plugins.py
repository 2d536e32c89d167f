"""The plugin system: selection, validation, isolation of a failing hook, strict mode."""

from __future__ import annotations

import pytest

from coopextract import Extractor, PluginError, hookimpl
from coopextract.plugins import BUILTIN_PLUGINS, ENV_VAR, make_plugin_manager

TEXT = (
    "Hanoi (VNA) - The Vietnam Red Cross Society (VNRC) and the Lao Red Cross (LRC) signed "
    "a cooperation agreement in Hanoi on March 14./."
)


class Broken:
    """A plugin whose finding hook raises."""

    __name__ = "broken"

    @hookimpl
    def coopextract_find(self, document, vocabulary, add):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")


class Misspelled:
    __name__ = "misspelled"

    @hookimpl
    def coopextract_findd(self, document):  # type: ignore[no-untyped-def]
        return None


class Titles:
    __name__ = "titles"

    @hookimpl
    def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
        register("titles", ["Grand Vizier"])


class BadTable:
    __name__ = "badtable"

    @hookimpl
    def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
        register("titels", ["Grand Vizier"])


class BadPattern:
    __name__ = "badpattern"

    @hookimpl
    def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
        register("event_triggers", {"(unclosed": "meeting"})


class NestedSet:
    """A pattern the standard library accepts (with a warning) but ``regex`` refuses."""

    __name__ = "nestedset"

    @hookimpl
    def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
        register("event_triggers", {"[[a-z]": "meeting"})


class Source:
    __name__ = "source"

    @hookimpl
    def coopextract_detect_source(self, document, vocabulary):  # type: ignore[no-untyped-def]
        return "Test Agency"


class Postprocess:
    __name__ = "post"

    @hookimpl
    def coopextract_postprocess(self, record, document):  # type: ignore[no-untyped-def]
        import attrs

        return attrs.evolve(record, title="changed")


def test_builtin_rules_are_registered_as_plugins() -> None:
    pm = make_plugin_manager(plugins=[])
    names = [name for name, _ in pm.list_name_plugin()]
    assert names == list(BUILTIN_PLUGINS)


def test_a_failing_hook_becomes_a_diagnostic_and_the_record_survives() -> None:
    record = Extractor(plugins=[], extra_plugins=[Broken()]).extract(TEXT)
    assert record.agreements, "the other plugins still made the agreement"
    [diag] = [d for d in record.diagnostics if d.plugin == "broken"]
    assert diag.hook == "coopextract_find"
    assert "boom" in diag.message and diag.level == "error"


def test_strict_mode_raises_the_failure() -> None:
    extractor = Extractor(plugins=[], extra_plugins=[Broken()], strict=True)
    with pytest.raises(PluginError) as info:
        extractor.extract(TEXT)
    assert info.value.plugin == "broken" and info.value.hook == "coopextract_find"


def test_a_misspelled_hook_fails_loudly() -> None:
    with pytest.raises(PluginError, match="misspelled"):
        Extractor(plugins=[], extra_plugins=[Misspelled()])


def test_vocabulary_contributions_are_used_and_validated() -> None:
    record = Extractor(plugins=[], extra_plugins=[Titles()]).extract(
        "Grand Vizier Nguyen Van An received the delegation in Hanoi on May 5."
    )
    assert [(p.name, p.title) for p in record.people] == [("Nguyen Van An", "Grand Vizier")]
    with pytest.raises(PluginError, match="titels"):
        Extractor(plugins=[], extra_plugins=[BadTable()])
    with pytest.raises(PluginError, match="broken pattern"):
        Extractor(plugins=[], extra_plugins=[BadPattern()])
    with pytest.raises(PluginError, match=r"nestedset.*broken pattern '\[\[a-z\]'"):
        Extractor(plugins=[], extra_plugins=[NestedSet()])


def test_first_source_answer_wins_and_postprocess_replaces_the_record() -> None:
    record = Extractor(plugins=[], extra_plugins=[Source(), Postprocess()]).extract(TEXT)
    assert record.source == "Test Agency"
    assert record.title == "changed"


def test_selecting_a_plugin_that_is_not_installed_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(PluginError, match="not installed"):
        make_plugin_manager(plugins=["no-such-plugin"])
    monkeypatch.setenv(ENV_VAR, "no-such-plugin")
    with pytest.raises(PluginError, match="not installed"):
        make_plugin_manager()


def test_records_name_the_plugins_that_made_them() -> None:
    record = Extractor(plugins=[]).extract(TEXT)
    names = [p.name for p in record.plugins]
    assert names == list(BUILTIN_PLUGINS)
    assert all(p.version for p in record.plugins)
