"""The library store as the reader uses it: a small interface, so that the store behind it can
be another one (see the README's note on running a newsroom archive on a search engine).

The reader needs of a store: bring it up to date with files (`sync`), list a corpus's
articles by a sort key a page at a time (`page`, `count`), one article's text when it is
shown (`article`), the corpus's linked names with the finder's keys and each entity's
mentions (`names`), and full-text search (`search`). Long calls report
`progress(phase, done, total)` and stop when `cancelled()` becomes true.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from reader.corpus.model import Article, LoadProblem
    from reader.index.cache import Warn
    from reader.index.store.catalog import Cancelled, Progress, Snapshot
    from reader.index.store.codec import ArticleHead
    from reader.index.store.stored import StoredNames


@runtime_checkable
class Library(Protocol):
    """What the reader and the commands ask of a library store."""

    notices: list[str]

    def sync(
        self,
        paths: Sequence[str],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Snapshot | None: ...

    def problems(self, snapshot: Snapshot) -> list[LoadProblem]: ...

    def heads(self, snapshot: Snapshot) -> list[ArticleHead]: ...

    def page(
        self, snapshot: Snapshot, offset: int, limit: int, sort: str = "newest"
    ) -> list[ArticleHead]: ...

    def count(self, snapshot: Snapshot) -> int: ...

    def article(self, article_id: str) -> Article | None: ...

    def names(
        self,
        snapshot: Snapshot,
        names_path: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        warn: Warn | None = None,
    ) -> StoredNames | None: ...

    def search(
        self, query: str, limit: int = 50, snapshot: Snapshot | None = None
    ) -> list[str]: ...

    def close(self) -> None: ...
