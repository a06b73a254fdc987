"""Finding the corpus's names in the background: the index build, and names for one article.

`NameIndexer` sits at the bottom of the main screen. It hands the loader's batches to an
`IndexBuilder`, builds the index in a worker once loading is done (showing a progress line
when that takes a while), and finds the names of an article the reader opens before the
index holds it, in a second worker. Workers only compute; they post messages:
`NamesFound` for one article, `IndexProgress`, and `IndexReady` (it bubbles to the screen,
which keeps `ReaderScreen.index`, and on to the app). A failure becomes a notice.

Nothing here imports the index or entity code until it is needed, off the first paint.
"""

from __future__ import annotations

import gc
import threading
import time
import traceback
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual import work
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.worker import get_current_worker

from reader.corpus.model import Article
from reader.corpus.sanitize import display_name
from reader.ui.formatting import format_count

if TYPE_CHECKING:
    from pathlib import Path

    from reader.index.build import IndexBuilder
    from reader.index.corpus_index import CorpusIndex
    from reader.index.provisional import ArticleNames

#: Seconds of building before the progress line appears (small corpora never show it).
PROGRESS_AFTER = 0.3
#: From this many articles, a finished build is followed by `gc.collect(); gc.freeze()`:
#: full collections would otherwise walk the whole index (pauses of a second at 100,000).
FREEZE_FROM = 2_000
#: A build that took longer than this says so when it is done.
ANNOUNCE_AFTER = 3.0


class IndexProgress(Message):
    """The build has found the names of `done` of `total` articles."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


class IndexReady(Message):
    """A build finished: `index` covers every article loaded when it started."""

    def __init__(self, index: CorpusIndex, seconds: float = 0.0) -> None:
        super().__init__()
        self.index = index
        self.seconds = seconds


class IndexFailed(Message):
    """A worker failed: `error` is the reason (first line) and traceback; `build` is True
    when it was the index build (False: the names of one article)."""

    def __init__(self, error: str, *, build: bool = True) -> None:
        super().__init__()
        self.error = error
        self.build = build


class NamesFound(Message):
    """The names of one article, found on demand (the index did not hold it yet)."""

    def __init__(self, article: Article, names: ArticleNames) -> None:
        super().__init__()
        self.article = article
        self.names = names


class IndexNotice(Message):
    """Something the index wants the reader to know (an unusable cache or names file)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def names_from_index(index: CorpusIndex | None, article: Article) -> ArticleNames | None:
    """The article's linked names when `index` holds this very article, else None."""
    if index is None:
        return None
    try:
        number = index.article_number(article.id)
    except KeyError:
        return None
    if index.articles[number] is not article:
        return None
    from reader.index.provisional import ArticleNames

    mentions = index.mentions_in(article.id)
    entities = {m.entity: index.entity(m.entity) for m in mentions}
    return ArticleNames(mentions, entities, provisional=not index.complete)


