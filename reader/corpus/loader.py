"""Paths → articles, one file at a time, with problems reported instead of raised.

This is the corpus layer's one entry point: `iter_load` yields articles and problems as it
goes (so a UI can show progress and the first articles at once), `load_corpus` collects them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reader.corpus.model import Article, Block, LoadProblem
from reader.corpus.sanitize import clean_text


@dataclass(slots=True)
class Corpus:
    """Everything loaded from the given paths, in file order, and what could not be."""

    articles: list[Article] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)


def iter_load(paths: Iterable[str]) -> Iterator[Article | LoadProblem]:
    """Yield the articles of every readable file under `paths`, and a problem for each bad one."""
    order = 0
    for path in _discover(paths):
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                text = clean_text(fh.read())
        except (OSError, UnicodeDecodeError) as err:
            yield LoadProblem(path, str(err))
            continue
        article = _plain_article(path, text, order)
        if article is None:
            yield LoadProblem(path, "empty file")
            continue
        order += 1
        yield article


def load_corpus(paths: Iterable[str]) -> Corpus:
    """Load everything under `paths` at once."""
    corpus = Corpus()
    for item in iter_load(paths):
        if isinstance(item, Article):
            corpus.articles.append(item)
        else:
            corpus.problems.append(item)
    return corpus


def _discover(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        else:
            yield path


def _plain_article(path: str, text: str, order: int) -> Article | None:
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block("paragraph", stripped, pos + lead))
        pos += len(line) + 1
    if not blocks:
        return None
    title = blocks[0].text
    blocks[0] = Block("title", title, blocks[0].start)
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return Article(
        id=path, path=path, text=text, blocks=blocks, title=title, order=order, digest=digest
    )
