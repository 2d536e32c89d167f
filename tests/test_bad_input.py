"""Bad input gets a record or a clear, typed error naming the input; never a traceback."""

from __future__ import annotations

import datetime as dt

import pytest

from coopextract import CoopextractError, Extractor, InputError, InputTypeError


def test_empty_and_blank_text_give_empty_records(extractor: Extractor) -> None:
    for text in ("", "   \n\n\t", "\x00\x00"):
        record = extractor.extract(text, doc_id="empty")
        assert record.doc_id == "empty"
        assert record.agreements == () and record.events == () and record.organizations == ()


def test_bytes_are_refused_with_advice(extractor: Extractor) -> None:
    with pytest.raises(InputTypeError) as info:
        extractor.extract(b"Hanoi (VNA) - talks", doc_id="raw.txt")  # type: ignore[arg-type]
    assert "raw.txt" in str(info.value) and "decode" in str(info.value)
    assert isinstance(info.value, TypeError) and isinstance(info.value, CoopextractError)


def test_non_text_is_refused(extractor: Extractor) -> None:
    with pytest.raises(InputTypeError, match="must be a str"):
        extractor.extract(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "15/03/2024"])
def test_bad_reference_dates_are_input_errors(extractor: Extractor, value: str) -> None:
    with pytest.raises(InputError) as info:
        extractor.extract("text", reference_date=value, doc_id="d1")
    assert "d1" in str(info.value) and "YYYY-MM-DD" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_reference_date_as_date_or_datetime(extractor: Extractor) -> None:
    text = "Vietnam and Laos held talks in Hanoi on May 5."
    a = extractor.extract(text, reference_date=dt.date(2024, 5, 7))
    b = extractor.extract(text, reference_date=dt.datetime(2024, 5, 7, 10, 30))
    assert a.events[0].date == b.events[0].date == "2024-05-05"


def test_binary_noise_gives_a_record(extractor: Extractor) -> None:
    noise = bytes(range(256)).decode("latin-1") * 20
    record = extractor.extract(noise, doc_id="noise")
    assert record.doc_id == "noise"


def test_five_megabytes_of_one_word_gives_a_record(extractor: Extractor) -> None:
    record = extractor.extract("cooperation " * (5 * 1024 * 1024 // 12), doc_id="big")
    assert record.agreements == () and record.events == ()
