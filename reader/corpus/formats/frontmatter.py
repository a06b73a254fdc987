"""YAML-style front matter at the top of a Markdown file ("---", "key: value" lines, "---").

Simple `key: value` lines are read (title, date, author, source, url, category, tags); the
values that hold names become blocks at their source offsets. The Markdown parser then sees
the front matter as blank lines, so its line numbers and offsets stay those of the file.
"""

from __future__ import annotations

import re

from reader.corpus.cleanup import Meta
from reader.corpus.dates import parse_date
from reader.corpus.model import Block, BlockKind

_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_BLOCK_KINDS: dict[str, BlockKind] = {
    "title": "title",
    "author": "byline",
    "authors": "byline",
    "source": "source",
    "publisher": "source",
    "site": "source",
    "tags": "tags",
    "keywords": "tags",
    "dateline": "dateline",
}
_META_FIELDS = {
    "source": "source",
    "publisher": "source",
    "site": "source",
    "author": "author",
    "authors": "author",
    "category": "category",
    "section": "category",
    "url": "url",
    "link": "url",
    "dateline": "dateline",
}


def front_matter_blocks(text: str, meta: Meta) -> tuple[list[Block], str | None]:
    """Blocks and metadata from front matter, and the text with it blanked (None if absent)."""
    if not text.startswith("---"):
        return [], None
    lines = text.split("\n")
    if lines[0].rstrip("\r") != "---":
        return [], None
    end_line = next(
        (i for i in range(1, min(len(lines), 200)) if lines[i].rstrip("\r") in ("---", "...")),
        None,
    )
    if end_line is None:
        return [], None
    blocks: list[Block] = []
    pos = len(lines[0]) + 1
    for line in lines[1:end_line]:
        match = _FIELD.match(line.rstrip("\r"))
        if match is not None:
            _read_field(match, pos, meta, blocks)
        pos += len(line) + 1
    end = pos + len(lines[end_line])
    blanked = "".join(ch if ch in "\r\n" else " " for ch in text[:end]) + text[end:]
    return blocks, blanked


def _read_field(match: re.Match[str], line_start: int, meta: Meta, blocks: list[Block]) -> None:
    """Read one `key: value` line into `meta` and, for names, a block."""
    key = match.group("key").lower()
    value = match.group("value")
    start = line_start + match.start("value")
    # Unquote "value" and unwrap [a, b] lists, keeping offsets.
    while len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value, start = value[1:-1], start + 1
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]":
        value, start = value[1:-1], start + 1
    lead = len(value) - len(value.lstrip())
    value, start = value.strip(), start + lead
    if not value:
        return
    if key == "title":
        meta.title = value
    elif key == "date":
        meta.date = parse_date(value)
    elif key in _META_FIELDS:
        setattr(meta, _META_FIELDS[key], value)
    if key in _BLOCK_KINDS:
        blocks.append(Block(_BLOCK_KINDS[key], value, start))
