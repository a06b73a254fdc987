"""Recognition over many articles on several cores (for the command line, not the UI).

The articles' scans are independent given the corpus evidence, so worker processes forked
after the evidence is counted scan them by index and send back the scored mentions, in order.
Forking copies the articles and the loaded word lists for free; only the results travel.
Used where the process is the command line's own (never from a thread of the reader's UI).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence

from reader.corpus.model import Article
from reader.entities.adjacent import Scored
from reader.entities.evidence import CaseEvidence
from reader.entities.tagger.recognise import TaggerRecognizer

#: Fewer articles than this are scanned in this process: forking costs more than it saves.
MIN_ARTICLES = 400
#: Articles per task sent to a worker.
_CHUNK = 24

_STATE: dict[str, object] = {}


def workers() -> int:
    """How many processes to scan with: the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def scan_all(
    articles: Sequence[Article], evidence: CaseEvidence, processes: int | None = None
) -> Iterator[list[Scored]]:
    """Each article's scan (`TaggerRecognizer.scan`), in order, on `processes` cores."""
    processes = workers() if processes is None else processes
    if (
        processes < 2
        or len(articles) < MIN_ARTICLES
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        recognizer = TaggerRecognizer(evidence)
        for article in articles:
            yield recognizer.scan(article)
        return
    _STATE["articles"], _STATE["evidence"] = articles, evidence
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(processes) as pool:
            chunks = range(0, len(articles), _CHUNK)
            for found in pool.imap(_scan_chunk, chunks):
                yield from found
    finally:
        _STATE.clear()


def _scan_chunk(first: int) -> list[list[Scored]]:
    """In a worker: the scans of articles `first`..`first + _CHUNK`."""
    recognizer = _STATE.get("recognizer")
    if recognizer is None:
        recognizer = _STATE["recognizer"] = TaggerRecognizer(_STATE["evidence"])  # type: ignore[arg-type]
    articles: Sequence[Article] = _STATE["articles"]  # type: ignore[assignment]
    return [recognizer.scan(article) for article in articles[first : first + _CHUNK]]  # type: ignore[attr-defined]
