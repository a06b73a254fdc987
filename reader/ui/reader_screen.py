"""The main screen: header, sidebar, article pane, load progress and footer.

It loads the corpus in a worker, feeds the sidebar as batches arrive, shows the highlighted
article, and keeps the reader's state (read marks, places in articles, the last article)
through `ReadingState`. Each pane owns its own keys; this screen only coordinates them.
The names come from `NameIndexer` (reader/ui/indexing.py): the index, once built, is
`ReaderScreen.index`; `IndexReady` is posted (and bubbles to the app) each time it is.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.worker import get_current_worker

from reader.corpus.duplicates import Duplicates
from reader.corpus.loader import iter_load
from reader.corpus.model import Article
from reader.corpus.sanitize import display_name
from reader.ui.article_list import ArticleList
from reader.ui.article_pane import ArticlePane
from reader.ui.entity_status import EntityStatus
from reader.ui.footer import ReaderFooter
from reader.ui.formatting import format_count
from reader.ui.header import ReaderHeader
from reader.ui.indexing import IndexReady, NameIndexer, NamesFound, names_from_index
from reader.ui.keys import bind
from reader.ui.list_bar import ListBar
from reader.ui.list_keys import LIST_BINDINGS, ListKeys
from reader.ui.listing import ArticleListing
from reader.ui.loading import ArticlesArrived, Batch, FirstBatch, LoadFinished, batched
from reader.ui.name_keys import NAVIGATION_BINDINGS
from reader.ui.navigation_keys import NavigationKeys
from reader.ui.reading_state import ReadingState

if TYPE_CHECKING:
    from pathlib import Path

    from textual.timer import Timer

    from reader.index.build import IndexBuilder
    from reader.index.corpus_index import CorpusIndex
    from reader.ui.load_progress import LoadProgress
    from reader.ui.title_search import TitleIndex

#: How long start-up waits for the first article, so the first frame can show it.
FIRST_ARTICLE_WAIT = 0.1
#: From this width on, the names panel can stay open beside the article (`wide_panel`).
WIDE_PANEL_WIDTH = 170
#: Seconds of loading before the progress line appears.
PROGRESS_AFTER = 0.3
#: Seconds after a scroll before the place is saved: a place is never more than this old
#: on disk (kill -9, power cut of the terminal), and a run of scrolling costs one write per
#: interval, not one per line.
PLACE_SAVE_DELAY = 0.5


class ReaderScreen(ListKeys, NavigationKeys, Screen[None]):
    """Sidebar on the left, article on the right."""

    DEFAULT_CSS = """
    ReaderScreen > #panes { height: 1fr; }
    ReaderScreen #sidebar { width: 36%; min-width: 24; max-width: 52; height: 1fr; }
    ReaderScreen #articles { height: 1fr; }
    /* In a narrow terminal the names panel takes the sidebar's place while it is open. */
    ReaderScreen.-narrow.-names-open #sidebar, ReaderScreen.-narrow.-names-open #articles {
        display: none;
    }
    ReaderScreen.-widest #names-panel { max-width: 56; }
    """

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-narrow"),
        (110, "-wide"),
        (WIDE_PANEL_WIDTH, "-widest"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("ctrl+f", "find", "Find", show=True, id="find.open",
             tooltip="Find text in the article (n/N next/previous, escape clears)"),
        bind("space", "page_article(1)", "Page down", id="reader.page-down",
             tooltip="Page the article down, wherever the focus is"),
        bind("b", "page_article(-1)", "Page up", id="reader.page-up",
             tooltip="Page the article up, wherever the focus is"),
        *NAVIGATION_BINDINGS,
        *LIST_BINDINGS,
    ]  # fmt: skip

    def __init__(
        self,
        paths: Sequence[str],
        corpus_name: str,
        reading: ReadingState,
        names_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.corpus_name = corpus_name
        self.reading = reading
        self.listing = ArticleListing(reading.is_read)
        self.listing.set_choice(reading.list_choice())  # the order and filter of last time
        self._duplicates = Duplicates()
        self.problems: list[str] = []
        self.is_loading = True
        self.load_error: str | None = None
        self._shown: Article | None = None
        self._shown_copies: tuple[str, ...] = ()  # the copies its metadata line names
        self._restore_key = reading.last_article_key()
        self._pinned = False  # the last article was restored: stop following the newest
        self._progress: LoadProgress | None = None
        self.index: CorpusIndex | None = None  # the names index, once built
        # Mounted after the first frame (it shows nothing until a build takes a while); what
        # it is asked before then waits in its message queue.
        self._indexer = NameIndexer(names_path, id="name-indexer")
        self._place_timer: Timer | None = None
        self._saved_place: tuple[Article, tuple[int, int]] | None = None

    def compose(self) -> ComposeResult:
        yield ReaderHeader(self.corpus_name)
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                yield ArticleList(self.listing, self.reading.is_read, id="articles")
                yield ListBar()
            yield ArticlePane()
        yield ReaderFooter()

    @property
    def article_list(self) -> ArticleList:
        return self._article_list

    @property
    def article_pane(self) -> ArticlePane:
        return self._article_pane

    @property
    def builder(self) -> IndexBuilder:
        """The names index builder (made on first use)."""
        return self._indexer.builder

    async def on_mount(self) -> None:
        # Kept as attributes: on_unmount runs after the children have left the DOM.
        self._article_list = self.query_one(ArticleList)
        self._article_pane = self.query_one(ArticlePane)
        self._view = self._article_pane.view
        self._article_list.focus()
        self.show_list_choice()
        first_batch = FirstBatch()
        self.load_articles(first_batch)
        if (batch := await first_batch.take(FIRST_ARTICLE_WAIT)) is not None:
            self._add_batch(batch)
        self.call_after_refresh(self._mount_indexer)
        self.call_after_refresh(self.update_side_panel)
        self.call_after_refresh(first_batch.painted)
        self.call_after_refresh(gc.enable)  # `run_app` holds the collector off until now
        self.set_timer(PROGRESS_AFTER, self._show_progress)
        self.watch(self._view, "scroll_y", self._view_scrolled, init=False)

    def on_resize(self) -> None:
        self.update_side_panel()

    def update_side_panel(self) -> None:
        """Open or close the names panel beside the article, as the width and setting ask."""
        want = (
            self.size.width >= WIDE_PANEL_WIDTH and getattr(self.app, "wide_panel", "") == "names"
        )
        pane = self.article_pane if self.is_mounted else None
        if pane is not None and want != pane.side_names:
            self.call_later(pane.set_side_names, want)

    def _mount_indexer(self) -> None:
        """Put the name indexer in place, once the first frame is out (unless the reader is
        already leaving: nothing could be read)."""
        if self.is_attached:
            self.mount(self._indexer, before=self.query_one(ReaderFooter))

    def _show_progress(self) -> None:
        """Loading is taking a while: show how far it has got."""
        if self.is_loading and self._progress is None:
            from reader.ui.load_progress import LoadProgress

            self._progress = LoadProgress(self.listing.total)
            self.mount(self._progress, before=self.query_one(ReaderFooter))

    def on_unmount(self) -> None:
        self._remember_place()

    # ── loading ────────────────────────────────────────────────────────────────────────

    @work(thread=True, exclusive=True, group="load")
    def load_articles(self, first_batch: FirstBatch) -> None:
        """Read the corpus in the background and post what was read, batch by batch."""
        worker = get_current_worker()
        try:
            # Quitting cancels the worker; the loader checks it while it streams a file.
            loading = iter_load(self.paths, cancelled=lambda: worker.is_cancelled)
            # Copies of articles read before are dropped here, in the worker (it hashes every
            # article's text); the first one loaded names the files that repeat it.
            for index, batch in enumerate(batched(self._duplicates.without_copies(loading))):
                if worker.is_cancelled:
                    return
                if index == 0 and first_batch.offer(batch):
                    first_batch.wait_for_paint()
                    continue
                self.post_message(ArticlesArrived(batch))
        except Exception as err:  # a loader bug must not take the reader down: report it
            detail = "".join(traceback.format_exception(err))
            self.post_message(LoadFinished(error=f"{type(err).__name__}: {err}\n{detail}"))
            return
        self.post_message(LoadFinished())

    @on(ArticlesArrived)
    def add_articles(self, message: ArticlesArrived) -> None:
        self._add_batch(message.batch)

    def _add_batch(self, batch: Batch) -> None:
        """Grow the sidebar, report unreadable files, and restore the last article if it came."""
        if batch.articles:
            self._indexer.add_articles(batch.articles)
            # The first article shown is kept while the rest arrive (newer ones go above it);
            # only a restore of the last article read moves the selection.
            follow_top = self._shown is None and not self._pinned
            follow_top = follow_top and not getattr(self.app, "user_has_acted", False)
            self.article_list.add(batch.articles, follow_top=follow_top)
            self._maybe_restore_last_article()
            if follow_top and (newest := self.article_list.highlighted) is not None:
                self._show(newest)  # now, not when the Highlighted message comes round
            elif not getattr(self.app, "user_has_acted", False):
                self.article_list.keep_top_in_view()
        for problem in batch.problems:  # counted in the header; the latest on the status line
            self.problems.append(str(problem))
            self.tell(str(problem), title="File skipped")
        self._update_header()
        self.show_list_choice()
        self._show_new_copies()
        if self._progress is not None:
            self._progress.show_count(self.listing.total)

    @on(LoadFinished)
    def finish_loading(self, message: LoadFinished) -> None:
        """Hide the progress line; sum up skipped files; leave when nothing could be read."""
        self.is_loading = False
        if self._progress is not None:
            self._progress.remove()
            self._progress = None
        self.load_error = message.error
        if message.error:
            first_line = message.error.splitlines()[0]
            first_line = display_name(first_line)
            self.notify(f"Loading stopped early: {first_line}", severity="error", markup=False)
        if len(self.problems) > 1:
            self.tell(
                f"{format_count(len(self.problems), 'file')} skipped. "
                "ctrl+p → “Skipped files” lists them; they are also printed when you quit.",
            )
        self._update_header()
        if not self.listing.total:
            self.app.exit(return_code=2)
            return
        if not len(self.listing):  # the saved filter hides every article: say so
            self.article_list.relist(None)
        if self._shown is None and (article := self.article_list.highlighted) is not None:
            self._show(article)
        if self._indexer.is_mounted:
            self._indexer.start_build()
        else:  # the corpus was read before the first frame: build once the indexer is mounted
            self._indexer.call_later(self._indexer.start_build)

    def tell(self, text: str, title: str = "") -> None:
        """Routine news: on the status line under the article for a few seconds, where it
        covers nothing (toasts are kept for what needs the reader's attention)."""
        self.article_pane.query_one(EntityStatus).show_news(text, title)

    def _update_header(self) -> None:
        header = self.query_one(ReaderHeader)
        header.update(self.listing.total, loading=self.is_loading, skipped=len(self.problems))

    def _maybe_restore_last_article(self) -> None:
        """Open the article the reader had open last time, unless they have moved on."""
        if self._restore_key is None:
            return
        article = self.listing.find_key(self._restore_key)
        if article is None:
            return
        self._restore_key = None
        if getattr(self.app, "user_has_acted", False):
            return
        self._pinned = True
        self.article_list.select_article(article)
        self._show(article)

    # ── showing articles ───────────────────────────────────────────────────────────────

    @on(ArticleList.Highlighted)
    def preview_article(self, message: ArticleList.Highlighted) -> None:
        """Show the highlighted article as the highlight moves (without marking it read)."""
        if message.article is self.article_list.highlighted:
            self._show(message.article)

    def open_article(self, article: Article) -> None:
        """Show `article`, mark it read and move the focus into it."""
        self.article_list.select_article(article)
        self._show(article)
        self.reading.mark_read(article)
        self.article_list.refresh_marks()
        self.set_focus(self.article_pane.view)

    def _show(self, article: Article) -> None:
        if article is self._shown:
            return
        self._remember_place()
        self.article_pane.stop_find(restore=False, focus_view=False)
        self.article_pane.view.show(article, anchor=self.reading.position(article))
        self._shown = article
        self._shown_copies = article.also_in
        self.reading.set_last_article(article)
        self._show_names(article)

    def _show_new_copies(self) -> None:
        """Copies of the article on screen arrived after it was shown: show it again, in
        place, so its metadata line names them too."""
        article = self._shown
        if article is None or article.also_in == self._shown_copies or self.article_pane.finding:
            return  # (during a find it waits: showing again would drop the matches)
        self._shown_copies = article.also_in
        self.article_pane.view.show(article, anchor=self._view.anchor())
        self._show_names(article)

    # ── names ──────────────────────────────────────────────────────────────────────────

    def _show_names(self, article: Article) -> None:
        """Paint the article's names: from the index at once, else found in the background."""
        names = names_from_index(self.index, article)
        if names is not None:
            self.article_pane.show_names(article, names)
        else:
            self._indexer.request_names(article)

    @on(NamesFound)
    def show_found_names(self, message: NamesFound) -> None:
        """Names found on demand arrived: paint them if their article is still on screen."""
        if message.article is self._shown:
            names = names_from_index(self.index, message.article) or message.names
            self.article_pane.show_names(message.article, names)

    @on(IndexReady)
    def use_new_index(self, message: IndexReady) -> None:
        """Keep the new index and repaint the open article with its linked names."""
        self.index = message.index
        if self._shown is not None:
            self._show_names(self._shown)

    def _remember_place(self) -> None:
        """Save where the reader is in the article on screen (unless saved already)."""
        if self._place_timer is not None:
            self._place_timer.stop()
            self._place_timer = None
        if self._shown is None:
            return
        shown, anchor = self._shown, self._view.anchor()
        saved = self._saved_place
        if saved is None or saved[0] is not shown or saved[1] != anchor:
            self.reading.save_position(shown, anchor)
            self._saved_place = (shown, anchor)

    def _view_scrolled(self) -> None:
        """The article moved: save the place shortly, once per interval while it moves."""
        if self._place_timer is None and self._shown is not None:
            self._place_timer = self.set_timer(PLACE_SAVE_DELAY, self._remember_place)

    # ── actions ────────────────────────────────────────────────────────────────────────

    def action_focus_list(self) -> None:
        """Focus the article list (closing the names panel where it stands in its place)."""
        if self.has_class("-narrow", "-names-open"):
            self.article_pane.close_names_panel()
        self.set_focus(self.article_list)

    def action_open_highlighted(self) -> None:
        """Open the article highlighted in the list (the list's enter key and clicks)."""
        if (article := self.article_list.highlighted) is not None:
            self.open_article(article)

    async def action_find(self) -> None:
        await self.article_pane.start_find()

    def action_page_article(self, direction: int) -> None:
        self.article_pane.view.action_page(direction)

    def title_index(self) -> tuple[TitleIndex, list[Article]]:
        """The searchable titles of every loaded article (for the palette and the finder)."""
        return self.listing.title_index()
