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

#: What the legend calls each kind: in full, a little shorter, and when very short of room.
KIND_WORDS: dict[str, tuple[str, str, str]] = {
    "person": ("person", "person", "per"),
    "place": ("place", "place", "pla"),
    "org": ("organisation", "org", "org"),
    "misc": ("other", "other", "oth"),
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
        # Shortened step by step so the count is never lost: first the kind words, then the
        # note's second half ("· N mentions"), and only then the count itself.
        width = self.content_region.width or self.size.width
        full_note = self.note
        short_note = full_note.split(" · ")[0]
        for level, note_text in ((0, full_note), (1, full_note), (1, short_note), (2, short_note)):
            kinds = self._kinds(level)
            if not note_text:
                if kinds.cell_length <= width:
                    return kinds
                continue
            note = Content(note_text).stylize(self._component_style("note"))
            if kinds.cell_length + 2 + note.cell_length <= width:
                gap = width - kinds.cell_length - note.cell_length
                return Content.assemble(kinds, " " * gap, note)
        return self._kinds(2)

    def _kinds(self, level: int) -> Content:
        parts: list[Content | str] = []
        for kind in KINDS:
            word = KIND_WORDS[kind][level]
            if parts:
                parts.append("  " if level == 0 else " ")
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
