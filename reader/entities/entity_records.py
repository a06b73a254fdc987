"""Groups of linked mentions → `Entity` records: one label, a display name, a stable id.

- Label: the user's names file if it names the entity, LOC for a country, else the label
  most of its full-form mentions carry (short forms such as "Park" vote only when there is
  nothing else); every mention is relabelled to it.
- Display name: the fullest common form, i.e. the most used form that is not a short form or
  an acronym ("Joko Santoso" over "Santoso", "Uni Eropa" over "UE").
- Id: a slug of label and name; for countries and cities the English name from the gazetteer,
  so that "Jerman" and "Germany" give `loc:germany` whichever the corpus uses most.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from reader.entities.aliases import fold, is_acronym, is_title_cased
from reader.entities.clusters import CITY_NODE, COUNTRY_NODE, WATCHED_NODE, Clusters
from reader.entities.corpus_keys import LABEL_CODES, ArticleKeys, CorpusKeys, KeyStats
from reader.entities.model import LABELS, Entity, Label, Mention
from reader.entities.name_forms import initials_only
from reader.entities.names import NamesFile

_LABEL_RANK = {label: rank for rank, label in enumerate(LABELS)}


@dataclass(slots=True)
class LinkedCorpus:
    """What linking gives: every mention's span and entity, and the entities, in columns.

    Articles are numbered in the order they were linked; the mentions of article `a` are the
    rows `article_starts[a]` to `article_starts[a + 1]`, in the order they were given. Row
    `r` is `blocks[b].text[start[r]:end[r]]` with b = `block[r]`, a mention of
    `entities[entity[r]]`, whose label it takes.
    """

    article_ids: list[str]
    article_starts: array
    block: array
    start: array
    end: array
    entity: array  # entity number: position in `entities`
    entities: list[Entity]

    def entities_by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}

    def mentions_of(self, article: int) -> list[Mention]:
        """The linked mentions of article number `article`."""
        entities, block, start, end = self.entities, self.block, self.start, self.end
        found = []
        for row in range(self.article_starts[article], self.article_starts[article + 1]):
            entity = entities[self.entity[row]]
            found.append(Mention(block[row], start[row], end[row], entity.label, entity.id))
        return found

    def by_article(self) -> ArticleMentions:
        """The linked mentions by article id, made when an article's are read."""
        return ArticleMentions(self)


