"""What the finder searches: every entity name and alias and every article title, folded once.

Built from a `CorpusIndex` (in a worker: about a second for 150,000 names and titles), then
only read. Besides the keys themselves it holds the sorted tables that keep a keystroke cheap:
- `starts`: one entry per word start of every key, sorted by the folded text from there on,
  so the keys with a word starting with the query are one `bisect` range;
- `words` and `tails`: the distinct words, and distinct texts from a word start to the end, in
  sorted order, so the typo-tolerant pass only scores those that begin with the query's letter.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from reader.index.corpus_index import CorpusIndex
from reader.index.fold import fold
from reader.index.tables import LABEL_CODES, label_column, paused_gc, uint_column

ENTITY, ARTICLE = 0, 1
#: `Candidates.kind_codes` value for an article (entities use their `LABEL_CODES`).
ARTICLE_CODE = len(LABEL_CODES)
#: Sorted word-start texts are cut to this many characters (longer queries are checked in full).
TAIL_CHARS = 40
_POPULARITY_CAP = (1 << 31) - 1


@dataclass(slots=True)
class Candidates:
    """The finder's keys and lookup tables (see the module docstring)."""

    key_text: list[str]  # the name, alias or title as written
    key_folded: list[str]
    key_target: array  # entity number or article number
    key_code: array  # LABEL_CODES of the entity, or ARTICLE_CODE
    key_is_alias: array
    target_popularity: tuple[array, array]  # mentions per entity; 0 per article
    exact: dict[str, list[int]]  # folded key → keys
    start_text: list[str]  # folded text from a word start, cut to TAIL_CHARS, sorted
    start_key: array
    start_offset: array
    start_rank: array  # a query-independent order among starts with the same prefix
    words: list[str]  # distinct folded words, sorted
    word_keys: list[tuple[int, ...]]  # for each word: (key, offset, key, offset, ...)
    tails: list[str]  # distinct start_text values, sorted
    tail_starts: array  # for each tail: its first row in start_text
    haystack: str  # "\n" + every folded key + "\n", for substring search
    haystack_offsets: array  # where each key starts in haystack

    def __len__(self) -> int:
        return len(self.key_text)

    def kind(self, key: int) -> int:
        """ENTITY or ARTICLE."""
        return ARTICLE if self.key_code[key] == ARTICLE_CODE else ENTITY

    def popularity(self, key: int) -> int:
        return self.target_popularity[self.kind(key)][self.key_target[key]]


def build_candidates(index: CorpusIndex, *, include_articles: bool = True) -> Candidates:
    """Fold and sort every entity name and alias (and article title) of `index`."""
    with paused_gc():
        return _build_candidates(index, include_articles)


def _build_candidates(index: CorpusIndex, include_articles: bool) -> Candidates:
    key_text: list[str] = []
    key_folded: list[str] = []
    key_target = uint_column()
    key_code = label_column()
    key_is_alias = label_column()
    table = index.entity_table
    for number in range(len(table)):
        seen: set[str] = set()
        for alias_flag, text in _entity_names(table.names[number], table.aliases[number]):
            folded = fold(text)
            if not folded or folded in seen:
                continue
            seen.add(folded)
            key_text.append(text)
            key_folded.append(folded)
            key_target.append(number)
            key_code.append(table.labels[number])
            key_is_alias.append(alias_flag)
    for number, article in enumerate(index.articles if include_articles else ()):
        folded = fold(article.title)
        if folded:
            key_text.append(article.title)
            key_folded.append(folded)
            key_target.append(number)
            key_code.append(ARTICLE_CODE)
            key_is_alias.append(0)
    article_popularity = uint_column([0] * len(index.articles))
    candidates = Candidates(
        key_text=key_text,
        key_folded=key_folded,
        key_target=key_target,
        key_code=key_code,
        key_is_alias=key_is_alias,
        target_popularity=(table.mention_counts, article_popularity),
        exact={},
        start_text=[],
        start_key=uint_column(),
        start_offset=uint_column(),
        start_rank=array("Q"),
        words=[],
        word_keys=[],
        tails=[],
        tail_starts=uint_column(),
        haystack="",
        haystack_offsets=uint_column(),
    )
    _build_exact(candidates)
    _build_starts_and_words(candidates, index.newest_first_rank())
    _build_haystack(candidates)
    return candidates


def _entity_names(name: str, aliases: Iterable[str]) -> Iterable[tuple[int, str]]:
    yield 0, name
    for alias in aliases:
        yield 1, alias


_WORD = re.compile(r"[^\W_]+")


def word_starts(folded: str) -> list[int]:
    """Where words start in a folded key: its start and every run of letters or digits."""
    starts = [match.start() for match in _WORD.finditer(folded)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


def _build_exact(candidates: Candidates) -> None:
    exact: dict[str, list[int]] = {}
    for key, folded in enumerate(candidates.key_folded):
        exact.setdefault(folded, []).append(key)
    candidates.exact = exact


def _build_starts_and_words(candidates: Candidates, article_rank: list[int]) -> None:
    """Sort every word start (ranked by popularity, then starts of keys before inner words)
    and collect the distinct words with where they occur."""
    rows: list[tuple[str, int, int]] = []
    occurrences: dict[str, list[int]] = {}
    for key, folded in enumerate(candidates.key_folded):
        if not folded[:1].isalnum():
            rows.append((folded[:TAIL_CHARS], key, 0))
        for match in _WORD.finditer(folded):
            offset = match.start()
            rows.append((folded[offset : offset + TAIL_CHARS], key, offset))
            if match.end() - offset >= 2:
                occurrences.setdefault(match.group(), []).extend((key, offset))
    rows.sort(key=itemgetter(0))
    base = _key_ranks(candidates, article_rank)
    candidates.start_text = [row[0] for row in rows]
    candidates.start_key = uint_column(row[1] for row in rows)
    candidates.start_offset = uint_column(row[2] for row in rows)
    candidates.start_rank = array(
        "Q", (base[key] | (1 << 20) if offset else base[key] for _, key, offset in rows)
    )
    previous = None
    for row, text in enumerate(candidates.start_text):
        if text != previous:
            candidates.tails.append(text)
            candidates.tail_starts.append(row)
            previous = text
    candidates.tail_starts.append(len(candidates.start_text))
    candidates.words = sorted(occurrences)
    candidates.word_keys = [tuple(occurrences[word]) for word in candidates.words]


def _key_ranks(candidates: Candidates, article_rank: list[int]) -> list[int]:
    """A query-independent order of keys: entities by mentions (most first), then articles
    newest first; bit 20 is left for "inner word" (set per word start); then shorter keys."""
    mentions = candidates.target_popularity[0]
    ranks = []
    for key, target in enumerate(candidates.key_target):
        if candidates.key_code[key] == ARTICLE_CODE:
            order = (1 << 31) | min(article_rank[target], _POPULARITY_CAP)
        else:
            order = _POPULARITY_CAP - min(mentions[target], _POPULARITY_CAP)
        ranks.append((order << 21) | min(len(candidates.key_folded[key]), 0xFFFFF))
    return ranks


def _build_haystack(candidates: Candidates) -> None:
    offsets = uint_column()
    position = 1
    for folded in candidates.key_folded:
        offsets.append(position)
        position += len(folded) + 1
    candidates.haystack = "\n" + "\n".join(candidates.key_folded) + "\n"
    candidates.haystack_offsets = offsets
