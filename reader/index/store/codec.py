"""Articles to and from table rows: metadata as columns and JSON, blocks packed, never pickled.

An article's blocks are mostly slices of its text, kept as (kind, start, length) triples of
uint32 (`Blocks` keeps them so in memory too); the few with their own display text (Markdown
with inline markup removed) are kept as JSON with their source offsets as runs. The layout:
a 4-byte count of triples, the triples, then the JSON of the kept blocks (zlib-compressed).
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from datetime import datetime
from typing import Any

from reader.corpus.model import Article, Block, Blocks
from reader.corpus.offsets import Offsets
from reader.index.store.paths import from_store

_META_FIELDS = ("author", "category", "url", "dateline", "language")


def blocks_to_bytes(blocks: Blocks) -> bytes:
    """An article's packed blocks as bytes (see the module docstring)."""
    rows = array("I", blocks._rows)
    if sys.byteorder != "little":
        rows.byteswap()
    kept = [_block_data(block) for block in blocks._kept]
    tail = zlib.compress(json.dumps(kept, ensure_ascii=False).encode("utf-8"), 1) if kept else b""
    return len(rows).to_bytes(4, "little") + rows.tobytes() + tail


def blocks_from_bytes(text: str, data: bytes) -> Blocks:
    """The `Blocks` of `blocks_to_bytes` over the article's `text` (ValueError when damaged)."""
    count = int.from_bytes(data[:4], "little")
    end = 4 + 4 * count
    if count % 3 or len(data) < end:
        raise ValueError("block rows are cut short")
    rows = array("I")
    rows.frombytes(data[4:end])
    if sys.byteorder != "little":
        rows.byteswap()
    kept: tuple[Block, ...] = ()
    if len(data) > end:
        kept = tuple(_block_of(item) for item in json.loads(zlib.decompress(data[end:])))
    blocks = Blocks.__new__(Blocks)
    blocks._text = text
    blocks._rows = rows
    blocks._kept = kept
    return blocks


def _block_data(block: Block) -> list[Any]:
    offsets = block.offsets
    if offsets is None:
        return [block.kind, block.text, block.start, None]
    if not isinstance(offsets, Offsets):
        offsets = Offsets(offsets)
    return [block.kind, block.text, block.start, [offsets._length, list(offsets._runs)]]


def _block_of(item: list[Any]) -> Block:
    kind, text, start, runs = item
    if runs is None:
        return Block(kind, text, start)
    length, values = runs
    half = len(values) // 2
    return Block(kind, text, start, Offsets._of_runs(length, values[:half], values[half:]))


def meta_to_json(article: Article) -> str:
    """The fields the list and the finder never need, as one JSON object."""
    meta: dict[str, Any] = {name: getattr(article, name) for name in _META_FIELDS}
    meta["title_derived"] = article.title_derived
    meta["digest"] = article.digest
    meta["notes"] = list(article.notes)
    meta["extra"] = article.extra
    return json.dumps(meta, ensure_ascii=False)


def date_to_text(date: datetime | None) -> str | None:
    return None if date is None else date.isoformat()


def date_stamp(date: datetime | None) -> float | None:
    """Seconds since the epoch, naive dates taken as UTC: the list's sort key."""
    if date is None:
        return None
    if date.tzinfo is None:
        return (date - datetime(1970, 1, 1)).total_seconds()
    return date.timestamp()


def date_of(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def article_of(row: tuple[Any, ...]) -> Article:
    """An `Article` from (id, path, title, source, date, seq-order, meta, text, blocks)."""
    article_id, path, title, source, date, order, meta_json, text, blocks = row
    meta = json.loads(meta_json)
    article = Article.__new__(Article)
    article.id = from_store(article_id)
    article.path = from_store(path)
    article.text = text
    article.blocks = blocks_from_bytes(text, blocks)
    article.title = title
    article.source = source
    article.date = date_of(date)
    article.order = order
    for name in _META_FIELDS:
        setattr(article, name, meta[name])
    article.title_derived = bool(meta["title_derived"])
    article.digest = meta["digest"]
    article.notes = tuple(meta["notes"])
    article.extra = dict(meta["extra"])
    article.also_in = ()  # copies are found across a corpus as it loads, not per file
    return article


class ArticleHead:
    """What lists, the finder and the commands need of an article without its text.

    Reads like an `Article` for those fields (`id`, `path`, `title`, `source`, `date`,
    `order`, `digest`), so the index's lookups and the finder run over heads as they do
    over articles.
    """

    __slots__ = ("date", "digest", "id", "order", "path", "row", "source", "title", "words")

    def __init__(
        self,
        article_id: str,
        path: str,
        title: str,
        source: str,
        date: datetime | None,
        order: int,
        digest: str,
        words: int = 0,
        row: int = 0,
    ) -> None:
        self.id = article_id
        self.path = path
        self.title = title
        self.source = source
        self.date = date
        self.order = order
        self.digest = digest
        self.words = words
        self.row = row  # the article's row in the store

    def __repr__(self) -> str:
        return f"ArticleHead({self.id!r}, {self.title!r})"
