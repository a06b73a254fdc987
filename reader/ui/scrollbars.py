"""Scrollbars drawn in whole cells.

Textual draws the two ends of a scrollbar's thumb with eighth blocks (▁▂▃…) for a smoother
look. Beside the sidebar's titles, and in a long list whose thumb is shorter than a cell,
those read as stray glyphs after the text; without colour they are all that shows of the
bar. Whole cells (the thumb reversed) read as a scrollbar in every theme.
"""

from __future__ import annotations

from typing import ClassVar

from textual.scrollbar import ScrollBar, ScrollBarRender


class WholeCellScrollBar(ScrollBarRender):
    """A scrollbar whose thumb starts and ends on cell boundaries."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8


def use_whole_cell_scrollbars() -> None:
    """Draw every scrollbar of the app in whole cells (Textual's documented hook)."""
    ScrollBar.renderer = WholeCellScrollBar
