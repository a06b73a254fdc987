"""Markdown (.md, .markdown): CommonMark blocks → article blocks mapped to the file's text.

Headings, paragraphs, block quotes and list items become blocks; inline markup is removed from
the display text and `Block.offsets` maps each character back (`mdinline`). The first
level-1 heading is the title; an emphasised line of " · "-separated fields right under it is
the article's metadata (`metaline`); YAML-style front matter is read too. Then the general
clean-up rules run (bylines, datelines, captions, furniture).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.corpus.build import make_article
from reader.corpus.cleanup import CleanupOptions, Meta, clean_blocks
from reader.corpus.formats.frontmatter import front_matter_blocks
from reader.corpus.formats.mdinline import (
    commonmark_parser,
    inline_block,
    inline_kind,
    line_starts,
    wholly_emphasised,
)
from reader.corpus.formats.mdsimple import simple_markdown_blocks
from reader.corpus.lines import (
    ARTICLE_CUT_NOTE,
    MAX_ARTICLE_CHARS,
    retyped,
    split_lines,
    sub_block,
)
from reader.corpus.metaline import parse_meta_line
from reader.corpus.model import Article, Block

if TYPE_CHECKING:
    from markdown_it.token import Token

#: The most Markdown source parsed for one article. An article shows at most
#: `MAX_ARTICLE_CHARS` of text anyway, and inline parsing holds a few Python ints per
#: character of a paragraph: a 6 MB table written as one paragraph would take 350 MB.
MAX_MARKDOWN_SOURCE = 2 * MAX_ARTICLE_CHARS


def article_from_markdown(
    path: str,
    text: str,
    *,
    digest: str,
    notes: tuple[str, ...] = (),
    reference_year: int | None = None,
) -> Article | None:
    """The article in a Markdown file's (sanitized) text; offsets index `text`."""
    meta = Meta()
    front, body_text = front_matter_blocks(text, meta)
    parse_text = text if body_text is None else body_text
    cut = parse_limit(parse_text)
    if cut < len(parse_text):  # see MAX_MARKDOWN_SOURCE: the rest would be dropped anyway
        parse_text = parse_text[:cut]
        notes = (*notes, ARTICLE_CUT_NOTE.format(MAX_ARTICLE_CHARS))
    body, emphasised = markdown_blocks(parse_text, text)
    if meta.title:
        # The front matter named the title: a first heading repeating it goes (the title is
        # shown once), another is a heading; a metadata line opening the body is read as one.
        body = _without_repeated_title(body, meta.title)
        body = _meta_line(body, 0, meta, emphasised | {body[0].start} if body else set(),
                          reference_year)  # fmt: skip
        blocks = front + body
    else:
        blocks = _title_and_meta_line(front + body, meta, emphasised, reference_year)
    if not blocks:
        return None
    options = CleanupOptions(
        find_headline=not meta.title,
        subheadings=False,
        known_sources=(meta.source,),
        reference_year=reference_year,
    )
    blocks = clean_blocks(text, blocks, meta, options)
    if not blocks:
        return None
    return make_article(
        article_id=path, path=path, text=text, blocks=blocks, meta=meta, digest=digest, notes=notes
    )


def parse_limit(text: str) -> int:
    """How much of a Markdown text to parse: all of it, or up to the last line break within
    `MAX_MARKDOWN_SOURCE` characters."""
    if len(text) <= MAX_MARKDOWN_SOURCE:
        return len(text)
    cut = text.rfind("\n", 0, MAX_MARKDOWN_SOURCE)
    return cut + 1 if cut > 0 else MAX_MARKDOWN_SOURCE


def markdown_blocks(parse_text: str, source: str) -> tuple[list[Block], set[int]]:
    """Blocks of a Markdown text, and the starts of those written wholly in emphasis.

    `parse_text` is `source` with any front matter blanked out (same length, same lines).
    A text of headings and paragraphs only is read line by line (`mdsimple`, the same result
    faster); any other goes through markdown-it's CommonMark parser.
    """
    simple = simple_markdown_blocks(parse_text, source)
    if simple is not None:
        return simple
    return commonmark_blocks(parse_text, source)


def commonmark_blocks(parse_text: str, source: str) -> tuple[list[Block], set[int]]:
    """`markdown_blocks` by markdown-it's CommonMark parser, for any Markdown."""
    starts = line_starts(source)
    tokens = commonmark_parser().parse(parse_text)
    blocks: list[Block] = []
    emphasised: set[int] = set()
    containers: list[str] = []
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind in ("blockquote_open", "list_item_open"):
            containers.append("quote" if kind == "blockquote_open" else "item")
        elif kind in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline" and token.map is not None:
            children = token.children or []
            block_kind = inline_kind(children, heading_level, containers, blocks)
            first_line, last_line = token.map
            lines = (first_line, last_line)
            block = inline_block(block_kind, token.content, children, lines, source, starts)
            if block is not None:
                blocks.append(block)
                if wholly_emphasised(children):
                    emphasised.add(block.start)
        elif kind in ("fence", "code_block") and token.map is not None:
            blocks.extend(_code_blocks(token, source, starts))
    return blocks, emphasised


def _code_blocks(token: Token, source: str, line_starts: list[int]) -> list[Block]:
    """One block per non-empty line of a code block (fences left out)."""
    first, last = token.map  # type: ignore[misc]
    if token.type == "fence":
        first, last = first + 1, last - 1
    if first >= last or first >= len(line_starts):
        return []
    start = line_starts[first]
    end = line_starts[last] if last < len(line_starts) else len(source)
    return split_lines(source[start:end], start)


def _title_and_meta_line(
    blocks: list[Block], meta: Meta, emphasised: set[int], reference_year: int | None
) -> list[Block]:
    """Take the title from the first heading; read a metadata line right under it."""
    index = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if index is None:
        return blocks
    meta.title = meta.title or blocks[index].text
    return _meta_line(blocks, index + 1, meta, emphasised, reference_year)


def _without_repeated_title(body: list[Block], title: str) -> list[Block]:
    """The body without a first heading that repeats `title`; other title blocks as headings."""
    key = " ".join(title.casefold().split())
    for index, block in enumerate(body):
        if block.kind == "title":
            if " ".join(block.text.casefold().split()) == key:
                body = body[:index] + body[index + 1 :]
            break
    return [retyped(b, "heading") if b.kind == "title" else b for b in body]


def _meta_line(
    blocks: list[Block],
    following: int,
    meta: Meta,
    emphasised: set[int],
    reference_year: int | None,
) -> list[Block]:
    """Read `blocks[following]` as a metadata line when it is one: its fields fill `meta`,
    its outlet stays as a source block, and the line leaves the body."""
    if following >= len(blocks) or blocks[following].kind != "paragraph":
        return blocks
    line = blocks[following]
    fields = parse_meta_line(
        line.text, emphasised=line.start in emphasised, reference_year=reference_year
    )
    if fields is None:
        return blocks
    kept: list[Block] = []
    for start, end, field_kind in fields.spans:
        if field_kind == "source":
            piece = sub_block(line, start, end, "source")
            if piece is not None:
                kept.append(piece)
    meta.source = meta.source or fields.source
    meta.date = meta.date or fields.date
    meta.url = meta.url or fields.url
    other = [value for value in fields.other if value not in (meta.author, meta.source)]
    if other:
        meta.extra["meta"] = " · ".join(other)
    return blocks[:following] + kept + blocks[following + 1 :]
