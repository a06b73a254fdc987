"""Grouping name keys that are the same name wherever they are written.

Each step unions keys in a `Clusters`: the user's names file, countries in any language, form
or acronym, one city spelled differently, spacing and hyphen variants, misspellings, plurals
and initials (`name_forms`), and an organisation's name with descriptive words or a legal
form around it. Anchored groups
(countries, cities, watched names) never merge with each other.
"""

from __future__ import annotations

from collections import defaultdict

from reader.entities.aliases import LEGAL_PREFIXES, LEGAL_SUFFIXES, surface_key
from reader.entities.clusters import CITY_NODE, COUNTRY_NODE, WATCHED_NODE, Clusters
from reader.entities.corpus_keys import CorpusKeys, SpellingPlaces
from reader.entities.link_words import link_words
from reader.entities.name_forms import group_name_forms
from reader.entities.names import NamesFile
from reader.entities.place_aliases import city_names, country_names
from reader.entities.variants import single_word_pairs, spelling_places, variant_pairs


def group_keys(
    corpus: CorpusKeys, names: NamesFile | None
) -> tuple[Clusters, dict[str, str], set[str], dict[str, list[str]]]:
    """The groups of the corpus's keys, each key's label, the keys the names file fixes, and
    the initials that fit several people (see `name_forms`)."""
    clusters = Clusters()
    labels = key_labels(corpus)
    fixed = _group_watched(clusters, labels, names)
    _group_places(corpus, clusters, labels, fixed)
    _group_spellings(corpus, spelling_places(corpus), clusters, labels)
    initials = group_name_forms(corpus, clusters, labels.__getitem__, fixed)
    _group_described(corpus, clusters, labels, fixed)
    return clusters, labels, fixed, initials


def key_labels(corpus: CorpusKeys) -> dict[str, str]:
    """Each key's label: the majority of its mentions, countries always LOC."""
    countries = country_names()
    labels: dict[str, str] = {}
    for key, row in corpus.keys.items():
        label = corpus.label(row)
        if row.country is None:
            row.country = "" if row.acronym else countries.country(row.tokens)
        if row.country and (label != "PER" or len(row.tokens) > 1):
            label = "LOC"  # a country; a one-word one may also be a person's name ("Jordan")
        labels[key] = label
    return labels


def _group_watched(clusters: Clusters, labels: dict[str, str], names: NamesFile | None) -> set[str]:
    """Tie each watched name and its aliases into one group; returns their keys."""
    fixed: set[str] = set()
    if names is None:
        return fixed
    for number, watched in enumerate(names.watch):
        node = f"{WATCHED_NODE}{number}"
        clusters.set_anchor(node, node)
        for form in (watched.name, *watched.aliases):
            key = surface_key(form)
            if key and key not in fixed and clusters.union(node, key):
                fixed.add(key)
                labels[key] = watched.label
    return fixed


def _group_places(
    corpus: CorpusKeys, clusters: Clusters, labels: dict[str, str], fixed: set[str]
) -> None:
    """Group every name of one country, and every spelling of one city."""
    cities = city_names()
    for key, row in corpus.keys.items():
        if key in fixed or row.acronym or labels[key] == "PER":
            continue  # (`_key_labels` gave countries LOC unless they are one-word people)
        code = row.country
        if code:
            node = COUNTRY_NODE + code
            clusters.set_anchor(node, node)
            clusters.union(node, key)
        elif labels[key] == "LOC" and key in cities:
            node = CITY_NODE + cities[key][0]
            clusters.set_anchor(node, node)
            clusters.union(node, key)


def _group_spellings(
    corpus: CorpusKeys, places: SpellingPlaces, clusters: Clusters, labels: dict[str, str]
) -> None:
    """Group keys that differ only in spacing ("Park Chulsoo"), then misspellings."""
    for place in places.crowded:
        if place[0] == "compact":
            keys = places.near[place]
            for other in keys[1:]:
                clusters.union(keys[0], other)
    for first, second in variant_pairs(corpus, places, labels.__getitem__):
        clusters.union(first, second)
    for first, second in single_word_pairs(corpus, places, labels.__getitem__):
        clusters.union(first, second)


def _group_described(
    corpus: CorpusKeys, clusters: Clusters, labels: dict[str, str], fixed: set[str]
) -> None:
    """Group an organisation's name with the same name plus descriptive words or legal form.

    "PT Sinar" and "Sinar Tbk" are "Sinar". "Kantor Berita Sinarpos" and "Sinarpos News Agency"
    are "Sinarpos" when "Sinarpos" is itself named as an organisation, is not a place or an
    acronym ("Dewan Pengawas LPS" is not "LPS"), the added words only say what kind of body it
    is (the `descriptors` of `link_words.txt`: a shared part alone never merges two bodies, so
    "Komisi Sebelas Dewan Contoh" is not "Dewan Contoh"), and no other organisation's name
    extends it ("Bank Mandiri" and "Mandiri Sekuritas" leave "Mandiri" alone).
    """
    keys = corpus.keys
    countries = country_names()
    descriptors = link_words("descriptors")
    extended: dict[str, list[str]] = defaultdict(list)
    by_core: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in corpus.multi_word:
        row = keys[key]
        if labels[key] != "ORG" or row.acronym or row.country or key in fixed:
            continue
        tokens = row.tokens
        core = _without_legal_form(tokens)
        if core != tokens and not countries.country(core):
            by_core[core].append(key)
        for cut in range(1, len(tokens)):
            for part, extra in ((tokens[cut:], tokens[:cut]), (tokens[:cut], tokens[cut:])):
                name = " ".join(part)
                inner = keys.get(name)
                if inner is None or labels[name] != "ORG" or inner.acronym or name in fixed:
                    continue
                if inner.country is None or inner.country or clusters.anchor(name):
                    continue
                if part != core and descriptors.issuperset(extra):
                    extended[name].append(key)
    for core, named in by_core.items():
        name = " ".join(core)
        if name in keys and labels[name] == "ORG" and name not in fixed:
            named.append(name)
        for key in named[1:]:
            clusters.union(named[0], key)
    for name, longer in extended.items():
        if len({clusters.find(key) for key in longer}) == 1:
            clusters.union(name, longer[0])


def _without_legal_form(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name without "PT" before it or "Tbk", "Inc." after it."""
    start, end = 0, len(tokens)
    while end - start > 1 and tokens[start] in LEGAL_PREFIXES:
        start += 1
    while end - start > 1 and tokens[end - 1] in LEGAL_SUFFIXES:
        end -= 1
    return tokens[start:end]
