"""Which articles the user has read, keyed so that a mark follows the article, not its path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.corpus.model import Article
from reader.state.store import default_state_path


def article_key(article: Article) -> str:
    """The stable key under which the user's marks and positions for `article` are kept."""
    return article.digest or article.id


def saved_read_keys(path: Path | None = None) -> set[str]:
    """The keys of the articles marked read, for a command that only looks.

    Unlike opening the store, this never creates, upgrades or moves a state file: a missing,
    locked or damaged one reads as nothing read.
    """
    path = default_state_path() if path is None else path
    if not path.is_file():
        return set()
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return {row[0] for row in connection.execute("SELECT article_key FROM read_marks")}
        finally:
            connection.close()
    except sqlite3.Error:
        return set()
