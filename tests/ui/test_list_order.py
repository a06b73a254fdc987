"""The article list's order and filter as data: parsing, saving, and the rows they give."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reader.corpus.model import Article
from reader.ui.list_order import FilterError, ListChoice, ListFilter, parse_filter
from reader.ui.listing import ArticleListing
from tests.ui.articles import make_article


def _corpus() -> list[Article]:
    rows = [
        ("Banjir di tepi sungai", "Kabar Kota", "id", datetime(2023, 9, 12)),
        ("Älteste Brücke der Stadt", "Wire", "en", datetime(2024, 3, 4)),
        ("Council approves budget", "Town Courier", "en", None),
        ("Harga cabai naik", "Kabar Kota", "id", datetime(2023, 9, 30)),
        ("Catatan redaksi", "", "id", None),
    ]
    return [
        make_article(title, ["Isi."], date=when, order=order, source=source, language=language)
        for order, (title, source, language, when) in enumerate(rows)
    ]


def _titles(listing: ArticleListing) -> list[str]:
    return [listing.article_at(row).title for row in range(len(listing))]


def test_parse_filter_reads_every_part_and_writes_it_back() -> None:
    line = 'unread source:"Kabar Kota" lang:ID from:2023-09 to:2023 banjir sungai'
    parsed = parse_filter(line)
    assert parsed == ListFilter(
        unread=True,
        source="Kabar Kota",
        language="id",
        since=date(2023, 9, 1),
        until=date(2023, 12, 31),
        text="banjir sungai",
    )
    assert parse_filter(parsed.to_text()) == parsed
    assert parse_filter("to:2024-02").until == date(2024, 2, 29)
    assert parse_filter("   ") == ListFilter() and not ListFilter().active


@pytest.mark.parametrize("line", ["from:2023-13", "to:kemarin", "from:23"])
def test_a_bad_date_says_how_to_write_one(line: str) -> None:
    with pytest.raises(FilterError, match="YYYY-MM-DD"):
        parse_filter(line)


@pytest.mark.parametrize("saved", [None, "", "{", "[]", '{"sort": "size"}', '{"filter": "from:x"}'])
def test_an_unreadable_saved_choice_is_the_default(saved: str | None) -> None:
    assert ListChoice.from_json(saved) == ListChoice()


def test_a_saved_choice_comes_back() -> None:
    choice = ListChoice("source", parse_filter("unread lang:en budget"))
    assert ListChoice.from_json(choice.to_json()) == choice


def test_sorts_put_undated_after_dated_and_ties_newest_first() -> None:
    listing = ArticleListing()
    listing.add(_corpus())
    assert _titles(listing) == [
        "Älteste Brücke der Stadt",
        "Harga cabai naik",
        "Banjir di tepi sungai",
        "Council approves budget",  # undated, in file order
        "Catatan redaksi",
    ]
    listing.set_choice(ListChoice("title"))
    assert _titles(listing) == [
        "Älteste Brücke der Stadt",  # folded: "alteste"
        "Banjir di tepi sungai",
        "Catatan redaksi",
        "Council approves budget",
        "Harga cabai naik",
    ]
    listing.set_choice(ListChoice("source"))
    assert _titles(listing) == [
        "Harga cabai naik",  # Kabar Kota, newest first
        "Banjir di tepi sungai",
        "Council approves budget",  # Town Courier
        "Älteste Brücke der Stadt",  # Wire
        "Catatan redaksi",  # no source: last
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("source:kabar", ["Harga cabai naik", "Banjir di tepi sungai"]),
        ("lang:en", ["Älteste Brücke der Stadt", "Council approves budget"]),
        ("from:2023-09-13 to:2023-12", ["Harga cabai naik"]),
        ("from:2000", ["Älteste Brücke der Stadt", "Harga cabai naik", "Banjir di tepi sungai"]),
        ("brucke", ["Älteste Brücke der Stadt"]),  # accents and case folded
        ("courier", ["Council approves budget"]),  # the source is searched too
        (
            "unread",
            ["Älteste Brücke der Stadt", "Banjir di tepi sungai", "Council approves budget",
             "Catatan redaksi"],
        ),
        ("lang:id unread", ["Banjir di tepi sungai", "Catatan redaksi"]),
    ],
)
def test_filters(line: str, expected: list[str]) -> None:
    articles = _corpus()
    read = {articles[3].id}
    listing = ArticleListing(lambda article: article.id in read)
    listing.set_choice(ListChoice(filter=parse_filter(line)))
    listing.add(articles)  # articles arriving under a filter are filtered as they come
    assert _titles(listing) == expected
    assert listing.total == 5
    for row, article in enumerate(listing.shown()):
        assert listing.row_of(article) == row
    hidden = [a for a in articles if a.title not in expected]
    assert all(listing.row_of(article) is None for article in hidden)
