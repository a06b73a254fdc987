"""Modal screens that close once: fast hands must never pop a screen that is not theirs.

Textual's `Screen.dismiss` pops whatever screen is on top of the stack and sets the result
future each time it is called. Keys typed faster than the screen closes (enter, then
escape, escape) reach a modal that is already leaving: its second dismiss would pop the
main screen (`ScreenStackError`) or set the result twice (`InvalidStateError`). Here a
dismiss counts only once, and only while the screen is the one on top.
"""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class ClosingOnce(ModalScreen[ResultType]):
    """A modal whose dismiss (and escape, and any choice) is idempotent and guarded."""

    _dismissed = False

    @property
    def is_closing(self) -> bool:
        """True once the screen has been dismissed or has left the DOM: late messages and
        workers' results for it are dropped instead of querying widgets that are gone."""
        return self._dismissed or not self.is_attached

    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        if self.is_closing or not self.is_active:
            return AwaitComplete.nothing()
        self._dismissed = True
        return super().dismiss(result)
