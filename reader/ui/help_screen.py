"""Modal text screens: contextual help for the focused pane, and the list of skipped files.

Help is built from what is live at the moment it opens: the focused widget's `HELP` text
and the bindings active there, with the user's keymap applied, so it never goes stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from reader.ui.keys import bind
from reader.ui.modal import ClosingOnce

#: What the help calls each place keys come from.
SECTION_NAMES = {
    "ArticleList": "Articles (the list)",
    "ArticleView": "Article",
    "ArticlePane": "Article",
    "FindBar": "Find",
    "EntityPanel": "Names in this article",
    "Input": "Find field",
    "FinderScreen": "Finder",
    "FinderResults": "Finder results",
    "MentionsScreen": "Mentions",
    "MentionsList": "Mentions list",
    "CompanionBar": "Appears with",
    "ReaderScreen": "Anywhere in the reader",
    "ReaderApp": "Everywhere",
}


class TextScreen(ClosingOnce[None]):
    """A dismissable box of text over the reader."""

    AUTO_FOCUS = "#text-screen-body"
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape,q,question_mark,f1", "dismiss", "Close", show=True, id="help.close",
             tooltip="Close this screen"),
    ]  # fmt: skip
    DEFAULT_CSS = """
    TextScreen { align: center middle; }
    TextScreen > #text-screen-box {
        width: 90%;
        max-width: 96;
        height: auto;
        max-height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    TextScreen #text-screen-title { text-style: bold; color: $text-primary; padding-bottom: 1; }
    TextScreen #text-screen-body { height: auto; max-height: 100%; }
    """

    def __init__(self, title: str, body: Content) -> None:
        super().__init__()
        self._title = title
        self._body = body

    def compose(self) -> ComposeResult:
        with Vertical(id="text-screen-box"):
            yield Static(Content(self._title), id="text-screen-title")
            with VerticalScroll(id="text-screen-body"):
                yield Static(self._body)


def help_for(screen: Screen[object]) -> TextScreen:
    """Help for whatever has focus on `screen`: what it is, then every key that works there."""
    focused = screen.focused
    owner = _help_owner(focused)
    title = "Help: " + (SECTION_NAMES.get(type(owner).__name__, "reader") if owner else "reader")
    description = getattr(owner, "HELP", "") if owner else ""
    entries: dict[tuple[str, str], tuple[list[str], str]] = {}
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.system or not (binding.description or binding.tooltip):
            continue
        section = SECTION_NAMES.get(type(active.node).__name__, type(active.node).__name__)
        text = binding.tooltip or binding.description
        keys, _ = entries.setdefault((section, binding.id or binding.action), ([], text))
        keys.append(app.get_key_display(binding.with_key(key)))
    sections: dict[str, list[tuple[str, str]]] = {}
    for (section, _), (keys, text) in entries.items():
        sections.setdefault(section, []).append((" ".join(keys), text))
    return TextScreen(title, _help_body(description, sections))


def _help_owner(focused: object) -> object | None:
    """The focused widget, or the nearest ancestor that has help text."""
    node = focused
    while node is not None:
        if getattr(node, "HELP", None) and type(node).__name__ in SECTION_NAMES:
            return node
        node = getattr(node, "parent", None)
    return focused


def _help_body(description: str, sections: dict[str, list[tuple[str, str]]]) -> Content:
    parts: list[Content | str | tuple[str, str]] = []
    if description:
        parts += [description, "\n\n"]
    for section, rows in sections.items():
        parts += [(section, "bold underline"), "\n"]
        width = max(len(keys) for keys, _ in rows)
        for keys, text in rows:
            parts += [(f"  {keys:<{width}}", "bold"), "  ", text, "\n"]
        parts.append("\n")
    return Content.assemble(*parts).rstrip()


def problems_screen(problems: Sequence[str]) -> TextScreen:
    """The files that could not be read, one per line with the reason."""
    lines = "\n".join(problems) if problems else "Every file was read."
    return TextScreen(f"Skipped files ({len(problems)})", Content(lines))
