"""One-line context around a mention: its sentence, or a window of the text when that is long.

Used by the mentions list (one row per mention, the name highlighted) and by `reader mentions`
(the `context` field). A snippet never cuts a character sequence that is shown as one (a base
letter and its combining marks, a surrogate pair, an emoji with its modifiers and joiners).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Default width of a snippet when the sentence is longer than that.
DEFAULT_WIDTH = 160
ELLIPSIS = "…"

# A sentence ends with . ! ? or … (and any closing quotes or brackets), then spaces.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+")
# Short words after which a full stop does not end a sentence: titles and common abbreviations
# in English and Indonesian, and single letters (initials, "U.S.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|st|jr|sr|gen|lt|col|capt|sgt|gov|sen|rep|rev|hon|vs|"
    r"inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"hj|ir|drs|dra|kh|ny|tn|sdr|bpk|dll|dsb|dst|tsb|yth)|\b\w)\.$",
    re.IGNORECASE,
)
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


@dataclass(frozen=True, slots=True)
class Snippet:
    """A line of context and where the mention sits in it (`text[start:end]` is the name)."""

    text: str
    start: int
    end: int


def _is_extension(char: str) -> bool:
    """True for a character that belongs to the one before it when shown."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")
        or 0xDC00 <= code <= 0xDFFF  # low surrogate of a pair
        or code == 0x200D  # zero-width joiner
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
    )


def safe_cut(text: str, index: int, *, backwards: bool) -> int:
    """Move the cut position `index` so that it does not split a displayed character.

    `backwards=True` moves the cut left (a snippet's start), otherwise right (its end).
    """
    index = max(0, min(index, len(text)))
    if backwards:
        while 0 < index < len(text) and (_is_extension(text[index]) or text[index - 1] == "\u200d"):
            index -= 1
    else:
        while 0 < index < len(text) and (_is_extension(text[index]) or text[index - 1] == "\u200d"):
            index += 1
    return index


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence of `text` that holds `text[start:end]`."""
    sentence_start = 0
    sentence_end = len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() < len(text) and text[match.end()].islower():
            continue  # a sentence does not start in lower case: an abbreviation
        if match.group().startswith(".") and _ABBREVIATION.search(
            text, max(0, match.start() - 8), match.start() + 1
        ):
            continue
        if match.end() <= start:
            sentence_start = match.end()
        elif match.start() >= end:
            sentence_end = match.start() + len(match.group().rstrip())
            break
    return sentence_start, sentence_end


def snippet(text: str, start: int, end: int, width: int = DEFAULT_WIDTH) -> Snippet:
    """The sentence of `text` around `text[start:end]`, or about `width` characters around it.

    The result is on one line; a cut end is marked with "…" (counted in the offsets).
    """
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    if sentence_end - sentence_start <= width:
        left, right = sentence_start, sentence_end
    else:
        left, right = _window(text, start, end, width, sentence_start, sentence_end)
    left = safe_cut(text, left, backwards=True)
    right = safe_cut(text, right, backwards=False)
    body = text[left:right].translate(_ONE_LINE)
    prefix = ELLIPSIS if left > sentence_start else ""
    suffix = ELLIPSIS if right < sentence_end else ""
    offset = len(prefix) - left
    return Snippet(prefix + body + suffix, start + offset, end + offset)


def _window(text: str, start: int, end: int, width: int, lower: int, upper: int) -> tuple[int, int]:
    """About `width` characters of `text[lower:upper]` around the mention, cut at spaces."""
    room = max(0, width - (end - start))
    left = max(lower, start - room // 3)
    right = min(upper, end + room - (start - left))
    left = max(lower, min(left, right - width))
    if left > lower:
        space = text.find(" ", left, start)
        if space != -1:
            left = space + 1
    if right < upper:
        space = text.rfind(" ", end, right)
        if space != -1:
            right = space
    return left, right
