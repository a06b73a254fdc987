"""JSON Lines (.jsonl, .jsonl.gz, .ndjson): one article per line, streamed.

Each line is an object with `title` and `text` (or `body`), optionally `source`, `date`,
`url`, `author`, `category`, `dateline`, `id`. The extracted text is the title, the author and
dateline lines when given, then the body as written (paragraphs separated by blank lines). A
line that is not valid JSON or has no text is reported and skipped; the others load.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from reader.corpus.build import TextBuilder, content_digest, make_article, one_line
from reader.corpus.cleanup import CleanupOptions, Meta, clean_blocks
from reader.corpus.dates import find_dates, parse_date
from reader.corpus.lines import sub_block
from reader.corpus.model import Article, Block, LoadProblem
from reader.corpus.reading import MAX_BYTES, describe_os_error, size_label
from reader.corpus.streams import (
    LongLine,
    StreamCancelled,
    StreamLimits,
    StreamStopped,
    bounded_lines,
)

_EXTRA_FIELDS = ("id", "title_derived_from_url")


def articles_from_jsonl(
    path: str,
    *,
    max_bytes: int = MAX_BYTES,
    reference_year: Callable[[], int | None] = lambda: None,
    limits: StreamLimits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Article | LoadProblem]:
    """Stream the articles of a JSON Lines file (gzip'd when it ends in .gz).

    Lines longer than `max_bytes` are reported and skipped; past the other `limits` (bytes,
    lines, compression ratio) the file stops with a problem, keeping what it loaded.
    """
    limits = limits or StreamLimits(max_line_bytes=max_bytes)
    loaded = 0
    line_number = 0
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block, /dev/zero never end
            yield LoadProblem(path, "not a regular file")
            return
        with open(path, "rb") as raw, _decompressed(path, raw) as stream:
            compressed_read = raw.tell if stream is not raw else None
            for item in bounded_lines(
                stream, limits, compressed_read=compressed_read, cancelled=cancelled
            ):
                if isinstance(item, LongLine):
                    line_number = item.number
                    limit = size_label(limits.max_line_bytes)
                    reason = f"line {item.number}: longer than {limit}, skipped"
                    yield LoadProblem(path, reason, fatal=False)
                    continue
                line_number, line = item
                if not line.strip():
                    continue
                if cancelled():  # each line's parse takes a while: stop between them
                    return
                try:
                    article = _line_article(path, line_number, line, reference_year())
                except Exception as err:  # one bad record must not stop the others: reported
                    reason = f"{type(err).__name__}: {' '.join(str(err).split())[:100]}"
                    article = LoadProblem(
                        path, f"line {line_number}: cannot be parsed ({reason})", False
                    )
                if isinstance(article, Article):
                    loaded += 1
                yield article
    except StreamCancelled:
        return
    except StreamStopped as err:
        where = f" after line {line_number}" if line_number else ""
        yield LoadProblem(path, f"stopped{where}: {err}", fatal=loaded == 0)
        return
    except (OSError, EOFError, zlib.error) as err:
        where = f"after line {line_number}" if line_number else "at the start"
        yield LoadProblem(path, f"unreadable {where}: {_stream_error(err)}", fatal=loaded == 0)
        return
    if loaded == 0:
        yield LoadProblem(path, "no article in this file")


def _stream_error(err: Exception) -> str:
    """A one-line reason for an error met while reading the (gzip) stream."""
    if isinstance(err, EOFError):
        return "the compressed data ends too soon"
    if isinstance(err, (gzip.BadGzipFile, zlib.error)):
        return "not valid gzip data"
    return describe_os_error(err) if isinstance(err, OSError) else str(err)


def _decompressed(path: str, raw: BinaryIO) -> Any:
    """`raw` decompressed when the file ends in .gz (read in bounded pieces), else itself."""
    if path.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return contextlib.nullcontext(raw)


def _line_article(
    path: str, number: int, raw: bytes, reference_year: int | None
) -> Article | LoadProblem:
    """The article of one line, or the problem that stops it."""
    try:
        record = json.loads(raw)
    except ValueError as err:
        message = err.msg if isinstance(err, json.JSONDecodeError) else "not UTF-8"
        return LoadProblem(path, f"line {number}: not valid JSON ({message}), skipped", fatal=False)
    if not isinstance(record, dict):
        return LoadProblem(path, f"line {number}: not a JSON object, skipped", fatal=False)
    body = record.get("text") or record.get("body")
    if not isinstance(body, str) or not body.strip():
        return LoadProblem(path, f"line {number}: no text or body, skipped", fatal=False)
    article = article_from_record(
        f"{path}#{number}", path, record, body, content_digest(raw), reference_year
    )
    if article is None:
        return LoadProblem(path, f"line {number}: no text, skipped", fatal=False)
    return article


def article_from_record(
    article_id: str,
    path: str,
    record: dict[str, Any],
    body: str,
    digest: str,
    reference_year: int | None = None,
) -> Article | None:
    """An article from one JSON record (fields as in the module docstring)."""
    meta = Meta(
        title=_field(record, "title"),
        source=_field(record, "source"),
        author=_field(record, "author"),
        category=_field(record, "category"),
        url=_field(record, "url"),
    )
    meta.date = parse_date(_field(record, "date"), reference_year)
    for key in _EXTRA_FIELDS:
        if _field(record, key):
            meta.extra[key] = _field(record, key)
    builder = TextBuilder()
    if meta.title:
        builder.add_line(meta.title, "title")
    if meta.author:
        builder.add_line(meta.author, "byline")
    dateline = _field(record, "dateline")
    if dateline:
        line = builder.add_line(dateline, "paragraph")
        if line is not None:
            _dateline_blocks(builder, line, meta)
    builder.add(body)
    options = CleanupOptions(
        find_headline=not meta.title,
        lone_byline=False,
        known_sources=(meta.source,),
        reference_year=meta.date.year if meta.date else reference_year,
    )
    blocks = clean_blocks(builder.text, builder.blocks, meta, options)
    if not blocks:
        return None
    return make_article(
        article_id=article_id, path=path, text=builder.text, blocks=blocks, meta=meta, digest=digest
    )


def _dateline_blocks(builder: TextBuilder, line: Block, meta: Meta) -> None:
    """Replace a dateline field's line ("SALVADOR, Feb 26") by a block of its place."""
    place_end = line.text.find(",")
    place_end = len(line.text) if place_end < 0 else place_end
    dates = find_dates(line.text)
    if dates and dates[0].start < place_end:
        place_end = dates[0].start
    place = sub_block(line, 0, place_end, "dateline", ",-–— ")
    builder.blocks.remove(line)
    if place is not None:
        builder.blocks.append(place)
        meta.dateline = place.text
    if meta.date is None and dates:
        meta.date = dates[0].resolve(None)


def _field(record: dict[str, Any], key: str) -> str:
    """A field as one clean line ("" when absent or not a plain value)."""
    value = record.get(key)
    if not value or isinstance(value, (dict, list)):
        return ""
    return one_line(str(value))
