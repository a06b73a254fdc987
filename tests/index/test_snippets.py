"""Context snippets: the sentence around a mention, or a window, on one line, never cutting
a character in two."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.index.snippets import ELLIPSIS, safe_cut, snippet

TEXT = (
    "Dr. Smith met U.S. officials in 1987. President Ronald Reagan said no. "
    "Then Mr. Baker left the room quietly!"
)


def _name(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_the_sentence_holding_the_mention_is_the_snippet() -> None:
    found = snippet(TEXT, *_name(TEXT, "Reagan"))
    assert found.text == "President Ronald Reagan said no."
    assert found.text[found.start : found.end] == "Reagan"


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    assert snippet(TEXT, *_name(TEXT, "Smith")).text == "Dr. Smith met U.S. officials in 1987."
    assert snippet(TEXT, *_name(TEXT, "Baker")).text == "Then Mr. Baker left the room quietly!"


def test_a_long_sentence_becomes_a_window_cut_at_spaces_with_ellipses() -> None:
    words = " ".join(f"word{i}" for i in range(60))
    text = f"{words} Jakarta {words}."
    found = snippet(text, *_name(text, "Jakarta"), width=60)
    assert found.text.startswith(ELLIPSIS) and found.text.endswith(ELLIPSIS)
    assert len(found.text) <= 60 + 2
    assert found.text[found.start : found.end] == "Jakarta"
    assert " word" not in found.text[1:3]  # cut at a space, not inside a word


def test_snippets_are_one_line() -> None:
    text = "Kim met\nPutin in\tVladivostok."
    found = snippet(text, *_name(text, "Putin"))
    assert "\n" not in found.text and "\t" not in found.text
    assert len(found.text) == len(text)  # replaced one-for-one


def test_a_cut_never_separates_a_combining_mark_or_an_emoji_sequence() -> None:
    text = "ab" + "e\u0301" * 3 + "\U0001f469\u200d\U0001f4bb" + "cd"
    # Positions right after a base letter, before its mark, move to a safe place.
    assert safe_cut(text, 3, backwards=True) == 2
    assert safe_cut(text, 3, backwards=False) == 4
    zwj = text.index("\u200d")
    assert safe_cut(text, zwj + 1, backwards=False) == zwj + 2
    assert safe_cut(text, zwj, backwards=True) == zwj - 1


@given(
    st.text(alphabet=st.sampled_from("ab .é\u0301\u200d😀!?\n"), min_size=1, max_size=300),
    st.integers(min_value=0, max_value=299),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=8, max_value=80),
)
def test_any_snippet_shows_the_mention_exactly(
    text: str, start: int, length: int, width: int
) -> None:
    start = min(start, len(text) - 1)
    end = min(len(text), start + length)
    found = snippet(text, start, end, width=width)
    assert found.text[found.start : found.end] == text[start:end].replace("\n", " ")
    assert "\n" not in found.text
