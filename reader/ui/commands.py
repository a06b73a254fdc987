"""Command palette provider: open an article by (part of) its title, typos forgiven.

Only the best few dozen hits are yielded (the palette adds every hit it is given to its
list), and every prompt is built as literal `Content`: titles are untrusted text.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from textual.command import Hit, Hits, Provider
from textual.content import Content

from reader.corpus.model import Article
from reader.ui.formatting import format_date
from reader.ui.title_search import TitleHit, TitleIndex

#: How many article hits the palette shows for a query.
ARTICLE_HITS = 30


class ArticleOpener(Protocol):
    """What the palette needs from the screen it was opened on."""

    def title_index(self) -> tuple[TitleIndex, list[Article]]: ...

    def open_article(self, article: Article) -> None: ...


class ArticleTitles(Provider):
    """Palette hits that open an article."""

    async def search(self, query: str) -> Hits:
        screen = self.screen
        if not hasattr(screen, "title_index") or not hasattr(screen, "open_article"):
            return
        opener: ArticleOpener = screen  # type: ignore[assignment]
        # Opening records a jump (ctrl+o comes back) where the screen keeps a jump list.
        open_article = getattr(screen, "jump_to_article", opener.open_article)
        index, articles = opener.title_index()
        for hit in index.search(query, limit=ARTICLE_HITS):
            article = articles[hit.index]
            yield Hit(
                hit.score,
                article_prompt(article, hit),
                partial(open_article, article),
                text=article.title,
            )


def article_prompt(article: Article, hit: TitleHit) -> Content:
    """The title (matched part emphasised) and, dimmed, its source and date."""
    title = Content(article.title or "(untitled)")
    if hit.start >= 0:
        title = title.stylize("bold underline", hit.start, hit.end)
    details = " · ".join(p for p in (article.source, format_date(article.date)) if p)
    if details:
        title = title + Content("  " + details).stylize("dim")
    return title
