"""Bad input of every kind: a record or a typed error naming the input, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopextract import CoopextractError, Extractor, InputError, InputTypeError, hookimpl
from coopextract.inputs import read_text_file


@pytest.mark.parametrize("value", [None, 3.5, ["text"], {"text": "x"}])
def test_non_text_is_a_type_error(extractor: Extractor, value: object) -> None:
    with pytest.raises(InputTypeError) as info:
        extractor.extract(value, doc_id="item-7")  # type: ignore[arg-type]
    assert "item-7" in str(info.value) and isinstance(info.value, TypeError)


def test_invalid_utf8_file_is_an_error_row_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Hanoi (VNA) - \xff\xfe talks")
    item = read_text_file(path)
    assert isinstance(item.error, InputError)
    assert "broken.txt" in str(item.error) and "UTF-8" in str(item.error)


def test_nul_bytes_in_text_are_harmless(extractor: Extractor) -> None:
    text = "Vietnam and Laos held talks\x00 in Hanoi on May 5.\x00\x00"
    record = extractor.extract(text, reference_date="2024-05-07")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-05")]


def test_fifty_megabytes_is_a_clear_error(extractor: Extractor) -> None:
    with pytest.raises(InputError) as info:
        extractor.extract("a" * (50 * 1024 * 1024), doc_id="huge.txt")
    message = str(info.value)
    assert "huge.txt" in message and "split" in message
    assert isinstance(info.value, CoopextractError) and isinstance(info.value, ValueError)


def test_a_pathological_plugin_pattern_times_out_into_a_diagnostic() -> None:
    class Slow:
        __name__ = "slow-pattern"

        @hookimpl
        def coopextract_register_vocabulary(self, register):  # type: ignore[no-untyped-def]
            register("event_triggers", {r"a(?:a|aa)*b": "meeting"})

    extractor = Extractor(plugins=[], extra_plugins=[Slow()])
    record = extractor.extract(
        "a" * 60 + " talks were held in Hanoi on May 5.", reference_date="2024-05-06"
    )
    assert any(
        "Timeout" in d.message or "timed out" in d.message.lower() for d in record.diagnostics
    )


@pytest.mark.parametrize(
    "text",
    [
        "(" * 20000 + ")" * 20000,
        "of the " * 30000,
        "1" * 200000,
        " ".join(["Capital"] * 50000),
        "Ministry of " * 20000,
    ],
    ids=["brackets", "of-the", "digits", "capitals", "ministry-of"],
)
def test_adversarial_inputs_give_records(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).doc_id is None
