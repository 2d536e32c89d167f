from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from coopextract.text import fold, norm_key


def test_fold_keeps_length_for_precomposed_vietnamese() -> None:
    folded = fold("Đà Nẵng city’s “People’s” Committee – Hà Nội")
    assert folded.text == "Da Nang city's \"People's\" Committee - Ha Noi"
    assert folded.starts is None  # one raw character per folded character


def test_fold_maps_decomposed_text_back_to_raw_offsets() -> None:
    raw = unicodedata.normalize("NFD", "Trần Thị Hoà met in Hà Nội")
    folded = fold(raw)
    assert folded.text == "Tran Thi Hoa met in Ha Noi"
    start = folded.text.index("Tran Thi Hoa")
    end = start + len("Tran Thi Hoa")
    assert unicodedata.normalize("NFC", folded.surface(start, end)) == "Trần Thị Hoà"


def test_fold_turns_crlf_into_lf() -> None:
    folded = fold("Line one\r\nLine two")
    assert folded.text == "Line one\nLine two"
    assert folded.surface(9, 17) == "Line two"


_ALPHABET = st.sampled_from(
    list("aAzZ09 .,;'-\n\r\t")
    + list("Đđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ")
    + ["\u0301", "\u0323", "\u200b", "\u00a0", "\u2019", "\u2013", "\ufeff"]
)


@given(st.text(_ALPHABET, max_size=60), st.data())
def test_folding_a_spans_surface_gives_back_the_folded_span(raw: str, data: st.DataObject) -> None:
    folded = fold(raw)
    n = len(folded.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    if start < end:
        assert fold(folded.surface(start, end)).text == folded.text[start:end]


@given(st.text(), st.data())
def test_every_folded_span_maps_inside_the_raw_text(raw: str, data: st.DataObject) -> None:
    folded = fold(raw)
    n = len(folded.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    rs, re_ = folded.raw_span(start, end)
    assert 0 <= rs <= re_ <= len(raw)


def test_norm_key_follows_the_scoring_rules() -> None:
    assert norm_key("The Việt Nam Red Cross Society") == "vietnam red cross society"
    assert norm_key("U.N.") == "un"
    assert norm_key("People’s Liberation Army Navy") == "people s liberation army navy"
    assert norm_key(None) == ""
