"""Markdown inline markup removed, with every display character mapped to its source offset.

markdown-it gives block tokens with line ranges only, and inline tokens (text, emphasis, code,
links, breaks) without positions. So the inline token's raw content is first located line by
line in the source, then each child's text is aligned against that content from left to right.
Literal characters map to themselves; characters produced by escapes or entities ("&amp;" →
"&" maps to the "&", "&copy;" → "©" to the entity's start) map to where they were written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from reader.corpus.lines import EDGE_SPACE, sub_block, verbatim_if_possible
from reader.corpus.model import Block, BlockKind
from reader.corpus.offsets import Offsets
from reader.corpus.sanitize import clean_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: Characters that inline markup is made of; text may skip over them to find its next piece.
_MARKUP = frozenset("*_`~<>![]()#\\ \n\t")
_SCAN_WINDOW = 12
#: Line breaks as markdown-it counts them (it normalises CR LF and a lone CR to LF).
LINE_BREAK = re.compile(r"\r\n?|\n")


@cache
def commonmark_parser() -> MarkdownIt:
    """The CommonMark parser (raw HTML off), made once on first use."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def line_starts(source: str) -> list[int]:
    """Where each line of `source` starts, lines numbered as markdown-it numbers them."""
    return [0] + [m.end() for m in LINE_BREAK.finditer(source)]


def inline_kind(
    children: list[Token], heading_level: int, containers: list[str], blocks: list[Block]
) -> BlockKind:
    """The block kind for an inline token's `children`, from where the token sits."""
    if heading_level:
        return "title" if heading_level == 1 and not blocks else "heading"
    if len(children) == 1 and children[0].type == "image":
        return "caption"
    if containers:
        return "item" if containers[-1] == "item" else "quote"
    return "paragraph"


def wholly_emphasised(children: list[Token]) -> bool:
    """Whether an inline token's children are wrapped in emphasis from end to end."""
    return (
        len(children) >= 3
        and children[0].type in ("em_open", "strong_open")
        and children[-1].type in ("em_close", "strong_close")
    )


def inline_block(
    kind: BlockKind,
    content: str,
    children: list[Token],
    lines: tuple[int, int],
    source: str,
    line_starts: list[int],
) -> Block | None:
    """The block for an inline token (its `content`, `children` and source `lines` range):
    display text and per-char source offsets."""
    plain = len(children) == 1 and children[0].type == "text" and children[0].content == content
    if plain and "\n" not in content:  # no markup: the text is a slice of the source
        found = locate_line(content, lines, source, line_starts)
        if found >= 0:
            return sub_block(Block(kind, content, found), 0, len(content), kind)
    first_line, last_line = lines
    mapping = content_map(content, source, line_starts, first_line, last_line)
    renderer = InlineRenderer(content, mapping)
    renderer.render(children)
    # Entities can spell characters the file did not hold literally (&#x202E;): sanitize again.
    display = clean_line(renderer.text)
    if not display.strip(EDGE_SPACE):
        return None
    start = min(renderer.offsets) if renderer.offsets else 0
    block = sub_block(Block(kind, display, start, Offsets(renderer.offsets)), 0, len(display), kind)
    return verbatim_if_possible(block, source) if block is not None else None


def locate_line(content: str, lines: tuple[int, int], source: str, line_starts: list[int]) -> int:
    """Where one line of content without markup starts in the source lines `lines`; -1 if not
    there."""
    first_line, last_line = lines
    line_start = line_starts[first_line] if first_line < len(line_starts) else 0
    line_end = line_starts[last_line] if last_line < len(line_starts) else len(source)
    return source.find(content, line_start, line_end)


