"""The main screen's keys for moving by name: `/`, `]`, `[`, ctrl+o, ctrl+i, and escape
right after a jump. Mixed into `ReaderScreen` (the bindings are `name_keys.NAVIGATION_BINDINGS`);
the work is done by `Navigation`.

ctrl+i is the same byte as tab in most terminals (xterm, tmux, GNOME Terminal): Textual only
sees a separate ctrl+i where the terminal speaks the kitty keyboard protocol (kitty,
WezTerm, foot, Ghostty). So "forward" is also on alt+right, and "back" on alt+left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from reader.corpus.model import Article
    from reader.entities.model import Mention
    from reader.ui.indexing import IndexReady
    from reader.ui.name_cursor import NameActivated
    from reader.ui.navigation import Navigation


class NavigationKeys:
    """Actions and handlers for moving by name, for the screen that holds the article."""

    _navigation: Navigation | None = None

    @property
    def navigation(self) -> Navigation:
        """The screen's `Navigation`, made on first use (it is not on the start path)."""
        if self._navigation is None:
            from reader.ui.navigation import Navigation

            self._navigation = Navigation(self)  # type: ignore[arg-type]
        return self._navigation

    def on_index_ready(self, message: IndexReady) -> None:
        """A new index: names become findable once its finder is built."""
        self.navigation.index_ready(message.index)

    def on_article_view_name_activated(self, message: NameActivated) -> None:
        """enter (or a click) on a name in the article: list all its mentions."""
        message.stop()
        self.navigation.open_mentions(
            message.entity_id, at=(message.article_id, message.block, message.start)
        )

    def on_key(self, event: events.Key) -> None:
        self.navigation.saw_key(event.key)

    def action_find_names(self) -> None:
        self.navigation.open_finder()

    def action_step_mention(self, direction: int) -> None:
        self.navigation.step(direction)

    def action_jump_back(self) -> None:
        self.navigation.back()

    def action_jump_forward(self) -> None:
        self.navigation.forward()

    def action_return_from_jumps(self) -> None:
        self.navigation.return_from_jumps()

    def jump_to_article(self, article: Article) -> None:
        """Open `article`, recording the jump (the palette's article hits use this)."""
        self.navigation.jump_to_article(article)

    def open_mentions(self, entity_id: str) -> None:
        """List every mention of `entity_id` (the palette's name hits use this)."""
        self.navigation.open_mentions(entity_id)

    def mention_place(self, article: Article | None, mention: Mention) -> str:
        """ "k/N" for the status line when `mention` is of the name `]`/`[` step through."""
        navigation = self._navigation
        return navigation.place_of(article, mention) if navigation is not None else ""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "return_from_jumps":
            navigation = self._navigation
            return navigation is not None and navigation.fresh_origin is not None
        return super().check_action(action, parameters)  # type: ignore[misc]
