"""Text → one-line blocks, and cutting blocks into smaller ones without losing their offsets.

Every block the corpus layer makes comes from here, so the rule "a block's text maps exactly
back to `Article.text`" is kept in one place: `split_lines` slices lines out of the text, and
`sub_block` cuts a piece out of a block (verbatim or with per-char offsets) and trims it.
"""

from __future__ import annotations

import re

from reader.corpus.model import Block, BlockKind

#: Characters trimmed from block edges: whitespace, the BOM and zero-width spaces.
EDGE_SPACE = " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"


_LINE = re.compile("[^\n\r\u2028\u2029]+")


def split_lines(text: str, base: int = 0, kind: BlockKind = "paragraph") -> list[Block]:
    """One block per non-empty line of `text`, trimmed; `base` is `text`'s offset in the article.

    Lines end at LF, CR (alone or before LF) and the Unicode line and paragraph separators, so
    no block holds a line break whatever the file's convention.
    """
    blocks: list[Block] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip(EDGE_SPACE)
        if stripped:
            lead = len(line) - len(line.lstrip(EDGE_SPACE))
            blocks.append(Block(kind, stripped, base + match.start() + lead))
    return blocks


def sub_block(block: Block, start: int, end: int, kind: BlockKind, strip: str = "") -> Block | None:
    """The piece `block.text[start:end]` as a block of `kind`, trimmed of space and `strip`.

    None when nothing is left after trimming.
    """
    chars = EDGE_SPACE + strip
    while start < end and block.text[start] in chars:
        start += 1
    while end > start and block.text[end - 1] in chars:
        end -= 1
    if start >= end:
        return None
    text = block.text[start:end]
    if block.offsets is None:
        return Block(kind, text, block.start + start)
    offsets = block.offsets[start:end]
    return Block(kind, text, offsets[0], offsets)


def verbatim_if_possible(block: Block, source: str) -> Block:
    """The block without per-char offsets when its text is a plain slice of `source`."""
    if block.offsets is None:
        return block
    if source[block.start : block.start + len(block.text)] != block.text:
        return block
    return Block(block.kind, block.text, block.start)


def retyped(block: Block, kind: BlockKind) -> Block:
    """The same block with another kind."""
    return block if block.kind == kind else Block(kind, block.text, block.start, block.offsets)


def blank_line_between(text: str, first: Block, second: Block) -> bool:
    """Whether an empty line separates two blocks in the article text."""
    end = first.source_span(0, len(first.text))[1]
    return text.count("\n", end, second.start) >= 2


def word_count(text: str) -> int:
    """Words in a short piece of text (split on spaces)."""
    return len(text.split())
