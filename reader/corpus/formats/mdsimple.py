"""Markdown made only of ATX headings and paragraphs, read without the CommonMark block parser.

Most news articles saved as Markdown are a "# Title" line, maybe an emphasised metadata line,
and paragraphs separated by blank lines. For such a file the block structure can be read line
by line, and paragraphs without any inline markup character are plain text: markdown-it would
give them as a single text token. Running its block parser (and its inline parser over plain
text) is most of the time spent loading a folder of small .md files.

`simple_markdown_blocks` gives exactly what `markdown_blocks` gives for such a file: the same
line numbering, the same paragraph content (CommonMark's trimming), and the same inline tokens
(markdown-it's inline parser still reads any paragraph that holds a markup character). For a
file with anything else at the start of a line (lists, quotes, code, rules, setext headings,
link definitions, indentation, tabs) it returns None and the caller uses markdown-it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it.common.utils import mdTrim
from markdown_it.token import Token

from reader.corpus.formats.mdinline import (
    LINE_BREAK,
    commonmark_parser,
    inline_block,
    inline_kind,
    line_starts,
    locate_line,
    wholly_emphasised,
)
from reader.corpus.lines import sub_block
from reader.corpus.model import Block

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

#: What may start inline markup in CommonMark (line breaks, escapes, code, emphasis, links
#: and images, entities, autolinks, which hold a ":" or an "@"; raw HTML is off): a paragraph
#: without any of it is plain text.
MAYBE_MARKUP = re.compile(r"[\n\\`*_\[]|&#?[A-Za-z0-9]+;|<[^<>\x00-\x20]*[:@][^<>\x00-\x20]*>")
#: Line starts that are (or may be) block syntax other than a heading or a paragraph ("<" is
#: not: raw HTML blocks are off, so a line starting "<Company Inc> said" is a paragraph; nor is
#: "[" when the text has no "]:", without which there is no link reference definition).
_BLOCK_STARTS = frozenset(">`~")
#: Thematic breaks, setext underlines and bullet list markers are made of these.
_RULE_CHARS = frozenset("-*_+=")
_ORDERED_ITEM = re.compile(r"\d{1,9}[.)](?: |$)")


class _NotSimple(Exception):
    """The text has block syntax that only the full parser reads right."""


def simple_markdown_blocks(parse_text: str, source: str) -> tuple[list[Block], set[int]] | None:
    """`markdown_blocks` for a text of ATX headings and paragraphs only; None for any other.

    `parse_text` is `source` with any front matter blanked out (same length, same lines).
    """
    if "\t" in parse_text or "\0" in parse_text:  # tab stops and NUL: the parser's business
        return None
    reader = _SimpleReader(source, line_starts(source), commonmark_parser())
    try:
        reader.read(LINE_BREAK.split(parse_text), definitions="]:" in parse_text)
    except _NotSimple:
        return None
    return reader.blocks, reader.emphasised


class _SimpleReader:
    """Reads headings and paragraphs line by line into blocks, as `markdown_blocks` makes them."""

    def __init__(self, source: str, line_starts: list[int], parser: MarkdownIt) -> None:
        """Ready to read lines of `source`."""
        self.source = source
        self.line_starts = line_starts
        self.parser = parser
        self.blocks: list[Block] = []
        self.emphasised: set[int] = set()

    def read(self, lines: list[str], definitions: bool) -> None:
        """Read every line; raises _NotSimple at the first line of other block syntax.

        `definitions`: the text may hold link reference definitions (lines starting "[").
        """
        paragraph_from = -1  # first line of the paragraph being read, -1 when none
        for number, line in enumerate(lines):
            shape = _line_shape(line, definitions)
            if shape == "text":
                if paragraph_from < 0:
                    paragraph_from = number
                continue
            if paragraph_from >= 0:
                self._paragraph(lines, paragraph_from, number)
                paragraph_from = -1
            if shape == "heading":
                level, content = _heading(line)
                self._add(content, level, (number, number + 1))
        if paragraph_from >= 0:
            self._paragraph(lines, paragraph_from, len(lines))

    def _paragraph(self, lines: list[str], first: int, end: int) -> None:
        """The paragraph of lines `first` to `end` (exclusive), trimmed as CommonMark does."""
        self._add(mdTrim("\n".join(lines[first:end])), 0, (first, end))

    def _add(self, content: str, heading_level: int, lines: tuple[int, int]) -> None:
        """Append the block of one heading or paragraph."""
        source, line_starts, blocks = self.source, self.line_starts, self.blocks
        if not content or MAYBE_MARKUP.search(content) is not None:
            children = _emphasised_line(content)
            if children is None:
                children = self.parser.parseInline(content)[0].children or []
            kind = inline_kind(children, heading_level, [], blocks)
            block = inline_block(kind, content, children, lines, source, line_starts)
            if block is not None:
                blocks.append(block)
                if wholly_emphasised(children):
                    self.emphasised.add(block.start)
            return
        # Plain text: markdown-it's inline parser would give one text token holding `content`.
        kind = inline_kind([], heading_level, [], blocks)
        found = locate_line(content, lines, source, line_starts)
        if found < 0:
            raise _NotSimple
        block = sub_block(Block(kind, content, found), 0, len(content), kind)
        if block is not None:
            blocks.append(block)


def _line_shape(line: str, definitions: bool) -> str:
    """ "blank", "heading" or "text" (a paragraph's line); raises _NotSimple for the rest."""
    if not line.strip(" "):
        return "blank"
    first = line[0]
    if _is_space(first) or first in _BLOCK_STARTS or (first == "[" and definitions):
        raise _NotSimple  # indentation (code, lazy lines), quotes, fences, link definitions
    if first == "#":
        level = len(line) - len(line.lstrip("#"))
        if level <= 6 and (level == len(line) or line[level] == " "):
            return "heading"
    elif first in _RULE_CHARS:
        if set(line.rstrip(" ")) <= {first, " "} or (first in "-*+" and line[1:2] in ("", " ")):
            raise _NotSimple  # thematic break, setext underline or list item
    elif first.isdigit() and _ORDERED_ITEM.match(line):
        raise _NotSimple  # ordered list item
    return "text"


def _heading(line: str) -> tuple[int, str]:
    """Level and content of an ATX heading line with text and no closing "#" run."""
    level = len(line) - len(line.lstrip("#"))
    rest = line[level:]
    if not rest.strip(" ") or rest.rstrip(" ").endswith("#"):
        raise _NotSimple  # empty heading or closing sequence: left to the parser
    return level, mdTrim(rest)


def _emphasised_line(content: str) -> list[Token] | None:
    """The inline tokens of "*plain text*", as markdown-it gives them; None for anything else.

    A metadata line under the title is often written so. Both "*" are flanking delimiters
    when the text inside is neither empty nor edged with white space, and nothing inside can
    be markup when `MAYBE_MARKUP` finds none (it finds any "*" or "_").
    """
    if len(content) < 3 or content[0] != "*" or content[-1] != "*":
        return None
    inner = content[1:-1]
    if _is_space(inner[0]) or _is_space(inner[-1]) or MAYBE_MARKUP.search(inner) is not None:
        return None
    text = Token("text", "", 0)
    text.content = inner
    return [Token("em_open", "em", 1, markup="*"), text, Token("em_close", "em", -1, markup="*")]


def _is_space(ch: str) -> bool:
    """White space as Python or CommonMark counts it."""
    return ch.isspace() or not mdTrim(ch)
