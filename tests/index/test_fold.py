"""Folding names for matching: case, diacritics, spacing, and the way back to the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.index.fold import fold, fold_with_origins, spans_to_original


def test_case_and_diacritics_are_folded() -> None:
    assert fold("Thomas Müller") == "thomas muller"
    assert fold("ÉLYSÉE") == "elysee"
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == "strasse"
    assert fold("Søren  Kierkegaard ") == "soren kierkegaard"


def test_typographic_apostrophes_fold_to_ascii() -> None:
    assert fold("O’Neill") == fold("O'Neill") == "o'neill"


def test_origins_point_at_the_original_characters() -> None:
    text = "  Müller  Straße"
    folded, origins = fold_with_origins(text)
    assert folded == fold(text) == "muller strasse"
    assert len(origins) == len(folded)
    assert text[origins[folded.index("u")]] == "ü"
    assert text[origins[folded.index("ss")]] == "ß"


def test_spans_map_back_whole_characters_with_their_marks() -> None:
    text = "Ze\u0301non Straße"  # e + combining acute
    folded, origins = fold_with_origins(text)
    assert folded == "zenon strasse"
    start = folded.index("zen")
    assert spans_to_original([(start, start + 2)], origins, text) == ((0, 3),)  # keeps the accent
    start = folded.index("stras")
    spans = spans_to_original([(start, start + 5)], origins, text)
    assert text[spans[0][0] : spans[0][1]] == "Straß"


@given(st.text(max_size=40))
def test_fold_with_origins_agrees_with_fold(text: str) -> None:
    folded, origins = fold_with_origins(text)
    assert folded == fold(text)
    assert len(origins) == len(folded)
    assert origins == sorted(origins)
    assert all(0 <= o < len(text) for o in origins)
