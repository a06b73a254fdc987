"""Make untrusted text inert for the terminal without moving any offset.

Article text comes from the internet. ESC, C1 controls and bidi overrides reach the terminal
verbatim through Textual 8 widgets, and Textual silently deletes some other controls (which
would shift offsets). So every control character is replaced one-for-one when text is loaded.

File and folder names are untrusted too, but a name has no offsets to keep and must stay
recognisable: `display_name` turns what a terminal would act on into visible escapes instead.
Every place a path reaches a person (stderr, notices, the header, the sidebar) goes through it.
"""

from __future__ import annotations

import re
from functools import cache

REPLACEMENT = "\ufffd"

# C0 controls except TAB, LF and CR, DEL, C1 controls, bidi embeddings/overrides/isolates, and
# lone surrogates (a JSON "\\ud800" escape gives one; no terminal or UTF-8 encoder takes it).
_UNSAFE_KEEP_NEWLINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


@cache
def _unsafe_one_line() -> re.Pattern[str]:
    """The unsafe characters, line feeds included; compiled when a field first needs it."""
    return re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


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


# What a name shown to a person must not carry raw: C0 and C1 controls (newlines included),
# DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators, and lone
# surrogates (a file name's undecodable bytes, as os.fsdecode gives them).
_UNSAFE_IN_NAMES = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    """One unsafe character as a visible escape: `\\n`, `\\x1b`, `\\u202e`, or `\\xff` for an
    undecodable byte (carried as a surrogate from U+DC80 to U+DCFF)."""
    char = match.group()
    code = ord(char)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def display_name(name: str) -> str:
    """A path or name made visible and inert for a terminal: every control, bidi or undecodable
    character becomes a visible escape (`x\\x1b]0;t\\x07.txt`), so a hostile file name can
    neither drive the terminal nor disguise itself. Printable names come back unchanged."""
    if name.isprintable():
        return name
    return _UNSAFE_IN_NAMES.sub(_escape, name)


_SURROGATES = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` with each lone surrogate (an undecodable byte of a file name, or a JSON `\\ud800`
    escape) replaced by U+FFFD, so it can always be encoded as UTF-8."""
    if text.isascii():
        return text
    return _SURROGATES.sub(REPLACEMENT, text)
