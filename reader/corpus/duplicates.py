"""Identical articles: the same story loaded from several files (or twice from one feed).

Two articles are the same when their cleaned text is: the title and the story's blocks, with
whitespace runs (paragraph breaks too) made one space. Page furniture, bylines and file names may differ. The first
one loaded is kept and shown; the later ones are only named (by id: the file, or `file#N`
in a multi-article file), as `Article.also_in` of the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

try:  # hashlib.blake2b itself, without hashlib's OpenSSL bindings (as corpus.build does)
    from _blake2 import blake2b
except ImportError:  # a Python without the module: the public name
    from hashlib import blake2b

from reader.corpus.model import META_KINDS, Article, LoadProblem


def text_key(article: Article) -> bytes:
    """A digest of the article's cleaned text (title and story, every run of whitespace and
    every paragraph break made one space): equal for identical articles."""
    parts = [article.title]
    parts += [block.text for block in article.blocks if block.kind not in META_KINDS]
    text = " ".join(" ".join(parts).split())
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Duplicates:
    """Tells each newly loaded article apart from the ones before it, in load order."""

    def __init__(self) -> None:
        self._first: dict[bytes, Article] = {}

    def add(self, article: Article) -> Article | None:
        """None for a new article; for a copy, the first one loaded, which now names the copy
        in its `also_in`."""
        key = text_key(article)
        first = self._first.setdefault(key, article)
        if first is article:
            return None
        if article.id not in first.also_in:  # the file, or "file#N" within a multi-article file
            first.also_in = (*first.also_in, article.id)
        return first

    def unique(self, articles: list[Article]) -> list[Article]:
        """The articles that are not copies of one added before (adding them all)."""
        return [article for article in articles if self.add(article) is None]

    def without_copies(
        self, items: Iterable[Article | LoadProblem]
    ) -> Iterator[Article | LoadProblem]:
        """A loader's output without the copies of articles it gave before (problems pass)."""
        for item in items:
            if not isinstance(item, Article) or self.add(item) is None:
                yield item
