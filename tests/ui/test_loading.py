"""Loading in batches: the first article at once, the rest grouped by time."""

from __future__ import annotations

from itertools import count

from reader.corpus.model import LoadProblem
from reader.ui.loading import batched
from tests.ui.articles import make_article


def test_first_article_alone_then_batches_by_time() -> None:
    ticks = count()
    items = [make_article(f"a{i}", []) for i in range(10)]
    items.insert(3, LoadProblem("bad.txt", "empty file"))
    batches = list(batched(items, seconds=4, clock=lambda: float(next(ticks))))
    assert [b.title for b in batches[0].articles] == ["a0"]
    assert sum(len(b.articles) for b in batches) == 10
    assert sum(len(b.problems) for b in batches) == 1
    assert len(batches) > 2


def test_problems_before_any_article_are_still_delivered() -> None:
    batches = list(batched([LoadProblem("x", "empty file")], seconds=10))
    assert len(batches) == 1 and batches[0].problems and not batches[0].articles
