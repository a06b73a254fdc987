"""Greedy word wrap measured in terminal cells, with exact offset ↔ cell mapping.

The article view owns its wrap so that a character offset in a block maps to one screen
position and back: find matches, entity spans and saved positions all rely on that.
Wide characters (CJK, emoji) take two cells; a word wider than the line is folded.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

_WORD = re.compile(r"\s*\S+\s*|\s+")


def wrap_offsets(text: str, width: int) -> list[int]:
    """The start offset of each line when `text` is wrapped greedily to `width` cells.

    The first entry is always 0. Spaces after a word stay on its line (they may hang past
    the width and are not drawn); a word longer than `width` is folded at cell boundaries.
    """
    width = max(1, width)
    starts = [0]
    measure = len if text.isascii() else cell_len
    if measure(text) <= width:
        return starts
    used = 0
    for match in _WORD.finditer(text):
        token = match.group()
        word = token.rstrip()
        word_cells = measure(word)
        token_start = match.start()
        if used and used + word_cells > width:
            starts.append(token_start)
            used = 0
        if word_cells > width:
            used = _fold(word, token_start, width, starts)
            used += measure(token) - word_cells
            continue
        used += measure(token)
    return starts


def _fold(word: str, start: int, width: int, starts: list[int]) -> int:
    """Break an over-long word into lines of at most `width` cells; return the last line's cells."""
    used = 0
    for index, char in enumerate(word):
        size = get_character_cell_size(char)
        if used and used + size > width:
            starts.append(start + index)
            used = 0
        used += size
    return used


def line_of(starts: list[int], offset: int) -> int:
    """The index of the wrapped line that holds `offset`."""
    return max(0, bisect_right(starts, offset) - 1)


def cells_before(text: str, line_start: int, offset: int) -> int:
    """How many cells the text of a line takes from `line_start` up to `offset`."""
    piece = text[line_start:offset]
    return len(piece) if piece.isascii() else cell_len(piece)


def offset_at_cell(text: str, line_start: int, line_end: int, cell: int) -> int:
    """The offset of the character drawn at `cell` on a line (clamped to the line's end)."""
    if cell <= 0:
        return line_start
    used = 0
    for index in range(line_start, line_end):
        used += get_character_cell_size(text[index])
        if used > cell:
            return index
    return line_end
