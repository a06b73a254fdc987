"""Small hand-made corpora for index tests: articles, and indexes with chosen entities.

Mentions are given by the text they cover (the first occurrence in a block, or the n-th), so
tests read like the articles a user would see and do not depend on how recognition works.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article, Block
from reader.entities.model import Entity, Mention
from reader.index.build import IndexBuilder, Progress
from reader.index.cache import IndexCache, Warn
from reader.index.corpus_index import CorpusIndex
from reader.index.engine import EntityEngine


def make_article(
    article_id: str,
    title: str,
    paragraphs: Sequence[str],
    *,
    date: datetime | None = None,
    source: str = "",
    order: int = 0,
) -> Article:
    """An article whose text is the title, a blank line, and the paragraphs one per line."""
    text = title + "\n\n" + "\n".join(paragraphs) + "\n"
    blocks = [Block("title", title, 0)]
    position = len(title) + 2
    for paragraph in paragraphs:
        blocks.append(Block("paragraph", paragraph, position))
        position += len(paragraph) + 1
    digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        blocks=blocks,
        title=title,
        source=source,
        date=date,
        order=order,
        digest=digest,
    )


def mention_of(
    article: Article, block: int, text: str, label: str, entity: str, nth: int = 0
) -> Mention:
    """The `nth` occurrence of `text` in block `block` as a mention of `entity`."""
    block_text = article.blocks[block].text
    start = -1
    for _ in range(nth + 1):
        start = block_text.index(text, start + 1)
    return Mention(block, start, start + len(text), label, entity)  # type: ignore[arg-type]


def make_index(
    articles: Sequence[Article],
    mentions: Iterable[tuple[str, int, str, str, str]],
    entities: Iterable[Entity],
) -> CorpusIndex:
    """An index from (article id, block, text, label, entity id) mentions and the entities."""
    by_id = {a.id: a for a in articles}
    linked: dict[str, list[Mention]] = {a.id: [] for a in articles}
    seen: dict[tuple[str, int, str], int] = {}
    for article_id, block, text, label, entity_id in mentions:
        nth = seen.get((article_id, block, text), 0)
        seen[(article_id, block, text)] = nth + 1
        linked[article_id].append(mention_of(by_id[article_id], block, text, label, entity_id, nth))
    for found in linked.values():
        found.sort(key=lambda m: (m.block, m.start))
    return CorpusIndex.from_linked(articles, linked, {e.id: e for e in entities})


def read_shared_corpus(path: Path) -> list[Article]:
    """The articles of a shared `articles.jsonl.gz` corpus, through the corpus loader when it
    reads that format, otherwise one article per JSON line (title, blank line, paragraphs)."""
    loaded = load_corpus([str(path)])
    if loaded.articles:
        return loaded.articles
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            paragraphs = [p.strip() for p in record["text"].split("\n") if p.strip()]
            date = None
            if record.get("date"):
                try:
                    date = datetime.fromisoformat(record["date"])
                except ValueError:
                    date = None
            title = " ".join(record["title"].split())
            articles.append(
                make_article(
                    f"{path}#{number}",
                    title,
                    paragraphs,
                    date=date,
                    source=record.get("source", ""),
                    order=number,
                )
            )
    return articles


def build_index(
    articles: Sequence[Article],
    *,
    names_path: str | None = None,
    use_cache: bool = True,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> CorpusIndex:
    """Index `articles` in one go with the default cache, as the builder alone gives them."""
    engine = EntityEngine(names_path)
    cache = IndexCache(warn=warn) if use_cache else None
    try:
        builder = IndexBuilder(engine=engine, cache=cache, warn=warn)
        builder.add_articles(articles)
        index = builder.build(progress)
    finally:
        if cache is not None:
            cache.close()
    if index is None:
        raise RuntimeError("the build stopped without being cancelled")
    return index