def content_map(
    content: str, source: str, line_starts: list[int], first_line: int, last_line: int
) -> list[int]:
    """Source offset of each character of an inline token's content (and one past the end).

    The content is the block's lines (`first_line` to `last_line`, exclusive) with their
    markers (">", "- ", indentation) taken off, joined with "\n" and stripped at both ends;
    each content line is found in the next source line that holds it.
    """
    mapping: list[int] = []
    index = first_line
    for line in content.split("\n"):
        start = -1
        probe = index
        while probe < max(last_line, index + 1) and probe < len(line_starts):
            line_start, line_end = _line_bounds(source, line_starts, probe)
            start = source.find(line, line_start, line_end) if line else line_start
            if start >= 0:
                break
            probe += 1
        if start < 0:
            probe = min(index, len(line_starts) - 1)
            start = _line_bounds(source, line_starts, probe)[0]
        line_end = _line_bounds(source, line_starts, probe)[1]
        mapping.extend(range(start, start + len(line)))
        mapping.append(min(start + len(line), max(line_end - 1, 0)))  # the line break
        index = probe + 1
    return mapping


def _line_bounds(source: str, line_starts: list[int], index: int) -> tuple[int, int]:
    """Start and end (after its line break) of source line `index`."""
    start = line_starts[index] if index < len(line_starts) else len(source)
    end = line_starts[index + 1] if index + 1 < len(line_starts) else len(source)
    return start, end


class InlineRenderer:
    """Walks an inline token's children, producing display text and per-char source offsets."""

    def __init__(self, content: str, mapping: list[int]) -> None:
        """Start rendering `content`, whose characters map to the source by `mapping`."""
        self.content = content
        self.mapping = mapping
        self.cursor = 0
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def render(self, children: list[Token]) -> None:
        """Render the children in order."""
        for token in children:
            kind = token.type
            if kind == "text" or kind == "code_inline":
                self._text(token.content)
            elif kind in ("softbreak", "hardbreak"):
                self._break()
            elif kind == "image":
                self.render(token.children or [])
                self._skip_destination()
            elif kind == "link_close":
                self._skip_destination()
            elif kind == "html_inline":
                self._text(token.content)

    @property
    def text(self) -> str:
        """The display text rendered so far."""
        return "".join(self.chars)

    def _emit(self, text: str, content_index: int) -> None:
        """Add text that is written literally at `content_index`."""
        self.chars.append(text)
        self.offsets.extend(self.mapping[content_index : content_index + len(text)])

    def _text(self, text: str) -> None:
        """Add a text piece: found whole past the cursor, or character by character."""
        if not text:
            return
        index = self.content.find(text, self.cursor)
        if index >= 0 and all(ch in _MARKUP for ch in self.content[self.cursor : index]):
            self._emit(text, index)
            self.cursor = index + len(text)
            return
        for ch in text:
            self._char(ch)

    def _char(self, ch: str) -> None:
        """One character that is not written literally in a run: find it nearby, or map it
        to where the cursor stands (an entity or escape that produced it)."""
        limit = min(len(self.content), self.cursor + _SCAN_WINDOW)
        if ch == " ":  # a space stands for any white space (a line break in a code span)
            index = next((i for i in range(self.cursor, limit) if self.content[i].isspace()), -1)
        else:
            index = self.content.find(ch, self.cursor, limit)
        if index >= 0:
            self.chars.append(ch)
            self.offsets.append(self.mapping[index])
            self.cursor = index + 1
            return
        self.chars.append(ch)
        self.offsets.append(self.mapping[min(self.cursor, len(self.mapping) - 1)])

    def _break(self) -> None:
        """A soft or hard line break: a space mapped to the line break."""
        index = self.content.find("\n", self.cursor)
        if index < 0:
            return
        self.chars.append(" ")
        self.offsets.append(self.mapping[index])
        self.cursor = index + 1

    def _skip_destination(self) -> None:
        """Step over "](url "title")", "][ref]" or the ">" of an autolink after link text."""
        content, pos = self.content, self.cursor
        while pos < len(content) and content[pos] in " \n":
            pos += 1
        if pos < len(content) and content[pos] == ">":
            self.cursor = pos + 1
            return
        if pos >= len(content) or content[pos] != "]":
            return
        pos += 1
        if pos < len(content) and content[pos] == "(":
            depth, quote = 0, ""
            while pos < len(content):
                ch = content[pos]
                if quote:
                    quote = "" if ch == quote else quote
                elif ch in "\"'":
                    quote = ch
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        pos += 1
                        break
                pos += 1
        elif pos < len(content) and content[pos] == "[":
            close = content.find("]", pos)
            pos = close + 1 if close >= 0 else pos
        self.cursor = pos
