"""What the finder is asked and what it answers: query syntax, tiers and results.

A query may start with a kind filter: `p:` people, `l:` places, `o:` organisations, `m:` other
names, `a:` article titles. The rest is folded (case, diacritics, spacing) before matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from reader.index.candidates import ARTICLE_CODE
from reader.index.fold import fold
from reader.index.tables import LABEL_CODES

#: Query prefix → the kinds it keeps (label codes, or ARTICLE_CODE for titles).
FILTERS: dict[str, frozenset[int]] = {
    "p": frozenset({LABEL_CODES["PER"]}),
    "l": frozenset({LABEL_CODES["LOC"]}),
    "o": frozenset({LABEL_CODES["ORG"]}),
    "m": frozenset({LABEL_CODES["MISC"]}),
    "a": frozenset({ARTICLE_CODE}),
}
ENTITY_CODES = frozenset(LABEL_CODES.values())
ALL_CODES = ENTITY_CODES | {ARTICLE_CODE}
_FILTER_PREFIX = re.compile(r"^\s*([plomaPLOMA]):\s*")


class Tier(IntEnum):
    """How a result matched, best first."""

    EXACT = 0  # the display name or title is the query
    WHOLE = 1  # an alias is the query, or the query is whole words of the name ("widodo")
    PREFIX = 2  # the name or an alias starts with the query
    WORD = 3  # a word inside the name starts with the query ("hart" → Rina Hartono)
    WORDS = 4  # each query word starts a word of the name, in order ("vla put")
    SUBSTRING = 5
    TYPO = 6
    RECENT = 7  # listed for the empty query


@dataclass(frozen=True, slots=True)
class FinderHit:
    """One finder result: an entity or an article, and how the query matched it.

    `matched` is the name, alias or title that matched and `spans` the (start, end) ranges of
    it to highlight. For an entity, `name` is its display name and `via_alias` says whether
    the match was on one of its other names. `score` is 0–100 (100 for an exact match).
    """

    kind: str  # "entity" or "article"
    id: str  # Entity.id or Article.id
    name: str  # display name, or the article's title
    matched: str
    spans: tuple[tuple[int, int], ...]
    tier: Tier
    score: float
    label: str = ""  # PER, LOC, ORG, MISC for an entity; "" for an article
    mentions: int = 0
    articles: int = 0
    source: str = ""
    date: datetime | None = None

    @property
    def via_alias(self) -> bool:
        return self.kind == "entity" and self.matched != self.name


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into its kind filter and its folded text."""

    codes: frozenset[int]
    text: str


def parse_query(query: str, codes: Iterable[int] | None = None) -> ParsedQuery:
    """Split off a `p:`/`l:`/`o:`/`m:`/`a:` prefix and fold the rest; `codes` narrows further."""
    allowed = frozenset(codes) if codes is not None else ALL_CODES
    match = _FILTER_PREFIX.match(query)
    if match:
        allowed &= FILTERS[match.group(1).lower()]
        query = query[match.end() :]
    return ParsedQuery(allowed, fold(query))
