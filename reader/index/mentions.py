"""Views of the mentions index: an entity's mentions across articles, and an article's entities.

- `entity_mentions(index, entity_id)`: every mention of an entity, grouped by article (newest
  article first), with per-article counts, "N mentions in M articles", and `step` for `]`/`[`
  (the next or previous mention across articles, with its place k of N).
- `appears_with(index, entity_id)`: the entities most often mentioned in the same articles.
- `article_entities(index, article_id)`: an article's entities grouped by kind, with counts.

Groups make their `Mention` objects only when asked (`ArticleGroup.mentions()`), so listing an
entity with tens of thousands of mentions stays cheap; a list widget asks for the rows it shows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import overload

from reader.corpus.model import Article
from reader.entities.model import LABELS, Entity, Label, Mention
from reader.index.corpus_index import CorpusIndex


@dataclass(frozen=True, slots=True)
class MentionLocation:
    """One mention in one article: where `]`/`[` and the mentions list jump to."""

    article: Article
    mention: Mention

    @property
    def text(self) -> str:
        """The mention as written."""
        return self.article.blocks[self.mention.block].text[self.mention.start : self.mention.end]


@dataclass(frozen=True, slots=True)
class Step:
    """Where a step lands: the mention, and its place `k` (1-based) of `n` for "k/n"."""

    location: MentionLocation
    k: int
    n: int


@dataclass(frozen=True, slots=True)
class ArticleGroup:
    """The mentions of an entity in one article: `count` of them, from `first` in the flat order."""

    article: Article
    count: int
    first: int  # position of this group's first mention among all the entity's mentions
    _rows: Sequence[int] = field(repr=False)
    _index: CorpusIndex = field(repr=False, compare=False)

    def mentions(self) -> list[Mention]:
        """This article's mentions of the entity, in text order."""
        table = self._index.mention_table
        ids = self._index.entity_table.ids
        return [table.mention(row, ids) for row in self._rows]


class ArticleGroups(Sequence[ArticleGroup]):
    """An entity's article groups in display order, each made when it is asked for.

    An entity in 13,000 articles is listed without making 13,000 objects: a virtual list asks
    only for the groups it shows.
    """

    __slots__ = ("_firsts", "_index", "_rows", "_spans")

    def __init__(
        self, index: CorpusIndex, rows: Sequence[int], spans: Sequence[tuple[int, int, int]]
    ) -> None:
        self._index = index
        self._rows = rows
        self._spans = spans  # (article number, first row position, end row position)
        self._firsts = list(accumulate((end - start for _, start, end in spans), initial=0))

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, position: int) -> ArticleGroup: ...

    @overload
    def __getitem__(self, position: slice) -> list[ArticleGroup]: ...

    def __getitem__(self, position: int | slice) -> ArticleGroup | list[ArticleGroup]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        article, start, end = self._spans[position]
        first = self._firsts[position if position >= 0 else len(self) + position]
        return ArticleGroup(
            self._index.articles[article], end - start, first, self._rows[start:end], self._index
        )

    def holding(self, flat: int) -> ArticleGroup:
        """The group that holds the mention at 0-based position `flat` of the flat order."""
        return self[bisect_right(self._firsts, flat) - 1]


