"""The article pane's text: a Line-API widget that wraps, styles and scrolls one article.

It draws only the lines on screen, from strips cached per line, so a 20,000-word article
paints in a few tens of milliseconds. Styles come from component classes (so themes and
`NO_COLOR` apply) and are resolved once per style change. Spans can be given per article
block (`show(article, spans=...)`) and find matches are drawn over them.

Names (`set_names`) are painted by kind, and the entity cursor steps through them in
reading order (tab, shift+tab): it is drawn reversed, a click puts it on a name, and enter
(or a second click) posts `NameActivated` for the name under it. `go_to` scrolls to a place
given in article-block offsets (a mention's), optionally flashing the name there.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.events import Resize
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from reader.corpus.model import Article
from reader.ui.article_layout import (
    ArticleLayout,
    DisplayBlock,
    StyledSpan,
    display_blocks,
    spans_for_display,
)
from reader.ui.component_styles import ComponentStyles
from reader.ui.keys import bind
from reader.ui.name_cursor import NameCursor

if TYPE_CHECKING:
    from reader.ui.text_find import TextFinder, TextMatch

#: The widest the text column gets: long lines are hard to read.
MAX_TEXT_WIDTH = 88
#: Blank cells kept on each side of the text column.
MIN_MARGIN = 2
#: A saved place in an article that survives a different terminal width: (block, offset).
Anchor = tuple[int, int]


class ArticleView(NameCursor, ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one article, wrapped to the pane and centred in a column of readable width."""

    HELP = (
        "The article. Scroll with j/k or the arrows, page with space and b, jump to the "
        "top or bottom with g and G. ctrl+f finds text in the article; h or left goes back "
        "to the list of articles. Names are coloured by kind (see the legend above the "
        "article; 1-4 hide or show a kind). tab and shift+tab move the name cursor from "
        "name to name; enter (or clicking a selected name again) shows every mention of it; "
        "e lists the names in this article."
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--meta",
        "article-view--note",
        "article-view--rule",
        "article-view--heading",
        "article-view--paragraph",
        "article-view--quote",
        "article-view--caption",
        "article-view--item",
        "article-view--tags",
        "article-view--prefix",
        "article-view--placeholder",
        "article-view--find-match",
        "article-view--find-current",
        "article-view--person",
        "article-view--place",
        "article-view--org",
        "article-view--misc",
        "article-view--name-cursor",
        "article-view--flash",
    }

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        padding: 1 0 0 0;
        background: $background;
    }
    ArticleView > .article-view--title { text-style: bold; color: $text-primary; }
    ArticleView > .article-view--meta { color: $reader-muted; }
    ArticleView > .article-view--note { color: $text-warning; text-style: italic; }
    ArticleView > .article-view--rule { color: $reader-muted; }
    ArticleView > .article-view--heading { text-style: bold; color: $text-accent; }
    ArticleView > .article-view--quote { text-style: italic; }
    ArticleView > .article-view--caption { color: $reader-muted; text-style: italic; }
    ArticleView > .article-view--tags { color: $reader-muted; }
    ArticleView > .article-view--prefix { color: $reader-muted; }
    ArticleView > .article-view--placeholder { color: $reader-muted; text-style: italic; }
    ArticleView > .article-view--find-match {
        background: $reader-match;
        text-style: $reader-find-text-style;
    }
    ArticleView > .article-view--find-current {
        color: $reader-match-current-text;
        background: $reader-match-current;
        text-style: $reader-find-current-text-style;
    }
    ArticleView > .article-view--person {
        color: $entity-person;
        text-style: $entity-person-text-style;
    }
    ArticleView > .article-view--place { color: $entity-place; text-style: $entity-place-text-style; }
    ArticleView > .article-view--org { color: $entity-org; text-style: $entity-org-text-style; }
    ArticleView > .article-view--misc { color: $entity-misc; text-style: $entity-misc-text-style; }
    ArticleView > .article-view--name-cursor { text-style: reverse bold; }
    ArticleView > .article-view--flash {
        color: $reader-match-current-text;
        background: $reader-match-current;
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("j,down", "scroll_lines(1)", "Down", id="article.down",
             tooltip="Scroll the article down one line"),
        bind("k,up", "scroll_lines(-1)", "Up", id="article.up",
             tooltip="Scroll the article up one line"),
        bind("space,pagedown", "page(1)", "Page down", id="article.page-down",
             tooltip="Scroll the article down one screen"),
        bind("b,pageup", "page(-1)", "Page up", id="article.page-up",
             tooltip="Scroll the article up one screen"),
        bind("g,home", "top", "Top", id="article.top", tooltip="Go to the top of the article"),
        bind("G,end", "bottom", "Bottom", id="article.bottom",
             tooltip="Go to the end of the article"),
        bind("tab", "next_name(1)", "Next name", id="article.next-name",
             tooltip="Move the name cursor to the next name"),
        bind("shift+tab", "next_name(-1)", "Previous name", id="article.previous-name",
             tooltip="Move the name cursor to the previous name"),
        bind("enter", "activate_name", "Mentions", show=True, id="article.name-mentions",
             tooltip="Show every mention of the name under the cursor"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self._placeholder = "Loading articles…"
        self._blocks: list[DisplayBlock] = []
        self._spans: list[list[StyledSpan]] = []
        self._layout: ArticleLayout | None = None
        self._pending_anchor: Anchor | None = None
        self._finder: TextFinder | None = None
        self._matches: list[TextMatch] = []
        self._block_matches: dict[int, tuple[list[int], list[TextMatch]]] = {}
        self._current_match = -1
        self._part_styles = ComponentStyles(self, "article-view")
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._blank_style = RichStyle()  # the widget's rich style, taken at each paint
        self._init_names()

    # ── what is shown ──────────────────────────────────────────────────────────────────

    def show(
        self,
        article: Article,
        spans: Mapping[int, Sequence[StyledSpan]] | None = None,
        anchor: Anchor | None = None,
    ) -> None:
        """Show `article`, with `spans` (per article block index) styled, at `anchor` or the top."""
        self.article = article
        self._blocks = display_blocks(article)
        self._spans = [sorted(found) for found in spans_for_display(self._blocks, spans or {})]
        self._reset_names(self._blocks)
        self._finder = None
        self._set_matches([])
        self._layout = None
        self._pending_anchor = anchor or (0, 0)
        self._relayout()

    def show_placeholder(self, text: str) -> None:
        """Show a one-line message instead of an article (while loading, or when empty)."""
        self.article = None
        self._placeholder = text
        self._blocks, self._spans, self._layout = [], [], None
        self._reset_names([])
        self._set_matches([])
        self.virtual_size = Size(self.scrollable_content_region.width, 1)
        self._jump(0)
        self._strips.clear()
        self.refresh()

    def anchor(self) -> Anchor:
        """The place the reader is at: the first text on the top line of the view."""
        if self._layout is None:
            return self._pending_anchor or (0, 0)
        return self._layout.anchor_at(self.scroll_offset.y)

    def go_to_anchor(self, anchor: Anchor) -> None:
        """Scroll so that the text at `anchor` is on the top line."""
        if self._layout is None:
            self._pending_anchor = anchor
            return
        self._jump(self._layout.line_of_anchor(*anchor))

    @property
    def text_width(self) -> int:
        """How many cells wide the text column is at the current size."""
        return self._layout.width if self._layout else 0

    # ── find ───────────────────────────────────────────────────────────────────────────

    def find(self, query: str) -> int:
        """Highlight every match of `query` (smart case, diacritics folded); return the count."""
        if self._finder is None:
            from reader.ui.text_find import TextFinder  # here: not needed for the first frame

            self._finder = TextFinder([block.text for block in self._blocks])
        self._set_matches(self._finder.find(query))
        return len(self._matches)

    def clear_find(self) -> None:
        """Remove every find highlight."""
        self._set_matches([])

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        """Index of the current match, or -1 when there is none."""
        return self._current_match

    def first_match_from(self, anchor: Anchor) -> int:
        """The first match at or after `anchor` (wrapping to the first one); -1 with none."""
        if not self._matches:
            return -1
        index = bisect_left([(m.block, m.start) for m in self._matches], anchor)
        return index if index < len(self._matches) else 0

    def select_match(self, index: int) -> None:
        """Make match `index` the current one and scroll it into the middle of the view."""
        if not self._matches:
            return
        self._current_match = index % len(self._matches)
        self._strips.clear()
        self.refresh()
        match = self._matches[self._current_match]
        if self._layout is not None:
            y, _ = self._layout.locate(match.block, match.start)
            self._jump(y - self.scrollable_content_region.height // 2)

    def _set_matches(self, matches: list[TextMatch]) -> None:
        self._matches = matches
        self._current_match = -1
        self._block_matches = {}
        for match in matches:
            starts, found = self._block_matches.setdefault(match.block, ([], []))
            starts.append(match.start)
            found.append(match)
        self._strips.clear()
        self.refresh()

    # ── layout and painting ────────────────────────────────────────────────────────────

    def _on_resize(self, event: Resize) -> None:
        self._relayout()

    def _column(self) -> tuple[int, int]:
        """(left margin, text width) for the current pane width."""
        width = self.scrollable_content_region.width
        text_width = max(1, min(MAX_TEXT_WIDTH, width - 2 * MIN_MARGIN))
        return max(0, (width - text_width) // 2), text_width

    def _relayout(self) -> None:
        """Wrap the article to the pane's width, keeping the reader's place."""
        width = self.scrollable_content_region.width
        if width <= 0 or self.article is None:
            return
        _, text_width = self._column()
        if self._layout is not None and self._layout.width == text_width:
            return
        anchor = self._pending_anchor if self._layout is None else self.anchor()
        self._layout = ArticleLayout(self._blocks, text_width)
        self._pending_anchor = None
        self._strips.clear()
        self.virtual_size = Size(width, self._layout.height)
        self._jump(self._layout.line_of_anchor(*anchor))
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._part_styles.clear()
        self._strips.clear()

    def _style(self, kind: str) -> Style:
        """The resolved style of component class `article-view--{kind}`."""
        return self._part_styles(kind)

    def render_lines(self, crop: Region) -> list[Strip]:
        # An article shown before the first layout (at start-up) is wrapped here, so the very
        # first frame shows it instead of waiting for the resize that follows that frame.
        if self._layout is None and self.article is not None:
            self._relayout()
        # The widget's own style walks all its ancestors: once a paint, not twice a line.
        self._blank_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        line = scroll_y + y
        width = self.scrollable_content_region.width
        key = (line, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_line(line, width)
            self._strips[key] = strip
        return strip

    def _render_line(self, line: int, width: int) -> Strip:
        base = self.visual_style
        blank = self._blank_style
        margin, text_width = self._column()
        layout = self._layout
        if layout is None:
            if self.article is None and line == 0:
                text = Content(self._placeholder)
                segments = text.render_segments(base + self._style("placeholder"))
                return self._finish([Segment(" " * margin, blank), *segments], width)
            return Strip.blank(width, blank)
        if line >= layout.height or (block_index := layout.line_block[line]) < 0:
            return Strip.blank(width, blank)
        block = self._blocks[block_index]
        block_style = base + self._style(block.kind)
        segments = [Segment(" " * margin, blank)]
        if prefix := layout.prefix(line):
            prefix_style = base + self._style("prefix")
            segments.extend(Content(prefix).render_segments(prefix_style))
        if block.kind == "rule":
            segments.append(Segment("─" * text_width, block_style.rich_style))
            return self._finish(segments, width)
        start, end = layout.line_start[line], layout.line_end[line]
        text = block.text[start:end].rstrip()
        spans = self._line_spans(block_index, start, start + len(text))
        segments.extend(Content(text, spans).render_segments(block_style))
        return self._finish(segments, width)

    def _finish(self, segments: list[Segment], width: int) -> Strip:
        return Strip(segments).crop_extend(0, width, self._blank_style)

    def _line_spans(self, block: int, start: int, end: int) -> list[Span]:
        """Styled spans (names, then find matches on top) clipped to `block[start:end]`."""
        spans: list[Span] = []
        for span in self._spans[block]:
            if span.end > start and span.start < end:
                s, e = max(span.start, start) - start, min(span.end, end) - start
                spans.append(Span(s, e, self._style(span.kind)))
        if entry := self._block_matches.get(block):
            starts, matches = entry
            current = self._matches[self._current_match] if self._current_match >= 0 else None
            longest = max(m.end - m.start for m in matches)
            for match in matches[bisect_left(starts, start - longest) :]:
                if match.start >= end:
                    break
                if match.end <= start:
                    continue
                kind = "find-current" if match == current else "find-match"
                s, e = max(match.start, start) - start, min(match.end, end) - start
                spans.append(Span(s, e, self._style(kind)))
        spans.extend(self._name_cursor_spans(block, start, end))
        return spans

    # ── actions ────────────────────────────────────────────────────────────────────────

    def _jump(self, y: int) -> None:
        """Scroll to line `y` at once (forced: the scrollbar may not be laid out yet)."""
        self.scroll_to(y=max(0, y), animate=False, force=True, immediate=True)

    def action_scroll_lines(self, count: int) -> None:
        """Scroll by `count` lines (negative: up)."""
        self._jump(self.scroll_offset.y + count)

    def action_page(self, direction: int) -> None:
        """Scroll one screen, keeping two lines of the previous screen for context."""
        step = max(1, self.scrollable_content_region.height - 2)
        self._jump(self.scroll_offset.y + direction * step)

    def action_top(self) -> None:
        self._jump(0)

    def action_bottom(self) -> None:
        self._jump(self.max_scroll_y)
