"""Surface forms of names → comparison keys, and the shapes that make one form short for another.

Linking compares names by a *key*: the words of the name, case- and accent-folded, with
hyphens read as spaces ("Park Chul-soo" = "Park Chul Soo"), dots dropped ("U.S." = "US") and a
leading English "the", "a" or "an" dropped ("The Daily Ledger" = "Daily Ledger"), and the
plural "s" of an acronym dropped ("PCs" = "PC", never the "PCS" of some union). Everything
here is plain string work, shared by the linking rules.
"""

from __future__ import annotations

import re
import unicodedata

from reader.entities.link_words import link_words

_WORD = re.compile(r"\w+")
_DROPPED = str.maketrans({".": "", "'": "", "’": "", "ʼ": ""})
_SPACED = re.compile(r"[-‐‑‒–—/]")
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")
#: Company legal forms, written after (or, for Indonesian PT/CV, before) the name.
LEGAL_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "tbk"}
    | {"gmbh", "ag", "nv", "persero"}
)
LEGAL_PREFIXES = frozenset({"pt", "cv"})

#: Function words skipped when reading an acronym off a name (English and Indonesian).
STOPWORDS = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "&"}
    | {"dan", "di", "ke", "dari", "untuk", "yang", "bagi", "atas", "pada"}
)


def fold(text: str) -> str:
    """Lower-case `text` and strip accents: "Séoul" → "seoul"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def key_tokens(surface: str) -> tuple[str, ...]:
    """The words that identify a name written as `surface` (see the module docstring)."""
    if "s" in surface:
        surface = _ACRONYM_PLURAL.sub(r"\1", surface)
    tokens = _WORD.findall(_SPACED.sub(" ", fold(surface).translate(_DROPPED)))
    if len(tokens) > 1 and (
        tokens[0] == "the" or (tokens[0] in link_words("determiners") and " " in surface[:3])
    ):
        tokens = tokens[1:]  # "A European body", not the Arabic article of "An-Nur"
    return tuple(tokens)


def surface_key(surface: str) -> str:
    """The comparison key of a name: its identifying words joined by single spaces."""
    return " ".join(key_tokens(surface))


def compact(key: str) -> str:
    """A key without its spaces: "park chul soo" and "park chulsoo" compare equal."""
    return key.replace(" ", "")


def is_acronym(surface: str) -> bool:
    """True for names written as capital initials: "NTSB", "UNICEF", "U.S.", "UE", "G20"."""
    letters = surface.replace(".", "").replace("-", "").replace("&", "")
    if not 2 <= len(letters) <= 8 or not letters.isalnum():
        return False
    return letters.isupper() and sum(c.isalpha() for c in letters) >= 2


def initials(tokens: tuple[str, ...] | list[str], skip_stopwords: bool = True) -> str:
    """The first letters of `tokens` ("democratic republic of the congo" → "drc")."""
    return "".join(t[0] for t in tokens if t and not (skip_stopwords and t in STOPWORDS))


def is_title_cased(surface: str) -> bool:
    """True unless the form is written in capitals only (a headline's "JOKO SANTOSO")."""
    return not surface.isupper() or len(surface) <= 1