@dataclass(frozen=True, slots=True)
class EntityMentions:
    """Every mention of one entity, grouped by article, newest article first."""

    entity: Entity
    groups: ArticleGroups
    mention_count: int

    @property
    def article_count(self) -> int:
        return len(self.groups)

    @property
    def summary(self) -> str:
        """ "37 mentions in 12 articles" (singular forms when there is one)."""
        mentions = "mention" if self.mention_count == 1 else "mentions"
        articles = "article" if self.article_count == 1 else "articles"
        return f"{self.mention_count} {mentions} in {self.article_count} {articles}"

    def location(self, k: int) -> MentionLocation:
        """The k-th mention (1-based) in the flat order: groups in order, text order inside."""
        if not 1 <= k <= self.mention_count:
            raise IndexError(k)
        group = self.groups.holding(k - 1)
        row = group._rows[k - 1 - group.first]
        table = group._index.mention_table
        return MentionLocation(group.article, table.mention(row, group._index.entity_table.ids))

    def position(self, article_id: str, block: int, offset: int) -> float:
        """Where a reading position falls in the flat order, as a 1-based k.

        A whole number when the position is on a mention of this entity; k + 0.5 when it lies
        after the k-th mention and before the next in the same article; 0 when the article
        holds no mention of the entity.
        """
        for group in self.groups:
            if group.article.id != article_id:
                continue
            before = 0
            for mention in group.mentions():
                if (mention.block, mention.start) == (block, offset) or (
                    mention.block == block and mention.start <= offset < mention.end
                ):
                    return group.first + before + 1
                if (mention.block, mention.start) > (block, offset):
                    break
                before += 1
            return group.first + before + 0.5
        return 0

    def step(
        self, direction: int, article_id: str | None = None, block: int = 0, offset: int = -1
    ) -> Step:
        """The next (`direction` 1) or previous (-1) mention from a reading position; wraps.

        With no position (or one in an article without this entity), `]` goes to the first
        mention and `[` to the last.
        """
        n = self.mention_count
        if n == 0:
            raise LookupError(f"{self.entity.id} has no mentions")
        here = self.position(article_id, block, offset) if article_id is not None else 0
        if here == 0:
            k = 1 if direction > 0 else n
        elif direction > 0:
            k = int(here) + 1 if here == int(here) else int(here + 0.5)
        else:
            k = int(here) - 1 if here == int(here) else int(here - 0.5)
        k = (k - 1) % n + 1
        return Step(self.location(k), k, n)


def entity_mentions(index: CorpusIndex, entity_id: str) -> EntityMentions:
    """All mentions of an entity, grouped by article, newest first (KeyError when unknown)."""
    rows = index.rows_of_entity(index.entity_number(entity_id))
    rank = index.newest_first_rank()
    spans = sorted(_article_spans(index, rows), key=lambda span: rank[span[0]])
    return EntityMentions(index.entity(entity_id), ArticleGroups(index, rows, spans), len(rows))


def _article_spans(index: CorpusIndex, rows: Sequence[int]) -> list[tuple[int, int, int]]:
    """(article number, start, end) for each run of `rows` in one article (rows are sorted)."""
    starts = index.mention_table.article_starts
    spans = []
    position = 0
    while position < len(rows):
        article = bisect_right(starts, rows[position]) - 1
        end = bisect_left(rows, starts[article + 1], position)
        spans.append((article, position, end))
        position = end
    return spans


def appears_with(index: CorpusIndex, entity_id: str, limit: int = 5) -> list[tuple[Entity, int]]:
    """The entities mentioned in most of the articles that mention this one, with that count.

    Ties go to the entity with more mentions overall.
    """
    number = index.entity_number(entity_id)
    table = index.mention_table
    starts = table.article_starts
    column = table.entity
    rows = index.rows_of_entity(number)
    articles = [article for article, _, _ in _article_spans(index, rows)]
    shared: Counter[int] = Counter()
    for article in articles:
        shared.update(set(column[starts[article] : starts[article + 1]]))
    shared.pop(number, None)
    counts = index.entity_table.mention_counts
    best = sorted(shared.items(), key=lambda item: (-item[1], -counts[item[0]], item[0]))
    return [(index.entity_table.entity(other), n) for other, n in best[:limit]]


def article_entities(index: CorpusIndex, article_id: str) -> dict[Label, list[tuple[Entity, int]]]:
    """An article's entities by kind (PER, LOC, ORG, MISC order), each with its mention count.

    Within a kind, the entity mentioned most in the article comes first, then by first mention.
    Kinds with no entity are left out.
    """
    number = index.article_number(article_id)
    table = index.mention_table
    rows = table.rows_of_article(number)
    counts: Counter[int] = Counter(table.entity[rows.start : rows.stop])
    first_seen = {e: i for i, e in reversed(list(enumerate(table.entity[rows.start : rows.stop])))}
    grouped: dict[Label, list[tuple[Entity, int]]] = {}
    for label in LABELS:
        members = [e for e in counts if index.entity_table.label(e) == label]
        members.sort(key=lambda e: (-counts[e], first_seen[e]))
        if members:
            grouped[label] = [(index.entity_table.entity(e), counts[e]) for e in members]
    return grouped
