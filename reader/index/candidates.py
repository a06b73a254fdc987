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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

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
    """The finder's keys and lookup tables (see the module docstring).

    The folded keys are kept once, in `haystack`, which `key_folded` reads them off
    (`HaystackKeys`); the word starts once per distinct text, in `tails`, which `start_text`
    reads them off (`WordStarts`).
    """

    key_text: list[str]  # the name, alias or title as written
    key_folded: HaystackKeys
    key_target: array  # entity number or article number
    key_code: array  # LABEL_CODES of the entity, or ARTICLE_CODE
    key_is_alias: array
    target_popularity: tuple[array, array]  # mentions per entity; 0 per article
    start_text: WordStarts  # folded text from a word start, cut to TAIL_CHARS, sorted
    start_key: array
    start_offset: array
    start_rank: array  # a query-independent order among starts with the same prefix
    words: list[str]  # distinct folded words, sorted
    word_pairs: array  # for each word in turn: key, offset, key, offset, ...
    word_bounds: array  # for each word: its first item in `word_pairs`, and a last bound
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

    def exact_keys(self, folded: str) -> tuple[int, ...]:
        """The keys whose folded text is `folded`, in key order: the word starts at offset 0
        whose text is the query (each key has exactly one start at its offset 0)."""
        probe = folded[:TAIL_CHARS]
        low = bisect_left(self.start_text, probe)
        high = bisect_right(self.start_text, probe, low)
        offsets, start_key = self.start_offset, self.start_key
        found = [start_key[row] for row in range(low, high) if not offsets[row]]
        if len(folded) >= TAIL_CHARS:  # the texts are cut: compare the whole keys
            found = [key for key in found if self.key_folded[key] == folded]
        return tuple(sorted(found))

    def word_occurrences(self, word: int) -> array:
        """Where word number `word` (of `words`) occurs: key, offset, key, offset, ..."""
        return self.word_pairs[self.word_bounds[word] : self.word_bounds[word + 1]]


class HaystackKeys(Sequence[str]):
    """Every folded key, read off the haystack: key → its text (`starts[key]` to `ends[key]`)."""

    __slots__ = ("ends", "haystack", "starts")

    def __init__(self, haystack: str, starts: array) -> None:
        self.haystack = haystack
        self.starts = starts
        self.ends = uint_column(starts[1:])
        for key in range(len(self.ends)):
            self.ends[key] -= 1  # the newline after each key
        if starts:
            self.ends.append(len(haystack) - 1)

    def __len__(self) -> int:
        return len(self.starts)

    def length(self, key: int) -> int:
        """The length of key `key`'s text."""
        return self.ends[key] - self.starts[key]

    def find(self, key: int, text: str) -> int:
        """`self[key].find(text)`, without making `self[key]`."""
        start = self.starts[key]
        found = self.haystack.find(text, start, self.ends[key])
        return found if found < 0 else found - start

    @overload
    def __getitem__(self, key: int) -> str: ...
    @overload
    def __getitem__(self, key: slice) -> list[str]: ...
    def __getitem__(self, key: int | slice) -> str | list[str]:
        if isinstance(key, slice):
            return [self[k] for k in range(*key.indices(len(self)))]
        return self.haystack[self.starts[key] : self.ends[key]]


class WordStarts(Sequence[str]):
    """`Candidates.start_text`: row → the folded key from that word start, cut to TAIL_CHARS,
    read off the distinct texts (`tails`) that the rows share."""

    __slots__ = ("_tail_starts", "_tails")

    def __init__(self, tails: list[str], tail_starts: array) -> None:
        self._tails = tails
        self._tail_starts = tail_starts

    def __len__(self) -> int:
        return self._tail_starts[-1] if self._tail_starts else 0

    @overload
    def __getitem__(self, row: int) -> str: ...
    @overload
    def __getitem__(self, row: slice) -> list[str]: ...
    def __getitem__(self, row: int | slice) -> str | list[str]:
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self._tails[bisect_right(self._tail_starts, row) - 1]


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
    haystack, haystack_offsets = _haystack(key_folded)
    ranks = _key_ranks(
        key_folded, key_target, key_code, table.mention_counts, index.newest_first_rank()
    )
    starts = _word_starts(key_folded, ranks)
    words, word_pairs, word_bounds = _words(key_folded)
    del key_folded, ranks  # the folded strings go: the haystack holds them
    return Candidates(
        key_text=key_text,
        key_folded=HaystackKeys(haystack, haystack_offsets),
        key_target=key_target,
        key_code=key_code,
        key_is_alias=key_is_alias,
        target_popularity=(table.mention_counts, article_popularity),
        start_text=WordStarts(starts.tails, starts.tail_starts),
        start_key=starts.key,
        start_offset=starts.offset,
        start_rank=starts.rank,
        words=words,
        word_pairs=word_pairs,
        word_bounds=word_bounds,
        tails=starts.tails,
        tail_starts=starts.tail_starts,
        haystack=haystack,
        haystack_offsets=haystack_offsets,
    )


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


