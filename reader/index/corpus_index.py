"""`CorpusIndex`: a corpus's articles, entities and linked mentions, ready to look up.

This is what the index layer hands to the UI and the commands once a build is done. It is
read-only after construction and safe to read from several threads. The views built on it
(the mentions list, "appears with", "in this article", the finder) live in their own modules.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime

from reader.corpus.model import Article
from reader.entities.model import Entity, Mention
from reader.index.tables import (
    EntityTable,
    MentionTable,
    group_rows_by_entity,
    tables_from_linked,
)


class CorpusIndex:
    """Articles, entities and every mention, with lookups by article and by entity.

    Articles are numbered by their position in `articles` and entities by their position in
    the entity table; the public methods take and return ids (`Article.id`, `Entity.id`).
    `complete` is False for an index that does not yet cover every article of the corpus.
    """

    def __init__(
        self,
        articles: Sequence[Article],
        entities: EntityTable,
        mentions: MentionTable,
        *,
        entity_rows: tuple[array, array] | None = None,
        complete: bool = True,
    ) -> None:
        mentions.validate(len(articles), len(entities))
        self.articles: list[Article] = list(articles)
        self.entity_table = entities
        self.mention_table = mentions
        self.complete = complete
        self._article_numbers = {article.id: n for n, article in enumerate(self.articles)}
        self._entity_numbers = {entity_id: n for n, entity_id in enumerate(entities.ids)}
        self._entity_rows = entity_rows
        self._article_rank: list[int] | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_linked(
        cls,
        articles: Sequence[Article],
        linked: Mapping[str, Sequence[Mention]],
        entities: Mapping[str, Entity],
        *,
        complete: bool = True,
    ) -> CorpusIndex:
        """An index of the output of linking (`reader.entities.link.link`)."""
        entity_table, mention_table = tables_from_linked(
            [article.id for article in articles], linked, entities
        )
        return cls(articles, entity_table, mention_table, complete=complete)

    # Articles -------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when it is not in the index)."""
        return self.articles[self._article_numbers[article_id]]

    def article_number(self, article_id: str) -> int:
        """The position of the article in `articles` (KeyError when unknown)."""
        return self._article_numbers[article_id]

    def mentions_in(self, article_id: str) -> list[Mention]:
        """The linked mentions of one article, in text order (block, then offset)."""
        number = self._article_numbers[article_id]
        table = self.mention_table
        ids = self.entity_table.ids
        return [table.mention(row, ids) for row in table.rows_of_article(number)]

    def newest_first_rank(self) -> list[int]:
        """For each article number, its place when articles are listed newest first.

        Dated articles come first, newest to oldest; undated ones follow in file order.
        """
        with self._lock:
            if self._article_rank is None:
                self._article_rank = _newest_first_rank(self.articles)
            return self._article_rank

    # Entities -------------------------------------------------------------------------------

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entity_numbers

    @property
    def entity_count(self) -> int:
        return len(self.entity_table)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError when unknown)."""
        return self.entity_table.entity(self._entity_numbers[entity_id])

    def entity_number(self, entity_id: str) -> int:
        """The entity's position in the entity table (KeyError when unknown)."""
        return self._entity_numbers[entity_id]

    def entities(self) -> Iterator[Entity]:
        """Every entity, in table order."""
        table = self.entity_table
        return (table.entity(n) for n in range(len(table)))

    def most_mentioned(self, limit: int = 20) -> list[Entity]:
        """The entities with the most mentions, most first."""
        counts = self.entity_table.mention_counts
        numbers = sorted(range(len(counts)), key=counts.__getitem__, reverse=True)[:limit]
        return [self.entity_table.entity(n) for n in numbers]

    def rows_of_entity(self, entity_number: int) -> array:
        """The mention-table rows of one entity, in article and text order."""
        order, starts = self.entity_rows()
        return order[starts[entity_number] : starts[entity_number + 1]]

    def entity_rows(self) -> tuple[array, array]:
        """Rows grouped by entity: (order, starts), see `tables.group_rows_by_entity`."""
        with self._lock:
            if self._entity_rows is None:
                self._entity_rows = group_rows_by_entity(self.mention_table, len(self.entity_table))
            return self._entity_rows

    def mention_at(self, row: int) -> tuple[Article, Mention]:
        """The article and the mention at a mention-table row."""
        starts = self.mention_table.article_starts
        article_number = bisect_right(starts, row) - 1
        return self.articles[article_number], self.mention_table.mention(row, self.entity_table.ids)

    def article_number_of_row(self, row: int) -> int:
        """The article number a mention-table row belongs to."""
        return bisect_right(self.mention_table.article_starts, row) - 1


def _newest_first_rank(articles: Sequence[Article]) -> list[int]:
    def key(number: int) -> tuple[int, float, int]:
        date = articles[number].date
        if date is None:
            return (1, 0.0, number)
        return (0, -_timestamp(date), number)

    order = sorted(range(len(articles)), key=key)
    rank = [0] * len(articles)
    for place, number in enumerate(order):
        rank[number] = place
    return rank


def _timestamp(date: datetime) -> float:
    """Seconds since the epoch; naive dates are taken as UTC so all dates compare."""
    if date.tzinfo is None:
        return (date - datetime(1970, 1, 1)).total_seconds()
    return date.timestamp()
