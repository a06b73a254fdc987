"""Small matching helpers for the finder: ranges of sorted texts, best rows, match spans."""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from rapidfuzz.distance import Indel


def prefix_range(sorted_texts: Sequence[str], prefix: str) -> tuple[int, int]:
    """The rows of `sorted_texts` that start with `prefix`."""
    low = bisect_left(sorted_texts, prefix)
    high = bisect_right(sorted_texts, prefix + "\U0010ffff", low)
    return low, high


def smallest_rows(ranks: Sequence[int], low: int, high: int, count: int) -> list[int]:
    """The `count` rows of `low..high` with the smallest rank, smallest first."""
    if high - low <= count:
        return sorted(range(low, high), key=ranks.__getitem__)
    return heapq.nsmallest(count, range(low, high), key=ranks.__getitem__)


def words_in_order(
    folded: str, offset: int, first: str, rest: Sequence[str]
) -> list[tuple[int, int]] | None:
    """Spans where `first` starts at `offset` and each of `rest` starts a later word."""
    spans = [(offset, offset + len(first))]
    position = offset + len(first)
    for word in rest:
        if not word:
            continue
        found = -1
        search_from = position
        while True:
            found = folded.find(word, search_from)
            if found == -1:
                return None
            if found == 0 or not folded[found - 1].isalnum():
                break
            search_from = found + 1
        spans.append((found, found + len(word)))
        position = found + len(word)
    return spans


def aligned_spans(query: str, choice: str) -> list[tuple[int, int]]:
    """The parts of `choice` that match `query` exactly, from an edit alignment."""
    spans = []
    for tag, _src_start, _src_end, dest_start, dest_end in Indel.opcodes(query, choice):
        if tag == "equal" and dest_end > dest_start:
            spans.append((dest_start, dest_end))
    return spans
