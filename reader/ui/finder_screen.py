"""The finder (`/`): find any name, alias or article title as you type, typos forgiven.

A modal with an input, the best 50 results (kind badge, matched letters, the alias that
matched, counts) and a preview of the highlighted one. Each keystroke searches at once on
the UI thread: the index's finder costs a few milliseconds, and rapidfuzz holds the GIL,
so a worker thread would not keep typing smoother (see bench/bench_finder_ui.py, which
measures both ways). The empty query lists recent choices, then the most mentioned names.
Dismissed with the chosen `FinderHit`, or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.widgets import Input
from textual.worker import get_current_worker

from reader.index.query import FinderHit
from reader.ui.finder_preview import FinderPreview
from reader.ui.finder_results import FinderResults
from reader.ui.formatting import format_count
from reader.ui.hints import HintLine, HintPart
from reader.ui.line_list import LineList
from reader.ui.modal import ClosingOnce
from reader.ui.name_keys import FINDER_BINDINGS

if TYPE_CHECKING:
    from reader.ui.name_search import NameSearch

#: How many results are listed.
RESULT_LIMIT = 50
#: Below this width the preview goes under the results instead of beside them.
SIDE_PREVIEW_WIDTH = 100
INDEXING_NOTE = HintPart(
    "Names are still being indexed: article titles only for now", "Indexing names…", 5
)
FILTER_HINT = HintPart(
    "p: people  l: places  o: organisations  m: other  a: articles", "p: l: o: m: a: by kind", 2
)


class FinderInput(Input):
    """The finder's input: it hands each new value over as soon as it changes.

    Searching from the value's watcher (rather than from the `Changed` message, which
    reaches the screen only after the input has been repainted) puts the typed character
    and its results in the same frame: one frame less from key to results.
    """

    def __init__(self, on_change: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_change = on_change

    def watch_value(self, value: str) -> None:
        self._on_change(value)


class FinderScreen(ClosingOnce[FinderHit | None]):
    """Type to find; up/down (or ctrl+n/ctrl+p) move, enter chooses, escape closes."""

    AUTO_FOCUS = "#finder-input"
    #: The app's ctrl+p (palette) gives way here: ctrl+p moves the highlight up.
    USES_CTRL_P = True
    #: Run each search in an exclusive worker thread instead of directly (for measuring).
    SEARCH_IN_WORKER = False
    HELP = (
        "Find a name or an article by typing part of it; typos are forgiven. Start with p: "
        "for people, l: places, o: organisations, m: other names or a: article titles. "
        "enter on a name lists all its mentions; on an article opens it."
    )

    DEFAULT_CSS = """
    FinderScreen { align: center top; }
    FinderScreen > #finder-box {
        width: 94%;
        max-width: 150;
        height: 90%;
        margin-top: 1;
        border: round $primary;
        border-title-color: $text-primary;
        background: $surface;
        padding: 0 1;
    }
    FinderScreen #finder-input { margin: 1 0; height: 1; width: 1fr; background: $boost; }
    FinderScreen #finder-body { height: 1fr; }
    FinderScreen #finder-results { width: 1fr; height: 1fr; }
    FinderScreen #finder-preview {
        width: 34%;
        max-width: 56;
        height: 1fr;
        border-left: vkey $panel-lighten-2;
    }
    FinderScreen.-narrow #finder-body { layout: vertical; }
    FinderScreen.-narrow #finder-results { width: 1fr; height: 1fr; }
    FinderScreen.-narrow #finder-preview {
        width: 1fr;
        max-width: 100%;
        height: 7;
        border-left: none;
        border-top: hkey $panel-lighten-2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = FINDER_BINDINGS

    def __init__(self, search: NameSearch, recents: list[tuple[str, str]], query: str = "") -> None:
        super().__init__()
        self.search = search
        self.recents = recents
        self._initial_query = query
        self.query_text = query
        self.shown_query: str | None = None
        #: Queries searched so far in this finder (for tests and the bench).
        self.searches = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="finder-box") as box:
            box.border_title = "Find a name or an article"
            yield FinderInput(
                self.search_as_typed,
                value=self._initial_query,
                placeholder="Name, alias or title…  (p: l: o: m: a: filter by kind)",
                id="finder-input",
                compact=True,
            )
            with Horizontal(id="finder-body"):
                yield FinderResults(id="finder-results")
                yield FinderPreview(id="finder-preview")
            yield HintLine(id="finder-status")

    @property
    def results(self) -> FinderResults:
        return self.query_one(FinderResults)

    @property
    def preview(self) -> FinderPreview:
        return self.query_one(FinderPreview)

    def on_mount(self) -> None:
        if self.is_closing or not self.query(FinderPreview):
            return  # closed (escape, or the reader quitting) before it was ever shown
        self.preview.index = self.search.index
        self._run_search(self._initial_query)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < SIDE_PREVIEW_WIDTH, "-narrow")

    def names_arrived(self) -> None:
        """Names became searchable while the finder was open: search again with them."""
        if self.is_closing:
            return
        self.preview.index = self.search.index
        self._run_search(self.query_text)

    # ── searching ──────────────────────────────────────────────────────────────────────

    def search_as_typed(self, query: str) -> None:
        """Search for what has been typed so far (the input calls this on every change)."""
        if query == self.query_text and self.shown_query == query:
            return
        self.query_text = query
        if not self.is_mounted or self.is_closing:
            return  # on_mount searches for the initial query
        if self.SEARCH_IN_WORKER:
            self._search_in_thread(query)
        else:
            self._run_search(query)

    @on(Input.Changed, "#finder-input")
    def _value_taken(self, event: Input.Changed) -> None:
        event.stop()  # searched already, from the input's watcher

    def _run_search(self, query: str) -> None:
        hits = self.search.search(query, RESULT_LIMIT, recents=self.recents)
        self._show_results(query, hits)

    @work(thread=True, exclusive=True, group="finder-search")
    def _search_in_thread(self, query: str) -> None:
        hits = self.search.search(query, RESULT_LIMIT, recents=self.recents)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, query, hits)

    def _show_results(self, query: str, hits: list[FinderHit]) -> None:
        if query != self.query_text or self.is_closing:
            return  # a later keystroke's results are on their way
        self.searches += 1
        self.shown_query = query
        self.results.show_hits(hits)
        self._show_status(query, hits)
        if not hits:
            self.preview.show_hit(None)

    def _show_status(self, query: str, hits: list[FinderHit]) -> None:
        parts: list[HintPart] = []
        if not self.search.names_ready:
            parts.append(INDEXING_NOTE)
        if query.strip() and not hits:
            parts += [HintPart("No match", keep=4), FILTER_HINT]
        elif not query.strip():
            parts += [HintPart("Recent and most mentioned", "Recent, most mentioned", 3)]
            parts.append(FILTER_HINT)
        else:
            count = (
                f"{len(hits)} best"
                if len(hits) >= RESULT_LIMIT
                else format_count(len(hits), "result")
            )
            parts += [
                HintPart(count, keep=4),
                HintPart("↑↓ move", keep=1),
                HintPart("enter choose", "⏎ choose", 3),
                HintPart("esc close", keep=2),
            ]
        self.query_one("#finder-status", HintLine).show(parts)

    @on(LineList.Highlighted, "#finder-results")
    def preview_highlighted(self, event: LineList.Highlighted) -> None:
        """Preview the highlighted result once the results are on screen: drawing both in
        one frame would make every keystroke wait for the preview too."""
        event.stop()
        self.call_after_refresh(self._preview_highlighted)

    def _preview_highlighted(self) -> None:
        if self.is_closing:
            return
        hit = self.results.highlighted_hit
        article = self.search.article(hit.id) if hit is not None and hit.kind == "article" else None
        self.preview.show_hit(hit, article)

    # ── choosing ───────────────────────────────────────────────────────────────────────

    def action_move(self, step: int) -> None:
        self.results.action_move(step)

    def action_page(self, direction: int) -> None:
        self.results.action_page(direction)

    @on(Input.Submitted, "#finder-input")
    def choose_highlighted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.is_closing:  # enter typed after escape (or a second enter): already closed
            return
        if self.shown_query != event.value:  # a worker's results had not arrived yet
            self.query_text = event.value
            self._run_search(event.value)
        if (hit := self.results.highlighted_hit) is not None:
            self.dismiss(hit)

    @on(LineList.Chosen, "#finder-results")
    def choose_clicked(self, event: LineList.Chosen) -> None:
        event.stop()
        if not self.is_closing and (hit := self.results.highlighted_hit) is not None:
            self.dismiss(hit)
