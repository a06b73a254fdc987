"""Resolved styles of a widget's component classes, for widgets that paint lines themselves.

Resolving a component class walks the stylesheet; a Line-API widget asks for the same few
styles on every line it paints, so each is resolved once and kept until the CSS changes.
"""

from __future__ import annotations

from textual.style import Style
from textual.widget import Widget


class ComponentStyles:
    """`styles(kind)` is the style of `<prefix>--<kind>` (null when the widget does not declare
    that class); `clear()` forgets them all (on a theme or focus change)."""

    __slots__ = ("_prefix", "_styles", "_widget")

    def __init__(self, widget: Widget, prefix: str) -> None:
        self._widget = widget
        self._prefix = prefix
        self._styles: dict[str, Style] = {}

    def __call__(self, kind: str) -> Style:
        style = self._styles.get(kind)
        if style is None:
            name = f"{self._prefix}--{kind}"
            if name in self._widget.COMPONENT_CLASSES:
                rich_style = self._widget.get_component_rich_style(name, partial=True)
                style = Style.from_rich_style(rich_style)
            else:
                style = Style.null()
            self._styles[kind] = style
        return style

    def clear(self) -> None:
        self._styles.clear()
