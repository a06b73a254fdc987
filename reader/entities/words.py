"""What one capitalised word is, judged once per word form: ordinary word, head, title, name.

`WordJudge` answers the questions the run parser asks of single words, from the corpus
evidence first and the packaged word lists when the corpus has nothing to say, and caches
every answer per word form (the same few thousand forms recur across a corpus).
"""

from __future__ import annotations

import functools
import re

from reader.entities.evidence import CaseEvidence
from reader.entities.gazetteer import CITY_KINDS, gazetteer
from reader.entities.lexicon import (
    english_words,
    indonesian_roots,
    is_common_word,
    is_first_name,
    is_indonesian_word,
)
from reader.entities.vocab import (
    COMMON_ABBREVIATIONS,
    FURNITURE,
    LOC_HEADS,
    MISC_HEADS,
    NEVER_NAMES,
    ORG_HEADS,
    RELIGIONS,
    STATE_HEADS,
    TITLES,
    word_set,
)

_DOMAINS = word_set("com co id net org go ac tv io info news biz us uk my sg au ru kr")
_HEADS = ORG_HEADS | LOC_HEADS | MISC_HEADS | STATE_HEADS


def is_acronym(word: str) -> bool:
    """True for a word in capitals of 2–6 letters, digits allowed after the first ("NATO", "G20")."""
    letters = word.replace(".", "").replace("-", "")
    return (
        2 <= len(letters) <= 6 and letters[0].isalpha() and letters.isupper() and letters.isalnum()
    )


_VOWELS = frozenset("aeiou")


def is_capitalised_word(word: str) -> bool:
    """True if `word`, written in capitals, is more likely an ordinary English word than an
    acronym: a word of the English list of four letters or more ("NOTE", "YEAR"), or of three
    shaped like a word, consonant–vowel–consonant ("NET", "CUT"; not "CIA", "FSB")."""
    lower = word.lower()
    if not lower.isalpha() or lower not in english_words():
        return False
    if len(lower) >= 4:
        return True
    return (
        len(lower) == 3
        and lower[1] in _VOWELS
        and lower[0] not in _VOWELS
        and lower[2] not in _VOWELS
    )


#: "Pers" (Persatuan Sepak Bola, football association) and the town's syllables.
_CLUB_WORD = re.compile(r"Pers[aeiu][a-z]{1,8}")


def is_club_word(word: str) -> bool:
    """True for an Indonesian football club's name made of "Pers" and its town's syllables:
    "Persikota", "Perseraya"; not a word of the dictionaries ("Persen", "Persatuan")."""
    if _CLUB_WORD.fullmatch(word) is None:
        return False
    lower = word.lower()
    return not (
        lower.endswith("an")
        or lower in indonesian_roots()
        or lower in english_words()
        or is_first_name(lower)
        or gazetteer().get(lower) is not None
    )


def is_domain(word: str) -> bool:
    """True for an outlet's address written as a word ("Outlet.com", "SITE24.COM")."""
    head, dot, tld = word.rpartition(".")
    return bool(dot and head) and tld.lower() in _DOMAINS


class WordJudge:
    """Single-word judgments over one corpus's evidence, cached per word form."""

    def __init__(self, evidence: CaseEvidence, language: str) -> None:
        """Judge words of `language` ("id", "en" or "") against `evidence`."""
        self.evidence = evidence
        self.language = language
        self.is_common = functools.lru_cache(maxsize=None)(self._is_common)
        self.is_name_here = functools.lru_cache(maxsize=None)(self._is_name_here)
        self.is_modifier = functools.lru_cache(maxsize=None)(self._is_modifier)

    def _is_common(self, lower: str) -> bool:
        """An ordinary word: written in lower case in this corpus, or in the word lists."""
        if lower in NEVER_NAMES or lower in FURNITURE:
            return True
        low = self.evidence.lower.get(lower, 0)
        if low:
            return low >= self.evidence.capital.get(lower, 0)
        return is_common_word(lower, self.language)

    def _is_name_here(self, word: str) -> bool:
        """Whether a capitalised `word` whose capital proves nothing (a sentence's first word,
        a headline's word) is a name: the corpus decides, then gazetteers and word lists."""
        lower = word.lower()
        base, hyphen, rest = lower.partition("-")
        if hyphen and base == rest:  # "Rudal-rudal": a plural by reduplication
            return self._is_name_here(word.partition("-")[0])
        if lower in NEVER_NAMES or lower in FURNITURE:
            return False
        if word.isupper() and lower in COMMON_ABBREVIATIONS:
            return False
        capital = self.evidence.capital.get(lower, 0)
        low = self.evidence.lower.get(lower, 0)
        if capital > low:
            return True
        if low:
            return False
        place = gazetteer().get(lower)
        if place is not None:
            return True
        if word.isupper() and self.language == "en" and is_capitalised_word(word):
            return False  # "NOTE:", "YEAR NET": an ordinary word written in capitals
        if len(word) > 1 and word.isupper() and len(word) <= 6:
            return True
        if lower in _HEADS:
            return True
        if is_first_name(lower) and not is_indonesian_word(lower):
            return True
        return not is_common_word(lower, self.language)

    def _is_modifier(self, lower: str) -> bool:
        """A word that can continue a title or an organisation's generic name ("Luar", "Negeri")."""
        if lower in TITLES or lower in ORG_HEADS or lower in RELIGIONS:
            return True
        place = gazetteer().get(lower)
        if place is not None and place.kind not in CITY_KINDS:  # a town may share a word's name
            return False
        if self.evidence.lower.get(lower, 0):
            return True
        return is_common_word(lower, self.language) and not is_first_name(lower)

    def is_kept_head(self, lower: str) -> bool:
        """A head word in a headline opens a name if the corpus capitalises it mid-sentence at
        least as often as it writes it in lower case ("Kementerian", not "Perang")."""
        return self.evidence.capital.get(lower, 0) >= self.evidence.lower.get(lower, 0)

    def starts_person(self, word: str, foreign: bool = False) -> bool:
        """A given name that here starts a person's name, not an ordinary word: "Matthew", or
        "Kim" where the corpus capitalises it more often than not (not "Guna"); with `foreign`,
        only given names that are no Indonesian word ("Jalan Dewi Sartika" is a street)."""
        lower = word.lower()
        if not is_first_name(lower):
            return False
        if not is_indonesian_word(lower):
            return True
        if foreign:
            return False
        capital = self.evidence.capital.get(lower, 0)
        return capital >= 2 and capital > self.evidence.lower.get(lower, 0)

    def is_written_lower(self, lower: str) -> bool:
        """True if the corpus writes `lower` in lower case at least as often as capitalised
        mid-sentence: its capital here marks a title or emphasis more likely than a name."""
        low = self.evidence.lower.get(lower, 0)
        return low > 0 and low >= self.evidence.capital.get(lower, 0)
