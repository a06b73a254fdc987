"""What the commands write: JSON lines that are always valid UTF-8 and inert, and messages on
stderr with every path and name made visible.

The JSON rule: text is written as itself (`ensure_ascii=False`), except that characters a
terminal could act on or that would reorder a line (C1 controls, DEL, bidi marks, overrides and
isolates, line and paragraph separators) are written as `\\uXXXX` escapes, which any JSON
parser turns back into the same characters; and a lone surrogate (an undecodable byte of a file
name) becomes U+FFFD, since no UTF-8 text can hold it. So every line is valid UTF-8 JSON, and
`cat` of the output cannot drive the terminal.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any

from reader.corpus.sanitize import display_name, valid_unicode

# C0 controls are already escaped by json.dumps; these come out raw with ensure_ascii=False.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_line(record: dict[str, Any]) -> str:
    """`record` as one line of JSON (newline included), valid UTF-8 whatever its strings hold."""
    text = json.dumps(record, ensure_ascii=False)
    if not text.isascii():
        # Outside strings a JSON text is ASCII, so these characters are all inside strings.
        text = valid_unicode(text)
        text = _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text + "\n"


def warn(message: str) -> None:
    """Print `reader: message` on stderr, with anything a terminal could act on made visible."""
    print(f"reader: {display_name(message)}", file=sys.stderr)


def cell_width(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK, most emoji) characters two, combining
    and zero-width ones none, so that table columns line up whatever script a name is in."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def pad(text: str, width: int) -> str:
    """`text` followed by spaces to fill `width` columns."""
    return text + " " * max(0, width - cell_width(text))


def fit(text: str, width: int) -> str:
    """`text` cut to at most `width` columns, with "…" when it had to be cut."""
    if cell_width(text) <= width:
        return text
    kept, used = [], 0
    for ch in text:
        size = _char_width(ch)
        if used + size > width - 1:
            break
        kept.append(ch)
        used += size
    return "".join(kept) + "…"