class NameIndexer(Horizontal):
    """Runs the name workers for the main screen; shows the build's progress line."""

    DEFAULT_CSS = """
    NameIndexer { height: 1; background: $panel; display: none; }
    NameIndexer > #index-count { width: auto; min-width: 30; padding: 0 1; color: $text-muted; }
    NameIndexer > ProgressBar { width: 1fr; }
    NameIndexer Bar { width: 1fr; }
    """

    def __init__(self, names_path: Path | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.names_path = names_path
        self.building = False
        self._builder: IndexBuilder | None = None
        self._builder_lock = threading.Lock()
        self._waiting: list[Article] = []  # batches that came before the builder existed
        self._names_lock = threading.Lock()
        self._wanted: Article | None = None  # the article whose names are asked for next
        self._names_running = False
        self._progress: tuple[int, int] = (0, 0)
        self._started = 0.0

    def on_unmount(self) -> None:
        self.workers.cancel_group(self, "index")
        self.workers.cancel_group(self, "names")
        if self._builder is not None and self._builder.cache is not None:
            self._builder.cache.close()

    # ── the builder ────────────────────────────────────────────────────────────────────

    @property
    def builder(self) -> IndexBuilder:
        """The screen's index builder, made on first use (any thread)."""
        with self._builder_lock:
            if self._builder is None:
                self._builder = self._make_builder()
                self._builder.add_articles(self._waiting)
                self._waiting = []
            return self._builder

    def _make_builder(self) -> IndexBuilder:
        from reader.entities.names import NamesFileError
        from reader.index.build import IndexBuilder
        from reader.index.cache import IndexCache
        from reader.index.engine import EntityEngine

        try:
            engine = EntityEngine(str(self.names_path) if self.names_path else None)
        except (NamesFileError, OSError) as err:
            self.post_message(IndexNotice(f"Names file not used: {err}"))
            engine = EntityEngine()
        cache = IndexCache(warn=self._warn)
        return IndexBuilder(engine=engine, cache=cache, warn=self._warn)

    def _warn(self, text: str) -> None:
        self.post_message(IndexNotice(text))

    def add_articles(self, articles: Iterable[Article]) -> None:
        """Queue loaded articles for the next build (cheap; from the UI thread)."""
        with self._builder_lock:
            builder = self._builder
            if builder is None:
                self._waiting.extend(articles)
                return
        builder.add_articles(articles)

    # ── the build ──────────────────────────────────────────────────────────────────────

    def start_build(self) -> None:
        """Build (or load from the cache) the index of every article added so far."""
        self.building = True
        self._started = time.monotonic()
        self.set_timer(PROGRESS_AFTER, self._show_line)
        self.build_index()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build_index(self) -> None:
        """Recognise and link the corpus; post progress, then the index (or the failure)."""
        worker = get_current_worker()
        try:
            index = self.builder.build(self._post_progress, lambda: worker.is_cancelled)
        except Exception as err:  # an engine bug must not take the reader down: report it
            self.post_message(IndexFailed(_describe(err)))
            return
        if index is None:
            return
        if len(index.articles) >= FREEZE_FROM:
            gc.collect()
            gc.freeze()
        self.post_message(IndexReady(index, time.monotonic() - self._started))

    def _post_progress(self, done: int, total: int) -> None:
        self.post_message(IndexProgress(done, total))

    def on_index_progress(self, message: IndexProgress) -> None:
        self._progress = (message.done, message.total)
        if self.display:
            self._update_line()

    def on_index_ready(self, message: IndexReady) -> None:
        self._build_over()
        if message.seconds >= ANNOUNCE_AFTER:
            index = message.index
            tell = getattr(self.screen, "tell", None)  # the status line of the main screen
            if tell is not None:
                tell(
                    f"{format_count(index.entity_count, 'name')} in "
                    f"{format_count(len(index.articles), 'article')} "
                    f"({message.seconds:.0f} s).",
                    title="Names indexed",
                )

    def on_index_failed(self, message: IndexFailed) -> None:
        if message.build:
            self._build_over()
        self.log.error(message.error)
        first_line = display_name(message.error.splitlines()[0])  # may hold a file's name
        what = "Names could not be indexed" if message.build else "Names not found"
        self.notify(f"{what}: {first_line}", severity="error", markup=False, timeout=10)

    def on_index_notice(self, message: IndexNotice) -> None:
        text = display_name(message.text)  # may hold a names file's path
        self.notify(text, title="Names", severity="warning", markup=False)

    def _build_over(self) -> None:
        self.building = False
        self.display = False

    def _show_line(self) -> None:
        """The build is taking a while: show how far it has got."""
        if not self.building:
            return
        if not self.children:
            from textual.widgets import ProgressBar, Static

            self.mount(Static(id="index-count"), ProgressBar(show_eta=True))
        self.display = True
        self.call_after_refresh(self._update_line)

    def _update_line(self) -> None:
        if not self.children:
            return
        from textual.widgets import ProgressBar, Static

        done, total = self._progress
        label = f"Finding names… {done:,} of {format_count(total, 'article')}"
        self.query_one("#index-count", Static).update(Content(label))
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    # ── names of one article ───────────────────────────────────────────────────────────

    def request_names(self, article: Article) -> None:
        """Find `article`'s names off the UI thread; `NamesFound` brings them.

        Requests made while one runs replace each other: only the latest is served next.
        """
        with self._names_lock:
            self._wanted = article
            if self._names_running:
                return
            self._names_running = True
        self.call_after_refresh(self.find_names)  # never ahead of the first paint

    @work(thread=True, group="names", exit_on_error=False)
    def find_names(self) -> None:
        """Serve name requests until none is waiting."""
        while True:
            with self._names_lock:
                article, self._wanted = self._wanted, None
                if article is None:
                    self._names_running = False
                    return
            try:
                names = self.builder.article_names(article)
            except Exception as err:  # report it and carry on with the next request
                self.post_message(IndexFailed(_describe(err), build=False))
                continue
            self.post_message(NamesFound(article, names))


def _describe(err: Exception) -> str:
    detail = "".join(traceback.format_exception(err))
    return f"{type(err).__name__}: {err}\n{detail}"
