"""A small news corpus with chosen names, as files and as a hand-linked index, for the finder,
mentions and jump tests.

The names are placed by hand (tests.index.helpers.make_index), so the screens are tested on
exactly the entities a reader would see, whatever recognition finds. `write_corpus` writes
the same articles as files for tests that run the whole reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.corpus.model import META_KINDS, Article
from reader.entities.model import Entity
from reader.index.corpus_index import CorpusIndex
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.indexing import IndexReady, NameIndexer
from tests.index.helpers import make_article, make_index
from tests.ui.conftest import screen_lines, settle

FILLER = "Para analis menilai situasi di kawasan itu masih berubah dengan cepat setiap hari. " * 16

#: (id, title, date, source, paragraphs)
ARTICLES: list[tuple[str, str, datetime, str, list[str]]] = [
    (
        "kunjungan",
        "Kim Jong Un tiba di Vladivostok",
        datetime(2023, 9, 12, 10, 58),
        "Kantor Berita Contoh",
        [
            "Pemimpin Korea Utara Kim Jong Un tiba di Vladivostok pada Selasa pagi.",
            FILLER,
            "Di Rusia, Kim akan bertemu dengan Presiden Vladimir Putin.",
            FILLER,
            "Putin menyambut tamunya di stasiun, kata juru bicara Kremlin.",
        ],
    ),
    (
        "reaksi",
        "Seoul menyatakan keprihatinan atas kunjungan ke Rusia",
        datetime(2023, 9, 13, 8, 0),
        "Harian Contoh",
        [
            "Kementerian Luar Negeri Korea Selatan mengkritik pertemuan Kim dan Vladimir Putin.",
            FILLER,
            "Menurut Seoul, Jokowi juga diminta ikut menanggapi kunjungan itu.",
        ],
    ),
    (
        "jakarta",
        "Presiden Joko Widodo membuka pameran di Jakarta",
        datetime(2023, 9, 10, 9, 30),
        "Warta Ibu Kota",
        [
            "Presiden Joko Widodo membuka pameran dagang di Jakarta pada Minggu.",
            FILLER,
            "Jokowi mengatakan pameran ini penting bagi Jakarta dan Putin tidak diundang.",
        ],
    ),
]

#: (article id, paragraph, text, label, entity id): paragraph 0 is the title, then 1, 2, ...
MENTIONS = [
    ("kunjungan", 0, "Kim Jong Un", "PER", "kim-jong-un"),
    ("kunjungan", 0, "Vladivostok", "LOC", "vladivostok"),
    ("kunjungan", 1, "Korea Utara", "LOC", "korea-utara"),
    ("kunjungan", 1, "Kim Jong Un", "PER", "kim-jong-un"),
    ("kunjungan", 1, "Vladivostok", "LOC", "vladivostok"),
    ("kunjungan", 3, "Rusia", "LOC", "rusia"),
    ("kunjungan", 3, "Kim", "PER", "kim-jong-un"),
    ("kunjungan", 3, "Vladimir Putin", "PER", "vladimir-putin"),
    ("kunjungan", 5, "Putin", "PER", "vladimir-putin"),
    ("kunjungan", 5, "Kremlin", "ORG", "kremlin"),
    ("reaksi", 0, "Seoul", "LOC", "seoul"),
    ("reaksi", 0, "Rusia", "LOC", "rusia"),
    ("reaksi", 1, "Kementerian Luar Negeri Korea Selatan", "ORG", "kemlu-korsel"),
    ("reaksi", 1, "Kim", "PER", "kim-jong-un"),
    ("reaksi", 1, "Vladimir Putin", "PER", "vladimir-putin"),
    ("reaksi", 3, "Seoul", "LOC", "seoul"),
    ("reaksi", 3, "Jokowi", "PER", "joko-widodo"),
    ("jakarta", 0, "Joko Widodo", "PER", "joko-widodo"),
    ("jakarta", 0, "Jakarta", "LOC", "jakarta"),
    ("jakarta", 1, "Joko Widodo", "PER", "joko-widodo"),
    ("jakarta", 1, "Jakarta", "LOC", "jakarta"),
    ("jakarta", 3, "Jokowi", "PER", "joko-widodo"),
    ("jakarta", 3, "Jakarta", "LOC", "jakarta"),
    ("jakarta", 3, "Putin", "PER", "vladimir-putin"),
]

ENTITIES = [
    Entity("kim-jong-un", "Kim Jong Un", "PER", ("Kim",)),
    Entity("vladimir-putin", "Vladimir Putin", "PER", ("Putin",)),
    Entity("joko-widodo", "Joko Widodo", "PER", ("Jokowi",)),
    Entity("vladivostok", "Vladivostok", "LOC"),
    Entity("korea-utara", "Korea Utara", "LOC"),
    Entity("rusia", "Rusia", "LOC"),
    Entity("seoul", "Seoul", "LOC"),
    Entity("jakarta", "Jakarta", "LOC"),
    Entity("kremlin", "Kremlin", "ORG"),
    Entity("kemlu-korsel", "Kementerian Luar Negeri Korea Selatan", "ORG"),
]


def articles() -> list[Article]:
    """The corpus's articles (title block 0, then one block per paragraph)."""
    return [
        make_article(article_id, title, paragraphs, date=date, source=source, order=n)
        for n, (article_id, title, date, source, paragraphs) in enumerate(ARTICLES)
    ]