@dataclass(slots=True)
class _Starts:
    """The sorted word starts: each row's key, offset and rank, and where each tail starts."""

    key: array
    offset: array
    rank: array
    tails: list[str]
    tail_starts: array


def _word_starts(key_folded: Sequence[str], ranks: list[int]) -> _Starts:
    """Sort every word start (ranked by popularity, then starts of keys before inner words)."""
    texts: list[str] = []
    keys = uint_column()
    offsets = uint_column()
    for key, folded in enumerate(key_folded):
        if not folded[:1].isalnum():
            texts.append(folded[:TAIL_CHARS])
            keys.append(key)
            offsets.append(0)
        for match in _WORD.finditer(folded):
            offset = match.start()
            texts.append(folded[offset : offset + TAIL_CHARS])
            keys.append(key)
            offsets.append(offset)
    order = sorted(range(len(texts)), key=texts.__getitem__)  # stable: ties keep their order
    start_key = uint_column(keys[row] for row in order)
    start_offset = uint_column(offsets[row] for row in order)
    start_rank = array(
        "Q",
        (
            ranks[key] | (1 << 20) if offset else ranks[key]
            for key, offset in zip(start_key, start_offset, strict=True)
        ),
    )
    tails: list[str] = []  # the distinct texts (the rows' other strings go)
    tail_starts = uint_column()
    previous = None
    for position, row in enumerate(order):
        text = texts[row]
        if text != previous:
            tails.append(text)
            tail_starts.append(position)
            previous = text
    tail_starts.append(len(order))
    return _Starts(start_key, start_offset, start_rank, tails, tail_starts)


def _words(key_folded: Sequence[str]) -> tuple[list[str], array, array]:
    """The distinct words of two characters or more, sorted, with where each occurs: pairs
    (key, offset) of every word in turn, and each word's first item in them."""
    occurrences: dict[str, array] = {}
    for key, folded in enumerate(key_folded):
        for match in _WORD.finditer(folded):
            offset = match.start()
            if match.end() - offset >= 2:
                found = occurrences.get(match.group())
                if found is None:
                    found = occurrences[match.group()] = uint_column()
                found.extend((key, offset))
    words = sorted(occurrences)
    pairs = uint_column()
    bounds = uint_column()
    for word in words:
        bounds.append(len(pairs))
        pairs.extend(occurrences[word])
    bounds.append(len(pairs))
    return words, pairs, bounds


def _key_ranks(
    key_folded: Sequence[str],
    key_target: array,
    key_code: array,
    mentions: array,
    article_rank: list[int],
) -> list[int]:
    """A query-independent order of keys: entities by mentions (most first), then articles
    newest first; bit 20 is left for "inner word" (set per word start); then shorter keys."""
    ranks = []
    for key, target in enumerate(key_target):
        if key_code[key] == ARTICLE_CODE:
            order = (1 << 31) | min(article_rank[target], _POPULARITY_CAP)
        else:
            order = _POPULARITY_CAP - min(mentions[target], _POPULARITY_CAP)
        ranks.append((order << 21) | min(len(key_folded[key]), 0xFFFFF))
    return ranks


def _haystack(key_folded: Sequence[str]) -> tuple[str, array]:
    """The haystack (a newline, then each folded key followed by a newline) and where each
    key starts in it."""
    offsets = uint_column()
    position = 1
    for folded in key_folded:
        offsets.append(position)
        position += len(folded) + 1
    return "\n" + "\n".join(key_folded) + "\n", offsets
