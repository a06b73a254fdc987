"""What the finder searches: every name, alias and title once the names are indexed, and the
article titles alone before that.

The index's `Finder` costs about a second and a half to build over 25,000 articles, so the
screen builds it in a worker when an index arrives and hands it over with `set_finder`;
until then `search` answers from the sidebar's title index (filters for names find nothing,
and the finder says why). No Textual here.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

from reader.corpus.model import Article
from reader.index.candidates import ARTICLE_CODE
from reader.index.corpus_index import CorpusIndex
from reader.index.finder import DEFAULT_LIMIT, Finder
from reader.index.query import FinderHit, Tier, parse_query
from reader.ui.list_order import newest_first_key
from reader.ui.title_search import TitleIndex

#: Where the titles come from before names are indexed: (title index, articles in its order).
TitleSource = Callable[[], tuple[TitleIndex, list[Article]]]


class NameSearch:
    """The finder's search, over names and titles, or over titles only while indexing."""

    def __init__(self, titles: TitleSource) -> None:
        self._titles = titles
        self.finder: Finder | None = None
        self._articles_by_id: tuple[int, dict[str, Article]] = (-1, {})

    @property
    def index(self) -> CorpusIndex | None:
        return self.finder.index if self.finder is not None else None

    @property
    def names_ready(self) -> bool:
        """Whether names are searchable (an index has been built and its finder is ready)."""
        return self.finder is not None

    def set_finder(self, finder: Finder) -> None:
        self.finder = finder

    def search(
        self, query: str, limit: int = DEFAULT_LIMIT, recents: Sequence[tuple[str, str]] = ()
    ) -> list[FinderHit]:
        """The best `limit` names and titles for `query` (recents first for an empty query)."""
        if self.finder is not None:
            return self.finder.search(query, limit, recents=recents)
        parsed = parse_query(query)
        if ARTICLE_CODE not in parsed.codes:
            return []
        index, articles = self._titles()
        if not parsed.text:
            return self._browse_titles(articles, recents, limit)
        hits = []
        for found in index.search(parsed.text, limit=limit):
            article = articles[found.index]
            spans = ((found.start, found.end),) if found.start >= 0 else ()
            hits.append(_article_hit(article, spans, Tier.SUBSTRING, 100.0 * found.score))
        return hits

    def article(self, article_id: str) -> Article | None:
        """The loaded article with this id, if any."""
        index = self.index
        if index is not None:
            try:
                return index.article(article_id)
            except KeyError:
                pass
        _, articles = self._titles()
        count, by_id = self._articles_by_id
        if count != len(articles):
            by_id = {article.id: article for article in articles}
            self._articles_by_id = (len(articles), by_id)
        return by_id.get(article_id)

    def _browse_titles(
        self, articles: list[Article], recents: Sequence[tuple[str, str]], limit: int
    ) -> list[FinderHit]:
        """The empty query before names are ready: recent articles, then the newest."""
        hits: list[FinderHit] = []
        seen: set[str] = set()
        for kind, target in recents:
            if kind == "article" and (article := self.article(target)) is not None:
                hits.append(_article_hit(article, (), Tier.RECENT, 0.0))
                seen.add(article.id)
        newest = heapq.nsmallest(
            limit + len(seen), articles, key=lambda a: newest_first_key(a.date, a.order)
        )
        for article in newest:
            if article.id not in seen:
                hits.append(_article_hit(article, (), Tier.RECENT, 0.0))
        return hits[:limit]


def _article_hit(
    article: Article, spans: tuple[tuple[int, int], ...], tier: Tier, score: float
) -> FinderHit:
    return FinderHit(
        "article",
        article.id,
        article.title,
        article.title,
        spans,
        tier,
        score,
        source=article.source,
        date=article.date,
    )
