"""Loading the corpus off the UI thread: batches of articles and problems, as messages.

The loader yields one article at a time; sending each as a message would flood the UI with
100,000 of them, so they are grouped: the first article goes at once (the reader can start
reading), the rest in batches of about a tenth of a second's worth.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from textual.message import Message

from reader.corpus.model import Article, LoadProblem

#: How long the loader gathers articles before handing the second batch to the UI; each
#: later batch waits twice as long, up to MAX_BATCH_SECONDS (a big corpus then costs the UI
#: a few merges and repaints a second instead of ten).
BATCH_SECONDS = 0.1
MAX_BATCH_SECONDS = 0.5


class Batch:
    """Articles and problems found since the previous batch.

    A plain class: a dataclass takes about a millisecond to define, on the way to the first
    frame.
    """

    __slots__ = ("articles", "problems")

    def __init__(
        self, articles: list[Article] | None = None, problems: list[LoadProblem] | None = None
    ) -> None:
        self.articles: list[Article] = articles if articles is not None else []
        self.problems: list[LoadProblem] = problems if problems is not None else []

    def __bool__(self) -> bool:
        return bool(self.articles or self.problems)


def batched(
    items: Iterable[Article | LoadProblem],
    seconds: float = BATCH_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Batch]:
    """Group loader output: the first article alone, then what arrives within `seconds`,
    the interval doubling each batch up to `MAX_BATCH_SECONDS`."""
    batch = Batch()
    first_sent = False
    started = clock()
    interval = seconds
    for item in items:
        if isinstance(item, Article):
            batch.articles.append(item)
        else:
            batch.problems.append(item)
        if (not first_sent and batch.articles) or clock() - started >= interval:
            if first_sent:
                interval = min(interval * 2, max(seconds, MAX_BATCH_SECONDS))
            first_sent = first_sent or bool(batch.articles)
            yield batch
            batch = Batch()
            started = clock()
    if batch:
        yield batch


class FirstBatch:
    """Hands the loader's first batch straight to the UI thread when it is waiting for it.

    At start-up the screen waits a moment for the first article so the very first frame can
    show it; if the loader is slower than that, the batch goes by message like the others.
    Once the batch is handed over, the loader holds back until that frame is painted
    (`painted`), so the rest of the corpus does not compete with it for the interpreter.
    """

    #: The longest the loader holds back for the first frame.
    PAINT_WAIT = 0.5

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._batch: Batch | None = None
        self._closed = False
        self._waiter: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None
        self._painted = threading.Event()

    def offer(self, batch: Batch) -> bool:
        """From the loader: hand `batch` over; False when the UI stopped waiting."""
        with self._lock:
            if self._closed:
                return False
            self._batch, self._closed = batch, True
            waiter = self._waiter
        if waiter is not None:
            loop, arrived = waiter
            loop.call_soon_threadsafe(arrived.set)
        return True

    async def take(self, timeout: float) -> Batch | None:
        """From the UI: wait up to `timeout` seconds for the first batch; None if it is late.

        The wait keeps the event loop running (the loader's worker thread is only started by
        the loop) and ends as soon as the batch is offered.
        """
        with self._lock:
            if not self._closed:
                self._waiter = (asyncio.get_running_loop(), asyncio.Event())
            waiter = self._waiter
        if waiter is not None:
            try:
                async with asyncio.timeout(timeout):
                    await waiter[1].wait()
            except TimeoutError:
                pass  # the loader is slower: its first batch comes by message
        with self._lock:
            self._closed = True
            batch, self._batch = self._batch, None
        return batch

    def painted(self) -> None:
        """From the UI: the first frame is out; the loader may go on."""
        self._painted.set()

    def wait_for_paint(self) -> None:
        """From the loader: hold back until the first frame is painted (or `PAINT_WAIT`)."""
        self._painted.wait(self.PAINT_WAIT)


class ArticlesArrived(Message):
    """The loader read more articles (and maybe found files it could not read)."""

    def __init__(self, batch: Batch) -> None:
        super().__init__()
        self.batch = batch


class LoadFinished(Message):
    """The loader is done; `error` says why it stopped early, if it did."""

    def __init__(self, error: str | None = None) -> None:
        super().__init__()
        self.error = error
