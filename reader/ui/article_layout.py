"""An article as display blocks, and those blocks wrapped into screen lines.

`display_blocks` decides what the reader shows (title, a metadata line, the body, tags) and
remembers which article block each piece of text came from, so styled spans given per
article block (entity names, later) land on the right characters. `ArticleLayout` wraps the
blocks to a width and maps a (block, offset) to a (line, cell) and back. No Textual here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reader.corpus.model import META_KINDS, Article
from reader.corpus.sanitize import clean_line
from reader.ui.formatting import format_date
from reader.ui.wrap import cells_before, line_of, offset_at_cell, wrap_offsets

META_SEPARATOR = " · "
TAGS_LABEL = "Tags: "
ALSO_IN = "also in: "

#: Kind → (prefix of a block's first line, prefix of its other lines).
PREFIXES: dict[str, tuple[str, str]] = {"item": ("• ", "  "), "quote": ("▎ ", "▎ ")}


class DisplayBlock(NamedTuple):
    """One block as shown: its kind (a component-class suffix), text and where it came from.

    `sources` holds (article block index, offset in `text` where that block's text begins)
    for each article block whose text is shown here verbatim. (A named tuple, not a frozen
    dataclass: those take a millisecond each to define, on the way to the first frame.)
    """

    kind: str
    text: str
    sources: tuple[tuple[int, int], ...] = ()
    gap: int = 1


class StyledSpan(NamedTuple):
    """A span of a block's text to draw in a named style (`kind` → `article-view--{kind}`)."""

    start: int
    end: int
    kind: str


def display_blocks(article: Article) -> list[DisplayBlock]:
    """What the article view shows for `article`, top to bottom."""
    blocks: list[DisplayBlock] = []
    title_index = next((i for i, b in enumerate(article.blocks) if b.kind == "title"), None)
    if title_index is not None:
        title = article.blocks[title_index].text
        blocks.append(DisplayBlock("title", title, ((title_index, 0),), gap=1))
    else:
        blocks.append(DisplayBlock("title", article.title or "(untitled)", gap=1))
    meta = _meta_block(article)
    if meta.text:
        blocks.append(meta)
    blocks.extend(DisplayBlock("note", note, gap=0) for note in article.notes)
    blocks.append(DisplayBlock("rule", "", gap=0))
    previous_kind = ""
    body_count = 0
    for index, block in enumerate(article.blocks):
        if block.kind in META_KINDS:
            continue
        gap = 0 if block.kind == "item" and previous_kind == "item" else 1
        blocks.append(DisplayBlock(block.kind, block.text, ((index, 0),), gap=gap))
        previous_kind = block.kind
        body_count += 1
    if body_count == 0:
        blocks.append(DisplayBlock("note", "(This article has no text beyond its title.)"))
    for index, block in enumerate(article.blocks):
        if block.kind == "tags":
            text = TAGS_LABEL + block.text
            blocks.append(DisplayBlock("tags", text, ((index, len(TAGS_LABEL)),)))
    return blocks


def _meta_block(article: Article) -> DisplayBlock:
    """The line under the title: source · author · date · category · dateline · URL, and the
    files that hold the same article again ("also in: …")."""
    first_of_kind: dict[str, int] = {}
    for index, block in enumerate(article.blocks):
        first_of_kind.setdefault(block.kind, index)
    parts: list[tuple[str, int | None]] = []
    for field_text, kind in (
        (article.source, "source"),
        (article.author, "byline"),
        (format_date(article.date, with_time=True), ""),
        (article.category, ""),
        (article.dateline, "dateline"),
        (article.url, ""),
        (ALSO_IN + clean_line(", ".join(article.also_in)) if article.also_in else "", ""),
    ):
        block_index = first_of_kind.get(kind) if kind else None
        text = field_text or ("" if block_index is None else article.blocks[block_index].text)
        if not text:
            continue
        shown_verbatim = block_index is not None and article.blocks[block_index].text == text
        parts.append((text, block_index if shown_verbatim else None))
    text = ""
    sources: list[tuple[int, int]] = []
    for part, block_index in parts:
        if text:
            text += META_SEPARATOR
        if block_index is not None:
            sources.append((block_index, len(text)))
        text += part
    return DisplayBlock("meta", text, tuple(sources), gap=0)


def spans_for_display(
    blocks: Sequence[DisplayBlock], spans: Mapping[int, Sequence[StyledSpan]]
) -> list[list[StyledSpan]]:
    """Spans given per article block, moved onto the display blocks that show that text."""
    shown: list[list[StyledSpan]] = [[] for _ in blocks]
    if not spans:
        return shown
    for display_index, block in enumerate(blocks):
        for article_block, shift in block.sources:
            for span in spans.get(article_block, ()):
                shown[display_index].append(
                    StyledSpan(span.start + shift, span.end + shift, span.kind)
                )
    return shown


class ArticleLayout:
    """Display blocks wrapped to `width` cells: one entry per screen line, and lookups."""

    def __init__(self, blocks: Sequence[DisplayBlock], width: int) -> None:
        self.blocks = blocks
        self.width = max(1, width)
        self.line_block: list[int] = []  # display block of each line, -1 for a blank line
        self.line_start: list[int] = []
        self.line_end: list[int] = []
        self.block_first_line: list[int] = []
        self.block_line_starts: list[list[int]] = []
        for index, block in enumerate(blocks):
            self._blank(block.gap if index else 0)
            first_prefix = PREFIXES.get(block.kind, ("", ""))[0]
            starts = wrap_offsets(block.text, self.width - len(first_prefix))
            self.block_first_line.append(len(self.line_block))
            self.block_line_starts.append(starts)
            ends = [*starts[1:], len(block.text)]
            for start, end in zip(starts, ends, strict=True):
                self.line_block.append(index)
                self.line_start.append(start)
                self.line_end.append(end)
        self._blank(1)

    def _blank(self, count: int) -> None:
        for _ in range(count):
            self.line_block.append(-1)
            self.line_start.append(0)
            self.line_end.append(0)

    @property
    def height(self) -> int:
        return len(self.line_block)

    def prefix(self, y: int) -> str:
        """The decoration drawn before the text on line `y` (bullet, quote bar or nothing)."""
        block = self.line_block[y]
        if block < 0:
            return ""
        first, rest = PREFIXES.get(self.blocks[block].kind, ("", ""))
        return first if y == self.block_first_line[block] else rest

    def locate(self, block: int, offset: int) -> tuple[int, int]:
        """The (line, cell) where character `offset` of display block `block` is drawn."""
        starts = self.block_line_starts[block]
        line = line_of(starts, offset)
        y = self.block_first_line[block] + line
        x = len(self.prefix(y)) + cells_before(self.blocks[block].text, starts[line], offset)
        return y, x

    def offset_at(self, y: int, x: int) -> tuple[int, int] | None:
        """The (block, offset) drawn at line `y`, cell `x`; None on a blank line."""
        if not 0 <= y < self.height or (block := self.line_block[y]) < 0:
            return None
        cell = x - len(self.prefix(y))
        text = self.blocks[block].text
        return block, offset_at_cell(text, self.line_start[y], self.line_end[y], cell)

    def anchor_at(self, y: int) -> tuple[int, int]:
        """A width-independent position for line `y`: (block, offset) of the first text at or below it."""
        for line in range(max(0, y), self.height):
            if (block := self.line_block[line]) >= 0:
                return block, self.line_start[line]
        return (max(0, len(self.blocks) - 1), 0)

    def line_of_anchor(self, block: int, offset: int) -> int:
        """The line showing a position saved with `anchor_at` (clamped to the article)."""
        if not self.blocks:
            return 0
        block = min(max(0, block), len(self.blocks) - 1)
        offset = min(max(0, offset), len(self.blocks[block].text))
        return self.locate(block, offset)[0]
