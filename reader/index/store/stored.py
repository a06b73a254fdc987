"""`StoredNames`: a corpus's names as the library keeps them, read lazily from it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.index.candidates import Candidates, build_candidates
from reader.index.corpus_index import CorpusIndex
from reader.index.mentions import EntityMentions, entity_mentions
from reader.index.store.codec import ArticleHead
from reader.index.store.names import (
    MentionSpans,
    load_candidates,
    load_spans,
    pack_candidates,
    save_candidates,
    save_spans,
    spans_of,
)

if TYPE_CHECKING:
    from reader.index.store.library import SqliteLibrary


class StoredNames:
    """A corpus's names as the store keeps them: an index over article heads, the mentions'
    source spans, and the finder's keys; each loaded when first asked for."""

    def __init__(self, library: SqliteLibrary, engine: str, corpus: str, index: CorpusIndex):
        self.library = library
        self.engine = engine
        self.corpus = corpus
        self.index = index
        self._spans: MentionSpans | None = None

    @property
    def heads(self) -> list[ArticleHead]:
        return self.index.articles  # type: ignore[return-value]

    def keep_spans(self, spans: MentionSpans) -> None:
        self._spans = spans
        db = self.library.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            save_spans(db, self.engine, self.corpus, spans)
            _forget_orphans(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def spans(self) -> MentionSpans:
        """Each mention's source span and text (made from the articles if not kept)."""
        if self._spans is None:
            db = self.library.connection
            rows = len(self.index.mention_table)
            self._spans = load_spans(db, self.engine, self.corpus, rows)
            if self._spans is None:
                self.keep_spans(spans_of(self.whole([])))
        return self._spans  # type: ignore[return-value]

    def candidates(self, with_articles: bool = True) -> Candidates:
        """The finder's keys (entity names and aliases, and titles when `with_articles`)."""
        db = self.library.connection
        found = load_candidates(db, self.engine, self.corpus, with_articles)
        if found is None:
            found = build_candidates(self.index, include_articles=with_articles)
            db.execute("BEGIN IMMEDIATE")
            try:
                save_candidates(db, self.engine, self.corpus, with_articles, pack_candidates(found))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return found

    def whole(self, article_numbers: Sequence[int] | None) -> CorpusIndex:
        """The index with the given articles (all when `article_numbers` is empty) whole,
        with their text and blocks, the others as heads."""
        heads = self.heads
        wanted = range(len(heads)) if not article_numbers else sorted(set(article_numbers))
        articles: list = list(heads)
        for number in wanted:
            article = self.library.article(heads[number].row)
            if article is None:
                raise KeyError(heads[number].id)
            article.order = number
            articles[number] = article
        index = self.index
        return CorpusIndex(
            articles, index.entity_table, index.mention_table, entity_rows=index.entity_rows()
        )

    def with_entity_articles(self, entity_id: str) -> CorpusIndex:
        """The index with the articles that mention `entity_id` whole."""
        index = self.index
        rows = index.rows_of_entity(index.entity_number(entity_id))
        if not rows:
            return index
        return self.whole([index.article_number_of_row(row) for row in rows])

    def mentions_of(self, entity_id: str) -> EntityMentions:
        """Every mention of an entity, grouped by article, the articles whole (for snippets)."""
        return entity_mentions(self.with_entity_articles(entity_id), entity_id)


def _forget_orphans(db: sqlite3.Connection) -> None:
    """Drop kept spans and finder keys of corpus results no longer kept."""
    for table in ("corpus_spans", "corpus_finder"):
        db.execute(
            f"DELETE FROM {table} WHERE NOT EXISTS (SELECT 1 FROM corpus_result r "
            f"WHERE r.engine = {table}.engine AND r.corpus = {table}.corpus)"
        )
