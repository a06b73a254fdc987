"""Any bytes in, a report or articles out, never an exception: properties for every loader
(plain text, Markdown, HTML, JSON Lines plain and gzip'd, RSS/Atom feeds).

Each property writes the example to a file with the format's name ending and loads it. What
loads must be inert (no control or bidi character in any title or block) and map back to the
article's text; every problem must be one printable line.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.commands._output import json_line
from reader.corpus.loader import iter_load
from reader.corpus.model import Article, LoadProblem

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
UNSAFE = {chr(c) for c in [*range(0, 10), *range(11, 32), *range(127, 160)]} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
#: Characters that stress each format: markup, entities, controls, bidi, wide and combining.
_MARKUP = list("#*_`[]()<>&;!|-=\\\n\r\t \"'{}:,/")
_CONTROLS = ["\x1b", "\x07", "\x00", "\x9b", "\u202e", "\u2067", "\u200b", "\u0301", "\ufeff"]
_PIECES = ["北", "😀", "&amp;", "&#27;", "&#x202e;", "<p>", "</div>", "<script>", "# ", "| a |"]
TRICKY = st.sampled_from([*_MARKUP, *_CONTROLS, *_PIECES, "\\u", "\\ud800"])
WORDS = st.sampled_from(["Kota", "Contoh", "Budi", "warga", "the", "Storm", "banjir", "Jakarta"])
TEXTISH = st.lists(st.one_of(TRICKY, WORDS, st.text(max_size=5)), max_size=60).map("".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


def _load(folder: Path, name: str, data: bytes) -> list[Article | LoadProblem]:
    path = folder / name
    path.write_bytes(data)
    return list(iter_load([str(path)]))


def _check(items: list[Article | LoadProblem]) -> None:
    assert items, "neither an article nor a problem"
    for item in items:
        if isinstance(item, LoadProblem):
            assert str(item).isprintable(), str(item)
            continue
        assert isinstance(item, Article)
        for value in (item.title, item.source, item.author, item.dateline):
            assert not (set(value) & UNSAFE), value
        for block in item.blocks:
            assert block.text and not (set(block.text) & UNSAFE), block
            start, end = block.source_span(0, len(block.text))
            assert 0 <= start <= end <= len(item.text)
        json.loads(json_line({"title": item.title, "file": item.path}))


def _text_bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@PROPERTY
@given(data=st.one_of(st.binary(max_size=3000), TEXTISH.map(_text_bytes)))
@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.jsonl", "a.rss"])
def test_any_bytes_load_or_are_reported(folder: Path, name: str, data: bytes) -> None:
    _check(_load(folder, name, data))


@PROPERTY
@given(title=TEXTISH, body=TEXTISH, extra=st.lists(TEXTISH, max_size=3))
def test_markdown_made_of_tricky_pieces(folder: Path, title: str, body: str, extra: list[str]) -> None:
    text = f"# {title}\n\n{body}\n\n" + "\n".join(f"- {e}" for e in extra)
    _check(_load(folder, "b.md", _text_bytes(text)))


@PROPERTY
@given(title=TEXTISH, body=TEXTISH, tag=st.sampled_from(["p", "div", "td", "pre", "b", "x"]))
def test_html_made_of_tricky_pieces(folder: Path, title: str, body: str, tag: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><{tag}>{body}</{tag}><p>{body}"
    _check(_load(folder, "b.html", _text_bytes(page)))


RECORD = st.dictionaries(
    st.sampled_from(["title", "text", "body", "date", "source", "author", "dateline", "url"]),
    st.one_of(TEXTISH, st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
    max_size=6,
)


@PROPERTY
@given(
    records=st.lists(st.one_of(RECORD.map(json.dumps), TEXTISH), max_size=8),
    cut=st.integers(min_value=0, max_value=4000),
)
def test_json_lines_plain_and_gzipped(folder: Path, records: list[str], cut: int) -> None:
    data = _text_bytes("\n".join(records) + "\n")
    _check(_load(folder, "c.jsonl", data))
    packed = gzip.compress(data)
    _check(_load(folder, "c.jsonl.gz", packed))
    _check(_load(folder, "d.jsonl.gz", packed[: cut % (len(packed) + 1)]))  # cut anywhere


@PROPERTY
@given(
    title=TEXTISH,
    body=TEXTISH,
    escape=st.booleans(),
    atom=st.booleans(),
)
def test_feeds_with_tricky_items(
    folder: Path, title: str, body: str, escape: bool, atom: bool
) -> None:
    if escape:
        title = title.replace("&", "&amp;").replace("<", "&lt;")
        body = body.replace("&", "&amp;").replace("<", "&lt;")
    if atom:
        feed = (
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            f"<entry><title>{title}</title><content type='html'>{body}</content></entry></feed>"
        )
    else:
        feed = (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item>"
            f"<title>{title}</title><description>{body}</description></item></channel></rss>"
        )
    _check(_load(folder, "e.atom" if atom else "e.rss", _text_bytes(feed)))


