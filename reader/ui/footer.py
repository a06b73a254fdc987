"""The footer: the keys that work where the focus is, fitted to the terminal's width.

Textual's footer lays every key out in a row and lets the right-hand ones fall off the edge,
so at 80 columns "? Help" was cut to "? H". Here the row is planned to fit: first the compact
spacing, then the least useful keys give way (quit, then the keys of the screen as a whole,
then the command palette's word, then the focused pane's own keys from the right). The help
key is never dropped: it lists everything else.

Textual's footer also holds on to every key it ever showed: each new key binds its `compact`
to the footer's, a watcher kept on the footer and swept only when `compact` changes, which it
rarely does here (hundreds of dead keys, with their styles and caches, after a few minutes of
fast typing). `sweep_footer` drops them each time the footer lays its keys out again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_ID = "app.help"
QUIT_ID = "app.quit"


class Key(NamedTuple):
    binding: Binding
    enabled: bool
    tooltip: str
    rank: int  # lower gives way first


class ReaderFooter(Footer):
    """A footer whose keys always fit, the help key last to go (never, in fact)."""

    def compose(self) -> ComposeResult:
        sweep_footer(self)  # the keys shown before are gone by now: let go of them
        if not self._bindings_ready:
            return
        keys, palette = self._keys()
        width = self.size.width or self.app.size.width
        compact, kept, palette_word = plan(keys, palette, width, self._display)
        self.set_class(compact, "-compact")
        self.set_reactive(Footer.compact, compact)
        for key in kept:
            yield FooterKey(
                key.binding.key,
                self._display(key.binding),
                key.binding.description,
                key.binding.action,
                disabled=not key.enabled,
                tooltip=key.tooltip,
            ).data_bind(compact=Footer.compact)
        if palette is not None:
            yield FooterKey(
                palette.binding.key,
                self._display(palette.binding),
                palette.binding.description if palette_word else "",
                palette.binding.action,
                classes="-command-palette",
                disabled=not palette.enabled,
                tooltip=palette.binding.tooltip or palette.binding.description,
            )

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)

    def _display(self, binding: Binding) -> str:
        return self.app.get_key_display(binding)

    def _keys(self) -> tuple[list[Key], Key | None]:
        """The keys to show, one per action, and the command palette's (if shown)."""
        screen = self.screen
        keys: list[Key] = []
        actions: set[str] = set()
        palette: Key | None = None
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if key == self.app.COMMAND_PALETTE_BINDING:
                if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
                    palette = Key(binding, active.enabled, active.tooltip, 1)
                continue
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            if binding.id == QUIT_ID:
                rank = 0
            elif active.node is screen or active.node is self.app:
                rank = 1
            else:
                rank = 3
            keys.append(Key(binding, active.enabled, active.tooltip, rank))
        return keys, palette


def plan(
    keys: list[Key], palette: Key | None, width: int, display=lambda b: b.key
) -> tuple[bool, list[Key], bool]:
    """(compact spacing?, the keys kept, whether the palette key keeps its word) for `width`."""

    def needed(compact: bool, kept: list[Key], palette_word: bool) -> int:
        total = 0
        for key in kept:
            total += (
                len(display(key.binding)) + len(key.binding.description) + (2 if compact else 3)
            )
        if palette is not None:
            word = len(palette.binding.description) + 1 if palette_word else 0
            total += len(display(palette.binding)) + word + (2 if compact else 4)
        return total

    for compact, kept, palette_word in _candidates(keys):
        if needed(compact, kept, palette_word) <= width:
            return compact, kept, palette_word
    return True, [k for k in keys if k.binding.id == HELP_ID], False


def _candidates(keys: list[Key]) -> Iterator[tuple[bool, list[Key], bool]]:
    """Ever smaller footers, from the full one down to the help key alone."""
    yield False, keys, True
    yield True, keys, True
    order = sorted(
        (i for i, key in enumerate(keys) if key.binding.id != HELP_ID),
        key=lambda i: (keys[i].rank, -i),
    )
    dropped: set[int] = set()
    palette_word = True
    for i in order:
        if palette_word and keys[i].rank >= 3:  # the palette's word goes before pane keys
            palette_word = False
            yield True, [k for j, k in enumerate(keys) if j not in dropped], palette_word
        dropped.add(i)
        yield True, [k for j, k in enumerate(keys) if j not in dropped], palette_word


def sweep_footer(footer: Footer) -> None:
    """Forget the footer's watchers that belong to keys no longer in the DOM."""
    watchers = getattr(footer, "__watchers", None)
    if not watchers:
        return
    for name, watching in watchers.items():
        watchers[name] = [
            (node, callback) for node, callback in watching if not (node._closing or node._closed)
        ]
