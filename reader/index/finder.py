"""The finder: names, aliases and article titles ranked for a query as it is typed.

Ranking is by tier first (see `Tier`): exact name or title, together with an alias or whole
words of the name ("widodo" → Joko Widodo), where an exact name counts five times its
mentions (a stray one-off "Blair" must not hide Tony Blair); prefix; word start ("hart" → Rina Hartono); words in order
("vla put"); contiguous substring; then typo-tolerant. Inside the other tiers the entity
mentioned most comes first (then articles, newest first): a reader looking for "jo" wants the
Joko that fills the news, not a one-off "Jo". In the typo tier the closer spelling wins unless
a far more mentioned name is nearly as close.
Case and diacritics are folded ("muller" finds "Müller"). A query may start with a kind filter:
`p:` people, `l:` places, `o:` organisations, `m:` other names, `a:` article titles.

Each keystroke stays cheap because rapidfuzz holds the GIL (a worker thread does not help a
slow scorer): the first tiers are a `bisect` range plus a bounded `str.find` scan, and the typo
pass scores only the distinct words (or word-start tails) that begin with the query's letter,
with `fuzz.QRatio` and a cutoff. Only the top results get highlight spans.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from math import log10

from rapidfuzz import fuzz, process

from reader.entities.model import LABELS
from reader.index.candidates import ARTICLE, ARTICLE_CODE, TAIL_CHARS, Candidates, build_candidates
from reader.index.corpus_index import CorpusIndex
from reader.index.fold import fold_with_origins, spans_to_original
from reader.index.matching import aligned_spans, prefix_range, smallest_rows, words_in_order
from reader.index.query import (
    ALL_CODES,
    ENTITY_CODES,
    FILTERS,
    FinderHit,
    ParsedQuery,
    Tier,
    parse_query,
)
from reader.index.tables import LABEL_CODES

__all__ = ["ALL_CODES", "ENTITY_CODES", "FILTERS", "Finder", "FinderHit", "Tier", "parse_query"]

DEFAULT_LIMIT = 50
#: Typo tier: the lowest `QRatio` kept, and the shortest query it runs for.
TYPO_CUTOFF = 72
TYPO_MIN_LENGTH = 4
#: An exact name counts as this many times its mentions against aliases and whole words.
EXACT_WEIGHT = 5
#: Typo tier: points added per tenfold mentions when ranking (not to the score shown).
TYPO_POPULARITY_WEIGHT = 2.5
#: Substring tier: at most this many occurrences are looked at (short queries match a lot).
SUBSTRING_SCAN_LIMIT = 4000
#: Words tier: at most this many keys starting with the first query word are checked.
WORDS_SCAN_LIMIT = 2000


class Finder:
    """Ranks the entities and article titles of one `CorpusIndex` for a query.

    Build it in a worker (`Finder(index)` folds and sorts every key); `search` is then safe to
    call from any thread and costs a few milliseconds per keystroke.
    """

    def __init__(self, index: CorpusIndex, candidates: Candidates | None = None) -> None:
        self.index = index
        self.candidates = candidates if candidates is not None else build_candidates(index)
        self._popular: dict[frozenset[int], list[str]] = {}
        self._article_rank = index.newest_first_rank()
        # The last substring search: (query, [(key, offset)], whether the list is complete).
        self._last_substring: tuple[str, list[tuple[int, int]], bool] = ("", [], False)

    def search(
        self,
        query: str,
        limit: int = DEFAULT_LIMIT,
        *,
        recents: Sequence[tuple[str, str]] = (),
        codes: Iterable[int] | None = None,
    ) -> list[FinderHit]:
        """The best `limit` results for `query`, best first.

        The empty query (or a bare filter such as "p:") lists `recents` first, as given
        (("entity" | "article", id) pairs, most recent first, unknown ids skipped), then the
        most mentioned entities, or the newest articles for `a:`. `codes` restricts the kinds
        (e.g. `ENTITY_CODES` for entities only).
        """
        parsed = parse_query(query, codes)
        if not parsed.codes or limit <= 0:
            return []
        if not parsed.text:
            return self._browse(parsed.codes, recents, limit)
        best: dict[tuple[int, int], tuple[tuple, int, list[tuple[int, int]], float, Tier]] = {}
        self._collect_exact(parsed, best)
        self._collect_word_starts(parsed, best, limit)
        if " " in parsed.text:
            self._collect_words(parsed, best, limit)
        if len(best) < limit and len(parsed.text) >= 2:
            self._collect_substrings(parsed, best)
        if len(best) < limit and len(parsed.text.replace(" ", "")) >= TYPO_MIN_LENGTH:
            self._collect_typos(parsed, best, limit)
        ranked = sorted(best.values(), key=lambda item: item[0])[:limit]
        return [self._hit(key, spans, tier, score) for _rank, key, spans, score, tier in ranked]

    # Tiers ----------------------------------------------------------------------------------

    def _offer(
        self,
        best: dict,
        key: int,
        tier: Tier,
        spans: list[tuple[int, int]],
        score: float,
    ) -> None:
        """Keep `key` as its target's match unless that target already has a better one."""
        cands = self.candidates
        target = (cands.kind(key), cands.key_target[key])
        popularity = cands.popularity(key)
        # Typos: the closer spelling first, but a much more mentioned name may beat a
        # slightly closer one-off ("indonseia" → Indonesia before a misspelt "Indoneia").
        typo_score = (
            -(score + TYPO_POPULARITY_WEIGHT * log10(1 + popularity)) if tier == Tier.TYPO else 0.0
        )
        # An exact name shares its tier with aliases and whole words, worth EXACT_WEIGHT times
        # its mentions: a one-off "Blair" left unlinked must not hide Tony Blair's hundreds.
        exact = tier == Tier.EXACT
        rank_tier = int(Tier.WHOLE) if exact else int(tier)
        # Entities before articles; entities by mentions, articles newest first.
        if target[0] == ARTICLE:
            order = -1 if exact else self._article_rank[target[1]]
        else:
            order = -popularity * (EXACT_WEIGHT if exact else 1)
        length = cands.key_folded.length(key)
        rank = (rank_tier, typo_score, target[0], order, not exact, length, key)
        current = best.get(target)
        if current is None or rank < current[0]:
            best[target] = (rank, key, spans, score, tier)

    def _collect_exact(self, parsed: ParsedQuery, best: dict) -> None:
        cands = self.candidates
        for key in cands.exact_keys(parsed.text):
            if cands.key_code[key] in parsed.codes:
                tier = Tier.WHOLE if cands.key_is_alias[key] else Tier.EXACT
                self._offer(best, key, tier, [(0, len(parsed.text))], 100.0)

    def _collect_word_starts(self, parsed: ParsedQuery, best: dict, limit: int) -> None:
        """Keys with a word starting with the query: the best few of one bisect range."""
        cands = self.candidates
        text = parsed.text
        low, high = prefix_range(cands.start_text, text[:TAIL_CHARS])
        want = limit * 4
        while True:
            rows = smallest_rows(cands.start_rank, low, high, want)
            for row in rows:
                key = cands.start_key[row]
                if cands.key_code[key] not in parsed.codes:
                    continue
                offset = cands.start_offset[row]
                folded = cands.key_folded[key]
                if len(text) > TAIL_CHARS and not folded.startswith(text, offset):
                    continue
                end = offset + len(text)
                if end == len(folded) or not folded[end].isalnum():
                    tier = Tier.WHOLE
                else:
                    tier = Tier.PREFIX if offset == 0 else Tier.WORD
                score = 100.0 * len(text) / len(folded)
                self._offer(best, key, tier, [(offset, offset + len(text))], score)
            if len(best) >= limit or len(rows) >= high - low:
                return
            want *= 8

    def _collect_words(self, parsed: ParsedQuery, best: dict, limit: int) -> None:
        """Multi-word queries whose words each start a word of the key, in order."""
        cands = self.candidates
        first, *rest = parsed.text.split(" ")
        low, high = prefix_range(cands.start_text, first)
        # A common first word starts many keys: look at the most mentioned of them only.
        for row in smallest_rows(cands.start_rank, low, high, WORDS_SCAN_LIMIT):
            key = cands.start_key[row]
            if cands.key_code[key] not in parsed.codes:
                continue
            offset = cands.start_offset[row]
            spans = words_in_order(cands.key_folded[key], offset, first, rest)
            if spans is not None:
                covered = sum(end - start for start, end in spans)
                score = 100.0 * covered / len(cands.key_folded[key])
                self._offer(best, key, Tier.WORDS, spans, score)

    def _collect_substrings(self, parsed: ParsedQuery, best: dict) -> None:
        cands = self.candidates
        text = parsed.text
        for key, offset in self._substring_occurrences(text):
            if cands.key_code[key] in parsed.codes:
                score = 100.0 * len(text) / cands.key_folded.length(key)
                self._offer(best, key, Tier.SUBSTRING, [(offset, offset + len(text))], score)

    def _substring_occurrences(self, text: str) -> list[tuple[int, int]]:
        """(key, offset) of the first occurrence of `text` in each key that holds it.

        When the query extends the previous one (the user typed a letter more) and that one's
        list was complete, only its keys are searched again instead of every key.
        """
        cands = self.candidates
        previous_text, previous, complete = self._last_substring
        if complete and previous_text and text.startswith(previous_text):
            found = []
            find = cands.key_folded.find
            for key, _offset in previous:
                offset = find(key, text)
                if offset != -1:
                    found.append((key, offset))
            self._last_substring = (text, found, True)
            return found
        haystack = cands.haystack
        offsets = cands.haystack_offsets
        found = []
        last_key = -1
        position = haystack.find(text)
        while position != -1 and len(found) < SUBSTRING_SCAN_LIMIT:
            key = bisect_right(offsets, position) - 1
            offset = position - offsets[key]
            if key != last_key and offset + len(text) <= cands.key_folded.length(key):
                found.append((key, offset))
                last_key = key
            position = haystack.find(text, position + 1)
        self._last_substring = (text, found, position == -1)
        return found

    def _collect_typos(self, parsed: ParsedQuery, best: dict, limit: int) -> None:
        """QRatio over the distinct words (one-word query) or word-start tails (several)."""
        cands = self.candidates
        text = parsed.text
        several_words = " " in text
        choices = cands.tails if several_words else cands.words
        low, high = prefix_range(choices, text[0])
        # Several words are usually the start of a longer name or title: compare the query
        # with as much of each tail as was typed (plus room for a dropped letter).
        scored = (
            [t[: len(text) + 2] for t in choices[low:high]] if several_words else choices[low:high]
        )
        matches = process.extract(
            text,
            scored,
            scorer=fuzz.QRatio,
            processor=None,
            score_cutoff=TYPO_CUTOFF,
            limit=limit * 2,
        )
        for choice, score, position in matches:
            if not several_words:
                pairs = cands.word_occurrences(low + position)
                occurrences = zip(pairs[0::2], pairs[1::2], strict=True)
            else:
                first = cands.tail_starts[low + position]
                last = cands.tail_starts[low + position + 1]
                occurrences = (
                    (cands.start_key[r], cands.start_offset[r]) for r in range(first, last)
                )
            spans = aligned_spans(text, choice)
            for key, offset in occurrences:
                if cands.key_code[key] in parsed.codes:
                    shifted = [(offset + start, offset + end) for start, end in spans]
                    self._offer(best, key, Tier.TYPO, shifted, float(score))

    # Results --------------------------------------------------------------------------------

    def _browse(
        self, codes: frozenset[int], recents: Sequence[tuple[str, str]], limit: int
    ) -> list[FinderHit]:
        """Results for an empty query: recents, then the most mentioned or newest."""
        hits: list[FinderHit] = []
        seen: set[tuple[str, str]] = set()
        index = self.index
        for kind, target_id in recents:
            if len(hits) >= limit or (kind, target_id) in seen:
                continue
            hit = self._recent_hit(kind, target_id, codes)
            if hit is not None:
                hits.append(hit)
                seen.add((kind, target_id))
        if ARTICLE_CODE in codes and not codes & ENTITY_CODES:
            rank = index.newest_first_rank()
            numbers = sorted(range(len(index.articles)), key=rank.__getitem__)
            fill = [("article", index.articles[n].id) for n in numbers[: limit * 2]]
        else:
            fill = [("entity", entity_id) for entity_id in self._most_mentioned(codes, limit * 2)]
        for kind, target_id in fill:
            if len(hits) >= limit:
                break
            if (kind, target_id) not in seen:
                hit = self._recent_hit(kind, target_id, codes)
                if hit is not None:
                    hits.append(hit)
                    seen.add((kind, target_id))
        return hits

    def _most_mentioned(self, codes: frozenset[int], count: int) -> list[str]:
        """The ids of the `count` most mentioned entities of the kinds in `codes` (memoised)."""
        cached = self._popular.get(codes)
        if cached is None or len(cached) < count:
            table = self.index.entity_table
            numbers = (n for n in range(len(table)) if table.labels[n] in codes)
            best = heapq.nlargest(count, numbers, key=table.mention_counts.__getitem__)
            cached = [table.ids[n] for n in best]
            self._popular[codes] = cached
        return cached[:count]

    def _recent_hit(self, kind: str, target_id: str, codes: frozenset[int]) -> FinderHit | None:
        index = self.index
        if kind == "entity" and target_id in index:
            entity = index.entity(target_id)
            if LABEL_CODES[entity.label] not in codes:
                return None
            return FinderHit(
                "entity",
                entity.id,
                entity.name,
                entity.name,
                (),
                Tier.RECENT,
                0.0,
                entity.label,
                entity.mentions,
                entity.articles,
            )
        if kind == "article" and ARTICLE_CODE in codes:
            try:
                article = index.article(target_id)
            except KeyError:
                return None
            return FinderHit(
                "article",
                article.id,
                article.title,
                article.title,
                (),
                Tier.RECENT,
                0.0,
                source=article.source,
                date=article.date,
            )
        return None

    def _hit(self, key: int, spans: list[tuple[int, int]], tier: int, score: float) -> FinderHit:
        cands = self.candidates
        text = cands.key_text[key]
        _folded, origins = fold_with_origins(text)
        original_spans = spans_to_original(spans, origins, text)
        target = cands.key_target[key]
        score = round(min(score, 100.0), 1)
        if cands.kind(key) == ARTICLE:
            article = self.index.articles[target]
            return FinderHit(
                "article",
                article.id,
                article.title,
                text,
                original_spans,
                Tier(tier),
                score,
                source=article.source,
                date=article.date,
            )
        table = self.index.entity_table
        return FinderHit(
            "entity",
            table.ids[target],
            table.names[target],
            text,
            original_spans,
            Tier(tier),
            score,
            LABELS[table.labels[target]],
            table.mention_counts[target],
            table.article_counts[target],
        )
