"""Words of a block with their offsets, as the tagger sees them (in training and in use).

One pattern splits text into words and single punctuation marks: dotted initials ("U.S.") are one
word, an apostrophe inside a name stays in it ("O'Brien") but a possessive "'s" is its own word,
and a hyphen is its own word, so that "Korea-Rusia" gives two names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple


class Token(NamedTuple):
    """A word of a block: `text[start:end]`."""

    start: int
    end: int
    text: str


@functools.cache
def token_pattern() -> re.Pattern[str]:
    """Dotted initials, words (with inner apostrophes and dots of abbreviations), or one mark."""
    letter = r"[^\W\d_]"
    return re.compile(
        rf"(?:{letter}\.){{2,}}(?!\w)"  # U.S. / A.S.
        rf"|\w+(?:['’](?![sS]\b)\w+)*(?:\.(?=\w)\w+)*"  # words, O'Brien, 3.5, detik.com
        r"|['’][sS]\b"  # possessive
        r"|[^\w\s]"  # one mark
    )


def tokenize(text: str) -> list[Token]:
    """The words and marks of `text` with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in token_pattern().finditer(text)]


#: Words on each side of a capitalised word that the tagger reads with it.
REACH = 2


#: Marks after which a word starts a sentence (its capital proves nothing).
OPENERS = frozenset({".", "!", "?", ":", '"', "“", "‘", "(", "-", "–", "—", "•", "|"})


def islands(
    tokens: list[Token], ordinary: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """Token ranges [i, j) worth tagging: each word with a capital letter and `REACH` words on
    either side, overlapping ranges joined. Names are written with capitals; the long lower-case
    stretches between them are never tagged, which halves the work on news text. A capital
    only at a sentence start, on a word `ordinary` says the corpus writes in lower case, opens
    no range."""
    ranges: list[tuple[int, int]] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        text = token.text
        if text.islower() or not any(c.isupper() for c in text):
            continue
        if (
            ordinary is not None
            and (i == 0 or tokens[i - 1].text in OPENERS)
            and text[1:].islower()
            and ordinary(text)
        ):
            continue
        lo, hi = max(0, i - REACH), min(n, i + REACH + 1)
        if ranges and lo <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], hi)
        else:
            ranges.append((lo, hi))
    return ranges
