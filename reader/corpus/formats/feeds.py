"""RSS and Atom feeds (.rss, .atom, .xml): each item is an article, parsed with feedparser.

feedparser (imported only when a feed is loaded) reads any RSS/Atom dialect, tolerates broken
XML, sanitizes item HTML and parses dates. The feed is parsed from the bytes already read, so
it never fetches anything. An item's text is its full content when the feed carries it, else
its summary.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache
from types import ModuleType
from typing import Any

from reader.corpus.build import TextBuilder, content_digest, make_article, one_line
from reader.corpus.cleanup import CleanupOptions, Meta, clean_blocks
from reader.corpus.dates import parse_date
from reader.corpus.formats.htmltext import html_lines
from reader.corpus.model import Article, LoadProblem

_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF", b"<RDF")


@cache
def _feedparser() -> ModuleType:
    """Import feedparser once, on first use."""
    import feedparser

    return feedparser


def looks_like_feed(data: bytes) -> bool:
    """Whether the start of a file is an RSS, Atom or RDF feed."""
    head = data[:2048].lstrip()
    return any(marker in head for marker in _FEED_MARKERS)


def articles_from_feed(
    path: str, data: bytes, *, reference_year: int | None = None
) -> Iterator[Article | LoadProblem]:
    """One article per feed item; a problem when the feed is broken or holds no items."""
    parsed = _feedparser().parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = _one_line_error(parsed.get("bozo_exception"))
        yield LoadProblem(path, f"not a readable feed: {reason}")
        return
    if parsed.get("bozo"):
        reason = _one_line_error(parsed.get("bozo_exception"))
        yield LoadProblem(path, f"feed is malformed ({reason}); read what could be", fatal=False)
    feed_title = one_line(parsed.get("feed", {}).get("title", ""))
    loaded = 0
    for number, entry in enumerate(entries, 1):
        article = _entry_article(path, number, entry, feed_title, reference_year)
        if article is None:
            yield LoadProblem(path, f"item {number}: no text", fatal=False)
            continue
        loaded += 1
        yield article
    if not loaded:
        yield LoadProblem(path, "feed has no items with text")


def _entry_article(
    path: str, number: int, entry: Any, feed_title: str, reference_year: int | None
) -> Article | None:
    """The article for one feed item, or None when it holds no text."""
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    _, lines = html_lines(html or "")
    title = one_line(entry.get("title", ""))
    if not lines and not title:
        return None
    meta = Meta(
        title=title,
        source=feed_title,
        author=_entry_author(entry),
        url=one_line(entry.get("link", "")),
        date=_entry_date(entry),
        category=one_line(", ".join(t.get("term", "") for t in entry.get("tags", [])[:1])),
    )
    builder = TextBuilder()
    if title:
        builder.add_line(title, "title")
    if meta.author:
        builder.add_line(meta.author, "byline")
    for kind, text in lines:
        builder.add_line(text, kind)
    tags = [one_line(t.get("term", "")) for t in entry.get("tags", [])]
    if any(tags):
        builder.add_line(", ".join(t for t in tags if t), "tags")
    options = CleanupOptions(
        find_headline=not title,
        lone_byline=False,
        known_sources=(feed_title,),
        reference_year=reference_year,
    )
    blocks = clean_blocks(builder.text, builder.blocks, meta, options)
    if not blocks:
        return None
    record = {k: entry.get(k) for k in ("id", "title", "link", "author", "published", "summary")}
    record["content"] = html
    digest = content_digest(json.dumps(record, sort_keys=True, default=str).encode("utf-8"))
    return make_article(
        article_id=f"{path}#{number}",
        path=path,
        text=builder.text,
        blocks=blocks,
        meta=meta,
        digest=digest,
    )


def _entry_author(entry: Any) -> str:
    """The author's name, without the e-mail address RSS puts with it."""
    name = (entry.get("author_detail") or {}).get("name") or entry.get("author", "")
    name = re.sub(r"\S+@\S+", "", name).strip(" ()")
    return one_line(name)


def _entry_date(entry: Any) -> datetime | None:
    """The item's date as written (local wall-clock time), else feedparser's UTC reading."""
    for key in ("published", "updated", "created"):
        written = entry.get(key)
        if not written:
            continue
        try:
            return parsedate_to_datetime(written).replace(tzinfo=None)
        except (TypeError, ValueError):
            pass
        value = parse_date(written)
        if value is not None:
            return value
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime(*value[:6])
    return None


def _one_line_error(error: object) -> str:
    """A parse error as one short line."""
    text = " ".join(str(error or "unknown error").split())
    return text[:120]
