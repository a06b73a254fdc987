"""The find bar under the article: a one-line field and the `k/N` match count.

Mounted the first time the reader starts a find, so it costs nothing at start-up.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Static


class FindBar(Horizontal):
    """One line under the article: the find field and the `k/N` count."""

    HELP = (
        "Find in the article. Type to highlight every match; lower-case text ignores case, "
        "text with a capital matches case exactly, and accents are ignored (e matches é). "
        "enter returns to the article (then n and N move between matches); escape clears "
        "the find and goes back to where you were."
    )

    DEFAULT_CSS = """
    FindBar {
        dock: bottom;
        height: 1;
        display: none;
        background: $panel;
    }
    FindBar > .find-label { width: auto; padding: 0 1; color: $text-muted; }
    FindBar > Input { width: 1fr; height: 1; border: none; padding: 0; background: $panel; }
    FindBar > Input:focus { border: none; }
    FindBar > #find-count { width: auto; min-width: 12; padding: 0 1; text-align: right; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content("Find"), classes="find-label")
        yield Input(placeholder="text in this article", compact=True, id="find-input")
        yield Static(id="find-count")

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    def show_count(self, current: int, total: int, *, searched: bool) -> None:
        """Show `k/N`, or that nothing matched (nothing at all before a search)."""
        if not searched:
            text = ""
        elif total == 0:
            text = "no match"
        else:
            text = f"{current + 1}/{total}"
        self.query_one("#find-count", Static).update(Content(text))
