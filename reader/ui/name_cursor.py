"""The article view's names: painting them by kind, the entity cursor, clicks and jumps.

`NameCursor` is mixed into `ArticleView`, which owns the text, its layout and the strip
cache; this part knows where the names are (`NameMarks`) and which one the cursor is on.
Positions given to and returned by its public methods are article-block positions (a
`Mention`'s `block` and offsets), the same as the index uses.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from textual.content import Span
from textual.events import Click
from textual.geometry import Region, Spacing
from textual.message import Message
from textual.style import Style

from reader.ui.article_layout import DisplayBlock
from reader.ui.name_marks import NameMarks, SourceMap

if TYPE_CHECKING:
    from textual.timer import Timer

    from reader.entities.model import Mention
    from reader.index.provisional import ArticleNames

#: How long a name flashes after a jump to it.
FLASH_SECONDS = 0.6
#: Lines kept visible above and below the name the cursor moves to.
CURSOR_CONTEXT = Spacing(2, 0, 2, 0)


class NameActivated(Message, namespace="article_view"):
    """The reader chose the name under the cursor (enter, or a click on the selected name).

    `block` and `start` are the mention's article block and its offset in that block.
    """

    def __init__(self, entity_id: str, article_id: str, block: int, start: int) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.article_id = article_id
        self.block = block
        self.start = start


class NameSelected(Message, namespace="article_view"):
    """The name cursor moved: `mention` is under it now (None: no name is selected)."""

    def __init__(self, mention: Mention | None) -> None:
        super().__init__()
        self.mention = mention


class NameCursor:
    """Names and the entity cursor for `ArticleView` (a mixin: it uses the view's layout)."""

    NameActivated = NameActivated
    NameSelected = NameSelected

    def _init_names(self) -> None:
        self.names: ArticleNames | None = None  # the names painted (None: not known yet)
        self.hidden_kinds: frozenset[str] = frozenset()
        self._source_map = SourceMap([])
        self._marks = NameMarks(self._source_map, [])
        self._cursor = -1  # index into self._marks.stops
        self._flash = -1
        self._flash_timer: Timer | None = None
        self._pending_select: tuple[int, int] | None = None  # applied when the names arrive
        self._pending_flash: tuple[int, int] | None = None

    def _reset_names(self, blocks: Sequence[DisplayBlock]) -> None:
        """A new article (or none): forget the names, the cursor and any flash."""
        self._source_map = SourceMap(blocks)
        self.names = None
        self._marks = NameMarks(self._source_map, [])
        self._cursor = -1
        self._stop_flash()
        self._pending_select = self._pending_flash = None
        self.post_message(NameSelected(None))
        self.refresh_bindings()

    # ── names ──────────────────────────────────────────────────────────────────────────

    def set_names(self, names: ArticleNames | None) -> None:
        """Paint `names` (of the article shown), keeping the cursor on the same mention."""
        kept = self.current_mention
        self.names = names
        self._marks = NameMarks(self._source_map, names.mentions if names else [])
        self._cursor = self._flash = -1
        self._paint_names()
        target, scroll = (self._pending_select, True) if self._pending_select else (None, False)
        if target is None and kept is not None:
            target = (kept.block, kept.start)
        self._pending_select = None
        index = self._marks.index_of(*target) if target is not None else None
        if index is not None:
            self._move_cursor(index, scroll=scroll)
        else:
            self.post_message(NameSelected(None))
        if (flash := self._pending_flash) is not None:
            self._pending_flash = None
            self._flash_at(*flash)
        self.refresh_bindings()

    def set_hidden_kinds(self, kinds: Collection[str]) -> None:
        """Stop painting the names of `kinds` ("person", "place", "org", "misc")."""
        self.hidden_kinds = frozenset(kinds)
        if self._cursor >= 0 and self._marks.stops[self._cursor].kind in self.hidden_kinds:
            self.clear_name_cursor()
        self._paint_names()

    def name_style(self, kind: str) -> Style:
        """The style names of `kind` are painted in (for the legend and the names panel)."""
        return self._style(kind)

    @property
    def name_count(self) -> int:
        """How many names are shown in the article (every kind)."""
        return len(self._marks)

    def shown_mentions(self) -> list[Mention]:
        """Every mention shown in the article, in reading order (the cursor's order)."""
        return [stop.mention for stop in self._marks.stops]

    def name_region(self, block: int, start: int) -> Region | None:
        """Where the mention at (`block`, `start`) is drawn, in the view's scrolled space."""
        index = self._marks.index_of(block, start)
        return None if index is None else self._stop_region(index)

    @property
    def current_mention(self) -> Mention | None:
        """The mention under the entity cursor, or None."""
        return self._marks.stops[self._cursor].mention if self._cursor >= 0 else None

    def select_mention(self, block: int, start: int) -> bool:
        """Put the cursor on the mention at `start` of article block `block` and show it.

        Before the article's names are known, the cursor goes there when they arrive (and
        this returns False); False too when no shown name is there.
        """
        if self.names is None:
            self._pending_select = (block, start)
            return False
        index = self._marks.index_of(block, start)
        if index is None:
            return False
        self._move_cursor(index)
        return True

    def select_entity(self, entity_id: str) -> bool:
        """Put the cursor on the first mention of `entity_id` in the article and show it."""
        index = self._marks.first_of_entity(entity_id)
        if index is None:
            return False
        self._move_cursor(index)
        return True

    def clear_name_cursor(self) -> None:
        """Take the cursor off the name it is on."""
        if self._cursor >= 0:
            self._cursor = -1
            self._repaint()
            self.post_message(NameSelected(None))
            self.refresh_bindings()

    def _paint_names(self) -> None:
        self._spans = self._marks.spans(len(self._blocks), self.hidden_kinds)
        self._repaint()

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    def _move_cursor(self, index: int, *, scroll: bool = True) -> None:
        self._cursor = index
        self._repaint()
        if scroll:
            self._scroll_to_stop(index)
        self.post_message(NameSelected(self.current_mention))
        self.refresh_bindings()

    def _stop_region(self, index: int) -> Region | None:
        """Where stop `index` is drawn, in the view's virtual (scrolled) space."""
        if self._layout is None:
            return None
        stop = self._marks.stops[index]
        y, x = self._layout.locate(stop.display_block, stop.start)
        last_y, _ = self._layout.locate(stop.display_block, max(stop.start, stop.end - 1))
        margin, width = self._column()
        return Region(margin + x, y, max(1, min(width - x, stop.end - stop.start)), last_y - y + 1)

    def _scroll_to_stop(self, index: int) -> None:
        if (region := self._stop_region(index)) is not None:
            self.scroll_to_region(
                region, spacing=CURSOR_CONTEXT, animate=False, immediate=True, force=True
            )

    def _stop_on_screen(self, index: int) -> bool:
        region = self._stop_region(index)
        top = self.scroll_offset.y
        return region is not None and top <= region.y < top + self.scrollable_content_region.height

    def _name_cursor_spans(self, block: int, start: int, end: int) -> list[Span]:
        """The cursor and flash spans on display block `block` between `start` and `end`."""
        spans: list[Span] = []
        for index, kind in ((self._cursor, "name-cursor"), (self._flash, "flash")):
            if index < 0 or (kind == "name-cursor" and index == self._flash):
                continue
            stop = self._marks.stops[index]
            if stop.display_block == block and stop.end > start and stop.start < end:
                s, e = max(stop.start, start) - start, min(stop.end, end) - start
                spans.append(Span(s, e, self._style(kind)))
        return spans

    # ── jumps ──────────────────────────────────────────────────────────────────────────

    def go_to(
        self,
        block: int,
        offset: int,
        *,
        flash: bool = False,
        third: bool = True,
        top: bool = False,
    ) -> None:
        """Scroll to `offset` of article block `block`: a third down the view (`third`), just
        into view (`third=False`) or on the top line (`top`, to return to a `position()`).

        With `flash`, the name there flashes (when the names arrive, if they are not known yet).
        """
        if self.article is None:
            return
        if self._layout is None:
            self.call_after_refresh(self.go_to, block, offset, flash=flash, third=third, top=top)
            return
        where = self._source_map.to_display(block, offset)
        if where is not None:
            y, _ = self._layout.locate(*where)
            if top:
                self._jump(y)
            elif third:
                self._jump(y - self.scrollable_content_region.height // 3)
            else:
                region = Region(0, y, 1, 1)
                self.scroll_to_region(region, animate=False, immediate=True, force=True)
        if flash:
            if self.names is None:
                self._pending_flash = (block, offset)
            else:
                self._flash_at(block, offset)

    def position(self) -> tuple[int, int]:
        """(article block, offset) of the text at the top of the view, for a jump list."""
        if self._layout is None:
            display = self._pending_anchor or (0, 0)
        else:
            display = self._layout.anchor_at(self.scroll_offset.y)
        return self._source_map.to_article(*display)

    def _flash_at(self, block: int, offset: int) -> None:
        index = self._marks.index_of(block, offset)
        if index is None:
            return
        self._stop_flash()
        self._flash = index
        self._repaint()
        self._flash_timer = self.set_timer(FLASH_SECONDS, self._end_flash)

    def _end_flash(self) -> None:
        self._flash_timer = None
        if self._flash >= 0:
            self._flash = -1
            self._repaint()

    def _stop_flash(self) -> None:
        if self._flash_timer is not None:
            self._flash_timer.stop()
            self._flash_timer = None
        self._flash = -1

    # ── keys and clicks ────────────────────────────────────────────────────────────────

    def action_next_name(self, direction: int) -> None:
        """tab / shift+tab: the next or previous name; from the top (or bottom) of the view
        when the cursor is not on screen. Wraps at the ends of the article."""
        marks, hidden = self._marks, self.hidden_kinds
        if not len(marks) or self._layout is None:
            return
        if self._cursor >= 0 and self._stop_on_screen(self._cursor):
            target = marks.step(self._cursor, direction, hidden)
        else:
            target = marks.first_from(*self._screen_edge(direction), direction, hidden)
        if target is None:
            target = marks.step(-1 if direction > 0 else len(marks), direction, hidden)
        if target is not None:
            self._move_cursor(target)

    def _screen_edge(self, direction: int) -> tuple[int, int]:
        """(display block, offset) where the text on screen begins (1) or ends (-1)."""
        layout = self._layout
        top = self.scroll_offset.y
        if direction > 0:
            return layout.anchor_at(top)
        bottom = min(layout.height, top + self.scrollable_content_region.height) - 1
        for line in range(bottom, -1, -1):
            if (block := layout.line_block[line]) >= 0:
                return block, layout.line_end[line]
        return (0, 0)

    def action_activate_name(self) -> None:
        """enter: post `NameActivated` for the name under the cursor."""
        mention = self.current_mention
        if mention is not None and self.article is not None:
            self.post_message(
                NameActivated(mention.entity, self.article.id, mention.block, mention.start)
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "activate_name":  # shown (dimmed) wherever there are names to choose
            return True if self._cursor >= 0 else (None if len(self._marks) else False)
        return super().check_action(action, parameters)

    async def _on_click(self, event: Click) -> None:
        """A click on a name selects it; a click on the selected name (or a double click)
        activates it."""
        layout = self._layout
        offset = event.get_content_offset(self)
        if layout is None or offset is None:
            return
        margin, _ = self._column()
        y = self.scroll_offset.y + offset.y
        x = offset.x - margin
        if not 0 <= y < layout.height or x < len(layout.prefix(y)):
            return
        found = layout.offset_at(y, x)
        index = self._marks.stop_at(*found) if found is not None else None
        if index is None or self._marks.stops[index].kind in self.hidden_kinds:
            return
        if index == self._cursor or event.chain >= 2:
            self._move_cursor(index, scroll=False)
            self.action_activate_name()
        else:
            self._move_cursor(index, scroll=False)
