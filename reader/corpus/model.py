"""The corpus data model: an article as blocks of display text that map back to its source text.

Every later layer (entities, index, ui) works on `Block.text`: that is what the reader shows,
wraps and scrolls to. Each block also knows where its characters came from in `Article.text`,
so a mention found in a block can be reported at exact source offsets (the `reader entities`
contract) and a source offset can be shown on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

BlockKind = Literal[
    "title",  # the headline
    "byline",  # the author's name, lifted from a byline line
    "dateline",  # the place of a dateline ("SEOUL" in "SEOUL, Outlet.co —")
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


@dataclass(frozen=True, slots=True)
class Block:
    """One line of display text and where it came from.

    `start` is the offset in `Article.text` of `text[0]`. When the text is a verbatim slice of
    the source (plain text, most HTML), `offsets` is None and `text[i]` is `Article.text[start + i]`.
    When it is not (Markdown inline markup removed), `offsets[i]` is the source offset of `text[i]`.
    """

    kind: BlockKind
    text: str
    start: int
    offsets: tuple[int, ...] | None = None

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


@dataclass(slots=True)
class Article:
    """A news article ready to read: metadata, blocks and the text their offsets refer to.

    `text` is the file's text for .txt and .md files (read as UTF-8 with newline="", control
    characters replaced one-for-one) and the extracted plain text for other formats.
    `path` is the file as found from the path the user gave; `id` is unique in a corpus and
    stable across runs (the path, plus `#N` for the N-th article of a multi-article file).
    """

    id: str
    path: str
    text: str
    blocks: list[Block]
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
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)

    @property
    def body(self) -> list[Block]:
        """The story's blocks, without the metadata ones."""
        return [b for b in self.blocks if b.kind not in META_KINDS]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file (or part of one) that could not be read, and why, in one line."""

    path: str
    reason: str
    fatal: bool = True  # True: nothing was loaded from it; False: loaded as far as it was sound

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