def block_of(article: Article, paragraph: int) -> int:
    """The block holding the title (paragraph 0) or the n-th paragraph of the story."""
    if paragraph == 0:
        return next(i for i, block in enumerate(article.blocks) if block.kind == "title")
    body = [i for i, block in enumerate(article.blocks) if block.kind not in META_KINDS]
    return body[paragraph - 1]


def names_index(corpus: Sequence[Article] | None = None) -> CorpusIndex:
    """The hand-linked index of the articles (made here, or loaded from `write_corpus`)."""
    corpus = list(corpus) if corpus is not None else articles()
    by_name = {Path(article.path).stem: article for article in corpus}
    mentions = [
        (by_name[name].id, block_of(by_name[name], paragraph), text, label, entity)
        for name, paragraph, text, label, entity in MENTIONS
    ]
    ordered = [by_name[article_id] for article_id, *_ in ARTICLES]
    return make_index(ordered, mentions, ENTITIES)


def write_corpus(folder: Path) -> Path:
    """The same articles as Markdown files with front matter; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, title, date, source, paragraphs in ARTICLES:
        front = f"---\ntitle: {title}\nsource: {source}\ndate: {date.isoformat()}\n---\n\n"
        text = front + "\n\n".join(paragraphs) + "\n"
        (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
    return folder


def use_hand_linked_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the reader index its corpus with `names_index` instead of recognising names.

    The screens are then tested on exactly the entities above, whatever recognition finds.
    """

    def start_build(indexer: NameIndexer) -> None:
        screen = indexer.screen
        indexer.post_message(IndexReady(names_index(list(screen.listing.articles()))))

    monkeypatch.setattr(NameIndexer, "start_build", start_build)
    monkeypatch.setattr(NameIndexer, "request_names", lambda indexer, article: None)


async def names_ready(pilot: Pilot[None], timeout: float = 20.0) -> None:
    """Wait until the corpus is loaded and its names are findable (the finder is built)."""
    await settle(pilot, timeout)
    app = pilot.app
    for _ in range(int(timeout / 0.01)):
        screen = app.main_screen
        if screen is not None and screen.navigation.names.names_ready:
            break
        await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    await pilot.pause()


def mention_row(app: ReaderApp, text: str) -> int | None:
    """The line of the article view (0 = its top line) showing `text` first, if on screen."""
    view = app.screen.query_one(ArticleView)
    top = view.content_region.y
    for row, line in enumerate(screen_lines(app)[top : top + view.content_region.height]):
        if text in line:
            return row
    return None
