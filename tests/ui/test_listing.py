"""The sidebar's order: newest first, undated last, stable while batches arrive."""

from __future__ import annotations

from datetime import datetime

from reader.ui.listing import ArticleListing
from tests.ui.articles import make_article


def titles(listing: ArticleListing) -> list[str]:
    return [listing.article_at(row).title for row in range(len(listing))]


def test_newest_first_then_undated_in_load_order() -> None:
    listing = ArticleListing()
    listing.add(
        [
            make_article("old", [], date=datetime(2020, 1, 1), order=0),
            make_article("undated a", [], order=1),
            make_article("new", [], date=datetime(2023, 9, 12), order=2),
            make_article("undated b", [], order=3),
        ]
    )
    assert titles(listing) == ["new", "old", "undated a", "undated b"]


def test_batches_merge_into_the_order_and_rows_are_found_again() -> None:
    listing = ArticleListing()
    first = [make_article(f"a{i}", [], date=datetime(2020, 1, 1 + i), order=i) for i in range(5)]
    listing.add(first)
    later = [
        make_article(f"b{i}", [], date=datetime(2021, 1, 1 + i), order=10 + i) for i in range(3)
    ]
    listing.add(later)
    assert titles(listing)[:3] == ["b2", "b1", "b0"]
    for article in first + later:
        row = listing.row_of(article)
        assert row is not None and listing.article_at(row) is article


def test_identical_articles_each_keep_their_own_row() -> None:
    listing = ArticleListing()
    twin_a = make_article("same", [], order=0)
    twin_b = make_article("same", [], order=0)
    listing.add([twin_a, twin_b])
    assert {listing.row_of(twin_a), listing.row_of(twin_b)} == {0, 1}


def test_find_key_and_folded_titles() -> None:
    listing = ArticleListing()
    article = make_article("Café São Paulo", [])
    listing.add([article])
    assert listing.find_key(article.digest) is article
    assert listing.folded_titles() == ["cafe sao paulo"]
