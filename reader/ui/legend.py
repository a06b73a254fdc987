"""The line above the article: what each name colour means, and how many names there are.

"■ person  ■ place  ■ organisation  ■ other" with each kind drawn in the style the article
paints it in (colour and its bold/underline/italic cue, so it reads under `NO_COLOR` and
the monochrome theme too); a hidden kind is struck through with an empty square.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import ClassVar

from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from reader.ui.name_marks import KINDS

#: What the legend calls each kind, in full and when the line is short of room.
KIND_WORDS: dict[str, tuple[str, str]] = {
    "person": ("person", "per"),
    "place": ("place", "pla"),
    "org": ("organisation", "org"),
    "misc": ("other", "oth"),
}
SHOWN_MARK, HIDDEN_MARK = "■", "□"


class NameLegend(Widget):
    """One line: the kinds of name in their styles (hidden ones struck), a note on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"name-legend--hidden", "name-legend--note"}
    DEFAULT_CSS = """
    NameLegend { height: 1; padding: 0 2; background: $background; }
    NameLegend > .name-legend--hidden { color: $reader-muted; text-style: strike; }
    NameLegend > .name-legend--note { color: $reader-muted; }
    """

    def __init__(self, kind_style: Callable[[str], Style], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._kind_style = kind_style
        self.hidden: frozenset[str] = frozenset()
        self.note = ""

    def show(self, *, hidden: Collection[str] | None = None, note: str | None = None) -> None:
        """Update which kinds are hidden and the note on the right (None: unchanged)."""
        if hidden is not None:
            self.hidden = frozenset(hidden)
        if note is not None:
            self.note = note
        self.refresh()

    def render(self) -> Content:
        width = self.content_region.width or self.size.width
        note = Content(self.note).stylize(self._component_style("note"))
        for short in (False, True):
            kinds = self._kinds(short)
            if kinds.cell_length + 2 + note.cell_length <= width and self.note:
                gap = width - kinds.cell_length - note.cell_length
                return Content.assemble(kinds, " " * gap, note)
            if kinds.cell_length <= width:
                return kinds
        return self._kinds(short=True)

    def _kinds(self, short: bool) -> Content:
        parts: list[Content | str] = []
        for kind in KINDS:
            word = KIND_WORDS[kind][1 if short else 0]
            if parts:
                parts.append(" " if short else "  ")
            if kind in self.hidden:
                hidden = self._component_style("hidden")
                parts.append(Content(f"{HIDDEN_MARK} {word}").stylize(hidden))
            else:
                style = self._kind_style(kind)
                parts.append(Content.assemble((SHOWN_MARK, style), " ", (word, style)))
        return Content.assemble(*parts)

    def _component_style(self, name: str) -> Style:
        return Style.from_rich_style(
            self.get_component_rich_style(f"name-legend--{name}", partial=True)
        )
