"""Spelling variants of names: misspellings and extra middle names.

Two names are variants when they differ in one word and that word is a near-spelling
(rapidfuzz), or when one adds middle words between the same first and last word
("George W. Bush" / "George Bush"). One-word names other than people's are variants only
when they are near-spellings with the same first and last letter written in one article
("Malaysia … Malysia"): apart, they are as likely two places ("Bandung" / "Badung"). Evidence guards the risky case: a differing *surname*
("Merkle" / "Merkel") counts only when both forms share an article or one is much rarer,
so "John Smith" and "John Smyth" stay two people unless the corpus says otherwise. Two full
names that differ in two words ("Park Hyun Woo" / "Park Ji Sung") are never variants.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from itertools import pairwise

from rapidfuzz import fuzz

from reader.entities.aliases import compact
from reader.entities.corpus_keys import CorpusKeys, KeyStats, SpellingPlaces

#: Least similarity (rapidfuzz ratio, 0–100) of the differing word of two variants.
PERSON_WORD_SIMILARITY = 80.0
OTHER_WORD_SIMILARITY = 88.0
ONE_WORD_SIMILARITY = 90.0
_MIN_WORD_LENGTH = 4
_MIN_OTHER_WORD_LENGTH = 6
#: The commoner form must be this many times commoner for a lone variant to count as a typo.
_RARITY = 3
_MAX_BUCKET = 40


def variant_pairs(
    corpus: CorpusKeys, places: SpellingPlaces, label_of: Callable[[str], str]
) -> Iterator[tuple[str, str]]:
    """Pairs of multi-word keys (same label) that name the same thing."""
    keys = corpus.keys
    for place in places.crowded:
        members = places.near[place]
        if place[0] == "compact" or len(members) > _MAX_BUCKET:
            continue
        for i, first in enumerate(members):
            label = label_of(first)
            if keys[first].acronym:
                continue
            for second in members[i + 1 :]:
                if label_of(second) != label or keys[second].acronym:
                    continue
                if place[0] == "ends":
                    same = label == "PER" and _middle_variant(
                        keys[first].tokens, keys[second].tokens
                    )
                else:
                    same = _one_word_variant(corpus, keys[first], keys[second], place[0], label)
                if same:
                    yield first, second


def single_word_pairs(
    corpus: CorpusKeys, places: SpellingPlaces, label_of: Callable[[str], str]
) -> Iterator[tuple[str, str]]:
    """Pairs of one-word keys (same label, not people) spelled nearly alike."""
    keys = corpus.keys
    for (first, last, size), members in sorted(places.one_word.items()):
        longer = places.one_word.get((first, last, size + 1), [])
        for i, one in enumerate(members):
            label = label_of(one)
            if label == "PER" or keys[one].acronym:
                continue
            for other in (*members[i + 1 :], *longer):
                if label_of(other) != label or keys[other].acronym:
                    continue
                if fuzz.ratio(one, other) >= ONE_WORD_SIMILARITY and corpus.share_article(
                    keys[one], keys[other]
                ):
                    yield one, other


def _evidence(corpus: CorpusKeys, a: KeyStats, b: KeyStats) -> bool:
    """Whether two near-spellings are one name: a rare form, or both in one article."""
    rare, common = sorted((a.mentions, b.mentions))
    return common >= _RARITY * rare or rare <= 2 or corpus.share_article(a, b)


def _one_word_variant(
    corpus: CorpusKeys, a: KeyStats, b: KeyStats, position: int, label: str
) -> bool:
    word_a, word_b = a.tokens[position], b.tokens[position]
    shortest = min(len(word_a), len(word_b))
    if shortest < (_MIN_WORD_LENGTH if label == "PER" else _MIN_OTHER_WORD_LENGTH):
        return False  # one letter more or less in a short word is another word ("Dems", "Demos")
    threshold = PERSON_WORD_SIMILARITY if label == "PER" else OTHER_WORD_SIMILARITY
    if fuzz.ratio(word_a, word_b) < threshold:
        return False
    rare, common = sorted((a.mentions, b.mentions))
    much_rarer = common >= _RARITY * rare
    family_position = 0 if (a.family_first or b.family_first) else len(a.tokens) - 1
    if label == "PER" and position == family_position:
        return much_rarer or corpus.share_article(a, b)
    return _evidence(corpus, a, b)


def _middle_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the shorter name is the longer without some of its middle words."""
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        return False
    remaining = iter(long)
    return all(word in remaining for word in short)


def spelling_places(corpus: CorpusKeys) -> SpellingPlaces:
    """Every key filed where its spelling variants will be looked for (see `SpellingPlaces`).

    Most places hold one key only. A first pass hashes every place and keeps the hashes
    seen twice; the second files keys only under those, so the places of a whole corpus
    never sit in memory at once.
    """
    one_word: dict[tuple[str, str, int], list[str]] = {}
    hashes = array("q")
    for row in corpus.key_list:
        key = row.key
        if len(row.tokens) == 1 and len(key) >= 5 and key.isalpha():
            one_word.setdefault((key[0], key[-1], len(key)), []).append(key)
        hashes.extend(map(hash, _places(key, row.tokens)))
    shared = _repeated(hashes)
    del hashes
    near: dict[tuple, list[str]] = {}
    crowded: dict[tuple, None] = {}
    for row in corpus.key_list:
        key = row.key
        for place in _places(key, row.tokens):
            if hash(place) not in shared:
                continue
            members = near.get(place)
            if members is None:
                near[place] = [key]
                continue
            members.append(key)
            if len(members) == 2:
                crowded[place] = None
    return SpellingPlaces({place: near[place] for place in crowded}, crowded, one_word)


def _places(key: str, tokens: tuple[str, ...]) -> list[tuple]:
    """The places where a key's spelling variants are looked for (see `SpellingPlaces`)."""
    places: list[tuple] = [("compact", compact(key))]
    if len(tokens) >= 2:
        places.extend(
            (position, *tokens[:position], "", *tokens[position + 1 :])
            for position in range(len(tokens))
        )
        places.append(("ends", tokens[0], tokens[-1]))
    return places


def _repeated(values: array) -> set[int]:
    """The values that occur more than once in `values`."""
    ordered = sorted(values)
    return {value for value, after in pairwise(ordered) if value == after}
