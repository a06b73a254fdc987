"""The mentions list's rows: headers and mentions in order, grouped or flat, and filtered."""

from __future__ import annotations

from datetime import datetime, timedelta

from reader.entities.model import Entity
from reader.index.mentions import entity_mentions
from reader.ui.mention_rows import all_rows, filtered_rows
from tests.index.helpers import make_article, make_index
from tests.ui.names_corpus import names_index


def uneven_index():
    """One entity in 40 articles, mentioned 1, 2, 3, 1, 2, 3, ... times: 79 mentions."""
    start = datetime(2021, 1, 1)
    corpus, mentions = [], []
    for n in range(40):
        times = n % 3 + 1
        corpus.append(
            make_article(
                f"a{n}", f"Kabar {n}", ["Di Bandung ramai. " * times], date=start + timedelta(n)
            )
        )
        mentions += [(f"a{n}", 1, "Bandung", "LOC", "bandung")] * times
    return make_index(corpus, mentions, [Entity("bandung", "Bandung", "LOC")])


def expected_rows(mentions, grouped: bool) -> list[int]:
    """The rows spelled out: -(g + 1) for group g's header, k for the k-th mention."""
    rows = []
    for number, group in enumerate(mentions.groups):
        if grouped:
            rows.append(-(number + 1))
        rows.extend(range(group.first + 1, group.first + group.count + 1))
    return rows


def test_every_row_shows_the_right_header_or_mention() -> None:
    mentions = entity_mentions(uneven_index(), "bandung")
    for grouped in (True, False):
        rows = all_rows(mentions, grouped=grouped)
        expected = expected_rows(mentions, grouped)
        assert len(rows) == len(expected) == (79 + 40 if grouped else 79)
        for row, value in enumerate(expected):
            assert rows.is_header(row) == (value < 0)
            if value < 0:
                number, group = rows.group(row)
                assert number == -value - 1 and group.article.title.startswith("Kabar")
                assert rows.k(row) == 0
            else:
                assert rows.k(row) == value
                assert rows.row_of(value) == row
                assert rows.location(row) == mentions.location(value)
        assert rows.row_of(0) is None and rows.row_of(80) is None
        assert rows.mention_count == 79


def test_the_newest_article_comes_first() -> None:
    mentions = entity_mentions(uneven_index(), "bandung")
    rows = all_rows(mentions, grouped=True)
    _, first = rows.group(0)
    assert first.article.title == "Kabar 39" and rows.shown_count(0, first) == 1


def test_a_filter_keeps_matching_titles_and_snippets() -> None:
    index = names_index()
    mentions = entity_mentions(index, "vladimir-putin")
    by_text = filtered_rows(mentions, "STASIUN", grouped=True)  # case folded
    assert by_text is not None and len(by_text) == 2
    number, group = by_text.group(0)
    assert (number, group.article.title) == (1, "Kim Jong Un tiba di Vladivostok")
    assert by_text.shown_count(number, group) == 1 and group.count == 2
    assert by_text.location(1).mention.block == 5
    by_title = filtered_rows(mentions, "pameran", grouped=False)
    assert by_title is not None and by_title.mention_count == 1
    assert not by_title.is_header(0)
    assert filtered_rows(mentions, "tidak ada", grouped=True).mention_count == 0
    assert filtered_rows(mentions, "putin", grouped=True, cancelled=lambda: True) is None


def test_a_filtered_row_shows_and_marks_the_part_that_matched() -> None:
    from textual.style import Style

    from reader.index.snippets import Snippet
    from reader.ui.mentions_list import FILTER_MATCH, _filter_match, snippet_content

    text = (
        "Wali kota Arunika Dewangga meresmikan jembatan baru pada pagi hari yang cerah sambil "
        "menyapa warga, lalu berbicara tentang anggaran pelabuhan Sukamaju untuk tahun depan."
    )
    line = Snippet(text, text.index("Arunika"), text.index("Arunika") + len("Arunika Dewangga"))
    match = _filter_match(text, "pelabuhan")
    assert match is not None and text[match[0] : match[1]] == "pelabuhan"
    shown = snippet_content(line, 40, Style(bold=True), match)
    assert "pelabuhan" in shown.plain and shown.cell_length <= len(text)
    start = shown.plain.index("pelabuhan")
    assert shown.plain.startswith("…") and start + len("pelabuhan") <= 40
    assert any(
        span.start <= start and span.end >= start + len("pelabuhan") and span.style == FILTER_MATCH
        for span in shown.spans
    )
    # Without a filter, the row starts at the mention as before; a match already in view
    # does not move the row.
    plain = snippet_content(line, 40, Style(bold=True)).plain
    assert plain.startswith("Wali kota Arunika")
    near = _filter_match(text, "meresmikan")
    assert snippet_content(line, 40, Style(bold=True), near).plain == plain
    assert _filter_match("Pemandangan di Sukamaju", "SUKAMAJU".lower()) == (15, 23)
