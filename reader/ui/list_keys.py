"""The main screen's keys for the article list and the article's URL, mixed into `ReaderScreen`.

Sorting, filtering, read marks and the next unread article act on the list as shown; the
choice of order and filter is saved in the state store's settings, so the next start shows
the list the same way. The URL is opened in a worker thread (a browser can take seconds to
start) and copied through the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import SystemCommand
from textual.binding import BindingType

from reader.ui.keys import bind
from reader.ui.list_bar import ListBar
from reader.ui.list_order import (
    SORT_LABELS,
    SORTS,
    FilterError,
    ListChoice,
    ListFilter,
    parse_filter,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from reader.corpus.model import Article
    from reader.ui.reader_screen import ReaderScreen

#: Schemes the reader hands to the browser; an article's URL is untrusted text.
WEB_SCHEMES = ("http://", "https://")

LIST_BINDINGS: list[BindingType] = [
    bind("s", "cycle_sort", "Sort", id="articles.sort",
         tooltip="Sort the articles: newest first, by title, by source (remembered)"),
    bind("f", "filter_articles", "Filter", id="articles.filter",
         tooltip="Filter the articles: words, unread, source:, lang:, from:, to: (remembered)"),
    bind("u", "next_unread", "Next unread", id="articles.next-unread",
         tooltip="Open the next unread article in the list"),
    bind("m", "toggle_read", "Read/unread", id="articles.toggle-read",
         tooltip="Mark the highlighted article read, or unread again"),
    bind("M", "mark_all_read", "Mark all read", id="articles.mark-all-read",
         tooltip="Mark every article in the list read (the filtered ones only, when filtered)"),
    bind("o", "open_url", "Open URL", id="article.open-url",
         tooltip="Open the article's web address in the browser"),
    bind("y", "copy_url", "Copy URL", id="article.copy-url",
         tooltip="Copy the article's web address to the clipboard"),
]  # fmt: skip


class ListKeys:
    """Actions and handlers for the article list's order, filter and read marks, and the URL.

    Mixed into `ReaderScreen`, whose `listing`, `article_list`, `article_pane`, `reading` and
    `open_article` it works with.
    """

    _choice_before_edit: ListChoice | None = None

    @property
    def list_bar(self) -> ListBar:
        return self.query_one(ListBar)

    def apply_choice(self, choice: ListChoice, *, save: bool = True) -> None:
        """Show the list in `choice`'s order and filter, keeping the highlighted article when it
        is still in it; `save` remembers the choice for the next start."""
        highlighted = self.article_list.highlighted
        self.listing.set_choice(choice)
        self.article_list.relist(highlighted)
        self.list_bar.show_choice(choice, len(self.listing), self.listing.total)
        if save:
            self.reading.set_list_choice(choice)

    def show_list_choice(self) -> None:
        """Bring the status line up to date (as articles arrive under a filter)."""
        choice = self.listing.choice
        if choice != ListChoice():
            self.list_bar.show_choice(choice, len(self.listing), self.listing.total)

    # ── order and filter ───────────────────────────────────────────────────────────────

    def action_cycle_sort(self) -> None:
        choice = self.listing.choice
        following = SORTS[(SORTS.index(choice.sort) + 1) % len(SORTS)]
        self.apply_choice(choice._replace(sort=following))

    def action_sort_by(self, sort: str) -> None:
        if sort in SORTS:
            self.apply_choice(self.listing.choice._replace(sort=sort))

    def set_filter(self, list_filter: ListFilter) -> None:
        self.apply_choice(self.listing.choice._replace(filter=list_filter))

    def action_filter_articles(self) -> None:
        """Open the filter field with the current filter in it."""
        self._choice_before_edit = self.listing.choice
        line = self.listing.choice.filter.to_text()
        self.list_bar.start_editing(f"{line} " if line else "")

    def on_list_bar_filter_typed(self, event: ListBar.FilterTyped) -> None:
        """Follow the filter as it is typed (a half-typed date leaves the list as it was);
        enter keeps it (and remembers it) and returns to the list."""
        event.stop()
        try:
            list_filter = parse_filter(event.value)
        except FilterError as err:
            if event.final:
                self.notify(str(err), title="Filter", severity="warning", markup=False)
            return
        self.apply_choice(self.listing.choice._replace(filter=list_filter), save=event.final)
        if event.final:
            self._choice_before_edit = None
            self._leave_filter_field()

    def on_list_bar_cancelled(self, event: ListBar.Cancelled) -> None:
        """escape in the filter field: the filter as it was before, and back to the list."""
        event.stop()
        if self._choice_before_edit is not None:
            self.apply_choice(self._choice_before_edit, save=False)
            self._choice_before_edit = None
        self._leave_filter_field()

    def _leave_filter_field(self) -> None:
        self.list_bar.stop_editing(self.listing.choice)
        self.set_focus(self.article_list)

    # ── read marks ─────────────────────────────────────────────────────────────────────

    def action_next_unread(self) -> None:
        """Open the first unread article after the highlighted one, going round the list."""
        count = len(self.listing)
        start = self.article_list.cursor + 1
        for step in range(count):
            article = self.listing.article_at((start + step) % count)
            if not self.reading.is_read(article):
                self.open_article(article)
                return
        self.notify("Every article in the list is read.", title="Next unread", markup=False)

    def action_toggle_read(self) -> None:
        article = self.article_list.highlighted
        if article is not None:
            self.reading.mark_read(article, not self.reading.is_read(article))
            self.article_list.refresh_marks()

    def action_mark_all_read(self) -> None:
        marked = self.reading.mark_all_read(self.listing.shown())
        self.article_list.refresh_marks()
        noun = "article" if marked == 1 else "articles"
        self.notify(f"{marked:,} {noun} marked read.", title="Mark all read", markup=False)

    # ── the article's URL ──────────────────────────────────────────────────────────────

    def _url(self) -> str | None:
        """The web address of the article on screen, or None (and the reader told why)."""
        article: Article | None = self.article_pane.view.article or self.article_list.highlighted
        url = article.url if article is not None else ""
        if not url:
            self.notify("This article has no web address.", title="URL", markup=False)
            return None
        return url

    def action_open_url(self) -> None:
        url = self._url()
        if url is None:
            return
        if not url.lower().startswith(WEB_SCHEMES):
            self.notify(f"Not a web address: {url}", title="URL", severity="warning", markup=False)
            return
        self.open_in_browser(url)

    @work(thread=True, group="browser")
    def open_in_browser(self, url: str) -> None:
        """Hand `url` to the browser, off the UI thread; say so when none could take it."""
        import webbrowser

        try:
            opened = webbrowser.open(url)
        except Exception as err:  # a broken browser setting: report it, keep reading
            opened, reason = False, f" ({type(err).__name__}: {err})"
        else:
            reason = ""
        if opened:
            self.app.call_from_thread(self.notify, f"Opened {url}", title="URL", markup=False)
        else:
            self.app.call_from_thread(
                self.notify, f"No browser could open {url}{reason}", title="URL",
                severity="warning", markup=False,
            )  # fmt: skip

    def action_copy_url(self) -> None:
        url = self._url()
        if url is not None:
            self.app.copy_to_clipboard(url)
            self.notify(f"Copied {url}", title="URL", markup=False)


def list_commands(screen: ReaderScreen) -> Iterator[SystemCommand]:
    """The palette's commands for the article list and the article's URL."""
    choice = screen.listing.choice
    for sort in SORTS:
        if sort != choice.sort:
            label = SORT_LABELS[sort]
            yield SystemCommand(
                f"Sort articles {label}", f"Show the article list {label} (s cycles)",
                lambda sort=sort: screen.action_sort_by(sort),
            )  # fmt: skip
    yield SystemCommand(
        "Filter articles", "Type a filter: words, unread, source:, lang:, from:, to: (f)",
        screen.action_filter_articles,
    )  # fmt: skip
    if choice.filter.unread:
        yield SystemCommand(
            "Show read articles too", "Drop the unread filter",
            lambda: screen.set_filter(choice.filter._replace(unread=False)),
        )  # fmt: skip
    else:
        yield SystemCommand(
            "Show only unread articles", "Filter the list to the articles not read yet",
            lambda: screen.set_filter(choice.filter._replace(unread=True)),
        )  # fmt: skip
    if choice.filter.active:
        yield SystemCommand(
            "Clear the filter", "Show every article", lambda: screen.set_filter(ListFilter())
        )
    yield SystemCommand("Next unread", "Open the next unread article (u)", screen.action_next_unread)
    yield SystemCommand(
        "Toggle read", "Mark the highlighted article read or unread (m)", screen.action_toggle_read
    )
    yield SystemCommand(
        "Mark all read", "Mark every article in the list read (M)", screen.action_mark_all_read
    )
    yield SystemCommand("Open URL", "Open the article's web address (o)", screen.action_open_url)
    yield SystemCommand("Copy URL", "Copy the article's web address (y)", screen.action_copy_url)
