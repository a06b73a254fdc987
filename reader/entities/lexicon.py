"""General word lists that packages ship: which words are ordinary words, which are first names.

- Indonesian: Sastrawi's root-word dictionary (about 30,000 roots from the KBBI) and its
  stemmer, so "Pertemuan", "Mengunjungi" and "Kesepakatan" are known as affixed common words.
- English: wordfreq's frequency list (words used more than once per million), less the words
  that are also first names or place names, since a frequency list counts names too.
- First names: gender-guesser's dictionary of about 40,000 given names from many countries.

These decide capitalised words that carry no evidence of their own (a sentence's first word,
a headline's words) when the corpus is too small to say. The `build_*` functions read the
packages; the lists come from `wordlists.word_lists` (built once, then read from the user's
cache) as plain sets; stems are cached per word.
"""

from __future__ import annotations

import functools
import importlib.resources
import re

from reader.entities.vocab import NEVER_NAMES

#: wordfreq's English words at or above this frequency count as ordinary English words.
_ENGLISH_MIN_FREQUENCY = 1e-6


def build_roots() -> frozenset[str]:
    """Sastrawi's Indonesian root words, lower case, from the package's data."""
    data = importlib.resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt")
    text = data.read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split("\n") if w.strip())


@functools.cache
def indonesian_roots() -> frozenset[str]:
    """Sastrawi's Indonesian root words, lower case."""
    from reader.entities.wordlists import word_lists

    return word_lists().roots


class _RootDictionary:
    """The dictionary interface Sastrawi's stemmer asks, over a set (its own is a list)."""

    __slots__ = ("words",)

    def __init__(self, words: frozenset[str]) -> None:
        """Wrap the set of root words."""
        self.words = words

    def contains(self, word: str) -> bool:
        """True if `word` is a root word."""
        return word in self.words


@functools.cache
def _stemmer() -> object:
    """Sastrawi's stemmer over the root set."""
    from Sastrawi.Stemmer.Stemmer import Stemmer

    return Stemmer(_RootDictionary(indonesian_roots()))


#: Words that may carry Indonesian affixes or particles ("Itulah", "Rumahku", "Ibunya"): only
#: these are worth the stemmer's time.
_AFFIXED = re.compile(
    r"^(?:mem|men|meng|meny|me|ber|be|ter|di|ke|pem|pen|peng|peny|per|pe|se)[a-z]{4,}$"
    r"|^[a-z]{3,}nya$|^[a-z]{4,}(?:kan|an)$|^[a-z]{2,}(?:lah|kah|tah|pun|ku|mu)$"
)


_PARTICLE = re.compile(r"(?:lah|kah|tah|pun|ku|mu)$")


@functools.lru_cache(maxsize=200_000)
def indonesian_root(word: str) -> str | None:
    """The Indonesian root of lower-case `word` ("pertemuan" → "temu"), or None if it has none."""
    roots = indonesian_roots()
    if word in roots:
        return word
    if len(word) < 5 or not _AFFIXED.match(word):
        return None
    stem = _stemmer().stem_word(word)  # type: ignore[attr-defined]
    if stem not in roots or stem == word:
        return None
    if len(stem) < 4 and stem not in NEVER_NAMES and _PARTICLE.search(word):
        return None  # "Ramlah" is a name, not "ram" + "-lah"; "itulah" is "itu" + "-lah"
    return stem


def build_first_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary, lower case, single words only."""
    data = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    names = set()
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 4:
                continue
            name = line[3:29].strip()
            if name and "+" not in name and " " not in name:
                names.add(name.lower())
    return frozenset(names)


def build_english_words(names: frozenset[str]) -> frozenset[str]:
    """Ordinary English words: wordfreq's list less `names` (first names and place names,
    which a frequency list counts too)."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist="small")
    return (
        frozenset(
            word
            for word, frequency in frequencies.items()
            if frequency >= _ENGLISH_MIN_FREQUENCY and word.isalpha() and word not in names
        )
        | NEVER_NAMES
    )


@functools.cache
def first_names() -> frozenset[str]:
    """Given names, lower case (see `build_first_names`)."""
    from reader.entities.wordlists import word_lists

    return word_lists().first_names


@functools.cache
def english_words() -> frozenset[str]:
    """Ordinary English words, lower case (see `build_english_words`)."""
    from reader.entities.wordlists import word_lists

    return word_lists().english


def is_first_name(word: str) -> bool:
    """True if `word` (any case) is a known given name."""
    return word.lower() in first_names()


def is_common_word(word: str, language: str) -> bool:
    """True if `word` (any case) is an ordinary word of `language` ("id", "en", or "" for either).

    Indonesian text is judged by Indonesian words only: the English words in it are mostly
    names and titles ("Gardner", "Blue Harbour"), and its furniture is in `vocab.FURNITURE`.
    """
    lower = word.lower()
    if lower in NEVER_NAMES:
        return True
    if language == "en":
        return lower in english_words()
    if indonesian_root(lower) is not None:
        return True
    return language == "" and lower in english_words()


def is_derived_word(word: str) -> bool:
    """True if `word` is an affixed Indonesian word ("Perkebunan", "Berbasis"), rarely a name."""
    lower = word.lower()
    root = indonesian_root(lower)
    return root is not None and root != lower


def is_indonesian_word(word: str) -> bool:
    """True if `word` is an Indonesian root or an affixed form of one."""
    return indonesian_root(word.lower()) is not None
