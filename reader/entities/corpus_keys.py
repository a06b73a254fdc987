"""What the corpus says about each name: its forms, labels, counts and the articles it is in.

This is the one pass over every mention that linking needs; the rules then work on these
tables (one row per distinct key) instead of on the mentions. A corpus of 25,000 articles has
some 450,000 mentions and 90,000 keys, so what is kept per mention and per written form is
packed in integer arrays: each mention is one code (its key's number × 4 + its label) and its
span (block, start, end), each article a range of those rows. What the rules need per article (`ArticleKeys`), the
articles of each key (`articles_of`) and the places where spelling variants are looked for
(`SpellingPlaces`) are worked out when linking runs, and let go after it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.corpus.model import Article
from reader.entities.acronyms import Definition, bracket_definitions
from reader.entities.aliases import is_acronym, key_tokens
from reader.entities.model import LABELS, Mention

#: Label → its code in a mention's code (the order of LABELS: ties go to the first).
LABEL_CODES: dict[str, int] = {label: code for code, label in enumerate(LABELS)}
_WIDTH = len(LABELS)


@dataclass(slots=True)
class KeyStats:
    """Everything known about one name key across the corpus (counts by label and written
    form are kept in `CorpusKeys`' arrays, under the key's `number`)."""

    key: str
    number: int
    tokens: tuple[str, ...]
    acronym: bool  # always written as capital initials ("NTSB", "U.S.")
    mentions: int = 0
    article_count: int = 0
    first_article: int = -1  # the position of the first article it is in
    first_uses: int = 0  # articles where its first word also stands alone ("Park")
    last_uses: int = 0  # articles where its last word also stands alone ("Santoso")
    first_surface: int = -1  # its first written form's number (the others follow a chain)
    last_surface: int = -1
    country: str | None = None  # the country it names ("" none), once looked up
    spellings: tuple[str, ...] | None = None  # the acronyms its words spell, once worked out
    fronts: tuple[str, ...] | None = None  # its words before a country's name, once worked out

    @property
    def family_first(self) -> bool:
        """True when the corpus shortens this name to its first word (Korean, Chinese names)."""
        return self.first_uses > self.last_uses


@dataclass(slots=True)
class ArticleKeys:
    """One article's mentions as keys, in text order, and its bracketed definitions."""

    position: int
    article_id: str
    language: str
    keys: list[str]  # the key of each mention
    labels: list[str]  # the label of each mention
    counts: dict[str, int]  # key → mentions here, in order of first appearance
    first: dict[str, int]  # key → index of its first mention here
    pairs: dict[tuple[str, str], int]  # (key, label) → mentions here, in order of first use
    definitions: list[Definition]


@dataclass(slots=True)
class SpellingPlaces:
    """Keys filed where their spelling variants are, for one linking run
    (`reader.entities.variants.spelling_places`).

    `near` holds only the places with two keys or more (the only ones looked at):
    `near[("compact", letters)]` holds spacing variants ("park chulsoo"); `near[(position,
    the other words)]` multi-word keys that differ in one word only; `near[("ends", first
    word, last word)]` names with middle words. `crowded` lists the places holding two keys or
    more, in the order they filled. `one_word` holds one-word keys of five letters or more by
    (first letter, last letter, length).
    """

    near: dict[tuple, list[str]]
    crowded: dict[tuple, None]
    one_word: dict[tuple[str, str, int], list[str]]


