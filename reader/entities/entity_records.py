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
from collections.abc import Mapping
from dataclasses import dataclass, field

from reader.entities.aliases import fold, is_acronym, is_title_cased
from reader.entities.clusters import CITY_NODE, COUNTRY_NODE, WATCHED_NODE, Clusters
from reader.entities.corpus_keys import ArticleKeys, CorpusKeys
from reader.entities.model import LABELS, Entity, Label, Mention
from reader.entities.names import NamesFile

_LABEL_RANK = {label: rank for rank, label in enumerate(LABELS)}


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
        self.moved_here: dict[int, dict[str, dict[str, str]]] = {}  # article → key → label → group
        self.gone: dict[str, set[int]] = {}  # key → articles where every mention of it moved
        self.received: dict[str, set[int]] = {}  # group → articles where mentions moved into it
        self._moved_count: dict[str, int] = {}  # key → mentions moved, in the current article

    def short_form(self, record: ArticleKeys, key: str, label: str, node: str, count: int) -> None:
        """`count` mentions labelled `label` of `key` in `record` stand for the name `node`."""
        if node == key:
            return
        group = self.group_of.get(node) or self.clusters.find(node)
        if group == self.group_of[key]:
            return
        moved = self.moved.setdefault(key, {})
        moved[label] = moved.get(label, 0) + count
        here = self.moved_here.setdefault(record.position, {}).setdefault(key, {})
        here[label] = group
        self._moved_count[key] = self._moved_count.get(key, 0) + count
        self.received.setdefault(group, set()).add(record.position)
        tally = self._tally(group)
        tally.mentions += count
        tally.short_labels[label] = tally.short_labels.get(label, 0) + count
        tally.short_keys[key] = tally.short_keys.get(key, 0) + count

    def end_article(self, record: ArticleKeys) -> None:
        """Note the keys of `record` none of whose mentions stayed in their own group."""
        for key, count in self._moved_count.items():
            if count == record.counts[key]:
                self.gone.setdefault(key, set()).add(record.position)
        self._moved_count.clear()

    def finish(self) -> tuple[dict[str, list[Mention]], dict[str, Entity]]:
        """The linked mentions of every article (by article id) and the entities by id."""
        group_of = self._count_keys()
        self._count_articles(group_of)
        entity_of = self._entities()
        entity_of_key = {
            key: entity_of[group] for key, group in group_of.items() if group in entity_of
        }
        linked: dict[str, list[Mention]] = {}
        for record in self.corpus.articles:
            moved = self.moved_here.get(record.position)
            if moved is None:
                linked[record.article_id] = [
                    Mention(m.block, m.start, m.end, e.label, e.id)
                    for m, e in zip(
                        record.mentions, map(entity_of_key.__getitem__, record.keys), strict=True
                    )
                ]
                continue
            out = []
            for mention, key in zip(record.mentions, record.keys, strict=True):
                group = moved[key].get(mention.label) if key in moved else None
                entity = entity_of[group] if group else entity_of_key[key]
                out.append(
                    Mention(mention.block, mention.start, mention.end, entity.label, entity.id)
                )
            linked[record.article_id] = out
        return linked, {entity.id: entity for entity in entity_of.values()}

    def _tally(self, group: str) -> _Tally:
        tally = self.tallies.get(group)
        if tally is None:
            tally = self.tallies[group] = _Tally()
        return tally

    def _count_keys(self) -> dict[str, str]:
        """Count each key's mentions that were not moved in its group; returns key → group."""
        group_of = self.group_of
        for key, row in self.corpus.keys.items():
            group = group_of[key]
            moved = self.moved.get(key)
            labels = row.labels
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
        keys = self.corpus.keys
        members_of: dict[str, list[str]] = {}
        for group, tally in self.tallies.items():
            members = [k for k in (*tally.full_keys, *tally.short_keys) if group_of[k] == group]
            if len(members) == 1 and group not in self.received:
                key = members[0]
                tally.articles = len(keys[key].articles) - len(self.gone.get(key, ()))
            else:
                members_of[group] = members
        for group, members in members_of.items():
            articles = set(self.received.get(group, ()))
            for key in members:
                gone = self.gone.get(key)
                articles.update(p for p in keys[key].articles if not gone or p not in gone)
            self.tallies[group].articles = len(articles)

    def _entities(self) -> dict[str, Entity]:
        drafts = []
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
        for entity_id, name, label, group, tally in drafts:
            unique, number = entity_id, 1
            while unique in used:
                number += 1
                unique = f"{entity_id}-{number}"
            used.add(unique)
            entity_of[group] = Entity(
                unique, name, label, self._aliases(tally, name), tally.mentions, tally.articles
            )
        return entity_of

    def _draft_of_one_key(self, group: str, tally: _Tally) -> tuple:
        """`_entities`' draft for the commonest case: a group of one name, all full forms."""
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

        Ties go to the form with more words, then to the one the corpus used first.
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

        return min(forms, key=lambda k: (-support(k), -len(keys[k].tokens), keys[k].articles[0], k))

    def _surface(self, key: str) -> str:
        """How a key is best written: its commonest form, but "Joko Santoso" over "JOKO SANTOSO"."""
        surfaces = self.corpus.keys[key].surfaces
        if len(surfaces) == 1:
            return next(iter(surfaces))
        return max(surfaces, key=lambda s: (not _shouted(s), surfaces[s], len(s), s))

    def _aliases(self, tally: _Tally, name: str) -> tuple[str, ...]:
        """The other ways the entity is written, commonest first, once per spelling."""
        if not tally.short_keys and len(tally.full_keys) == 1:
            surfaces = self.corpus.keys[next(iter(tally.full_keys))].surfaces
            if len(surfaces) == 1:
                return () if name in surfaces else tuple(surfaces)
            if len(surfaces) == 2:
                one, two = surfaces
                if one.casefold() == two.casefold():
                    return ()
                return (two,) if one == name else (one,) if two == name else ()
        counts: dict[str, tuple[int, str]] = {}
        for key in (*tally.full_keys, *tally.short_keys):
            for surface, count in self.corpus.keys[key].surfaces.items():
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
