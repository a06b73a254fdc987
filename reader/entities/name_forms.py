"""Grouping a name with its plural and a person's initials with their full name.

Both work on distinct keys across the corpus, before short forms are resolved mention by
mention (`short_forms`):
- Plurals: "Contoh Awards" is "Contoh Award" and "Tories"-style "-ies" plurals their "-y"
  singular, when both are written in one article at least (so "Times" does not become some
  "Time" written elsewhere). A plural labelled as a person ("Williams") is a surname, not a
  plural, and a singular that is a person's first or last name is left alone.
- Initials: "M Santoso" and "M. R. Santoso" are "Maria Rosa Santoso" when exactly one person
  of the corpus has that surname and given names starting with those letters; when several
  have, each article decides by the one it names (`short_forms`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from reader.entities.clusters import Clusters
from reader.entities.corpus_keys import CorpusKeys

_MIN_PLURAL = 4  # letters of the plural word at least ("Oscars"; not "UKs")
_MAX_INITIALS = 3


def group_name_forms(
    corpus: CorpusKeys, clusters: Clusters, label_of: Callable[[str], str], fixed: set[str]
) -> dict[str, list[str]]:
    """Union plurals with their singulars and initials with their one full name; returns the
    initials that fit several people (key → their full names), for each article to decide."""
    _group_plurals(corpus, clusters, label_of, fixed)
    return _group_initials(corpus, clusters, label_of, fixed, _people(corpus, label_of))


def singulars(word: str) -> tuple[str, ...]:
    """The singular forms an English plural word may have ("tories" → "tory", "oscars" → "oscar")."""
    if len(word) < _MIN_PLURAL or not word.endswith("s") or word.endswith("ss"):
        return ()
    found = [word[:-1]]
    if word.endswith("ies") and len(word) > _MIN_PLURAL:
        found.append(word[:-3] + "y")
    return tuple(found)


def _people(corpus: CorpusKeys, label_of: Callable[[str], str]) -> dict[str, list[str]]:
    """Surname → the multi-word person keys that end with it."""
    people: dict[str, list[str]] = defaultdict(list)
    keys = corpus.keys
    for key in corpus.multi_word:
        if label_of(key) == "PER" and not keys[key].acronym:
            tokens = keys[key].tokens
            people[tokens[-1]].append(key)
    return people


def _group_plurals(
    corpus: CorpusKeys,
    clusters: Clusters,
    label_of: Callable[[str], str],
    fixed: set[str],
) -> None:
    keys = corpus.keys
    for key, row in keys.items():
        if row.acronym or key in fixed or label_of(key) == "PER":
            continue
        tokens = row.tokens
        for singular in singulars(tokens[-1]):
            other = " ".join((*tokens[:-1], singular))
            other_row = keys.get(other)
            if other_row is None or other in fixed or other_row.acronym:
                continue
            if label_of(other) == "PER" and len(other_row.tokens) > 1:
                continue  # "Rina Contoh" the person is no singular of "Rina Contohs"
            if corpus.share_article(row, other_row):
                clusters.union(other, key)
                break


def _group_initials(
    corpus: CorpusKeys,
    clusters: Clusters,
    label_of: Callable[[str], str],
    fixed: set[str],
    people: dict[str, list[str]],
) -> dict[str, list[str]]:
    ambiguous: dict[str, list[str]] = {}
    for key, matches in _initials_matches(corpus, label_of, fixed, people):
        if len({clusters.find(full) for full in matches}) == 1:
            clusters.union(matches[0], key)
        else:
            ambiguous[key] = matches
    return ambiguous


def _initials_matches(
    corpus: CorpusKeys,
    label_of: Callable[[str], str],
    fixed: set[str],
    people: dict[str, list[str]],
) -> Iterator[tuple[str, list[str]]]:
    """Each person key written with initials, and the full names those initials fit."""
    keys = corpus.keys
    for key in corpus.multi_word:
        row = keys[key]
        if key in fixed or label_of(key) != "PER":
            continue
        letters = _initials(corpus, key)
        if not letters:
            continue
        matches = [
            full
            for full in people.get(row.tokens[-1], ())
            if full != key and full not in fixed and _expands(letters, keys[full].tokens)
        ]
        if matches:
            yield key, matches


def initials_only(tokens: tuple[str, ...]) -> bool:
    """True for a person's name whose given names are initials only ("m r santoso")."""
    return len(tokens) > 1 and all(len(token) == 1 for token in tokens[:-1])


def _initials(corpus: CorpusKeys, key: str) -> str:
    """The given-name initials of a person key written with them ("m r santoso" → "mr"), or ""."""
    row = corpus.keys[key]
    given = row.tokens[:-1]
    if len(row.tokens[-1]) < 2:
        return ""
    if all(len(token) == 1 for token in given):
        letters = "".join(given)
    elif len(given) == 1 and len(given[0]) <= _MAX_INITIALS:
        # "JK Santoso", "J.K. Santoso": capitals or dots in every written form
        forms = corpus.surfaces_of(row)
        if not all(form.split()[0].replace(".", "").isupper() for form in forms):
            return ""
        letters = given[0]
    else:
        return ""
    return letters if letters.isalpha() and len(letters) <= _MAX_INITIALS else ""


def _expands(letters: str, tokens: tuple[str, ...]) -> bool:
    """True when a full name's given names (some spelt out) start with `letters` in order."""
    given = tokens[:-1]
    if not given or all(len(token) == 1 for token in given):
        return False
    return "".join(token[0] for token in given).startswith(letters)
