"""One-line hints that fit their width: the least useful parts are shortened, then dropped.

A hint is a list of parts ("12 results", "↑↓ move", "esc close"), each with a shorter form
and a rank. At 80 columns the whole line rarely fits; cropping it at the edge would cut a
part in the middle, so the parts with the lowest rank give way first, whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from textual.content import Content
from textual.widget import Widget

SEPARATOR = " · "


class HintPart(NamedTuple):
    """A part of a hint line: its text, a shorter form ("" for none) and how much it matters
    (a higher `keep` is shortened and dropped later; a part with the same rank as another
    gives way after the ones to its right)."""

    text: str
    short: str = ""
    keep: int = 0


def fit_hint(parts: Sequence[HintPart], width: int, separator: str = SEPARATOR) -> str:
    """The parts joined, in order, in at most `width` cells: shortened, then dropped, least
    useful first. When not even the most useful part fits, it is returned whole (the line
    crops it)."""
    order = sorted(range(len(parts)), key=lambda i: (parts[i].keep, -i))
    texts = [part.text for part in parts]
    shown = [True] * len(parts)

    def line() -> str:
        return separator.join(t for t, s in zip(texts, shown, strict=True) if s and t)

    if len(line()) <= width:
        return line()
    for i in order:
        if parts[i].short:
            texts[i] = parts[i].short
            if len(line()) <= width:
                return line()
    for i in order[:-1]:
        shown[i] = False
        if len(line()) <= width:
            return line()
    return line()


class HintLine(Widget):
    """A muted line of hints, refitted to its width whenever it is drawn."""

    DEFAULT_CSS = """
    HintLine { height: 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts: tuple[HintPart, ...] = ()

    def show(self, parts: Sequence[HintPart]) -> None:
        self._parts = tuple(parts)
        self.refresh()

    @property
    def text(self) -> str:
        """The line as it is drawn now."""
        return self.render().plain

    def render(self) -> Content:
        width = self.content_region.width or self.size.width or 80
        return Content(fit_hint(self._parts, width))
