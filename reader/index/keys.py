"""Cache keys of articles and corpora, in a module of their own: a warm `reader find` needs
them, and none of the entity engine that `build` imports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from reader.corpus.model import Article

__all__ = ["article_key", "corpus_key", "evidence_key"]


def article_key(article: Article) -> str:
    """The article's content digest, or a digest of its text when the loader gave none."""
    if article.digest:
        return article.digest
    text = article.text.encode("utf-8", "surrogatepass")
    return "text:" + hashlib.blake2b(text, digest_size=16).hexdigest()


def corpus_key(articles: Sequence[Article]) -> str:
    """A digest of the ordered article digests: the same files in the same order."""
    joined = "\n".join(article_key(article) for article in articles)
    return f"{len(articles)}:{hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()}"


def evidence_key(articles: Iterable[Article]) -> str:
    """A digest of the article digests in any order: the same corpus evidence."""
    keys = sorted(article_key(article) for article in articles)
    joined = "\n".join(keys)
    return f"{len(keys)}:{hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()}"
