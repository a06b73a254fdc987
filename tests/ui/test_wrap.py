"""The greedy wrapper: lines fit, nothing is lost, and offsets map to cells and back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.ui.wrap import cells_before, line_of, offset_at_cell, wrap_offsets


def lines(text: str, width: int) -> list[str]:
    starts = wrap_offsets(text, width)
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def test_wraps_at_spaces_and_keeps_every_character() -> None:
    text = "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada Selasa"
    wrapped = lines(text, 20)
    assert "".join(wrapped) == text
    assert [line.rstrip() for line in wrapped] == [
        "Pemimpin Korea Utara",
        "Kim Jong Un tiba di",
        "Rusia pada Selasa",
    ]


def test_folds_a_word_longer_than_the_line() -> None:
    assert lines("https://example.com/a/very/long/path ok", 10)[:2] == ["https://ex", "ample.com/"]


def test_wide_characters_take_two_cells() -> None:
    text = "東京都 渋谷区 新宿区"
    for line in lines(text, 7):
        assert cell_len(line.rstrip()) <= 7
    assert cells_before(text, 0, 2) == 4


def test_offset_at_cell_inverts_cells_before() -> None:
    text = "Ünïcödé 東京 text"
    for offset in range(len(text) + 1):
        cell = cells_before(text, 0, offset)
        assert offset_at_cell(text, 0, len(text), cell) == offset


def test_line_of_finds_the_line_holding_an_offset() -> None:
    starts = [0, 10, 20]
    assert [line_of(starts, o) for o in (0, 9, 10, 25)] == [0, 0, 1, 2]


words = st.text(alphabet=st.sampled_from("abcdé東 "), min_size=0, max_size=200)


@given(text=words, width=st.integers(min_value=1, max_value=40))
def test_every_line_fits_and_the_text_is_whole(text: str, width: int) -> None:
    wrapped = lines(text, width)
    assert "".join(wrapped) == text
    for line in wrapped:
        visible = line.rstrip()
        assert cell_len(visible) <= max(width, 2)  # a 2-cell character alone on a 1-cell line
