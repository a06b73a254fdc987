"""The corpus data model: an article as blocks of display text that map back to its source text.

Every later layer (entities, index, ui) works on `Block.text`: that is what the reader shows,
wraps and scrolls to. Each block also knows where its characters came from in `Article.text`,
so a mention found in a block can be reported at exact source offsets (the `reader entities`
contract) and a source offset can be shown on screen.

A loaded corpus holds every article at once (100,000 of them must fit), so an article keeps its
blocks packed (`Blocks`): a block whose text is a slice of `Article.text` is stored as its kind,
start and length, and made into a `Block` again when read.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, NamedTuple, get_args, overload

from reader.corpus.offsets import Offsets
from reader.corpus.sanitize import display_name

BlockKind = Literal[
    "title",  # the headline
    "byline",  # the author's name, lifted from a byline line
    "dateline",  # the place of a dateline ("NAIROBI" in "NAIROBI, Outlet.co —")
    "source",  # the outlet named in the text ("Outlet.co" in a dateline, "SITE.COM -" lead)
    "heading",  # a subheading inside the story
    "paragraph",
    "quote",  # a block quotation
    "caption",  # a photo caption
    "item",  # a list item
    "tags",  # a line of topic tags under the story
]

#: Blocks that are shown as part of the metadata lines, not as the story's body.
META_KINDS: frozenset[str] = frozenset({"title", "byline", "dateline", "source", "tags"})


class Block(NamedTuple):
    """One line of display text and where it came from (immutable; a named tuple, cheap to make).

    `start` is the offset in `Article.text` of `text[0]`. When the text is a verbatim slice of
    the source (plain text, most HTML), `offsets` is None and `text[i]` is `Article.text[start + i]`.
    When it is not (Markdown inline markup removed), `offsets[i]` is the source offset of `text[i]`
    (the loaders give an `Offsets`, which stores runs; any sequence of ints works).
    """

    kind: BlockKind
    text: str
    start: int
    offsets: Sequence[int] | None = None

    def source_offset(self, i: int) -> int:
        """The source offset of display position `i` (0 ≤ i ≤ len(text))."""
        if self.offsets is None:
            return self.start + i
        if i < len(self.offsets):
            return self.offsets[i]
        return (self.offsets[-1] + 1) if self.offsets else self.start

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets (end exclusive) of the display span `text[start:end]`."""
        if end <= start:
            s = self.source_offset(start)
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1


_KINDS: tuple[str, ...] = get_args(BlockKind)
_KIND_CODES: dict[str, int] = {kind: code for code, kind in enumerate(_KINDS)}
_KEPT = 0x80  # row flag: the block is kept whole in `Blocks._kept` (its third field indexes it)
_MAX_OFFSET = 0xFFFFFFFF


class Blocks(Sequence[Block]):
    """An article's blocks, packed: reads like a list of `Block` (index, slice, iterate, ==).

    A block whose text is a verbatim slice of the article's text is stored as three unsigned
    ints (kind, start, length) and made into a `Block` when read; any other block (own display
    text, per-character offsets) is kept whole, its offsets as compact `Offsets`. Each read
    makes a new `Block` object, equal to the one stored; keep a block rather than reading it
    again in a tight loop.
    """

    __slots__ = ("_kept", "_rows", "_text")

    def __init__(self, text: str, blocks: Iterable[Block] = ()) -> None:
        """Pack `blocks`, whose verbatim ones are slices of `text`."""
        rows: list[int] = []
        kept: list[Block] = []
        for block in blocks:
            code = _KIND_CODES.get(block.kind)
            start, length = block.start, len(block.text)
            if (
                code is not None
                and block.offsets is None
                and start >= 0
                and start + length <= _MAX_OFFSET
                and text.startswith(block.text, start)
            ):
                rows += (code, start, length)
                continue
            if block.offsets is not None and not isinstance(block.offsets, Offsets):
                block = Block(block.kind, block.text, block.start, Offsets(block.offsets))
            rows += (_KEPT, 0, len(kept))
            kept.append(block)
        self._text = text
        self._rows = array("I", rows)
        self._kept: tuple[Block, ...] = tuple(kept)

    def _block(self, row: int) -> Block:
        """The block of row `row`, made from its packed form."""
        rows = self._rows
        code, start, length = rows[3 * row], rows[3 * row + 1], rows[3 * row + 2]
        if code & _KEPT:
            return self._kept[length]
        return Block(_KINDS[code], self._text[start : start + length], start)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._rows) // 3

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> list[Block]: ...

    def __getitem__(self, index: int | slice) -> Block | list[Block]:
        if isinstance(index, slice):
            return [self._block(row) for row in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("block index out of range")
        return self._block(index)

    def __iter__(self) -> Iterator[Block]:
        for row in range(len(self)):
            yield self._block(row)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list

    def __repr__(self) -> str:
        return repr(list(self))


@dataclass(slots=True)
class Article:
    """A news article ready to read: metadata, blocks and the text their offsets refer to.

    `text` is the file's text for .txt and .md files (read as UTF-8 with newline="", control
    characters replaced one-for-one) and the extracted plain text for other formats.
    `path` is the file as found from the path the user gave; `id` is unique in a corpus and
    stable across runs (the path, plus `#N` for the N-th article of a multi-article file).
    `blocks` may be given as any sequence of blocks; it is kept packed as `Blocks`.
    """

    id: str
    path: str
    text: str
    blocks: Sequence[Block]
    title: str
    source: str = ""
    author: str = ""
    date: datetime | None = None
    category: str = ""
    url: str = ""
    dateline: str = ""
    language: str = ""  # "id", "en" or "" when unsure: lets the entity engine pick its cues
    title_derived: bool = False  # no headline in the file: the title is the lead sentence
    order: int = 0  # position in the order the files were given and found
    digest: str = ""  # content hash of what the article was built from (cache key)
    notes: tuple[str, ...] = ()  # what the loader wants the reader to know (e.g. truncated)
    also_in: tuple[str, ...] = ()  # files holding the same article again (`duplicates`)
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Pack the blocks (unless they came packed against this very text)."""
        blocks = self.blocks
        if not isinstance(blocks, Blocks) or blocks._text is not self.text:
            self.blocks = Blocks(self.text, blocks)

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)

    @property
    def body(self) -> list[Block]:
        """The story's blocks, without the metadata ones."""
        return [b for b in self.blocks if b.kind not in META_KINDS]


class LoadProblem(NamedTuple):
    """A file (or part of one) that could not be read, and why, in one line."""

    path: str
    reason: str
    fatal: bool = True  # True: nothing was loaded from it; False: loaded as far as it was sound

    def __str__(self) -> str:
        return f"{display_name(self.path)}: {display_name(self.reason)}"
