"""What the corpus says about each name: its forms, labels, counts and the articles it is in.

This is the one pass over every mention that linking needs; the rules then work on these
tables (one row per distinct key, one record per article) instead of on the mentions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reader.corpus.model import Article
from reader.entities.acronyms import Definition, bracket_definitions
from reader.entities.aliases import compact, is_acronym, key_tokens
from reader.entities.model import LABELS, Mention

_LABEL_RANK = {label: rank for rank, label in enumerate(LABELS)}


@dataclass(slots=True)
class KeyStats:
    """Everything known about one name key across the corpus."""

    tokens: tuple[str, ...]
    acronym: bool  # always written as capital initials ("NTSB", "U.S.")
    mentions: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    surfaces: dict[str, int] = field(default_factory=dict)
    articles: list[int] = field(default_factory=list)  # article positions, ascending
    first_uses: int = 0  # articles where its first word also stands alone ("Park")
    last_uses: int = 0  # articles where its last word also stands alone ("Santoso")
    country: str | None = None  # the country it names ("" none), once looked up
    spellings: tuple[str, ...] | None = None  # the acronyms its words spell, once worked out
    fronts: tuple[str, ...] | None = None  # its words before a country's name, once worked out

    @property
    def label(self) -> str:
        """The label most of its mentions carry (ties: the order of LABELS)."""
        return max(self.labels, key=lambda lab: (self.labels[lab], -_LABEL_RANK[lab]))

    @property
    def family_first(self) -> bool:
        """True when the corpus shortens this name to its first word (Korean, Chinese names)."""
        return self.first_uses > self.last_uses


@dataclass(slots=True)
class ArticleKeys:
    """One article's mentions as keys, in the order given, and its bracketed definitions."""

    position: int
    article_id: str
    language: str
    mentions: list[Mention]
    keys: list[str]  # the key of each mention
    counts: dict[str, int]  # key → mentions here, in order of first appearance
    first: dict[str, int]  # key → index of its first mention here
    pairs: dict[tuple[str, str], int]  # (key, label) → mentions here
    definitions: list[Definition]


class CorpusKeys:
    """The per-key table and the per-article records, grown one article at a time."""

    __slots__ = ("_parsed", "articles", "crowded", "keys", "multi_word", "near", "one_word")

    def __init__(self) -> None:
        self.keys: dict[str, KeyStats] = {}
        self.articles: list[ArticleKeys] = []
        self.multi_word: list[str] = []  # keys of two words or more, in order of first use
        #: Keys filed where their variants are: ("compact", letters without spaces) holds
        #: spacing variants ("park chulsoo"); (position, the other words) multi-word keys that
        #: differ in one word only; ("ends", first word, last word) names with middle words.
        #: `crowded` lists the places holding two keys or more (a dict: in a stable order).
        self.near: dict[tuple, list[str]] = {}
        self.crowded: dict[tuple, None] = {}
        #: one-word keys of five letters or more by (first letter, last letter, length)
        self.one_word: dict[tuple[str, str, int], list[str]] = {}
        self._parsed: dict[str, tuple[str, tuple[str, ...], bool]] = {}

    def add(self, article: Article, mentions: list[Mention]) -> None:
        """Count one more article's mentions in (articles are numbered in the order added)."""
        position = len(self.articles)
        stats, parsed = self.keys, self._parsed
        keys: list[str] = []
        first: dict[str, int] = {}
        written: dict[tuple[str, str], int] = {}  # (surface, label) → mentions here
        blocks = article.blocks
        for index, mention in enumerate(mentions):
            surface = blocks[mention.block].text[mention.start : mention.end]
            entry = parsed.get(surface)
            if entry is None:
                tokens = key_tokens(surface) or (surface.strip().casefold() or "?",)
                entry = parsed[surface] = (" ".join(tokens), tokens, is_acronym(surface))
            key = entry[0]
            keys.append(key)
            if key not in first:
                first[key] = index
            form = (surface, mention.label)
            written[form] = written.get(form, 0) + 1
        counts: dict[str, int] = dict.fromkeys(first, 0)
        pairs: dict[tuple[str, str], int] = {}
        for (surface, label), count in written.items():
            key, tokens, acronym = parsed[surface]
            row = stats.get(key)
            if row is None:
                row = stats[key] = KeyStats(tokens, acronym)
                self._file_new_key(key, tokens)
            elif row.acronym and not acronym:
                row.acronym = False
            if not counts[key]:
                row.articles.append(position)
            counts[key] += count
            row.mentions += count
            row.labels[label] = row.labels.get(label, 0) + count
            row.surfaces[surface] = row.surfaces.get(surface, 0) + count
            pairs[key, label] = pairs.get((key, label), 0) + count
        definitions = _definitions(article, mentions, keys, stats)
        record = ArticleKeys(
            position,
            article.id,
            article.language,
            mentions,
            keys,
            counts,
            first,
            pairs,
            definitions,
        )
        _count_short_uses(counts, stats)
        self.articles.append(record)

    def _file_new_key(self, key: str, tokens: tuple[str, ...]) -> None:
        """Put a new key in the slots where its spelling variants will be looked for."""
        places: list[tuple] = [("compact", compact(key))]
        if len(tokens) == 1 and len(key) >= 5 and key.isalpha():
            self.one_word.setdefault((key[0], key[-1], len(key)), []).append(key)
        if len(tokens) >= 2:
            self.multi_word.append(key)
            places.extend(
                (position, *tokens[:position], "", *tokens[position + 1 :])
                for position in range(len(tokens))
            )
            places.append(("ends", tokens[0], tokens[-1]))
        for place in places:
            members = self.near.setdefault(place, [])
            members.append(key)
            if len(members) == 2:
                self.crowded[place] = None


def collect(articles: Sequence[Article], mentions: Mapping[str, list[Mention]]) -> CorpusKeys:
    """One pass over every mention of every article."""
    table = CorpusKeys()
    for article in articles:
        table.add(article, mentions.get(article.id, []))
    return table


def _definitions(
    article: Article, mentions: list[Mention], keys: list[str], stats: dict[str, KeyStats]
) -> list[Definition]:
    """Bracketed definitions in the article: only mentions directly before "(" can be one."""
    blocks = article.blocks
    with_brackets = {index for index, block in enumerate(blocks) if "(" in block.text}
    if not with_brackets:
        return []
    before_bracket = []
    for index, mention in enumerate(mentions):
        if mention.block in with_brackets:
            text = blocks[mention.block].text
            if text.startswith("(", mention.end) or text.startswith(" (", mention.end):
                before_bracket.append(index)
    if not before_bracket:
        return []
    by_block: dict[int, list[tuple[int, int, int]]] = {}
    for index, mention in enumerate(mentions):
        by_block.setdefault(mention.block, []).append((mention.start, mention.end, index))
    blocks_wanted = {mentions[index].block for index in before_bracket}
    short_form = [stats[key].acronym or len(stats[key].tokens) == 1 for key in keys]
    found: list[Definition] = []
    for block in sorted(blocks_wanted):
        spans = sorted(by_block[block])
        if len(spans) > 1:
            found.extend(bracket_definitions(article.blocks[block].text, spans, short_form))
    return found


def _count_short_uses(present: dict[str, int], stats: dict[str, KeyStats]) -> None:
    """For each multi-word name here, note whether its first or last word stands alone here."""
    singles = {key for key in present if len(stats[key].tokens) == 1}
    if not singles:
        return
    for key in present:
        tokens = stats[key].tokens
        if len(tokens) > 1:
            if tokens[0] in singles:
                stats[key].first_uses += 1
            if tokens[-1] in singles:
                stats[key].last_uses += 1
