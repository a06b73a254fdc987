"""Find in article: smart case, diacritics folded, offsets unchanged."""

from __future__ import annotations

from reader.ui.text_find import TextFinder, TextMatch, fold


def test_lower_case_query_ignores_case() -> None:
    finder = TextFinder(["Putin bertemu putin", "PUTIN"])
    assert finder.find("putin") == [
        TextMatch(0, 0, 5),
        TextMatch(0, 14, 19),
        TextMatch(1, 0, 5),
    ]


def test_a_capital_in_the_query_makes_it_case_sensitive() -> None:
    finder = TextFinder(["Putin bertemu putin", "PUTIN"])
    assert finder.find("Putin") == [TextMatch(0, 0, 5)]


def test_diacritics_are_folded_both_ways() -> None:
    finder = TextFinder(["Café in São Paulo", "cafe"])
    assert finder.find("sao") == [TextMatch(0, 8, 11)]
    assert finder.find("café") == [TextMatch(0, 0, 4), TextMatch(1, 0, 4)]


def test_folding_keeps_every_offset() -> None:
    for text in ("İstanbul Straße Ærø", "Ǆemal ﬁne"):
        assert len(fold(text, ignore_case=True)) == len(text)
        assert len(fold(text, ignore_case=False)) == len(text)


def test_an_empty_query_finds_nothing() -> None:
    assert TextFinder(["text"]).find("") == []
