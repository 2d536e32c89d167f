"""Word-start dispatch: the shortcuts give the same hits as trying every word."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from coopextract.dispatch import DEPTH, Dispatcher, PhraseMatcher, WordStarts, first_letters
from coopextract.vocabulary import Entry, MultiScanner, PatternTable

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH = rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s*-\s*\d+)?\s+(?:of\s+)?(?:{_MONTHS})"

_PATTERNS = (
    r"memorand(?:um|a) of understanding",
    r"MoUs?",
    r"sign(?:ed|s|ing)?",
    _DAY_MONTH,
    r"the (?:same|next) day",
    r"\d{4}",
)
_PHRASES = ("Viet Nam", "Vietnam", "Lao", "Laos", "Hanoi", "Ha Noi", "Ho Chi Minh City")
_WORDS = (
    "signed",
    "sign",
    "an",
    "MoU",
    "memorandum of understanding",
    "Viet Nam",
    "Vietnam",
    "Laos",
    "Lao",
    "Hanoi",
    "the same day",
    "12th of March",
    "3 February",
    "2025",
    "-Hanoi",
    "Ho Chi Minh City",
    "x",
    "İstanbul",
    ",",
    ".",
)


def test_first_letters_fall_back_to_fewer_letters_when_the_starts_are_too_many() -> None:
    starts = first_letters(_DAY_MONTH)
    assert starts is not None
    assert starts and all(s[:1].isdigit() for s in starts)
    assert max(len(s) for s in starts) < DEPTH  # full depth has too many to list


def test_first_letters_lists_literal_starts_to_full_depth() -> None:
    assert first_letters(r"sign(?:ed|s)?") == {"sign"}
    assert first_letters(r"[^\n]*javascript") is None


def test_dispatcher_only_offers_patterns_that_can_start_at_a_word() -> None:
    dispatcher = Dispatcher(list(_PATTERNS))
    assert dispatcher.for_key("sign") == (2,)
    assert 3 in dispatcher.for_key("12th") and 5 in dispatcher.for_key("2025")
    assert dispatcher.for_key("hano") == ()


texts = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)


@given(texts)
def test_scanners_find_the_same_hits_with_or_without_the_word_index(text: str) -> None:
    index = WordStarts(text)
    plain = list(index)
    assert plain == [m.start() for m in regex.finditer(r"(?<![\w-])\w", text)]

    table = PatternTable(tuple(Entry(p, f"v{i}", "test") for i, p in enumerate(_PATTERNS)))
    spans = lambda hits: [(m.span(), e.value) for m, e in hits]  # noqa: E731
    assert spans(table.finditer(text, starts=index)) == spans(table.finditer(text, starts=plain))

    matcher = PhraseMatcher(_PHRASES)
    assert list(matcher.finditer(text, index, 0, len(text))) == list(
        matcher.finditer(text, plain, 0, len(text))
    )

    scanner = MultiScanner({"a": table, "b": PatternTable((Entry(r"Lao|Laos", "la", "t"),))})
    with_index = scanner.scan(text, [(0, len(text))], index)
    without = scanner.scan(text, [(0, len(text))], plain)
    assert {k: spans(v) for k, v in with_index.items()} == {k: spans(v) for k, v in without.items()}


def test_a_repeat_of_one_or_more_may_open_with_one_repetition() -> None:
    starts = first_letters(r"\d+(?:st|nd|rd|th)\s+session")
    assert starts is not None
    assert "9t" in starts and "12" in starts
