"""Make untrusted text inert for the terminal without moving any offset.

Article text comes from the internet. ESC, C1 controls and bidi overrides reach the terminal
verbatim through Textual 8 widgets, and Textual silently deletes some other controls (which
would shift offsets). So every control character is replaced one-for-one when text is loaded.
"""

from __future__ import annotations

import re
from functools import cache

REPLACEMENT = "\ufffd"

# C0 controls except TAB, LF and CR, DEL, C1 controls, bidi embeddings/overrides/isolates.
_UNSAFE_KEEP_NEWLINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


@cache
def _unsafe_one_line() -> re.Pattern[str]:
    """The unsafe characters, line feeds included; compiled when a field first needs it."""
    return re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Replace unsafe characters one-for-one, keeping line breaks and turning tabs into spaces.

    CR and LF stay so that lines can still be found; a block's text never holds either
    (block builders split on them, and `clean_line` replaces any that remain).
    """
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE_KEEP_NEWLINES.sub(REPLACEMENT, text.replace("\t", " "))


def clean_line(text: str) -> str:
    """Replace unsafe characters, line feeds included, one-for-one: for one-line fields."""
    if text.isascii() and text.isprintable():
        return text
    return _unsafe_one_line().sub(REPLACEMENT, text.replace("\t", " "))
