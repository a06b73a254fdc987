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
from dataclasses import dataclass, field

from textual.message import Message

from reader.corpus.model import Article, LoadProblem

#: How long the loader gathers articles before handing the second batch to the UI; each
#: later batch waits twice as long, up to MAX_BATCH_SECONDS (a big corpus then costs the UI
#: a few merges and repaints a second instead of ten).
BATCH_SECONDS = 0.1
MAX_BATCH_SECONDS = 0.5


@dataclass(slots=True)
class Batch:
    """Articles and problems found since the previous batch."""

    articles: list[Article] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)

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
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._batch: Batch | None = None
        self._closed = False

    def offer(self, batch: Batch) -> bool:
        """From the loader: hand `batch` over; False when the UI stopped waiting."""
        with self._lock:
            if self._closed:
                return False
            self._batch, self._closed = batch, True
        self._ready.set()
        return True

    async def take(self, timeout: float, poll: float = 0.004) -> Batch | None:
        """From the UI: wait up to `timeout` seconds for the first batch; None if it is late.

        It polls with `asyncio.sleep` so the event loop keeps running (the loader's worker
        thread is only started by the loop).
        """
        deadline = time.monotonic() + timeout
        while not self._ready.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(poll)
        with self._lock:
            self._closed = True
            batch, self._batch = self._batch, None
        return batch


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
