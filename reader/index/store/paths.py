"""File names as the store keeps them: any path the system gives, as valid UTF-8 text.

A name with bytes that are not UTF-8 reaches Python with lone surrogates (`surrogateescape`),
which SQLite cannot hold as text. They are kept as code points of a private-use plane
(U+F0000 + the surrogate's offset) and turned back on the way out, one for one, so every
file keeps a key of its own and the commands print the same path cold and warm.
"""

from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
_KEPT = re.compile("[\U000f0000-\U000f07ff]")
_SHIFT = 0xF0000 - 0xD800


def to_store(text: str) -> str:
    """`text` with each lone surrogate moved to its private-use stand-in."""
    if text.isascii():
        return text
    return _SURROGATES.sub(lambda m: chr(ord(m.group()) + _SHIFT), text)


def from_store(text: str) -> str:
    """The text `to_store` was given."""
    if text.isascii():
        return text
    return _KEPT.sub(lambda m: chr(ord(m.group()) - _SHIFT), text)
