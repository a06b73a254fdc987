"""The lead sentence of a paragraph, for articles that have no headline."""

from __future__ import annotations

import re
from functools import cache

#: Words after which a full stop does not end a sentence (titles, initials, common short forms).
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "vol",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "col",
        "lt",
        "sgt",
        "rep",
        "sen",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "vs",
        "etc",
        "jl",
        "kol",
        "letjen",
        "mayjen",
        "brigjen",
        "irjen",
        "kombes",
        "ir",
        "h",
        "hj",
        "drs",
        "dra",
        "kh",
        "sdr",
        "bpk",
        "tn",
        "ny",
        "nn",
        "a.n",
        "dll",
        "dsb",
        "tsb",
    }
)
_MAX_TITLE = 140


@cache
def _sentence_end() -> re.Pattern[str]:
    """A sentence's closing marks before the next sentence; compiled on first use."""
    return re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


def lead_sentence(text: str) -> str:
    """The first sentence of `text`, shortened at a word boundary when it runs long."""
    sentence = text
    for match in _sentence_end().finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
        bare = word.strip("\"“‘'([<").lower()
        # Titles, initials and dotted abbreviations ("U.S", "D.H") do not end a sentence.
        if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()) or "." in bare:
            continue
        sentence = text[: match.end()]
        break
    sentence = sentence.strip()
    if len(sentence) <= _MAX_TITLE:
        return sentence
    cut = sentence.rfind(" ", 0, _MAX_TITLE)
    return sentence[: cut if cut > 0 else _MAX_TITLE].rstrip(" ,;:") + "…"
