"""HTML pages (.html, .htm): the article extracted with trafilatura, then cleaned up.

trafilatura (imported only when an HTML file is loaded: it takes a good part of a second)
finds the main text, the title, author, date and site name, and drops navigation, ads and
comments. Its body elements (paragraphs, headings, quotes, list items, table rows, image
descriptions) become the lines of the extracted text. When it finds nothing (a broken page),
the standard library's HTML parser gives the page's text instead.
"""

from __future__ import annotations

import logging
from functools import cache
from types import ModuleType
from typing import Any

from reader.corpus.build import TextBuilder, make_article, one_line
from reader.corpus.cleanup import CleanupOptions, Meta, clean_blocks
from reader.corpus.dates import parse_date
from reader.corpus.formats.htmltext import html_lines
from reader.corpus.model import Article, BlockKind

_ELEMENT_KINDS: dict[str, BlockKind] = {
    "p": "paragraph",
    "head": "heading",
    "quote": "quote",
    "item": "item",
    "code": "paragraph",
    "row": "paragraph",
}
#: Dates from the page's markup only (meta tags, time elements, JSON-LD, the URL): htmldate's
#: extensive search also reads dates out of the story's sentences.
_DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S",
    "original_date": True,
    "extensive_search": False,
}
#: Pages longer than this skip article extraction, which takes seconds and tens of MB per MB
#: of page (a 4.5 MB table took 19 s and 400 MB): the standard parser gives their text fast.
MAX_EXTRACTION_CHARS = 2_000_000
TOO_LARGE_NOTE = "Too large for article extraction: the page's text is shown as it comes."


@cache
def _trafilatura() -> ModuleType:
    """Import trafilatura once, its loggers quiet (problems are reported by the loader)."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    import trafilatura

    return trafilatura


def article_from_html(
    path: str,
    html: str,
    *,
    digest: str,
    notes: tuple[str, ...] = (),
    reference_year: int | None = None,
) -> Article | None:
    """The article in an HTML page; offsets index the extracted text. None if it has no text."""
    if len(html) > MAX_EXTRACTION_CHARS:
        page_title, lines = html_lines(html)
        meta = Meta(title=one_line(page_title))
        notes = (*notes, TOO_LARGE_NOTE)
        return _assemble(path, meta, lines, [], digest, notes, reference_year) if lines else None
    document = _trafilatura().bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=True,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    meta = Meta()
    lines: list[tuple[BlockKind, str]] = []
    if document is not None and document.body is not None:
        meta.title = one_line(document.title or "")
        meta.author = one_line(document.author or "")
        meta.source = one_line(document.sitename or "")
        meta.url = one_line(document.url or "")
        meta.category = one_line(", ".join(document.categories or []))
        meta.date = parse_date(document.date or "")
        lines = list(_body_lines(document.body))
    if not any(kind != "caption" for kind, _ in lines):
        page_title, lines = html_lines(html)
        meta.title = meta.title or page_title
    if not lines:
        return None
    tags = list(document.tags or []) if document is not None else []
    return _assemble(path, meta, lines, tags, digest, notes, reference_year)


def _assemble(
    path: str,
    meta: Meta,
    lines: list[tuple[BlockKind, str]],
    tags: list[str],
    digest: str,
    notes: tuple[str, ...],
    reference_year: int | None,
) -> Article | None:
    """Build the extracted text and blocks, run the clean-up, make the article."""
    builder = TextBuilder()
    if meta.title:
        builder.add_line(meta.title, "title")
    if meta.author and not any(meta.author in text for _, text in lines[:3]):
        builder.add_line(meta.author, "byline")
    for index, (kind, text) in enumerate(lines):
        is_title_again = kind == "heading" and index < 2 and text == meta.title
        if not is_title_again:
            builder.add_line(text, kind)
    if tags:
        builder.add_line(", ".join(tags), "tags")
    options = CleanupOptions(
        find_headline=not meta.title,
        subheadings=False,
        known_sources=(meta.source,),
        reference_year=reference_year,
    )
    blocks = clean_blocks(builder.text, builder.blocks, meta, options)
    if not blocks:
        return None
    return make_article(
        article_id=path,
        path=path,
        text=builder.text,
        blocks=blocks,
        meta=meta,
        digest=digest,
        notes=notes,
    )


def _body_lines(body: Any) -> list[tuple[BlockKind, str]]:
    """(kind, text) for each element of trafilatura's body tree, in order."""
    lines: list[tuple[BlockKind, str]] = []
    for element in body.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "graphic":
            description = element.get("alt") or element.get("title") or ""
            if description.strip():
                lines.append(("caption", " ".join(description.split())))
        elif tag == "row":
            cells = [" ".join("".join(c.itertext()).split()) for c in element]
            text = " · ".join(c for c in cells if c)
            if text:
                lines.append(("paragraph", text))
        elif tag in _ELEMENT_KINDS and not _inside(element, ("row", "item", "quote")):
            text = " ".join("".join(element.itertext()).split())
            if text:
                lines.append((_ELEMENT_KINDS[tag], text))
    return lines


def _inside(element: Any, tags: tuple[str, ...]) -> bool:
    """Whether an element sits inside one of `tags` (its text is taken there already)."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False