class ArticleMentions(Mapping[str, list[Mention]]):
    """Article id → its linked mentions, read off a `LinkedCorpus` on access (a mapping that
    does not hold a corpus's mentions as objects all at once)."""

    __slots__ = ("_linked", "_numbers")

    def __init__(self, linked: LinkedCorpus) -> None:
        self._linked = linked
        self._numbers = {article_id: n for n, article_id in enumerate(linked.article_ids)}

    def __getitem__(self, article_id: str) -> list[Mention]:
        return self._linked.mentions_of(self._numbers[article_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._numbers)

    def __len__(self) -> int:
        return len(self._numbers)


def slug(label: str, name: str) -> str:
    """A stable id for an entity: its label and its name in lower-case, accent-free words."""
    words = re.findall(r"\w+", fold(name))
    return f"{label.lower()}:{'-'.join(words) or 'x'}"


@dataclass(slots=True)
class _Tally:
    """What the mentions of one group add up to."""

    mentions: int = 0
    articles: int = 0
    full_labels: dict[str, int] = field(default_factory=dict)
    short_labels: dict[str, int] = field(default_factory=dict)
    full_keys: dict[str, int] = field(default_factory=dict)
    short_keys: dict[str, int] = field(default_factory=dict)


class EntityBuilder:
    """Adds up the mentions of each group, then makes the entities and relabels the mentions.

    Mentions count in the group of their key, except short forms resolved to another name
    (`short_form`), which count in that name's group.
    """

    def __init__(
        self,
        corpus: CorpusKeys,
        clusters: Clusters,
        group_of: dict[str, str],
        names: NamesFile | None,
        english_country_names: Mapping[str, str],
        cities: Mapping[str, tuple[str, str]],
    ) -> None:
        self.corpus = corpus
        self.clusters = clusters
        self.group_of = group_of  # key → its group, for every key of the corpus
        self.names = names
        self.english_country_names = english_country_names
        self.cities = cities
        self.tallies: dict[str, _Tally] = {}
        self.moved: dict[str, dict[str, int]] = {}  # key → labels of its mentions moved away
        #: (article position, mention code) → the group its mentions moved to
        self.moved_here: dict[tuple[int, int], str] = {}
        self.gone: dict[str, list[int]] = {}  # key → articles where every mention of it moved
        self.received: dict[str, list[int]] = {}  # group → articles where mentions moved into it
        self._moved_count: dict[str, int] = {}  # key → mentions moved, in the current article
        self.lone: list[KeyStats] = []  # keys that are their own entity, with no tally

    def short_form(self, record: ArticleKeys, key: str, label: str, node: str, count: int) -> None:
        """`count` mentions labelled `label` of `key` in `record` stand for the name `node`."""
        if node == key:
            return
        group = self.group_of.get(node) or self.clusters.find(node)
        if group == self.group_of[key]:
            return
        moved = self.moved.setdefault(key, {})
        moved[label] = moved.get(label, 0) + count
        code = self.corpus.keys[key].number * len(LABELS) + LABEL_CODES[label]
        self.moved_here[record.position, code] = group
        self._moved_count[key] = self._moved_count.get(key, 0) + count
        positions = self.received.setdefault(group, [])
        if not positions or positions[-1] != record.position:  # articles come in order
            positions.append(record.position)
        tally = self._tally(group)
        tally.mentions += count
        tally.short_labels[label] = tally.short_labels.get(label, 0) + count
        tally.short_keys[key] = tally.short_keys.get(key, 0) + count

    def end_article(self, record: ArticleKeys) -> None:
        """Note the keys of `record` none of whose mentions stayed in their own group."""
        for key, count in self._moved_count.items():
            if count == record.counts[key]:
                self.gone.setdefault(key, []).append(record.position)
        self._moved_count.clear()

    def finish(self) -> LinkedCorpus:
        """Every mention's entity and the entities (see `LinkedCorpus`)."""
        group_of = self._count_keys()
        self._count_articles(group_of)
        entity_of = self._entities()
        number_of = {group: number for number, group in enumerate(entity_of)}
        corpus = self.corpus
        by_key = [number_of.get(group_of[row.key], 0) for row in corpus.key_list]
        codes = corpus.codes
        mention_entities = array("I", (by_key[code >> 2] for code in codes))
        starts, moved = corpus.article_starts, self.moved_here
        for position in sorted({position for position, _ in moved}):
            for row in range(starts[position], starts[position + 1]):
                group = moved.get((position, codes[row]))
                if group is not None:
                    mention_entities[row] = number_of[group]
        return LinkedCorpus(
            list(corpus.article_ids),
            array("I", starts),
            array("I", corpus.blocks),
            array("I", corpus.starts),
            array("I", corpus.ends),
            mention_entities,
            list(entity_of.values()),
        )

    def _tally(self, group: str) -> _Tally:
        tally = self.tallies.get(group)
        if tally is None:
            tally = self.tallies[group] = _Tally()
        return tally

    def _count_keys(self) -> dict[str, str]:
        """Count each key's mentions that were not moved in its group; returns key → group.

        A key alone in its group, with none of its mentions moved and none moved into it,
        is its own entity: it is noted in `lone` rather than given a tally.
        """
        group_of = self.group_of
        corpus = self.corpus
        alone, moved_keys, tallies = self.clusters.is_alone, self.moved, self.tallies
        lone = self.lone
        for key, row in corpus.keys.items():
            if not row.acronym and alone(key) and key not in moved_keys and key not in tallies:
                lone.append(row)
                continue
            group = group_of[key]
            moved = moved_keys.get(key)
            labels = corpus.labels(row)
            if moved:
                labels = {lab: n - moved.get(lab, 0) for lab, n in labels.items()}
                labels = {lab: n for lab, n in labels.items() if n}
            remaining = sum(labels.values())
            if not remaining:
                continue
            tally = self._tally(group)
            tally.mentions += remaining
            votes, forms = (
                (tally.short_labels, tally.short_keys)
                if row.acronym
                else (tally.full_labels, tally.full_keys)
            )
            for label, count in labels.items():
                votes[label] = votes.get(label, 0) + count
            forms[key] = forms.get(key, 0) + remaining
        return group_of

    def _count_articles(self, group_of: dict[str, str]) -> None:
        """How many articles each group is mentioned in.

        A group is in the articles its mentions moved into, and in those of each of its keys
        except where every mention of that key moved to another group.
        """
        corpus = self.corpus
        keys = corpus.keys
        members_of: dict[str, list[str]] = {}
        for group, tally in self.tallies.items():
            members = [k for k in (*tally.full_keys, *tally.short_keys) if group_of[k] == group]
            if len(members) == 1 and group not in self.received:
                key = members[0]
                tally.articles = keys[key].article_count - len(self.gone.get(key, ()))
            else:
                members_of[group] = members
        for group, members in members_of.items():
            articles = set(self.received.get(group, ()))
            for key in members:
                in_articles = corpus.articles_of(keys[key])
                gone = self.gone.get(key)
                if gone:
                    articles.update(set(in_articles).difference(gone))
                else:
                    articles.update(in_articles)
            self.tallies[group].articles = len(articles)

    def _entities(self) -> dict[str, Entity]:
        """Each group's entity, by group, in the order of their ids."""
        drafts: list[tuple[str, str, str, str, _Tally | KeyStats]] = []
        corpus = self.corpus
        for row in self.lone:
            label = corpus.label(row)
            name = self._surface(row.key)
            drafts.append((slug(label, name), name, label, row.key, row))
        anchors = self.clusters.anchor
        for group, tally in self.tallies.items():
            anchor = anchors(group)
            if not anchor and not tally.short_keys and len(tally.full_keys) == 1:
                drafts.append(self._draft_of_one_key(group, tally))
                continue
            label = self._label(anchor, tally)
            name, id_name = self._names(anchor, tally)
            drafts.append((slug(label, id_name), name, label, group, tally))
        drafts.sort(key=lambda draft: (draft[0], draft[3]))
        used: set[str] = set()
        entity_of: dict[str, Entity] = {}
        for entity_id, name, label, group, counted in drafts:
            unique, number = entity_id, 1
            while unique in used:
                number += 1
                unique = f"{entity_id}-{number}"
            used.add(unique)
            if isinstance(counted, KeyStats):
                aliases = self._aliases_of_key(counted.key, name)
                mentions, articles = counted.mentions, counted.article_count
            else:
                aliases = self._aliases(counted, name)
                mentions, articles = counted.mentions, counted.articles
            entity_of[group] = Entity(unique, name, label, aliases, mentions, articles)  # type: ignore[arg-type]
        return entity_of

    def _draft_of_one_key(self, group: str, tally: _Tally) -> tuple:
        """`_entities`' draft for a group whose mentions are all of one full form."""
        votes = tally.full_labels
        label = next(iter(votes)) if len(votes) == 1 else self._label("", tally)
        name = self._surface(next(iter(tally.full_keys)))
        return slug(label, name), name, label, group, tally

    def _label(self, anchor: str, tally: _Tally) -> Label:
        if anchor.startswith(WATCHED_NODE) and self.names is not None:
            return self.names.watch[int(anchor[len(WATCHED_NODE) :])].label
        if anchor.startswith(COUNTRY_NODE):
            return "LOC"
        votes = tally.full_labels or tally.short_labels
        if len(votes) == 1:
            return next(iter(votes))  # type: ignore[return-value]
        best = max(votes, key=lambda label: (votes[label], -_LABEL_RANK[label]))
        return best  # type: ignore[return-value]

    def _names(self, anchor: str, tally: _Tally) -> tuple[str, str]:
        """The display name, and the name the id is made from."""
        if anchor.startswith(WATCHED_NODE) and self.names is not None:
            name = self.names.watch[int(anchor[len(WATCHED_NODE) :])].name
            return name, name
        key = self._fullest_common_key(tally)
        name = self._surface(key)
        if anchor.startswith(COUNTRY_NODE):
            return name, self.english_country_names.get(anchor[len(COUNTRY_NODE) :], name)
        if anchor.startswith(CITY_NODE):
            geo_id = anchor[len(CITY_NODE) :]
            for form in (*tally.full_keys, *tally.short_keys):
                city = self.cities.get(form)
                if city and city[0] == geo_id:
                    return name, city[1]
        return name, name

    def _fullest_common_key(self, tally: _Tally) -> str:
        """The full form used most, counting the short forms that shorten it as its uses.

        Given names spelt out beat initials; ties go to more words, then the first used.
        """
        forms = tally.full_keys or tally.short_keys
        if len(forms) == 1:
            return next(iter(forms))
        keys = self.corpus.keys

        def support(key: str) -> int:
            tokens = keys[key].tokens
            shortened = sum(
                count
                for short, count in tally.short_keys.items()
                if _shortens(keys[short].tokens, tokens)
            )
            return forms[key] + shortened

        def rank(key: str) -> tuple[bool, int, int, int, str]:
            tokens = keys[key].tokens  # "Maria Santoso" over "M. Santoso", then the most used
            return initials_only(tokens), -support(key), -len(tokens), keys[key].first_article, key

        return min(forms, key=rank)

    def _surface(self, key: str) -> str:
        """How a key is best written: its commonest form, but "Joko Santoso" over "JOKO SANTOSO"."""
        surfaces = self.corpus.surfaces_of(self.corpus.keys[key])
        if len(surfaces) == 1:
            return next(iter(surfaces))
        return max(surfaces, key=lambda s: (not _shouted(s), surfaces[s], len(s), s))

    def _aliases(self, tally: _Tally, name: str) -> tuple[str, ...]:
        """The other ways the entity is written, commonest first, once per spelling."""
        if not tally.short_keys and len(tally.full_keys) == 1:
            return self._aliases_of_key(next(iter(tally.full_keys)), name)
        counts: dict[str, tuple[int, str]] = {}
        for key in (*tally.full_keys, *tally.short_keys):
            for surface, count in self.corpus.surfaces_of(self.corpus.keys[key]).items():
                folded = surface.casefold()
                best = counts.get(folded)
                if best is None or count > best[0]:
                    counts[folded] = (count, surface)
        counts.pop(name.casefold(), None)
        ranked = sorted(counts.values(), key=lambda item: (-item[0], item[1]))
        return tuple(surface for _, surface in ranked)

    def _aliases_of_key(self, key: str, name: str) -> tuple[str, ...]:
        """`_aliases` of an entity written only as forms of one key."""
        surfaces = self.corpus.surfaces_of(self.corpus.keys[key])
        if len(surfaces) == 1:
            return () if name in surfaces else tuple(surfaces)
        if len(surfaces) == 2:
            one, two = surfaces
            if one.casefold() == two.casefold():
                return ()
            return (two,) if one == name else (one,) if two == name else ()
        counts: dict[str, tuple[int, str]] = {}
        for surface, count in surfaces.items():
            folded = surface.casefold()
            best = counts.get(folded)
            if best is None or count > best[0]:
                counts[folded] = (count, surface)
        counts.pop(name.casefold(), None)
        ranked = sorted(counts.values(), key=lambda item: (-item[0], item[1]))
        return tuple(surface for _, surface in ranked)


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when `short` is the front or the end of `full` ("santoso" of "joko santoso")."""
    size = len(short)
    return size < len(full) and (full[:size] == short or full[-size:] == short)


def _shouted(surface: str) -> bool:
    """True for a name in capitals that is not an acronym (a headline's "JOKO SANTOSO")."""
    return not is_title_cased(surface) and not is_acronym(surface)
