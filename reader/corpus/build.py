"""Putting an article together: extracted text with its blocks, digests, and the final Article.

Formats other than .txt and .md have no source text of their own that the reader could point
into, so they build one: the title, a blank line, then each paragraph or element on its own
line, paragraphs separated by blank lines. Every block is a verbatim slice of that text.
"""

from __future__ import annotations

import sys

try:  # hashlib.blake2b itself, without hashlib's OpenSSL bindings (a millisecond at start-up)
    from _blake2 import blake2b
except ImportError:  # a Python without the module: the public name
    from hashlib import blake2b

from reader.corpus.cleanup import Meta
from reader.corpus.language import detect_language
from reader.corpus.lines import (
    ARTICLE_CUT_NOTE,
    MAX_ARTICLE_CHARS,
    split_lines,
    within_article_limit,
)
from reader.corpus.model import META_KINDS, Article, Block, BlockKind
from reader.corpus.repair import repair_text
from reader.corpus.sanitize import clean_line, clean_text

#: Part of every digest: bump it when the loader's output for the same input changes.
LOADER_VERSION = b"reader-corpus-2\0"


def content_digest(*parts: bytes) -> str:
    """A hash of what an article was built from, for caches of later stages."""
    digest = blake2b(LOADER_VERSION, digest_size=16)
    for part in parts:
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()


def one_line(text: str) -> str:
    """A field value as one clean line: mojibake repaired, whitespace runs collapsed, control
    characters replaced."""
    return clean_line(" ".join(repair_text(str(text)).split()))


class TextBuilder:
    """Builds an extracted plain text line by line and the blocks that slice it."""

    def __init__(self) -> None:
        """Start with an empty text."""
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: BlockKind = "paragraph") -> list[Block]:
        """Append `text` as its own paragraph (one block per non-empty line); returns them."""
        # Repaired before control characters are replaced: mojibake holds C1 code points
        # ("â€\x9d" is a closing quote), which the replacement would make unrepairable.
        text = clean_text(repair_text(text)).strip()
        if not text:
            return []
        if self._parts:
            self._append("\n\n")
        base = self._length
        self._append(text)
        blocks = split_lines(text, base, kind)
        self.blocks.extend(blocks)
        return blocks

    def add_line(self, text: str, kind: BlockKind = "paragraph") -> Block | None:
        """Append one field value as a single line; returns its block."""
        blocks = self.add(one_line(text), kind)
        return blocks[0] if blocks else None

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self._parts)

    def _append(self, piece: str) -> None:
        """Add a piece to the text and keep its length."""
        self._parts.append(piece)
        self._length += len(piece)


def make_article(
    *,
    article_id: str,
    path: str,
    text: str,
    blocks: list[Block],
    meta: Meta,
    digest: str,
    notes: tuple[str, ...] = (),
) -> Article:
    """The final Article: metadata made safe, language guessed from the story.

    Metadata values are one-line already (fields go through `one_line`, values lifted from the
    text are block text); `clean_line` makes sure nothing unsafe gets through regardless.
    Values that repeat across a corpus (outlet, section, author, dateline place, extra field
    names) are interned, so 100,000 articles from one outlet hold its name once.
    """
    blocks, cut = within_article_limit(blocks)
    cut_note = ARTICLE_CUT_NOTE.format(MAX_ARTICLE_CHARS)
    if cut and cut_note not in notes:
        notes = (*notes, cut_note)
    story = " ".join(b.text for b in blocks[:40] if b.kind not in META_KINDS)
    return Article(
        id=article_id,
        path=path,
        text=text,
        blocks=sorted(blocks, key=lambda b: b.start),
        title=clean_line(repair_text(meta.title)) or "(untitled)",
        source=sys.intern(clean_line(repair_text(meta.source))),
        author=sys.intern(clean_line(repair_text(meta.author))),
        date=meta.date,
        category=sys.intern(clean_line(meta.category)),
        url=clean_line(meta.url),
        dateline=sys.intern(clean_line(meta.dateline)),
        language=detect_language(story or meta.title),
        title_derived=meta.title_derived,
        digest=digest,
        notes=notes,
        extra={sys.intern(clean_line(k)): clean_line(v) for k, v in meta.extra.items()},
    )
