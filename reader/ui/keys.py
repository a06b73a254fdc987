"""Key bindings as data: every binding has an id (for the user's keymap) and a tooltip."""

from __future__ import annotations

from collections.abc import Iterable

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
