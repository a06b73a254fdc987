"""The "In this article" panel: the article's names grouped by kind, with mention counts.

An `OptionList` (it draws only the rows on screen, so hundreds of names cost little): a
heading per kind, then its names, the most mentioned first, each in its kind's cue (bold,
underline, italic; the heading says the kind). enter (or a click) on a name
posts `EntityPanel.Chosen`; the pane then moves the name cursor to its first mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.entities.model import LABELS, Entity
from reader.ui.keys import bind
from reader.ui.name_marks import KIND_OF_LABEL

if TYPE_CHECKING:
    from reader.index.provisional import ArticleNames

#: The heading of each kind's group.
KIND_TITLES: dict[str, str] = {
    "person": "People",
    "place": "Places",
    "org": "Organisations",
    "misc": "Other names",
}
#: The key that shows or hides each kind (see ArticlePane's bindings).
KIND_KEYS: dict[str, str] = {"person": "1", "place": "2", "org": "3", "misc": "4"}


def names_by_kind(names: ArticleNames) -> dict[str, list[tuple[Entity, int]]]:
    """The article's entities by kind (legend order), each with its mention count here.

    Within a kind the most mentioned come first, then by first mention.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    label_of: dict[str, str] = {}
    for position, mention in enumerate(names.mentions):
        counts[mention.entity] += 1
        first.setdefault(mention.entity, position)
        label_of.setdefault(mention.entity, mention.label)
    grouped: dict[str, list[tuple[Entity, int]]] = {}
    for label in LABELS:
        members = [e for e in counts if label_of[e] == label]
        members.sort(key=lambda e: (-counts[e], first[e]))
        if members:
            kind = KIND_OF_LABEL[label]
            grouped[kind] = [(_entity(names, e, label), counts[e]) for e in members]
    return grouped


def _entity(names: ArticleNames, entity_id: str, label: str) -> Entity:
    entity = names.entities.get(entity_id)
    if entity is not None:
        return entity
    return Entity(entity_id, entity_id, label)  # type: ignore[arg-type]


def _cue_only(style: Style) -> Style:
    """A kind's bold/italic/underline cue without its colour, so the highlight bar's colours
    (not the kind's) decide what a highlighted row looks like."""
    return Style(bold=style.bold, italic=style.italic, underline=style.underline)


class EntityPanel(OptionList):
    """The names of the article on screen, by kind; enter moves the name cursor to one."""

    HELP = (
        "The names in this article, grouped by kind, with how often each is mentioned here. "
        "Move with j/k or the arrows; enter puts the name cursor on the first mention of the "
        "highlighted name and goes back to the article. e or escape closes the panel."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("j", "cursor_down", "Down", id="names-panel.down",
             tooltip="Highlight the next name"),
        bind("k", "cursor_up", "Up", id="names-panel.up", tooltip="Highlight the previous name"),
    ]  # fmt: skip

    DEFAULT_CSS = """
    EntityPanel {
        width: 36%;
        min-width: 24;
        max-width: 40;
        height: 1fr;
        border: none;
        border-left: vkey $panel;
        padding: 0;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    EntityPanel:focus { border: none; border-left: vkey $primary; }
    """

    class Highlighted(Message):
        """The highlight moved to `entity_id` (the status line shows its whole name, which
        the panel may have cut)."""

        def __init__(self, entity_id: str) -> None:
            super().__init__()
            self.entity_id = entity_id

    class Chosen(Message):
        """The reader chose `entity_id` (a `kind` of name) in the panel."""

        def __init__(self, entity_id: str, kind: str) -> None:
            super().__init__()
            self.entity_id = entity_id
            self.kind = kind

    def __init__(self, kind_style: Callable[[str], Style], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._kind_style = kind_style
        self._kinds: dict[str, str] = {}  # entity id → kind

    def show_names(self, names: ArticleNames | None, hidden: Collection[str] = ()) -> None:
        """List `names` (None: not found yet), keeping the highlighted name when it is there."""
        kept = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option] = []
        self._kinds = {}
        if names is None:
            options.append(Option(Content("Finding names…"), disabled=True))
        elif not names.mentions:
            options.append(Option(Content("No names found in this article."), disabled=True))
        else:
            for kind, members in names_by_kind(names).items():
                options.append(self._heading(kind, len(members), kind in hidden))
                style = _cue_only(self._kind_style(kind))
                for entity, count in members:
                    self._kinds[entity.id] = kind
                    prompt = Content.assemble(f"{count:>4}  ", (entity.name, style))
                    options.append(Option(prompt, id=entity.id))
        self.set_options(options)
        ids = [option.id for option in options]
        if kept in ids:
            self.highlighted = ids.index(kept)
        else:
            self.action_first()

    def highlight_entity(self, entity_id: str) -> None:
        """Move the highlight to `entity_id`'s row (when it is listed)."""
        if entity_id in self._kinds:
            self.highlighted = self.get_option_index(entity_id)

    def _heading(self, kind: str, count: int, hidden: bool) -> Option:
        text = f"{KIND_TITLES[kind]} · {count}"
        if hidden:
            text += f"  (hidden: {KIND_KEYS[kind]} shows them)"
        return Option(Content(text).stylize("bold"), disabled=True)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entity_id = event.option.id
        if entity_id is not None and entity_id in self._kinds:
            self.post_message(self.Highlighted(entity_id))

    def _move_page(self, direction: int) -> None:  # type: ignore[override]
        # Textual's OptionList pages from its line map, which is empty until the list has
        # been laid out at a height: pagedown the moment the panel opens must do nothing.
        if (self.highlighted or 0) in self._index_to_line:
            super()._move_page(direction)  # type: ignore[arg-type]

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity_id = event.option.id
        if entity_id is not None and entity_id in self._kinds:
            self.post_message(self.Chosen(entity_id, self._kinds[entity_id]))
