"""Text → one-line blocks, and cutting blocks into smaller ones without losing their offsets.

Every block the corpus layer makes comes from here, so the rule "a block's text maps exactly
back to `Article.text`" is kept in one place: `split_lines` slices lines out of the text, and
`sub_block` cuts a piece out of a block (verbatim or with per-char offsets) and trims it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

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


#: The most display text one article holds: about 80,000 words, several times the longest
#: news story. Past it the blocks are dropped (the file's text is kept, so offsets stay right),
#: so a 6 MB table or log read as an article costs seconds, not minutes, in every later stage.
MAX_ARTICLE_CHARS = 500_000
ARTICLE_CUT_NOTE = "Only the first {:,} characters of this article are shown and searched for names."


def within_article_limit(blocks: list[Block]) -> tuple[list[Block], bool]:
    """The first blocks of `blocks` that fit in `MAX_ARTICLE_CHARS`, and whether any were left."""
    total = 0
    for number, block in enumerate(blocks):
        total += len(block.text)
        if total > MAX_ARTICLE_CHARS:
            return blocks[:number], True
    return blocks, False


#: The longest block kept whole. A longer one (a 2,000-row table written as one Markdown
#: paragraph, a page with no line breaks) is cut into pieces no longer than this, so that
#: whatever later reads a block, or looks back and forth inside one, works on bounded text.
MAX_BLOCK_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?。][\"'”’)]?\s")


def bounded_blocks(source: str, blocks: list[Block]) -> list[Block]:
    """`blocks` with each one longer than `MAX_BLOCK_CHARS` cut into pieces that are not.

    A piece ends where the source had a line break (a table's row, a soft-wrapped line), else
    after a sentence, else at a space, else at the limit; offsets are kept exactly.
    """
    if all(len(block.text) <= MAX_BLOCK_CHARS for block in blocks):
        return blocks
    out: list[Block] = []
    for block in blocks:
        if len(block.text) <= MAX_BLOCK_CHARS:
            out.append(block)
            continue
        start = 0
        while start < len(block.text):
            end = _cut(source, block, start)
            piece = sub_block(block, start, end, block.kind)
            if piece is not None:
                out.append(verbatim_if_possible(piece, source))
            start = end
    return out


def _cut(source: str, block: Block, start: int) -> int:
    """Where the piece of `block` from `start` ends (exclusive), at most the limit away."""
    text = block.text
    limit = start + MAX_BLOCK_CHARS
    if limit >= len(text):
        return len(text)
    floor = start + MAX_BLOCK_CHARS // 4  # a piece is never cut much shorter than the limit
    low, high = block.source_offset(floor), block.source_offset(limit)
    line_break = max(source.rfind("\n", low, high), source.rfind("\r", low, high))
    if line_break >= 0:  # the first display position past the source's last line break
        return bisect_right(range(floor, limit), line_break, key=block.source_offset) + floor
    sentence = -1
    for match in _SENTENCE_END.finditer(text, floor, limit):
        sentence = match.end()
    if sentence > 0:
        return sentence
    space = text.rfind(" ", floor, limit)
    return space + 1 if space > 0 else limit