class CorpusKeys:
    """The per-key table and the packed mentions of every article, grown one article at a time."""

    __slots__ = (
        "_article_rows",
        "_last_article",
        "article_ids",
        "article_starts",
        "blocks",
        "codes",
        "definitions",
        "ends",
        "key_list",
        "keys",
        "label_counts",
        "languages",
        "multi_word",
        "starts",
        "surface_count",
        "surface_ids",
        "surface_key",
        "surface_next",
        "surfaces",
        "words",
    )

    def __init__(self) -> None:
        self.keys: dict[str, KeyStats] = {}
        self.key_list: list[KeyStats] = []  # by number, in order of first use
        self.multi_word: list[str] = []  # keys of two words or more, in order of first use
        self.label_counts = array("I")  # key number × 4 + label code → mentions
        self.surfaces: list[str] = []  # written forms by number, in order of first use
        self.surface_ids: dict[str, int] = {}
        self.surface_key = array("I")  # surface number → key number
        self.surface_count = array("I")  # surface number → mentions
        self.surface_next = array("i")  # surface number → the key's next surface, or -1
        self.codes = array("I")  # every mention: key number × 4 + label code
        self.blocks = array("I")  # every mention: its block, start and end
        self.starts = array("I")
        self.ends = array("I")
        self.article_starts = array("I", [0])  # article position → its first code
        self.article_ids: list[str] = []
        self.languages: list[str] = []
        self.definitions: dict[int, list[Definition]] = {}  # article position → its definitions
        self.words: dict[str, str] = {}  # each distinct key word once, shared by the keys' tokens
        self._last_article = array("i")  # key number → the last article position it was in
        self._article_rows: tuple[array, array] | None = None  # (starts, positions) by key

    @property
    def article_count(self) -> int:
        return len(self.article_ids)

    def add(self, article: Article, mentions: Sequence[Mention]) -> None:
        """Count one more article's mentions in (articles are numbered in the order added)."""
        position = len(self.article_ids)
        self._article_rows = None
        blocks = article.blocks
        surface_ids, surface_key, surface_count = (
            self.surface_ids,
            self.surface_key,
            self.surface_count,
        )
        label_counts, codes, labels = self.label_counts, self.codes, LABEL_CODES
        spans_block, spans_start, spans_end = (
            self.blocks.append,
            self.starts.append,
            self.ends.append,
        )
        here: dict[int, int] = {}  # key number → mentions here, in order of first use
        block, text = -1, ""
        for mention in mentions:
            if mention.block != block:
                block = mention.block
                text = blocks[block].text
            surface = text[mention.start : mention.end]
            number = surface_ids.get(surface)
            if number is None:
                number = self._new_surface(surface)
            surface_count[number] += 1
            key = surface_key[number]
            code = key * _WIDTH + labels[mention.label]
            codes.append(code)
            spans_block(block)
            spans_start(mention.start)
            spans_end(mention.end)
            label_counts[code] += 1
            here[key] = here.get(key, 0) + 1
        rows, last = self.key_list, self._last_article
        for key, count in here.items():
            row = rows[key]
            row.mentions += count
            if last[key] != position:
                last[key] = position
                row.article_count += 1
                if row.first_article < 0:
                    row.first_article = position
        self.article_starts.append(len(codes))
        self.article_ids.append(article.id)
        self.languages.append(article.language)
        if "(" in article.text and len(here) > 1:
            found = _definitions(article, mentions, self._article_key_numbers(position), rows)
            if found:
                self.definitions[position] = found
        _count_short_uses(here, rows)

    def _new_surface(self, surface: str) -> int:
        """Number a written form seen for the first time, and file its key."""
        tokens = key_tokens(surface) or (surface.strip().casefold() or "?",)
        key = " ".join(tokens)
        acronym = is_acronym(surface)
        row = self.keys.get(key)
        if row is None:
            words = self.words
            tokens = tuple([words.setdefault(word, word) for word in tokens])
            row = self._new_key(key, tokens, acronym)
        elif row.acronym and not acronym:
            row.acronym = False
        number = len(self.surfaces)
        self.surfaces.append(surface)
        self.surface_ids[surface] = number
        self.surface_key.append(row.number)
        self.surface_count.append(0)
        self.surface_next.append(-1)
        if row.last_surface < 0:
            row.first_surface = number
        else:
            self.surface_next[row.last_surface] = number
        row.last_surface = number
        return number

    def _new_key(self, key: str, tokens: tuple[str, ...], acronym: bool) -> KeyStats:
        row = KeyStats(key, len(self.key_list), tokens, acronym)
        self.keys[key] = row
        self.key_list.append(row)
        self.label_counts.extend((0,) * _WIDTH)
        self._last_article.append(-1)
        if len(tokens) >= 2:
            self.multi_word.append(key)
        return row

    # What the rules read --------------------------------------------------------------------

    def labels(self, row: KeyStats) -> dict[str, int]:
        """The labels of the key's mentions and how many carry each (none left out but zeros)."""
        base = row.number * _WIDTH
        counts = self.label_counts[base : base + _WIDTH]
        return {LABELS[code]: n for code, n in enumerate(counts) if n}

    def label(self, row: KeyStats) -> str:
        """The label most of its mentions carry (ties: the order of LABELS)."""
        base = row.number * _WIDTH
        counts = self.label_counts[base : base + _WIDTH]
        return LABELS[max(range(_WIDTH), key=lambda code: (counts[code], -code))]

    def surfaces_of(self, row: KeyStats) -> dict[str, int]:
        """The key's written forms and how often each is written, first written first."""
        found: dict[str, int] = {}
        number = row.first_surface
        while number >= 0:
            found[self.surfaces[number]] = self.surface_count[number]
            number = self.surface_next[number]
        return found

    def article(self, position: int) -> ArticleKeys:
        """The article at `position`, as the per-article rules read it."""
        rows = self.key_list
        keys: list[str] = []
        labels: list[str] = []
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        start, end = self.article_starts[position], self.article_starts[position + 1]
        for index, code in enumerate(self.codes[start:end]):
            key = rows[code // _WIDTH].key
            label = LABELS[code % _WIDTH]
            keys.append(key)
            labels.append(label)
            if key not in counts:
                counts[key] = 0
                first[key] = index
            counts[key] += 1
            pairs[key, label] = pairs.get((key, label), 0) + 1
        return ArticleKeys(
            position,
            self.article_ids[position],
            self.languages[position],
            keys,
            labels,
            counts,
            first,
            pairs,
            self.definitions.get(position, []),
        )

    def article_codes(self, position: int) -> array:
        """The codes of the mentions of the article at `position`."""
        return self.codes[self.article_starts[position] : self.article_starts[position + 1]]

    def key_at(self, position: int, index: int) -> str:
        """The key of mention `index` of the article at `position`."""
        return self.key_list[self.codes[self.article_starts[position] + index] // _WIDTH].key

    def _article_key_numbers(self, position: int) -> list[int]:
        return [code // _WIDTH for code in self.article_codes(position)]

    def articles_of(self, row: KeyStats) -> array:
        """The positions of the articles the key is in, ascending."""
        starts, positions = self._articles_by_key()
        return positions[starts[row.number] : starts[row.number + 1]]

    def share_article(self, one: KeyStats, other: KeyStats) -> bool:
        """True when both keys are used in one article."""
        if one.article_count == 1 and other.article_count == 1:
            return one.first_article == other.first_article
        return not set(self.articles_of(one)).isdisjoint(self.articles_of(other))

    def _articles_by_key(self) -> tuple[array, array]:
        """Each key's articles, packed: key number → (start, end) in a positions array."""
        if self._article_rows is None:
            counts = [0] * (len(self.key_list) + 1)
            for row in self.key_list:
                counts[row.number + 1] = row.article_count
            for number in range(len(self.key_list)):
                counts[number + 1] += counts[number]
            starts = array("I", counts)
            cursor = counts[:-1]
            positions = array("I", bytes(4 * counts[-1]))
            codes, bounds = self.codes, self.article_starts
            for position in range(len(self.article_ids)):
                for key in {
                    code // _WIDTH for code in codes[bounds[position] : bounds[position + 1]]
                }:
                    positions[cursor[key]] = position
                    cursor[key] += 1
            self._article_rows = (starts, positions)
        return self._article_rows

    def release(self) -> None:
        """Let go of what linking works out (it is worked out again when needed)."""
        self._article_rows = None


def collect(articles: Sequence[Article], mentions: Mapping[str, list[Mention]]) -> CorpusKeys:
    """One pass over every mention of every article."""
    table = CorpusKeys()
    for article in articles:
        table.add(article, mentions.get(article.id, []))
    return table


def _definitions(
    article: Article, mentions: Sequence[Mention], keys: list[int], rows: list[KeyStats]
) -> list[Definition]:
    """Bracketed definitions in the article: only mentions directly before "(" can be one."""
    blocks = article.blocks
    texts: dict[int, str] = {}
    before_bracket: set[int] = set()
    for mention in mentions:
        text = texts.get(mention.block)
        if text is None:
            text = texts[mention.block] = blocks[mention.block].text
        if text.startswith("(", mention.end) or text.startswith(" (", mention.end):
            before_bracket.add(mention.block)
    if not before_bracket:
        return []
    by_block: dict[int, list[tuple[int, int, int]]] = {}
    for index, mention in enumerate(mentions):
        if mention.block in before_bracket:
            by_block.setdefault(mention.block, []).append((mention.start, mention.end, index))
    short_form = [rows[key].acronym or len(rows[key].tokens) == 1 for key in keys]
    found: list[Definition] = []
    for block in sorted(before_bracket):
        spans = sorted(by_block[block])
        if len(spans) > 1:
            found.extend(bracket_definitions(texts[block], spans, short_form))
    return found


def _count_short_uses(present: Iterable[int], rows: list[KeyStats]) -> None:
    """For each multi-word name here, note whether its first or last word stands alone here."""
    here = [rows[key] for key in present]
    singles = {row.key for row in here if len(row.tokens) == 1}
    if not singles:
        return
    for row in here:
        tokens = row.tokens
        if len(tokens) > 1:
            if tokens[0] in singles:
                row.first_uses += 1
            if tokens[-1] in singles:
                row.last_uses += 1
