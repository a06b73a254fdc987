"""The command palette, guarded against being typed at while it closes.

Textual's palette gathers commands in a worker and shows them through watchers and a
timer, each of which looks its `CommandList` up again. When escape closes the palette
while a search is still on its way, that lookup can run after the list has left the DOM:
`NoMatches`, and the worker's failure ends the app. Here each of those steps first checks
the palette is still open; a closed palette's late results are simply dropped. Paging a
list that has not been laid out yet (pagedown the moment the palette opens) is ignored
instead of raising `KeyError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import Button, Input

if TYPE_CHECKING:
    from textual.app import App

#: The id Textual gives its palette (`CommandPalette.is_open` and the styles rely on it).
PALETTE_ID = "--command-palette"
_GATHER_GROUP = CommandPalette._GATHER_COMMANDS_GROUP
_gather_commands = CommandPalette._gather_commands.__wrapped__  # type: ignore[attr-defined]


def palette_may_open(app: App[object]) -> bool:
    """No palette is open, nor closed but still leaving (a second would clash with its id)."""
    if CommandPalette.is_open(app):
        return False
    return not any(node.id == PALETTE_ID for node in app._nodes)


class ReaderPalette(CommandPalette):
    """Textual's palette, whose late results after closing are dropped instead of crashing."""

    _dismissed = False

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("id", PALETTE_ID)
        super().__init__(**kwargs)

    @property
    def is_open(self) -> bool:
        """Still on screen, with its list in place (not closing)."""
        if self._dismissed or not self.is_attached or self not in self.app.screen_stack:
            return False
        try:
            return self.query_one(CommandList).is_attached
        except NoMatches:
            return False

    def dismiss(self, result: object = None) -> AwaitComplete:
        """Close once, and only while on top: enter, enter on a command (or escape right
        after it) must neither pop the main screen nor run the command twice."""
        if not self.is_open or not self.is_active:
            return AwaitComplete.nothing()
        self._dismissed = True
        return super().dismiss(result)

    @on(Input.Submitted)
    @on(Button.Pressed)
    def _select_or_command(self, event: Message | None = None) -> None:  # type: ignore[override]
        # Runs before Textual's own handler for the same messages, which it lets through
        # only while the palette is open; called directly (an option chosen), it is that.
        if not self.is_open:
            if event is not None:
                event.stop()
                event.prevent_default()
            return
        if event is None:
            super()._select_or_command()

    @work(exclusive=True, group=_GATHER_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        if not self.is_open:
            return
        try:
            await _gather_commands(self, search_value)
        except NoMatches:
            if self.is_open:
                raise  # a real bug, not the palette closing under the search

    def _refresh_command_list(self, command_list, commands, clear_current) -> None:  # type: ignore[no-untyped-def]
        if self.is_open and command_list.is_attached:
            super()._refresh_command_list(command_list, commands, clear_current)

    def _watch__list_visible(self) -> None:
        if self.is_open:
            super()._watch__list_visible()

    async def _watch__show_busy(self) -> None:
        if self.is_open:
            await super()._watch__show_busy()

    def _action_command_list(self, action: str) -> None:
        if not self.is_open:
            return
        if action in ("page_up", "page_down"):
            # Paging needs the list laid out: a hidden or not yet drawn list has no lines
            # yet, and Textual's OptionList would look its highlight up in an empty map.
            command_list = self.query_one(CommandList)
            if (command_list.highlighted or 0) not in command_list._index_to_line:
                return
        super()._action_command_list(action)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        if self.is_open:
            super()._start_no_matches_countdown(search_value)
            timer = self._no_matches_timer
            if timer is not None:  # its callback looks the list up: only while still open
                callback = timer._callback
                timer._callback = lambda: callback() if self.is_open else None
