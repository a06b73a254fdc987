"""The line under the article list: its order and filter, and the field to type a filter in.

Shown only when there is something to say (an order other than newest first, a filter) or
while a filter is typed, so the sidebar looks as before until the reader sorts or filters.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from reader.ui.keys import bind
from reader.ui.list_order import ListChoice

FILTER_HINT = "unread source:NAME lang:id from:2023-09 to:2023-12 text"


class ListBar(Horizontal):
    """The list's order and filter at rest; a filter field while one is typed."""

    HELP = (
        "Filter the article list. Type words to keep the articles whose title, source or "
        "author holds them; add `unread` for the unread ones, `source:NAME`, `lang:id` or "
        "`lang:en`, and `from:DATE` / `to:DATE` (2023-09-12, 2023-09 or 2023). The list "
        "follows as you type; enter keeps the filter, escape puts the old one back, and an "
        "empty filter shows every article."
    )

    DEFAULT_CSS = """
    ListBar {
        dock: bottom;
        height: 1;
        display: none;
        background: $panel;
    }
    ListBar.-shown { display: block; }
    ListBar > #list-status { width: 1fr; padding: 0 1; color: $text-muted; }
    ListBar > #list-label { width: auto; padding: 0 1; color: $text-muted; display: none; }
    ListBar > Input { width: 1fr; height: 1; border: none; padding: 0; background: $panel;
                      display: none; }
    ListBar > Input:focus { border: none; }
    ListBar.-editing > #list-status { display: none; }
    ListBar.-editing > #list-label { display: block; }
    ListBar.-editing > Input { display: block; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape", "cancel", "Cancel", show=True, id="list-filter.cancel",
             tooltip="Put the filter back as it was and return to the list"),
    ]  # fmt: skip

    class Cancelled(Message):
        """The reader left the filter field with escape."""

    class FilterTyped(Message):
        """The filter field changed (`final`: enter was pressed)."""

        def __init__(self, value: str, *, final: bool) -> None:
            super().__init__()
            self.value = value
            self.final = final

    def compose(self) -> ComposeResult:
        yield Static(id="list-status")
        yield Static(Content("Filter"), id="list-label")
        yield Input(
            placeholder=FILTER_HINT, compact=True, select_on_focus=False, id="list-filter"
        )

    @property
    def input(self) -> Input:
        return self.query_one("#list-filter", Input)

    @property
    def editing(self) -> bool:
        return self.has_class("-editing")

    def show_choice(self, choice: ListChoice, shown: int, total: int) -> None:
        """Say how the list is sorted and filtered and how many articles it shows."""
        text = choice.describe()
        if choice.filter.active:
            text += f" · {shown:,} of {total:,}"
        self.query_one("#list-status", Static).update(Content(text))
        self.set_class(self.editing or choice != ListChoice(), "-shown")

    def start_editing(self, line: str) -> None:
        """Open the field with `line` in it and give it the focus."""
        self.add_class("-editing", "-shown")
        self.input.value = line
        self.input.cursor_position = len(line)
        self.input.focus()

    def stop_editing(self, choice: ListChoice) -> None:
        """Close the field, back to the status line (hidden when there is nothing to say)."""
        self.remove_class("-editing")
        self.set_class(choice != ListChoice(), "-shown")

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    @on(Input.Changed, "#list-filter")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.editing:
            self.post_message(self.FilterTyped(event.value, final=False))

    @on(Input.Submitted, "#list-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.FilterTyped(event.value, final=True))
