"""What the tagger knows about each word: its form, the word lists and the corpus evidence.

A word type's own features (form, shape, affixes, frequency, word lists, gazetteer) are made once
per `Featurizer` and reused for every occurrence, also as the features its neighbours see; only
position and multi-word gazetteer hits are worked out per occurrence. Features are plain strings
(a CRF weighs each present feature).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from reader.entities.cue_words import LOC_CUES, MISC_CUES, ORG_CUES, PER_CUES
from reader.entities.evidence import CaseEvidence
from reader.entities.tagger.tokens import OPENERS, Token
from reader.entities.vocab import (
    HONORIFICS,
    LOC_HEADS,
    LOC_TAILS,
    MISC_HEADS,
    NEVER_NAMES,
    ORG_HEADS,
    ORG_TAILS,
    STATE_HEADS,
    TITLES,
)

#: Word lists whose membership is a feature, by feature name.
_WORD_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("title", TITLES),
    ("hon", HONORIFICS),
    ("orgh", ORG_HEADS),
    ("orgt", ORG_TAILS),
    ("loch", LOC_HEADS),
    ("loct", LOC_TAILS),
    ("misch", MISC_HEADS),
    ("stateh", STATE_HEADS),
    ("never", NEVER_NAMES),
    ("cue_per", PER_CUES),
    ("cue_loc", LOC_CUES),
    ("cue_org", ORG_CUES),
    ("cue_misc", MISC_CUES),
)
_SHAPE_CHARS = str.maketrans(
    {
        **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
        **{c: "d" for c in "0123456789"},
    }
)
_REPEATS = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """The word's letters as X, x and d ("Jr.-2" → "Xx.-d"), non-ASCII letters by case."""
    mapped = word.translate(_SHAPE_CHARS)
    if not mapped.isascii():
        mapped = "".join(
            c if c.isascii() else ("X" if c.isupper() else "x" if c.isalpha() else c)
            for c in mapped
        )
    return mapped


def short_shape(word: str) -> str:
    """`shape` with repeats collapsed ("Xxxxx" → "Xx")."""
    return _REPEATS.sub(r"\1", shape(word))


@functools.cache
def _classes() -> dict[str, tuple[str, ...]]:
    """Lower-case word → the names of the word lists it is in."""
    found: dict[str, list[str]] = {}
    for name, words in _WORD_CLASSES:
        for word in words:
            found.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in found.items()}


