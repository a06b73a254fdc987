"""The list of an entity's mentions: a header per article, then a one-line snippet per mention.

Drawn from `MentionRows` (grouped or flat, maybe filtered); only the rows on screen are made
into snippets, so the 7,000 mentions of the most mentioned entity open as fast as three.
Snippets come from untrusted article text and are only ever drawn as literal `Content`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from reader.index.mentions import ArticleGroup
from reader.index.snippets import Snippet
from reader.ui.formatting import format_count, format_date
from reader.ui.line_list import LineList
from reader.ui.mention_rows import MentionRows, mention_snippet
from reader.ui.name_marks import KIND_OF_LABEL
from reader.ui.text_find import fold

#: How a mention is marked on the cursor's row.
MARKED = Style(bold=True, underline=True)
#: How the part of a snippet that a filter matched is marked.
FILTER_MATCH = Style(reverse=True)
#: Cells before a mention's snippet in the grouped list.
INDENT = 4
#: Flat mode: cells given to the article (date and title) before each snippet.
FLAT_ARTICLE_WIDTH = 34
#: The mention starts no further right than this share of the snippet's width.
MENTION_AT = 0.3


class MentionsList(LineList):
    """An entity's mentions; enter (or a click) on one jumps to it in its article."""

    STYLE_PREFIX = "mentions-list"
    HELP = (
        "Every mention of the entity, newest article first. enter jumps to the mention in "
        "its article; then ] and [ step through the others without coming back here. f "
        "switches between grouped and flat, / filters by article title or snippet text."
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "mentions-list--cursor",
        "mentions-list--header",
        "mentions-list--meta",
        "mentions-list--snippet",
        "mentions-list--person",
        "mentions-list--place",
        "mentions-list--org",
        "mentions-list--misc",
        "mentions-list--empty",
    }
    DEFAULT_CSS = """
    MentionsList { scrollbar-gutter: stable; scrollbar-size-vertical: 1; background: $surface; }
    MentionsList > .mentions-list--cursor { background: $reader-cursor-blurred; }
    MentionsList:focus > .mentions-list--cursor {
        background: $reader-cursor;
        color: $reader-cursor-text;
    }
    MentionsList > .mentions-list--header { text-style: bold; color: $text-primary; }
    MentionsList > .mentions-list--meta { color: $reader-muted; }
    MentionsList > .mentions-list--empty { color: $reader-muted; text-style: italic; }
    MentionsList > .mentions-list--person { color: $entity-person; text-style: bold underline; }
    MentionsList > .mentions-list--place { color: $entity-place; text-style: bold underline; }
    MentionsList > .mentions-list--org { color: $entity-org; text-style: bold underline; }
    MentionsList > .mentions-list--misc { color: $entity-misc; text-style: bold underline; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: MentionRows | None = None
        self.empty_text = "No mention matches the filter."

    def show_rows(self, rows: MentionRows, *, keep_k: int = 0) -> None:
        """Show `rows`, with the cursor on mention `keep_k` when it is listed."""
        self.rows = rows
        row = rows.row_of(keep_k) if keep_k else None
        self.set_row_count(len(rows), cursor=row if row is not None else 0)

    def is_selectable(self, row: int) -> bool:
        return self.rows is not None and not self.rows.is_header(row)

    @property
    def chosen_k(self) -> int:
        """The flat position (1-based) of the mention under the cursor; 0 when none."""
        if self.rows is None or not 0 <= self.cursor < len(self.rows):
            return 0
        return self.rows.k(self.cursor)

    def render_line(self, y: int) -> Strip:
        if self.rows is not None and not len(self.rows) and y == 0:
            width = self.scrollable_content_region.width
            text = Content(" " + self.empty_text).truncate(width, ellipsis=True)
            return self._strip(text, self.visual_style + self.style("empty"), width)
        return super().render_line(y)

    def render_row(self, row: int, width: int, selected: bool) -> Strip:
        rows = self.rows
        assert rows is not None
        base = self.visual_style + (self.style("cursor") if selected else Style.null())
        if rows.is_header(row):
            number, group = rows.group(row)
            header = self._header(group, rows.shown_count(number, group), width)
            return self._strip(header, base, width)
        location = rows.location(row)
        mention = location.mention
        text = location.article.blocks[mention.block].text
        line = mention_snippet(text, mention.start, mention.end)
        kind = KIND_OF_LABEL.get(mention.label, "misc")
        highlight = MARKED if selected else self.style(kind)  # no colour clash with the cursor
        if rows.grouped:
            room = max(8, width - INDENT - 1)
            body = Content(" " * INDENT)
        else:
            group = rows.mentions.groups.holding(rows.k(row) - 1)
            column = min(FLAT_ARTICLE_WIDTH, width // 3)
            meta = Style.null() if selected else self.style("meta")
            article = _article_column(group, column).stylize(meta)
            room = max(8, width - column - 3)
            body = Content(" ") + article + Content("  ")
        match = _filter_match(line.text, getattr(rows, "needle", ""))
        return self._strip(body + snippet_content(line, room, highlight, match), base, width)

    def _header(self, group: ArticleGroup, shown: int, width: int) -> Content:
        """Date · title · source on the left (cut to fit), the mention count on the right."""
        article = group.article
        date = format_date(article.date)
        parts = [Content(" ")]
        if date:
            parts += [Content(date).stylize(self.style("meta")), Content(" · ")]
        parts.append(Content(article.title or "(untitled)").stylize(self.style("header")))
        if article.source:
            parts += [Content(" · "), Content(article.source).stylize(self.style("meta"))]
        count = format_count(shown, "mention")
        if shown != group.count:
            count = f"{shown} of {format_count(group.count, 'mention')}"
        right = Content("  " + count + " ").stylize(self.style("meta"))
        left = Content.assemble(*parts)
        room = max(1, width - right.cell_length)
        if left.cell_length > room:
            left = left.truncate(room, ellipsis=True)
        return left + right

    def _strip(self, content: Content, base: Style, width: int) -> Strip:
        content = content.truncate(width, ellipsis=True, pad=True)
        return Strip(content.render_segments(base), content.cell_length).crop_extend(
            0, width, base.rich_style
        )


def snippet_content(
    line: Snippet, room: int, highlight: Style, match: tuple[int, int] | None = None
) -> Content:
    """A snippet as literal text with the mention styled, cut on the left when the mention
    would otherwise start past `MENTION_AT` of the `room` cells it is shown in. A filter's
    `match` (offsets in the snippet) is kept in view, even at the cost of the mention."""
    left = _left_cut(line.text, line.start, room)
    if match is not None:
        left = _keep_in_view(line.text, left, match, room)
    prefix = "…" if left else ""
    content = Content(prefix + line.text[left:])
    shift = len(prefix) - left
    content = content.stylize(highlight, line.start + shift, line.end + shift)
    if match is not None:
        content = content.stylize(FILTER_MATCH, match[0] + shift, match[1] + shift)
    return content


def _filter_match(text: str, needle: str) -> tuple[int, int] | None:
    """Where the filter `needle` (folded) is in `text`, folded the same way (same offsets)."""
    if not needle:
        return None
    start = fold(text, ignore_case=True).find(needle)
    return (start, start + len(needle)) if start >= 0 else None


def _keep_in_view(text: str, left: int, match: tuple[int, int], room: int) -> int:
    """A left cut that shows `match` whole (it moves only when the match would be hidden)."""
    start, end = match
    shown = room - (1 if left else 0)
    if left <= start and cell_len(text[left:end]) <= shown:
        return left
    left = max(0, start - int(room * MENTION_AT))
    while left < start and cell_len(text[left:end]) > room - 1:
        left += 1
    if left:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    return left


def _left_cut(text: str, start: int, room: int) -> int:
    """Where to start showing a snippet so the mention starts at most `MENTION_AT` in."""
    if cell_len(text) <= room or cell_len(text[:start]) <= room * MENTION_AT:
        return 0
    left = start - int(room * MENTION_AT)
    space = text.find(" ", left, start)
    return space + 1 if space != -1 else max(0, left)


def _article_column(group: ArticleGroup, width: int) -> Content:
    """Flat mode's article column: date and title in `width` cells."""
    article = group.article
    date = format_date(article.date)
    text = f"{date} {article.title}" if date else article.title
    return Content(text or "(untitled)").truncate(width, ellipsis=True, pad=True)
