"""Repairs on load: UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere upstream.

Scraped articles often carry such "mojibake" ("CafÃ©", "â€œkutipâ€", "Ø§Ù„" for Arabic).
ftfy undoes it; a cheap pattern first tells the few lines that may need it, so ftfy is
imported and run only for them. A repaired block keeps per-character source offsets, so a
name found in the repaired text still points at the right place in the file.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from reader.corpus.model import Block

#: A lead byte of a UTF-8 sequence read as Latin-1/cp1252, then a continuation byte read the
#: same way (C1 controls already replaced by U+FFFD, cp1252's printable ones as themselves).
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\ufffd\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


@cache
def _fix_encoding():  # type: ignore[no-untyped-def]
    """ftfy's encoding fixer, imported on first need (most corpora never need it)."""
    from ftfy import fix_encoding

    return fix_encoding


def repair_text(text: str) -> str:
    """`text` with double-encoded UTF-8 decoded again; `text` itself when nothing needs it."""
    if text.isascii() or _SUSPECT.search(text) is None:
        return text
    return _fix_encoding()(text) or text


def repair_block(block: Block) -> Block:
    """The block with its text repaired, each character still mapped to the file."""
    fixed = repair_text(block.text)
    if fixed == block.text:
        return block
    offsets: list[int] = []
    matcher = SequenceMatcher(None, block.text, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            offsets.extend(block.source_offset(i) for i in range(i1, i2))
        elif tag != "delete":
            # Each repaired character stands for its share of the garbled run it replaced.
            span = max(1, i2 - i1)
            count = j2 - j1
            offsets.extend(
                block.source_offset(min(i1 + (k * span) // count, max(i1, i2 - 1)))
                for k in range(count)
            )
    return Block(block.kind, fixed, offsets[0] if offsets else block.start, offsets)
