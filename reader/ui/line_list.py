"""A virtual one-line-per-row list with a cursor: the base of the finder's and mentions' lists.

A Line-API widget: it draws only the rows on screen, from strips cached per row, so a list of
10,000 mentions costs no more to show than ten. Subclasses say how many rows there are,
which rows the cursor may rest on (group headers are skipped) and how a row is drawn.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from reader.ui.component_styles import ComponentStyles
from reader.ui.name_keys import LIST_BINDINGS


class LineList(ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of one line each; the cursor moves over the selectable ones, enter chooses."""

    #: Prefix of the component classes a subclass declares (`<prefix>--cursor`, ...).
    STYLE_PREFIX = "line-list"

    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS

    class RowMessage(Message):
        """Something happened to `row` of `line_list`."""

        def __init__(self, line_list: LineList, row: int) -> None:
            super().__init__()
            self.line_list = line_list
            self.row = row

        @property
        def control(self) -> LineList:
            return self.line_list

    class Highlighted(RowMessage):
        """The cursor moved to `row`."""

    class Chosen(RowMessage):
        """`row` was chosen (enter, or a click)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.cursor = -1
        self._row_count = 0
        self._part_styles = ComponentStyles(self, self.STYLE_PREFIX)
        self._strips: LRUCache[tuple[int, int, bool], Strip] = LRUCache(256)

    # ── what subclasses provide ────────────────────────────────────────────────────────

    @property
    def row_count(self) -> int:
        return self._row_count

    def is_selectable(self, row: int) -> bool:
        """Whether the cursor may rest on `row` (all rows, unless a subclass says otherwise)."""
        return True

    def render_row(self, row: int, width: int, selected: bool) -> Strip:
        """The strip for `row` at `width` cells; `selected` when the cursor is on it."""
        raise NotImplementedError

    # ── contents ───────────────────────────────────────────────────────────────────────

    def set_row_count(self, count: int, cursor: int = 0) -> None:
        """Replace the rows (their content changed) and put the cursor on `cursor` or after."""
        self._row_count = count
        self._strips.clear()
        self._size_to_rows()
        self.cursor = -1
        target = self._selectable_from(cursor, 1)
        if target is None:
            target = self._selectable_from(cursor, -1)
        if target is not None:
            self.select(target, announce=True)
        else:
            self._jump(0)
            self.refresh()

    def _size_to_rows(self) -> None:
        """Make the virtual size fit the rows, never less than the view.

        A change of virtual size costs a layout of the whole screen (about 20 ms under a
        modal): while the rows fit in the view, the size stays that of the view.
        """
        region = self.scrollable_content_region
        size = Size(region.width, max(1, self._row_count, region.height))
        if size != self.virtual_size:
            self.virtual_size = size

    def redraw(self) -> None:
        """Draw every row again (their content or look changed, not their number)."""
        self._strips.clear()
        self.refresh()

    # ── the cursor ─────────────────────────────────────────────────────────────────────

    def select(self, row: int, *, announce: bool = True) -> None:
        """Put the cursor on `row` and keep it on screen; post `Highlighted` when it moved."""
        if not 0 <= row < self._row_count:
            return
        moved = row != self.cursor
        self.cursor = row
        self._strips.clear()
        self.refresh()
        self._keep_visible(row)
        if moved and announce:
            self.post_message(self.Highlighted(self, row))

    def _selectable_from(self, row: int, direction: int) -> int | None:
        """The first selectable row from `row` (included) going in `direction`."""
        row = max(0, min(row, self._row_count - 1))
        while 0 <= row < self._row_count:
            if self.is_selectable(row):
                return row
            row += direction
        return None

    def action_move(self, step: int) -> None:
        """Move the cursor `step` selectable rows (negative: up), stopping at the ends."""
        row = self.cursor
        direction = 1 if step > 0 else -1
        for _ in range(abs(step)):
            found = self._selectable_from(row + direction, direction)
            if found is None or found == row:
                break
            row = found
        if row >= 0:
            self.select(row)

    def action_page(self, direction: int) -> None:
        """Move the cursor one screen."""
        rows = max(1, self.scrollable_content_region.height - 1)
        target = self._selectable_from(self.cursor + direction * rows, direction)
        if target is None:
            target = self._selectable_from(self.cursor + direction * rows, -direction)
        if target is not None:
            self.select(target)

    def action_edge(self, direction: int) -> None:
        """Go to the first (-1) or last (1) row."""
        start = 0 if direction < 0 else self._row_count - 1
        target = self._selectable_from(start, -direction)
        if target is not None:
            self.select(target)
            if direction < 0:
                self._jump(0)

    def action_choose(self) -> None:
        if 0 <= self.cursor < self._row_count:
            self.post_message(self.Chosen(self, self.cursor))

    def _keep_visible(self, row: int) -> None:
        """Scroll so `row` is on screen, with the header rows just above it when they fit."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return  # not laid out yet: the resize that follows will do it
        top = self.scroll_offset.y
        first = row
        while first > 0 and not self.is_selectable(first - 1) and row - first + 1 < height:
            first -= 1
        if first < top:
            self._jump(first)
        elif row >= top + height:
            self._jump(row - height + 1)

    def _jump(self, y: int) -> None:
        """Scroll to line `y` at once (forced: the scrollbar may not be laid out yet)."""
        self.scroll_to(y=max(0, y), animate=False, force=True, immediate=True)

    async def _on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + self.scroll_offset.y
        if 0 <= row < self._row_count and self.is_selectable(row):
            self.select(row)
            self.post_message(self.Chosen(self, row))

    # ── painting ───────────────────────────────────────────────────────────────────────

    def _on_resize(self) -> None:
        self._strips.clear()
        self._size_to_rows()
        if self.cursor >= 0:
            self._keep_visible(self.cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._part_styles.clear()
        self._strips.clear()

    def on_focus(self) -> None:
        self.redraw_styles()

    def on_blur(self) -> None:
        self.redraw_styles()

    def redraw_styles(self) -> None:
        """The look depends on focus (the cursor): resolve styles again and redraw."""
        self._part_styles.clear()
        self.redraw()

    def style(self, kind: str) -> Style:
        """The resolved style of component class `<STYLE_PREFIX>--<kind>`."""
        return self._part_styles(kind)

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if row >= self._row_count:
            return Strip.blank(width, self.rich_style)
        selected = row == self.cursor
        key = (row, width, selected)
        strip = self._strips.get(key)
        if strip is None:
            strip = self.render_row(row, width, selected)
            self._strips[key] = strip
        return strip
