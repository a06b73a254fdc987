"""Honest dates: an article's date comes from its metadata and header, never from its story.

A date in a sentence is what the story is about (a birth, a deadline, the end of a fiscal
year), not when it was written; an article with no date in its metadata is undated.
"""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from reader.corpus.headline import date_line
from reader.corpus.loader import load_corpus, sort_newest_first
from reader.corpus.model import Article
from tests.conftest import shared_path

#: A story whose sentences are full of dates, none of them the day it was written.
STORY = (
    "Warga kota itu mengungsi setelah hujan deras sejak 3 Januari 2021 membuat sungai meluap "
    "ke jalan-jalan utama, kata wali kota yang lahir pada 17 Agustus 1961.\n\n"
    "Tenggat perbaikan tanggul ditetapkan Senin (15/7/2026) oleh dewan kota.\n\n"
    "Laporan keuangan kota untuk tahun yang berakhir 31 Desember 2004 menunjukkan defisit.\n"
)
ENGLISH_STORY = (
    "Residents of the river town left their homes as the water rose past the old bridge, "
    "built on 14 May 1921 by a local mason.\n\n"
    "The mayor, born on 2 February 1961, said the deadline of 15 July 2026 would hold.\n\n"
    "Results for the year to 31 December 2004 showed a loss.\n"
)


def _load(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    corpus = load_corpus([str(path)])
    (article,) = corpus.articles
    return article


@pytest.mark.parametrize(
    "text",
    [
        "Banjir Melanda Kota Tepian Sungai\n\n" + STORY,
        "River Town Floods After a Night of Rain\n\n" + ENGLISH_STORY,
        # A lead that opens like a dateline but holds its date in the sentence.
        "River Town Floods After a Night of Rain\n\nMARLOW - On 4 March 2019 the river rose. "
        + ENGLISH_STORY,
    ],
)
def test_no_date_is_taken_from_the_story(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, "story.txt", text).date is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Selasa, 12 September 2023 10:58 WIB", datetime(2023, 9, 12, 10, 58)),
        ("Diperbarui: 5 Okt 2022 08:15", datetime(2022, 10, 5, 8, 15)),
        ("Updated: March 4, 2019", datetime(2019, 3, 4)),
        ("Rina Kusuma • 12 September 2023 06:00", datetime(2023, 9, 12, 6, 0)),
    ],
)
def test_a_timestamp_or_byline_line_under_the_headline_dates_the_article(
    tmp_path: Path, header: str, expected: datetime
) -> None:
    article = _load(tmp_path, "a.txt", f"Banjir Melanda Kota Tepian Sungai\n{header}\n\n{STORY}")
    assert article.date == expected
    # The timestamp is shown in the metadata line, not as the story's first paragraph.
    assert header not in [block.text for block in article.body]


def test_a_dateline_dates_the_article(tmp_path: Path) -> None:
    text = "River Town Floods\n\nMARLOW, March 4, 2019 - Residents left their homes as the water rose.\n"
    article = _load(tmp_path, "a.txt", text + "\n" + ENGLISH_STORY)
    assert article.date == datetime(2019, 3, 4)
    assert article.dateline == "MARLOW"


def test_date_line_is_a_whole_line_only() -> None:
    assert date_line("Kamis, 05/10/2023 08:15") is not None
    assert date_line("Banjir terjadi pada 5 Oktober 2023") is None
    assert date_line("The meeting is on 4 March 2019") is None


def test_json_fields_date_an_article_and_nothing_else_does(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    records = [
        {"title": "Dated by its field", "date": "2021-06-01T09:00:00", "text": ENGLISH_STORY},
        {"title": "No date field", "date": "", "text": ENGLISH_STORY},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    dated, undated = load_corpus([str(path)]).articles
    assert dated.date == datetime(2021, 6, 1, 9, 0)
    assert undated.date is None


def test_html_meta_dates_a_page_and_its_sentences_do_not(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH_STORY.split("\n\n"))
    page = (
        "<html><head><title>River Town Floods</title>{meta}</head><body><article>"
        "<h1>River Town Floods</h1>" + paragraphs + "</article></body></html>"
    )
    meta = '<meta property="article:published_time" content="2022-10-03T09:15:00+07:00">'
    assert _load(tmp_path, "a.html", page.format(meta=meta)).date == datetime(2022, 10, 3, 9, 15)
    assert _load(tmp_path, "b.html", page.format(meta="")).date is None


def test_front_matter_dates_a_markdown_article(tmp_path: Path) -> None:
    text = "---\ntitle: River Town Floods\ndate: 2020-01-02\n---\n\n" + ENGLISH_STORY
    assert _load(tmp_path, "a.md", text).date == datetime(2020, 1, 2)
    assert _load(tmp_path, "b.md", "# River Town Floods\n\n" + ENGLISH_STORY).date is None


def test_undated_articles_sort_after_dated_ones_in_file_order(tmp_path: Path) -> None:
    for name, header in (("1.txt", ""), ("2.txt", "12 Sep 2023\n"), ("3.txt", ""),
                         ("4.txt", "1 Jan 2024\n")):  # fmt: skip
        (tmp_path / name).write_text(f"Headline Number {name[0]} Here\n{header}\n{STORY}")
    articles = sort_newest_first(load_corpus([str(tmp_path)]).articles)
    assert [Path(a.path).name for a in articles] == ["4.txt", "2.txt", "1.txt", "3.txt"]


def test_no_bbc_article_gets_a_date_from_its_body() -> None:
    """The BBC set has no dates at all: every date the loader found would be invented."""
    folder = shared_path("corpora", "bbc-news-2225")
    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        assert all(not json.loads(line)["date"] for line in lines)
    articles = load_corpus([str(folder / "articles.jsonl.gz")]).articles
    assert len(articles) == 2225
    assert [a.title for a in articles if a.date is not None] == []
