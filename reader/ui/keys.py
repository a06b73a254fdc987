"""Key bindings as data: every binding has an id (for the user's keymap) and a tooltip."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from textual.binding import Binding, BindingType


def bind(
    keys: str,
    action: str,
    description: str,
    *,
    id: str,
    tooltip: str,
    show: bool = False,
    priority: bool = False,
    key_display: str | None = None,
) -> Binding:
    """A binding with the id a keymap rebinds it by and the tooltip the help screen shows."""
    return Binding(
        keys,
        action,
        description,
        show=show,
        id=id,
        tooltip=tooltip,
        priority=priority,
        key_display=key_display,
    )


def binding_ids(classes: Iterable[type]) -> set[str]:
    """The ids of every binding declared by `classes` (what a keymap may name)."""
    ids: set[str] = set()
    for cls in classes:
        bindings: list[BindingType] = getattr(cls, "BINDINGS", [])
        for binding in bindings:
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def invalid_keys(keys: str) -> list[str]:
    """The key names in a keymap's comma-separated `keys` that no key press can match
    ("ctrl+banana", "jj", an empty name): Textual would take them silently, and the binding
    would never fire."""
    return [key.strip() for key in keys.split(",") if not _is_key_name(key.strip())]


def _is_key_name(key: str) -> bool:
    """Whether `key` is a key Textual can report: modifiers, then one key by character or name."""
    *modifiers, name = key.split("+") if key != "+" else ["+"]
    if not name or any(m not in _MODIFIERS for m in modifiers):
        return False
    if len(name) == 1:
        return name.isprintable()
    if name in _named_keys():
        return True
    from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS

    unicode_name = KEY_TO_UNICODE_NAME.get(REPLACED_KEYS.get(name, name), name)
    try:
        unicodedata.lookup(unicode_name.replace("_", " ").upper())
    except KeyError:
        return False
    return True


@cache
def _named_keys() -> frozenset[str]:
    """Textual's key names without modifiers ("escape", "f5", "pageup", "space")."""
    from textual.keys import Keys

    return frozenset(k.value for k in Keys if "+" not in k.value and not k.value.startswith("<"))
