"""The reader's marks and places, kept per article in the state store.

Read marks are held in memory as a set (the sidebar asks for every row it draws) and
written through to SQLite at once, so they survive a crash.
"""

from __future__ import annotations

from reader.corpus.model import Article
from reader.state.store import StateStore
from reader.ui.article_view import Anchor
from reader.ui.list_order import ListChoice
from reader.ui.listing import article_key

LAST_ARTICLE = "last_article"
THEME = "theme"
LIST_CHOICE = "article_list"


class ReadingState:
    """Read marks, positions and the last article, by stable article key."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self._read = store.read_keys()

    def is_read(self, article: Article) -> bool:
        return article_key(article) in self._read

    def mark_read(self, article: Article, read: bool = True) -> None:
        """Mark `article` read (or unread again)."""
        key = article_key(article)
        if (key in self._read) == read:
            return
        if read:
            self._read.add(key)
        else:
            self._read.discard(key)
        self.store.mark_read([key], read)

    def mark_all_read(self, articles: list[Article]) -> int:
        """Mark `articles` read in one write; how many were unread."""
        keys = {article_key(article) for article in articles} - self._read
        if keys:
            self._read.update(keys)
            self.store.mark_read(sorted(keys), True)
        return len(keys)

    def position(self, article: Article) -> Anchor | None:
        return self.store.position(article_key(article))

    def save_position(self, article: Article, anchor: Anchor) -> None:
        self.store.save_position(article_key(article), *anchor)

    def last_article_key(self) -> str | None:
        return self.store.setting(LAST_ARTICLE)

    def set_last_article(self, article: Article) -> None:
        self.store.set_setting(LAST_ARTICLE, article_key(article))

    def theme(self) -> str | None:
        return self.store.setting(THEME)

    def set_theme(self, name: str) -> None:
        self.store.set_setting(THEME, name)

    def list_choice(self) -> ListChoice:
        """The article list's sort order and filter, as last chosen."""
        return ListChoice.from_json(self.store.setting(LIST_CHOICE))

    def set_list_choice(self, choice: ListChoice) -> None:
        self.store.set_setting(LIST_CHOICE, choice.to_json())