class Featurizer:
    """Features of the tokens of a block, for one language and one corpus's case evidence."""

    def __init__(self, language: str, evidence: CaseEvidence | None = None) -> None:
        self.language = "id" if language == "id" else "en"
        self.evidence = evidence or CaseEvidence()
        self._types: dict[str, tuple[list[str], list[list[str]]]] = {}
        self._ordinary: dict[str, bool] = {}

    def _word(self, word: str) -> tuple[list[str], list[list[str]]]:
        """The type's own features, and what its neighbours at -2, -1, +1, +2 see of it."""
        cached = self._types.get(word)
        if cached is not None:
            return cached
        from reader.entities.gazetteer import gazetteer
        from reader.entities.lexicon import first_names

        lower = word.lower()
        sh = short_shape(word)
        own = ["b", "w=" + word, "l=" + lower, "sh=" + sh, "shl=" + shape(word)[:6]]
        if len(lower) > 2:
            own += [
                "p3=" + lower[:3],
                "s3=" + lower[-3:],
                "s2=" + lower[-2:],
                "p4=" + lower[:4],
                "s4=" + lower[-4:],
            ]
        first = word[0]
        capital = first.isupper()
        if capital:
            own.append("cap")
            if word.isupper() and len(word) > 1:
                own.append("allcap")
        if any(c.isdigit() for c in word):
            own.append("digit")
        zipf = _zipf(lower, self.language)
        own.append(f"fq={zipf}")
        if capital and zipf >= 3:
            own.append("cap_common")
        for name in _classes().get(lower, ()):
            own.append("wl=" + name)
        place = gazetteer().get(lower)
        if place is not None:
            own.append(f"gz={place.label}:{place.kind}")
        if lower in first_names():
            own.append("given")
        if capital:
            lowers = self.evidence.seen_lower(word)
            capitals = self.evidence.seen_capitalised(word)
            if lowers + capitals:
                ratio = capitals / (lowers + capitals)
                own.append("ev=" + ("cap" if ratio > 0.8 else "mixed" if ratio > 0.3 else "low"))
            else:
                own.append("ev=none")
        near = ["l=" + lower, "sh=" + sh]
        if capital:
            near.append("cap")
        far = ["l=" + lower]
        views = [
            ["-2" + f for f in far],
            ["-1" + f for f in near]
            + ["-1" + f for f in own if f.startswith(("wl=", "gz=", "given"))],
            ["+1" + f for f in near] + ["+1" + f for f in own if f.startswith(("wl=", "gz="))],
            ["+2" + f for f in far],
        ]
        cached = (own, views)
        self._types[word] = cached
        return cached

    def ordinary(self, word: str) -> bool:
        """True if the corpus writes `word` in lower case more often than capitalised
        mid-sentence (a sentence-initial capital on it proves nothing)."""
        key = word.lower()
        found = self._ordinary.get(key)
        if found is None:
            lowers = self.evidence.lower.get(key, 0)
            found = self._ordinary[key] = lowers > 2 * self.evidence.capital.get(key, 0) + 1
        return found

    def block(
        self,
        tokens: Sequence[Token],
        text: str,
        lo: int = 0,
        hi: int | None = None,
        line: list[str] | None = None,
    ) -> list[list[str]]:
        """The features of tokens `lo`..`hi` (default: all) of a block of `text`; the words
        around the range are read as their neighbours. `line`: the block's `line_features`."""
        n = len(tokens)
        hi = n if hi is None else hi
        words = [t.text for t in tokens[max(0, lo - 2) : hi + 2]]
        first = max(0, lo - 2)
        cache = self._types
        types = [cache.get(w) or self._word(w) for w in words]
        if line is None:
            line = line_features(text)
        places = _gazetteer_runs(words)
        out: list[list[str]] = []
        for i in range(lo - first, hi - first):
            own, _ = types[i]
            feats = own + line
            at = first + i
            if at == 0 or words[i - 1] in OPENERS:
                feats.append("start")
            if at >= 1:
                feats += types[i - 1][1][1]
                feats.append("bi=" + words[i - 1].lower() + "|" + words[i].lower())
                if at >= 2:
                    feats += types[i - 2][1][0]
            else:
                feats.append("bos")
            if at + 1 < n:
                feats += types[i + 1][1][2]
                if at + 2 < n:
                    feats += types[i + 2][1][3]
            else:
                feats.append("eos")
            tag = places.get(i)
            if tag is not None:
                feats.append(tag)
            out.append(feats)
        return out


def line_features(text: str) -> list[str]:
    """Features of the whole line: all capitals, or title case like a headline."""
    head = text[:400]
    if head == head.upper() and sum(c.isalpha() for c in head) >= 8:
        return ["line=caps"]
    words = text.split()
    if len(words) >= 3 and sum(w[0].isupper() for w in words if w[0].isalpha()) >= 0.8 * len(words):
        return ["line=title"]
    return []


def _gazetteer_runs(words: list[str]) -> dict[int, str]:
    """Token index → BIO feature of a multi-word gazetteer phrase starting with a capital."""
    from reader.entities.gazetteer import gazetteer

    gaz = gazetteer()
    lowers = [w.lower() for w in words]
    found: dict[int, str] = {}
    i = 0
    while i < len(words):
        if words[i][0].isupper() and gaz.longest.get(lowers[i], 0) > 1:
            hit = gaz.match(lowers, i)
            if hit is not None and hit[0] > 1:
                length, place = hit
                found[i] = "gzr=B-" + place.label
                for k in range(i + 1, i + length):
                    found[k] = "gzr=I-" + place.label
                i += length
                continue
        i += 1
    return found


def _zipf(lower: str, language: str) -> int:
    """The word's wordfreq Zipf frequency in `language`, rounded down (0: unknown)."""
    frequency = _frequencies(language).get(lower)
    return int(math.log10(frequency) + 9) if frequency else 0


@functools.cache
def _frequencies(language: str) -> dict[str, float]:
    """wordfreq's word frequencies of `language` (one look-up per word type, no tokenising)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(language)
