"""Case and diacritic folding for matching names: "Müller" and "MULLER" both fold to "muller".

The finder folds every candidate once, when it is built, and each query as it is typed. Folding
can change a string's length ("ß" → "ss", combining marks dropped, runs of spaces collapsed), so
`fold_with_origins` also says which original character each folded character came from: that is
how a match found in folded text is highlighted in the text the user sees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Latin letters that Unicode does not decompose into a base letter and a mark.
_EXTRA_LATIN = {
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ł": "l",
    "ŀ": "l",
    "œ": "oe",
    "æ": "ae",
    "þ": "th",
    "ŧ": "t",
    "ß": "ss",
    "ſ": "s",
}
#: Punctuation that comes in typographic variants which people type as ASCII.
_PUNCTUATION = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
}


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """The folded form of one character: lower case, no diacritics ("" for a lone mark)."""
    if char.isascii():
        return " " if char.isspace() else char.lower()
    if char.isspace():
        return " "
    mapped = _PUNCTUATION.get(char)
    if mapped is not None:
        return mapped
    lowered = char.casefold()
    pieces = []
    for part in unicodedata.normalize("NFKD", lowered):
        if unicodedata.combining(part):
            continue
        pieces.append(_EXTRA_LATIN.get(part, part))
    return "".join(pieces)


def fold(text: str) -> str:
    """`text` lower-cased, without diacritics, with whitespace runs as one space, stripped."""
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join("".join(fold_char(c) for c in text).split())


def fold_with_origins(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the index in `text` it came from."""
    chars: list[str] = []
    origins: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        for piece in fold_char(char):
            if piece == " ":
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                origins.append(index - 1 if index else 0)
                pending_space = False
            chars.append(piece)
            origins.append(index)
    return "".join(chars), origins


def spans_to_original(
    spans: list[tuple[int, int]], origins: list[int], text: str
) -> tuple[tuple[int, int], ...]:
    """Map spans in folded text (from `fold_with_origins(text)`) to spans in `text`.

    A span that ends inside the folding of one character ("ss" from "ß") covers that whole
    character, and any combining marks after it stay with their base letter.
    """
    result: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start or start >= len(origins):
            continue
        first = origins[start]
        last = origins[min(end, len(origins)) - 1] + 1
        while last < len(text) and unicodedata.combining(text[last]):
            last += 1
        if result and result[-1][1] >= first:
            result[-1] = (result[-1][0], max(last, result[-1][1]))
        else:
            result.append((first, last))
    return tuple(result)
