"""The line above the footer while a corpus loads: how many articles so far, and a pulse.

It is mounted only when loading takes a while, so small corpora never flash it and it costs
nothing on the start path.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static

from reader.ui.formatting import format_count


class LoadProgress(Horizontal):
    """`Loading… 12,345 articles` and an indeterminate progress bar."""

    DEFAULT_CSS = """
    LoadProgress { height: 1; background: $panel; }
    LoadProgress > #load-count { width: 30; padding: 0 1; color: $text-muted; }
    LoadProgress > ProgressBar { width: 1fr; }
    LoadProgress Bar { width: 1fr; }
    """

    def __init__(self, count: int) -> None:
        super().__init__()
        self._count = count

    def compose(self) -> ComposeResult:
        yield Static(self._label(), id="load-count")
        yield ProgressBar(total=None, show_percentage=False, show_eta=False)

    def show_count(self, count: int) -> None:
        self._count = count
        if self.is_mounted:
            self.query_one("#load-count", Static).update(self._label(), layout=False)

    def _label(self) -> Content:
        return Content(f"Loading… {format_count(self._count, 'article')}")
