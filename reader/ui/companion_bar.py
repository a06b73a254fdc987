"""The "appears with" line of the mentions view: the names most often in the same articles.

One focusable line of chips; left/right move between them and enter (or a click) asks the
view to show that entity's mentions instead. Names are drawn as literal `Content`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.binding import BindingType
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.style import Style
from textual.widget import Widget

from reader.entities.model import Entity
from reader.ui.name_keys import COMPANION_BINDINGS

LABEL = "Appears with: "
SEPARATOR = "  "


class CompanionBar(Widget, can_focus=True):
    """Chips for the entities that appear with the shown one, each with its shared count."""

    HELP = "Names that appear in the same articles. left/right choose, enter shows its mentions."
    COMPONENT_CLASSES: ClassVar[set[str]] = {"companion-bar--chosen", "companion-bar--label"}
    DEFAULT_CSS = """
    CompanionBar { height: 1; }
    CompanionBar > .companion-bar--label { color: $reader-muted; }
    CompanionBar > .companion-bar--chosen { text-style: underline; }
    CompanionBar:focus > .companion-bar--chosen {
        background: $reader-cursor;
        color: $reader-cursor-text;
        text-style: bold;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = COMPANION_BINDINGS

    class Opened(Message):
        """The user asked for the mentions of `entity_id`."""

        def __init__(self, entity_id: str) -> None:
            super().__init__()
            self.entity_id = entity_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.companions: list[tuple[Entity, int]] | None = None
        self.chosen = 0
        self._ranges: list[tuple[int, int, int]] = []  # (chip, start, end) as drawn

    def show(self, companions: list[tuple[Entity, int]] | None) -> None:
        """Show these companions (None: still being worked out)."""
        self.companions = companions
        self.chosen = 0
        self.refresh()

    def render(self) -> Content:
        label = Content(LABEL).stylize(self._style("label"))
        self._ranges = []
        if self.companions is None:
            return label + Content("…")
        if not self.companions:
            return label + Content("no other name in its articles").stylize("dim")
        chips = [Content(f"{entity.name} {shared}") for entity, shared in self.companions]
        chips[self.chosen] = chips[self.chosen].stylize(self._style("chosen"))
        # Start late enough that the chosen chip fits on the line.
        first = 0
        room = max(1, self.size.width - len(LABEL))
        while first < self.chosen and _width(chips[first : self.chosen + 1]) > room:
            first += 1
        parts: list[Content] = [label, Content("… ") if first else Content("")]
        position = len(label.plain) + len(parts[1].plain)
        for number in range(first, len(chips)):
            if number > first:
                parts.append(Content(SEPARATOR))
                position += len(SEPARATOR)
            self._ranges.append((number, position, position + len(chips[number].plain)))
            parts.append(chips[number])
            position += len(chips[number].plain)
        return Content.assemble(*parts)

    def _style(self, kind: str) -> Style:
        rich_style = self.get_component_rich_style(f"companion-bar--{kind}", partial=True)
        return Style.from_rich_style(rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.companions:
            self.chosen = (self.chosen + step) % len(self.companions)
            self.refresh()

    def action_open(self) -> None:
        if self.companions:
            self.post_message(self.Opened(self.companions[self.chosen][0].id))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.companions:
            return
        text = self.render().plain
        for number, start, end in self._ranges:
            if cell_len(text[:start]) <= offset.x < cell_len(text[:end]):
                self.chosen = number
                self.refresh()
                self.post_message(self.Opened(self.companions[number][0].id))
                return


def _width(chips: list[Content]) -> int:
    """Cells taken by `chips` side by side."""
    return sum(chip.cell_length for chip in chips) + len(SEPARATOR) * (len(chips) - 1)
