"""Resolve every mention in the corpus to an entity with a stable id.

Linking works on the whole corpus in four steps:
0. Span fixes (`span_fixes`), article by article as it is counted: a person glued to the
   party or agency before it is split off, a name split at its "and" joined again where its
   acronym is written, a leading "A"/"An" trimmed.
1. Counting (`corpus_keys`): each mention's name is reduced to a *key* (see `aliases`), and
   each distinct key gets its counts, labels, written forms and articles. This is the only
   step that visits every mention, and it is incremental: `Linker.add` counts one article.
2. Grouping keys that are the same name everywhere (`grouping`): the user's names file,
   countries in any language, form or acronym (`place_aliases`), one city spelled
   differently, spacing and hyphen variants, misspellings (`variants`), plurals and initials
   (`name_forms`), and organisations with descriptive words or a legal form around their name.
3. Short forms, key by key in their article (`short_forms`): surnames and family names, the
   front of a person's name, institutions without their country, acronyms. All mentions of a
   key in one article stand for the same name whatever each was labelled: a name's identity
   never depends on its label. Mentions labelled MISC of a country or city ("bahasa Jerman",
   a language) are the one exception, kept apart as an entity of their own.
Then each group becomes an `Entity` (`entity_records`): one label, voted by its mentions, a
display name, an id. Steps 2 and 3 work on distinct keys and on the short forms, not on every
mention; only writing the linked mentions out does. Everything is deterministic: the same
mentions in the same articles give the same ids.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from reader.corpus.model import Article
from reader.entities.clusters import CITY_NODE, COUNTRY_NODE, OTHER_USE_NODE, Clusters
from reader.entities.corpus_keys import LABEL_CODES, ArticleKeys, CorpusKeys
from reader.entities.entity_records import EntityBuilder, LinkedCorpus, slug
from reader.entities.grouping import group_keys
from reader.entities.model import LABELS, Entity, Mention
from reader.entities.names import NamesFile
from reader.entities.place_aliases import city_names, country_names
from reader.entities.short_forms import Here, ShortForms
from reader.entities.span_fixes import fix_spans

__all__ = ["LinkedCorpus", "Linker", "link", "slug"]


def link(
    articles: Sequence[Article],
    mentions: Mapping[str, list[Mention]],
    names: NamesFile | None = None,
) -> tuple[dict[str, list[Mention]], dict[str, Entity]]:
    """Give every mention an entity id; return the linked mentions and the entities.

    `names`: the user's names file, whose names and aliases are each forced into one entity
    with the file's label.
    """
    linker = Linker(names)
    linker.add_all((article, mentions.get(article.id, [])) for article in articles)
    linked = linker.resolve()
    return dict(linked.by_article()), linked.entities_by_id()


class Linker:
    """Linking for a corpus that grows: `add` articles as they are recognised, `resolve` often.

    `add` costs time in proportion to the article's mentions and keeps a few bytes per
    mention (not the mentions); `resolve` links everything added so far and gives each
    mention's entity (`LinkedCorpus`), the same as `link` would for those articles in that
    order.
    """

    def __init__(self, names: NamesFile | None = None) -> None:
        self.names = names
        self.corpus = CorpusKeys()

    def add(self, article: Article, mentions: Sequence[Mention]) -> None:
        """Count one more article (its recognised mentions, in text order; `fix_spans` first)."""
        self.corpus.add(article, fix_spans(article, mentions))

    def add_all(self, batch: Iterable[tuple[Article, Sequence[Mention]]]) -> None:
        """Count a batch of articles with their mentions (faster than one `add` at a time)."""
        with _collector_paused():
            for article, mentions in batch:
                self.corpus.add(article, fix_spans(article, mentions))

    def resolve(self) -> LinkedCorpus:
        """The entity of every mention added so far, and the entities."""
        with _collector_paused():
            try:
                return self._resolve()
            finally:
                self.corpus.release()

    def _resolve(self) -> LinkedCorpus:
        corpus = self.corpus
        clusters, labels, fixed, initials = group_keys(corpus, self.names)
        group_of = {key: clusters.find(key) for key in corpus.keys}
        short_forms = ShortForms(
            corpus, clusters, labels.__getitem__, country_names(), fixed, group_of, initials
        )
        builder = EntityBuilder(
            corpus, clusters, group_of, self.names, country_names().english, city_names()
        )
        short_keys, needs_resolving = short_forms.short_keys, short_forms.needs_resolving
        person_only = short_forms.person_only
        other_use = {
            key for key, label in labels.items() if label != "MISC" and _place(clusters, key)
        }
        other_use -= fixed
        wanted = _codes_to_resolve(corpus, short_keys, needs_resolving, other_use)
        codes, starts = corpus.codes, corpus.article_starts
        flag = wanted.__getitem__
        label_of = labels.__getitem__

        def resolve_elsewhere(record: ArticleKeys, key: str, here: Here) -> str:
            """What a name that is not in the article stands for there (the corpus's choice)."""
            if key in record.counts:
                return key  # in the article: resolved with the article's own label, or not
            if key in short_keys and needs_resolving(key, label_of(key)):
                return short_forms.resolve(record, key, label_of(key), here)
            return key

        for position in range(corpus.article_count):
            if not any(map(flag, codes[starts[position] : starts[position + 1]])):
                continue
            record = corpus.article(position)
            here = short_forms.article_groups(record)
            nodes: dict[str, str] = {}  # key → what all its mentions here stand for
            for key in record.counts:
                if key in short_keys:
                    label_here = _label_here(record, key)
                    if needs_resolving(key, label_here):
                        nodes[key] = short_forms.resolve(record, key, label_here, here)
            for (key, label), count in record.pairs.items():
                if key in person_only:  # a person's short form names one person: no chain
                    node = nodes.get(key, key)
                else:
                    node = _chase(
                        nodes, key, lambda k, r=record, h=here: resolve_elsewhere(r, k, h)
                    )
                if node == key and label == "MISC" and key in other_use:
                    node = OTHER_USE_NODE + key  # "bahasa Jerman": a language, not the place
                builder.short_form(record, key, label, node, count)
            builder.end_article(record)
        return builder.finish()


def _chase(nodes: dict[str, str], key: str, elsewhere: Callable[[str], str]) -> str:
    """What `key` stands for in the article, following a short form that stands for a name
    that is itself short for another ("SEC" → "Harbour and Exchange Board" → "US Harbour and
    Exchange Board"); `elsewhere(name)` resolves a name the article does not hold."""
    node = nodes.get(key, key)
    for _ in range(3):
        if node == key:
            break
        further = nodes.get(node)
        if further is None:
            further = nodes[node] = elsewhere(node)
        if further in (node, key):
            break
        node = further
    return node


def _label_here(record: ArticleKeys, key: str) -> str:
    """The label most of the key's mentions in the article carry (ties: the order of LABELS).

    A name's mentions in one article are resolved together whatever each was labelled, so
    that a label never splits one name into two entities.
    """
    total, pairs = record.counts[key], record.pairs
    best, most = LABELS[0], 0
    for label in LABELS:
        count = pairs.get((key, label), 0)
        if count == total:
            return label
        if count > most:
            best, most = label, count
    return best


def _place(clusters: Clusters, key: str) -> bool:
    """True when the key names a country or a city (its MISC uses are the language)."""
    anchor = clusters.anchor(key)
    return anchor.startswith((COUNTRY_NODE, CITY_NODE))


def _codes_to_resolve(
    corpus: CorpusKeys,
    short_keys: set[str],
    needs_resolving: Callable[[str, str], bool],
    other_use: set[str],
) -> bytearray:
    """A flag for each mention code (key and label): 1 where the mention may stand for
    another name."""
    width = len(LABELS)
    wanted = bytearray(len(corpus.key_list) * width)
    keys = corpus.keys
    for key in short_keys:
        row = keys.get(key)
        if row is None:  # a front or part of a name that is never written alone
            continue
        for code, label in enumerate(LABELS):
            if needs_resolving(key, label):
                wanted[row.number * width + code] = 1
    misc = LABEL_CODES["MISC"]
    for key in other_use:
        wanted[keys[key].number * width + misc] = 1
    return wanted


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while linking builds its tables.

    Linking allocates hundreds of thousands of small objects that hold no cycles; each burst
    would otherwise set off collections that walk every object of the corpus again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
