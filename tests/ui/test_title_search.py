"""Ranking titles for the command palette: prefix, word start, anywhere, then typos."""

from __future__ import annotations

from reader.ui.text_find import fold
from reader.ui.title_search import TitleIndex


def index(*titles: str) -> TitleIndex:
    return TitleIndex([fold(t, ignore_case=True) for t in titles])


def test_prefix_before_word_start_before_anywhere() -> None:
    titles = ("Rusia dan Korea", "Kim tiba di Rusia", "Belarusia menolak", "Rusia")
    hits = index(*titles).search("rusia")
    assert [titles[h.index] for h in hits] == [
        "Rusia",
        "Rusia dan Korea",
        "Kim tiba di Rusia",
        "Belarusia menolak",
    ]


def test_match_span_points_at_the_matched_text() -> None:
    title = "Pertemuan Kim dan Putin"
    [hit] = index(title).search("putin")
    assert title[hit.start : hit.end] == "Putin"


def test_diacritics_and_case_are_ignored() -> None:
    [hit] = index("Café in São Paulo").search("SAO PAULO")
    assert hit.start == 8


def test_a_typo_still_finds_the_title() -> None:
    titles = ("Vladivostok summit ends", "Seoul weather")
    hits = index(*titles).search("vladivostock")
    assert hits and titles[hits[0].index] == "Vladivostok summit ends"


def test_limit_is_respected() -> None:
    hits = index(*[f"Berita {i}" for i in range(500)]).search("berita", limit=30)
    assert len(hits) == 30
