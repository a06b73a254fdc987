"""The right-hand pane: the article view and its find bar, and the find-in-article flow.

Find is incremental: every keystroke highlights all matches and moves to the first one at
or after where the reader was. enter keeps the place and returns to the article, where
n and N step through the matches; escape clears the find and goes back to where the
reader was before it started.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical

from reader.ui.article_view import Anchor, ArticleView
from reader.ui.keys import bind

if TYPE_CHECKING:
    from textual.widgets import Input

    from reader.ui.find_bar import FindBar


class ArticlePane(Vertical):
    """The article view with find; keys here work while the article or the find bar has focus."""

    DEFAULT_CSS = """
    ArticlePane { width: 1fr; height: 1fr; }
    ArticlePane > ArticleView { height: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("n", "step_match(1)", "Next match", show=True, id="find.next",
             tooltip="Go to the next match of the find"),
        bind("N", "step_match(-1)", "Previous match", show=True, id="find.previous",
             tooltip="Go to the previous match of the find"),
        bind("escape", "back", "Back", id="article.back",
             tooltip="Clear the find and return to where you were; else go to the list"),
        bind("h,left", "screen.focus_list", "Articles", show=True, id="article.to-list",
             tooltip="Go back to the list of articles"),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._finding = False
        self._anchor_before_find: Anchor = (0, 0)
        self._find_bar: FindBar | None = None

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article-view")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    async def _ensure_find_bar(self) -> FindBar:
        """The find bar, mounted the first time it is needed (it is not on the start path)."""
        if self._find_bar is None:
            from reader.ui.find_bar import FindBar

            self._find_bar = FindBar()
            await self.mount(self._find_bar)
        return self._find_bar

    @property
    def finding(self) -> bool:
        """Whether a find is active (its highlights are shown)."""
        return self._finding

    async def start_find(self) -> None:
        """Open the find bar (keeping the last query, selected) and put the cursor in it."""
        if self.view.article is None:
            return
        bar = await self._ensure_find_bar()
        if not self._finding:
            self._finding = True
            self._anchor_before_find = self.view.anchor()
        bar.display = True
        field = bar.input
        self.screen.set_focus(field)
        field.select_all()
        if field.value:
            self._run_find(field.value)
        self.refresh_bindings()

    def stop_find(self, *, restore: bool, focus_view: bool = True) -> None:
        """Clear the highlights and hide the bar; with `restore`, go back to the pre-find place."""
        if not self._finding:
            return
        self._finding = False
        self.view.clear_find()
        if self._find_bar is not None:
            self._find_bar.display = False
        if restore:
            self.view.go_to_anchor(self._anchor_before_find)
        if focus_view:
            self.screen.set_focus(self.view)
        self.refresh_bindings()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Highlight the matches of what has been typed so far."""
        event.stop()
        if self._finding:
            self._run_find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """enter: keep the current match and go back to reading (n/N step through matches)."""
        event.stop()
        if not event.value or self.view.match_count == 0:
            self.stop_find(restore=True)
            return
        self.screen.set_focus(self.view)
        self.refresh_bindings()

    def _run_find(self, query: str) -> None:
        view = self.view
        if view.find(query):
            view.select_match(view.first_match_from(self._anchor_before_find))
        else:
            view.go_to_anchor(self._anchor_before_find)
        if self._find_bar is not None:
            self._find_bar.show_count(view.current_match, view.match_count, searched=bool(query))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_match":
            return self._finding and self.view.match_count > 0
        return True

    def action_step_match(self, step: int) -> None:
        """Move to the next (1) or previous (-1) match, wrapping around."""
        view = self.view
        if view.match_count:
            view.select_match(view.current_match + step)
            if self._find_bar is not None:
                self._find_bar.show_count(view.current_match, view.match_count, searched=True)

    async def action_back(self) -> None:
        """escape: clear an active find, or else return to the list of articles."""
        if self._finding:
            self.stop_find(restore=True)
        else:
            await self.run_action("screen.focus_list")
