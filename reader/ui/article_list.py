"""The sidebar: every article as two lines (title; source · date) with a read mark.

A Line-API widget: it draws only the rows on screen, so 100,000 titles cost no more to show
than ten. The list grows while the corpus loads without moving what the reader looks at.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from reader.corpus.model import Article
from reader.corpus.sanitize import display_name
from reader.ui.component_styles import ComponentStyles
from reader.ui.formatting import format_date
from reader.ui.keys import bind
from reader.ui.listing import ArticleListing

#: Screen lines per article: the title, then source · date.
ROW_HEIGHT = 2
#: Cells before the title: the selection bar, the unread mark and a space.
GUTTER = 3
#: What the list says when its filter leaves nothing to show.
NO_MATCH = "No article matches the filter (f changes it)"


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """Articles newest first; j/k move (the article pane follows), enter opens."""

    HELP = (
        "The list of articles, newest first unless sorted otherwise. A dot marks the ones you have not opened yet. "
        "Move with j/k or the arrows (the article pane follows), open with enter or l, jump "
        "to the first or last with g and G. space and b page the article on the right. "
        "s sorts by date, title or source; f filters (words, unread, source:, lang:, from:, "
        "to:); u opens the next unread article, m marks one read or unread, M marks them all "
        "read. The order and filter are remembered."
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--meta",
        "article-list--mark",
        "article-list--bar",
        "article-list--placeholder",
    }

    DEFAULT_CSS = """
    ArticleList {
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        background: $surface;
    }
    ArticleList > .article-list--cursor { background: $reader-cursor-blurred; }
    ArticleList:focus > .article-list--cursor {
        background: $reader-cursor;
        color: $reader-cursor-text;
        text-style: bold;
    }
    ArticleList > .article-list--unread { text-style: bold; }
    ArticleList > .article-list--read { color: $reader-muted; }
    ArticleList > .article-list--meta { color: $reader-muted; }
    ArticleList > .article-list--mark { color: $text-accent; text-style: bold; }
    ArticleList > .article-list--bar { color: $accent; }
    ArticleList > .article-list--placeholder { color: $reader-muted; text-style: italic; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("j,down", "move(1)", "Next", id="articles.next", tooltip="Highlight the next article"),
        bind("k,up", "move(-1)", "Previous", id="articles.previous",
             tooltip="Highlight the previous article"),
        bind("enter,l,right", "open", "Open", show=True, id="articles.open", key_display="enter",
             tooltip="Open the highlighted article and move into it"),
        bind("g,home", "first", "First", id="articles.first", tooltip="Go to the newest article"),
        bind("G,end", "last", "Last", id="articles.last", tooltip="Go to the oldest article"),
        bind("pagedown", "page(1)", "Page down", id="articles.page-down",
             tooltip="Move the highlight one screen down"),
        bind("pageup", "page(-1)", "Page up", id="articles.page-up",
             tooltip="Move the highlight one screen up"),
    ]  # fmt: skip

    class Highlighted(Message):
        """The highlight moved to another article."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    def __init__(
        self,
        listing: ArticleListing,
        is_read: Callable[[Article], bool],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.listing = listing
        self._is_read = is_read
        self.cursor = -1
        self._announced: Article | None = None  # the article the last Highlighted was about
        self.placeholder = "Loading…"
        self._part_styles = ComponentStyles(self, "article-list")
        self._strips: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(512)
        self._blank_style = RichStyle()  # the widget's rich style, taken at each paint

    @property
    def highlighted(self) -> Article | None:
        """The article under the cursor."""
        return (
            self.listing.article_at(self.cursor) if 0 <= self.cursor < len(self.listing) else None
        )

    def add(self, articles: Iterable[Article], *, follow_top: bool = False) -> None:
        """Add newly loaded articles.

        With `follow_top` the highlight stays on the newest article (before the reader has
        touched anything); otherwise the highlighted article and the article at the top of
        the view stay where they are on screen, however many newer ones arrive above them.
        """
        top_row = self.scroll_offset.y // ROW_HEIGHT
        top = self.listing.article_at(top_row) if top_row < len(self.listing) else None
        highlighted = self.highlighted
        self.listing.add(articles)
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._virtual_height())
        if follow_top or highlighted is None:
            self._jump(0)
            self.select(0)
            return
        self.cursor = self.listing.row_of(highlighted) or 0
        if top is not None and (new_top := self.listing.row_of(top)) is not None:
            self._jump(new_top * ROW_HEIGHT)
        self.refresh()

    def relist(self, keep: Article | None) -> None:
        """Redraw after the order or filter changed, keeping `keep` highlighted when it is
        still listed (else the first row)."""
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._virtual_height())
        if not len(self.listing):
            self.cursor = -1
            self.placeholder = NO_MATCH if self.listing.total else self.placeholder
            self._jump(0)
            self.refresh()
            return
        row = self.listing.row_of(keep) if keep is not None else None
        self._announced = None if row is None else keep
        self.cursor = -1
        self.select(0 if row is None else row)
        if row is not None:  # the kept article in the middle, rows whole from the top
            rows_shown = self.scrollable_content_region.height // ROW_HEIGHT
            self._jump(max(0, row - rows_shown // 2) * ROW_HEIGHT)

    def select(self, row: int) -> None:
        """Move the highlight to `row` (clamped), keep it on screen, and say so."""
        if not len(self.listing):
            return
        row = max(0, min(row, len(self.listing) - 1))
        self.cursor = row
        self._strips.clear()
        self.refresh()
        self._keep_visible(row)
        article = self.listing.article_at(row)
        if article is not self._announced:
            self._announced = article
            self.post_message(self.Highlighted(article))

    def select_article(self, article: Article) -> bool:
        """Highlight `article`; False when it is not in the list."""
        row = self.listing.row_of(article)
        if row is None:
            return False
        self.select(row)
        return True

    def refresh_marks(self) -> None:
        """Redraw after read marks changed."""
        self._strips.clear()
        self.refresh()

    def keep_top_in_view(self) -> None:
        """Before the reader acts, the newest articles stay in view as long as the cursor's
        does too; else the list scrolls just enough to show the cursor."""
        bottom = (self.cursor + 1) * ROW_HEIGHT
        height = self.scrollable_content_region.height
        top = 0 if bottom <= height else bottom - height
        self.scroll_to(y=top, animate=False, immediate=True, force=True)

    def _keep_visible(self, row: int) -> None:
        top, height = row * ROW_HEIGHT, self.scrollable_content_region.height
        if top < self.scroll_offset.y:
            self._jump(top)
        elif top + ROW_HEIGHT > self.scroll_offset.y + height:
            self._jump(top + ROW_HEIGHT - height)

    def _jump(self, y: int) -> None:
        """Scroll to line `y` at once (forced: the scrollbar may not be laid out yet)."""
        self.scroll_to(y=max(0, y), animate=False, force=True, immediate=True)

    def _virtual_height(self) -> int:
        return max(1, len(self.listing) * ROW_HEIGHT)

    # ── actions ────────────────────────────────────────────────────────────────────────

    def action_move(self, step: int) -> None:
        self.select(self.cursor + step)

    def action_page(self, direction: int) -> None:
        rows = max(1, self.scrollable_content_region.height // ROW_HEIGHT - 1)
        self.select(self.cursor + direction * rows)

    def action_first(self) -> None:
        self.select(0)

    def action_last(self) -> None:
        self.select(len(self.listing) - 1)

    async def action_open(self) -> None:
        """Open the highlighted article; the screen does it at once, so focus moves before
        the next key is read."""
        if self.highlighted is not None:
            await self.run_action("screen.open_highlighted")

    async def _on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        if 0 <= row < len(self.listing):
            self.select(row)
            await self.action_open()

    # ── painting ───────────────────────────────────────────────────────────────────────

    def _on_resize(self) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._virtual_height())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._part_styles.clear()
        self._strips.clear()

    def _style(self, kind: str) -> Style:
        return self._part_styles(kind)

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's own style walks all its ancestors: once a paint, not once a blank line.
        self._blank_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        row, part = divmod(line, ROW_HEIGHT)
        if row >= len(self.listing):
            if row == 0 and part == 0:
                return self._text_strip(" " + self.placeholder, self._style("placeholder"), width)
            return Strip.blank(width, self._blank_style)
        article = self.listing.article_at(row)
        selected = row == self.cursor
        read = self._is_read(article)
        key = (line, width, selected, read)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row_line(article, part, width, selected, read)
            self._strips[key] = strip
        return strip

    def _render_row_line(
        self, article: Article, part: int, width: int, selected: bool, read: bool
    ) -> Strip:
        base = self.visual_style
        cursor = self._style("cursor") if selected else Style.null()

        def style(kind: str | None = None) -> RichStyle:
            kind_style = self._style(kind) if kind else Style.null()
            return (base + kind_style + cursor).rich_style

        bar = Segment("▌" if selected else " ", (base + cursor + self._style("bar")).rich_style)
        text_width = max(1, width - GUTTER)
        if part == 0:
            title = _fit(article.title or "(untitled)", text_width)
            segments = [
                bar,
                Segment(" " if read else "•", style("mark")),
                Segment(" ", style()),
                Segment(title, style("read" if read else "unread")),
            ]
        else:
            meta = " · ".join(p for p in (format_date(article.date), article.source) if p)
            meta = meta or display_name(os.path.basename(article.path))
            segments = [bar, Segment("  ", style()), Segment(_fit(meta, text_width), style("meta"))]
        return Strip(segments).crop_extend(0, width, style())

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        """The cursor looks different with and without focus: redraw it."""
        self._part_styles.clear()
        self._strips.clear()
        self.refresh()

    def _text_strip(self, text: str, style: Style, width: int) -> Strip:
        segment = Segment(_fit(text, width), (self.visual_style + style).rich_style)
        return Strip([segment]).crop_extend(0, width, self.rich_style)


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when it is longer."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(0, width - 1)) + "…"
