"""Keeping Textual's footer from holding on to every key it ever showed.

Textual's `Footer` recomposes its keys each time the bindings change (every screen opened or
closed, every focus change), and each new key binds its `compact` to the footer's. That
binding is a watcher kept on the footer, and watchers of keys that have gone are swept only
when `compact` changes, which it never does here: hundreds of dead keys, with their styles
and caches, after a few minutes of fast typing. `sweep_footer` drops them.
"""

from __future__ import annotations

from textual.widgets import Footer


def sweep_footer(footer: Footer) -> None:
    """Forget the footer's watchers that belong to keys no longer in the DOM."""
    watchers = getattr(footer, "__watchers", None)
    if not watchers:
        return
    for name, watching in watchers.items():
        watchers[name] = [
            (node, callback) for node, callback in watching if not (node._closing or node._closed)
        ]
