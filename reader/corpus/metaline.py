"""A line of metadata fields under a title: "Outlet · 2017-03-28 · <https://…>".

Fields are separated by a middle dot, bullet or bar. Each is a URL, a date, or a short name
(the outlet); anything else short is kept as extra metadata. The line counts as metadata only
when every field is short and at least one is a date or a URL; an unemphasised line must also
have no unclassified field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from reader.corpus.dates import parse_date

_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_URL = re.compile(r"^<?(?:https?://|www\.)\S+?>?$", re.IGNORECASE)
_MAX_FIELD_WORDS = 6


@dataclass(slots=True)
class MetaLine:
    """What a metadata line holds; `spans` are (start, end, kind) with kind source/date/url/other."""

    spans: list[tuple[int, int, str]] = field(default_factory=list)
    source: str = ""
    date: datetime | None = None
    url: str = ""
    other: list[str] = field(default_factory=list)


def parse_meta_line(
    text: str, emphasised: bool, reference_year: int | None = None
) -> MetaLine | None:
    """The fields of a metadata line, or None when `text` is not one."""
    line = MetaLine()
    pos = 0
    pieces: list[tuple[int, int]] = []
    for match in _SEPARATOR.finditer(text):
        pieces.append((pos, match.start()))
        pos = match.end()
    pieces.append((pos, len(text)))
    if len(pieces) < 2 and not emphasised:
        return None
    for start, end in pieces:
        value = text[start:end].strip()
        if not value or len(value.split()) > _MAX_FIELD_WORDS or value[-1] in ".!?":
            return None
        if _URL.match(value):
            line.url = line.url or value.strip("<>")
            line.spans.append((start, end, "url"))
        elif (when := parse_date(value, reference_year)) is not None:
            line.date = line.date or when
            line.spans.append((start, end, "date"))
        elif not line.source and not any(ch.isdigit() for ch in value):
            line.source = value
            line.spans.append((start, end, "source"))
        else:
            line.other.append(value)
            line.spans.append((start, end, "other"))
    if not (line.url or line.date) or (line.other and not emphasised):
        return None
    return line
