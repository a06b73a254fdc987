"""The names side of the store: recognition by article, linked results by corpus, and what the
commands print without reading the articles again.

`StoreNamesCache` is the index cache (`reader.index.cache.IndexCache`: per-article evidence by
content digest, per-article scans as a resumable journal, per-corpus linked result by the
ordered article digests) kept in the library database instead of a file of its own, so that
`IndexBuilder` runs the entity pipeline's stages through it unchanged.

Beside each linked result the store keeps, by the same key:
- the mentions' source spans and texts (`MentionSpans`), which `reader entities` and
  `reader mentions` print;
- the finder's folded and sorted keys (`Candidates`), packed as columns.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zlib
from array import array
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from reader.index.cache import IndexCache, Warn
from reader.index.candidates import Candidates, HaystackKeys, WordStarts
from reader.index.corpus_index import CorpusIndex
from reader.index.store.schema import connect
from reader.index.tables import column_from_bytes, column_to_bytes, uint_column


class StoreNamesCache(IndexCache):
    """The index cache's tables, in the library database (see the module docstring).

    Writes take the database's write lock at once (BEGIN IMMEDIATE), so two processes wait
    for each other instead of failing. A damaged database is not set aside here: the error
    goes up to the store, which rebuilds it.
    """

    def __init__(self, path: Path, warn: Warn | None = None) -> None:
        super().__init__(path, warn)

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = connect(str(self.path), check=False)
            connection.isolation_level = "IMMEDIATE"
            self._connection = connection
        return self._connection

    def _set_aside(self, err: Exception) -> None:
        self.close()
        raise err


@dataclass(slots=True)
class MentionSpans:
    """Each mention-table row's span in its article's source text, and the text there."""

    start: array
    end: array
    texts: list[str]


def spans_of(index: CorpusIndex) -> MentionSpans:
    """The source spans of every mention of an index built over whole articles."""
    table = index.mention_table
    starts, ends = uint_column(), uint_column()
    texts: list[str] = []
    for number, article in enumerate(index.articles):
        blocks = article.blocks
        for row in table.rows_of_article(number):
            block = blocks[table.block[row]]
            start, end = block.source_span(table.start[row], table.end[row])
            starts.append(start)
            ends.append(end)
            texts.append(article.text[start:end])
    return MentionSpans(starts, ends, texts)


def save_spans(db: sqlite3.Connection, engine: str, corpus: str, spans: MentionSpans) -> None:
    texts = zlib.compress(json.dumps(spans.texts, ensure_ascii=False).encode("utf-8"), 1)
    db.execute(
        "INSERT OR REPLACE INTO corpus_spans VALUES (?, ?, ?, ?, ?)",
        (engine, corpus, column_to_bytes(spans.start), column_to_bytes(spans.end), texts),
    )


def load_spans(db: sqlite3.Connection, engine: str, corpus: str, rows: int) -> MentionSpans | None:
    """The stored spans, or None when missing or not fitting `rows` mentions."""
    found = db.execute(
        "SELECT source_start, source_end, texts FROM corpus_spans WHERE engine = ? AND corpus = ?",
        (engine, corpus),
    ).fetchone()
    if found is None:
        return None
    try:
        spans = MentionSpans(
            column_from_bytes(found[0]),
            column_from_bytes(found[1]),
            json.loads(zlib.decompress(found[2])),
        )
    except (ValueError, zlib.error):
        return None
    if not len(spans.start) == len(spans.end) == len(spans.texts) == rows:
        return None
    return spans


# The finder's keys ---------------------------------------------------------------------------

#: Between the strings of a list field (JSON when one holds it): splitting is far quicker
#: than decoding JSON, and a warm `reader find` decodes a few hundred thousand of them.
_SEPARATOR = "\x1f"
#: Candidates fields made again from others when unpacked.
_DERIVED = {"key_folded", "start_text"}


def pack_candidates(candidates: Candidates) -> bytes:
    """The finder's keys as one blob: a JSON header, then each column's bytes."""
    header: dict[str, Any] = {}
    body: list[bytes] = []
    offset = 0
    for item in fields(Candidates):
        if item.name in _DERIVED:
            continue
        value = getattr(candidates, item.name)
        if item.name == "target_popularity":
            data = column_to_bytes(value[0]) + column_to_bytes(value[1])
            header[item.name] = ["pair", value[0].typecode, len(value[0]), offset, len(data)]
        elif isinstance(value, array):
            data = _little(value)
            header[item.name] = ["array", value.typecode, len(value), offset, len(data)]
        elif isinstance(value, list) and not any(_SEPARATOR in text for text in value):
            data = _SEPARATOR.join(value).encode("utf-8", "surrogatepass")
            header[item.name] = ["lines", "", len(value), offset, len(data)]
        else:
            data = json.dumps(value, ensure_ascii=False).encode("utf-8")
            header[item.name] = ["json", "", 0, offset, len(data)]
        body.append(data)
        offset += len(data)
    head = json.dumps(header).encode()
    return len(head).to_bytes(4, "little") + head + b"".join(body)


def unpack_candidates(blob: bytes) -> Candidates:
    """The `Candidates` of `pack_candidates` (ValueError, KeyError when damaged)."""
    size = int.from_bytes(blob[:4], "little")
    header = json.loads(blob[4 : 4 + size])
    body = memoryview(blob)[4 + size :]
    values: dict[str, Any] = {}
    for name, (kind, typecode, count, offset, length) in header.items():
        data = body[offset : offset + length]
        if kind == "pair":
            first = _column(bytes(data), typecode)
            values[name] = (first[:count], first[count:])
        elif kind == "array":
            values[name] = _column(bytes(data), typecode)
        elif kind == "lines":
            values[name] = str(data, "utf-8", "surrogatepass").split(_SEPARATOR) if count else []
        else:
            values[name] = json.loads(bytes(data))
    values["key_folded"] = HaystackKeys(values["haystack"], values["haystack_offsets"])
    values["start_text"] = WordStarts(values["tails"], values["tail_starts"])
    return Candidates(**values)


def _little(column: array) -> bytes:
    if sys.byteorder == "little":
        return column.tobytes()
    swapped = array(column.typecode, column)
    swapped.byteswap()
    return swapped.tobytes()


def _column(data: bytes, typecode: str) -> array:
    if typecode in ("I", "B"):
        return column_from_bytes(data, typecode)
    column = array(typecode)
    column.frombytes(data)
    if sys.byteorder != "little":
        column.byteswap()
    return column


def save_candidates(
    db: sqlite3.Connection, engine: str, corpus: str, with_articles: bool, blob: bytes
) -> None:
    db.execute(
        "INSERT OR REPLACE INTO corpus_finder VALUES (?, ?, ?, ?)",
        (engine, corpus, int(with_articles), blob),
    )


def load_candidates(
    db: sqlite3.Connection, engine: str, corpus: str, with_articles: bool
) -> Candidates | None:
    found = db.execute(
        "SELECT candidates FROM corpus_finder WHERE engine = ? AND corpus = ? AND articles = ?",
        (engine, corpus, int(with_articles)),
    ).fetchone()
    if found is None:
        return None
    try:
        return unpack_candidates(found[0])
    except (ValueError, KeyError, TypeError):
        return None
