"""Rank article titles for a query: prefix, then word start, then anywhere, then typos.

Titles are folded once (lower case, no diacritics) and joined into one string, so the
substring tiers are C-speed scans even over 100,000 titles; the typo-tolerant tier
(rapidfuzz) runs only when the exact tiers leave room. No Textual here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.ui.text_find import fold

#: Exact-tier hits gathered before ranking; enough to pick the best few dozen from.
GATHER_LIMIT = 2000
TIER_SCORES = {"prefix": 1.0, "word": 0.9, "anywhere": 0.8}
FUZZY_WEIGHT = 0.7
FUZZY_CUTOFF = 75


@dataclass(frozen=True, slots=True)
class TitleHit:
    """A title that matched: its index, a 0..1 score, and the matched span when exact."""

    index: int
    score: float
    start: int = -1
    end: int = -1


class TitleIndex:
    """Folded titles joined for fast scanning; rebuilt when titles were added."""

    def __init__(self, folded_titles: Sequence[str]) -> None:
        self.titles = [title.replace("\n", " ") for title in folded_titles]
        self._joined = "\n" + "\n".join(self.titles) + "\n"
        self._starts: list[int] = []
        position = 1
        for title in self.titles:
            self._starts.append(position)
            position += len(title) + 1

    def search(self, query: str, limit: int = 30) -> list[TitleHit]:
        """The best `limit` titles for `query`, best first."""
        needle = fold(" ".join(query.split()), ignore_case=True)
        if not needle:
            return []
        found: dict[int, TitleHit] = {}
        for tier, pattern in (
            ("prefix", "\n" + re.escape(needle)),
            ("word", r"(?<=\W)" + re.escape(needle)),
            ("anywhere", re.escape(needle)),
        ):
            for hit in self._scan(pattern, len(needle), TIER_SCORES[tier], found):
                found.setdefault(hit.index, hit)
            if len(found) >= limit:
                break
        ranked = sorted(found.values(), key=lambda h: (-h.score, len(self.titles[h.index])))
        if len(ranked) < limit and len(needle) >= 3:
            ranked += self._fuzzy(needle, limit - len(ranked), found)
        return ranked[:limit]

    def _scan(
        self, pattern: str, length: int, score: float, found: dict[int, TitleHit]
    ) -> list[TitleHit]:
        hits: list[TitleHit] = []
        for match in re.finditer(pattern, self._joined):
            position = match.end() - length
            index = bisect_right(self._starts, position) - 1
            if index < 0 or index in found:
                continue
            start = position - self._starts[index]
            hits.append(TitleHit(index, score, start, start + length))
            if len(hits) >= GATHER_LIMIT:
                break
        return hits

    def _fuzzy(self, needle: str, limit: int, found: dict[int, TitleHit]) -> list[TitleHit]:
        from rapidfuzz import fuzz, process  # only needed once a query has a typo

        results = process.extract(
            needle,
            self.titles,
            scorer=fuzz.partial_ratio,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=limit + len(found),
        )
        hits = [
            TitleHit(index, FUZZY_WEIGHT * score / 100)
            for _, score, index in results
            if index not in found
        ]
        return hits[:limit]
