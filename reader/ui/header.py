"""The top line: the corpus name and how many articles it holds, and the load status."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from reader.corpus.sanitize import display_name
from reader.ui.formatting import format_count


class ReaderHeader(Horizontal):
    """`reader · seeds · 5 articles` on the left; loading progress or skipped files on the right."""

    DEFAULT_CSS = """
    ReaderHeader {
        height: 1;
        background: $panel;
        color: $foreground;
    }
    ReaderHeader > #header-title { width: 1fr; padding: 0 1; }
    ReaderHeader > #header-status { width: 28; padding: 0 1; color: $text-muted; text-align: right; }
    """

    def __init__(self, corpus_name: str) -> None:
        super().__init__()
        self.corpus_name = corpus_name

    def compose(self) -> ComposeResult:
        yield Static(id="header-title")
        yield Static(id="header-status")

    def on_mount(self) -> None:
        self.update(0, loading=True, skipped=0)

    def update(self, count: int, *, loading: bool, skipped: int) -> None:
        """Show the current article count and load status."""
        title = Content.assemble(
            ("reader", "bold"), " · ", display_name(self.corpus_name), " · ", format_count(count, "article")
        )
        # Both parts have fixed widths, so no layout pass is needed (this runs per batch).
        self.query_one("#header-title", Static).update(title, layout=False)
        status = "loading…" if loading else ""
        if skipped:
            status = f"{status}  {format_count(skipped, 'file')} skipped".strip()
        self.query_one("#header-status", Static).update(Content(status), layout=False)
