"""Modal text screens: contextual help for the focused pane, and the list of skipped files.

Help is built from what is live at the moment it opens: the focused widget's `HELP` text
and the bindings active there, with the user's keymap applied, so it never goes stale. Each
key is listed with its binding id (what the config file's `[keymap]` rebinds), and the keys
Textual itself provides are described in the reader's own words.
"""

from __future__ import annotations

import textwrap
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
    "ListBar": "Article filter",
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


#: Textual's own keys, in the reader's words (by action).
TEXTUAL_WORDING = {
    "app.focus_next": "Move the focus to the next pane",
    "app.focus_previous": "Move the focus to the previous pane",
    "screen.copy_text": "Copy the selected text",
    "quit": "Quit the reader",
}


class TextScreen(ClosingOnce[None]):
    """A dismissable box of text over the reader; it scrolls with the reader's keys."""

    AUTO_FOCUS = "#text-screen-body"
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape,q,question_mark,f1", "dismiss", "Close", show=True, id="help.close",
             tooltip="Close this screen"),
        bind("j,down", "scroll(1)", "Down", id="help.down", tooltip="Scroll down one line"),
        bind("k,up", "scroll(-1)", "Up", id="help.up", tooltip="Scroll up one line"),
        bind("space,pagedown", "page(1)", "Page down", id="help.page-down",
             tooltip="Scroll down one screen"),
        bind("b,pageup", "page(-1)", "Page up", id="help.page-up", tooltip="Scroll up one screen"),
        bind("g,home", "top", "Top", id="help.top", tooltip="Go to the top"),
        bind("G,end", "bottom", "Bottom", id="help.bottom", tooltip="Go to the end"),
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
    TextScreen > #text-screen-box { border-title-color: $text-primary; border-title-style: bold; }
    TextScreen #text-screen-body { height: auto; max-height: 100%; scrollbar-gutter: stable; }
    """

    def __init__(self, title: str, body: Content) -> None:
        super().__init__()
        self._title = title
        self._body = body

    def compose(self) -> ComposeResult:
        # The title is the box's (a line of its own would push the end of a long text out of
        # the box: the text may take the box's whole height).
        with Vertical(id="text-screen-box") as box:
            box.border_title = Content(self._title)
            with VerticalScroll(id="text-screen-body"):
                yield Static(self._body)

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#text-screen-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        body = self.body
        body.scroll_relative(y=direction * max(1, body.size.height - 1), animate=False)

    def action_top(self) -> None:
        self.body.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.body.scroll_end(animate=False)


def help_for(screen: Screen[object]) -> TextScreen:
    """Help for whatever has focus on `screen`: what it is, then every key that works there."""
    focused = screen.focused
    owner = _help_owner(focused)
    title = "Help: " + (SECTION_NAMES.get(type(owner).__name__, "reader") if owner else "reader")
    description = getattr(owner, "HELP", "") if owner else ""
    # (section, action) → (keys, binding id, what it does); the reader's own bindings first,
    # so that a key Textual adds for the same action (ctrl+q for quit) joins their row.
    rows: dict[tuple[str, str], tuple[list[str], str, str]] = {}
    active = [
        (key, found)
        for key, found in screen.active_bindings.items()
        if not found.binding.system and (found.binding.description or found.binding.tooltip)
    ]
    active.sort(key=lambda item: not item[1].binding.id)
    for key, found in active:
        binding = found.binding
        section = SECTION_NAMES.get(type(found.node).__name__, type(found.node).__name__)
        text = binding.tooltip or binding.description
        if not binding.id:
            text = TEXTUAL_WORDING.get(binding.action, text)
        keys, _, _ = rows.setdefault((section, binding.action), ([], binding.id or "", text))
        keys.append(screen.app.get_key_display(binding.with_key(key)))
    sections: dict[str, list[tuple[str, str, str]]] = {}
    for (section, _), (keys, binding_id, text) in rows.items():
        sections.setdefault(section, []).append((" ".join(keys), binding_id, text))
    # The box is 90% of the screen, at most 96 wide, less its border, padding and scrollbar.
    width = min(96, screen.app.size.width * 9 // 10) - 6
    return TextScreen(title, _help_body(description, sections, width))


def _help_owner(focused: object) -> object | None:
    """The focused widget, or the nearest ancestor that has help text."""
    node = focused
    while node is not None:
        if getattr(node, "HELP", None) and type(node).__name__ in SECTION_NAMES:
            return node
        node = getattr(node, "parent", None)
    return focused


def _help_body(
    description: str, sections: dict[str, list[tuple[str, str, str]]], width: int = 90
) -> Content:
    """The description, then per section one row a key: keys, binding id (dim), what it does
    (wrapped under itself in `width` cells)."""
    parts: list[Content | str | tuple[str, str]] = []
    if description:
        parts += [description, "\n\n"]
    for section, rows in sections.items():
        parts += [(section, "bold underline"), "\n"]
        key_width = max(len(keys) for keys, _, _ in rows)
        id_width = max(len(binding_id) for _, binding_id, _ in rows)
        indent = 2 + key_width + 2 + (id_width + 2 if id_width else 0)
        for keys, binding_id, text in rows:
            parts += [(f"  {keys:<{key_width}}", "bold"), "  "]
            if id_width:
                parts += [(f"{binding_id:<{id_width}}", "dim"), "  "]
            lines = textwrap.wrap(text, max(16, width - indent)) or [""]
            parts += [("\n" + " " * indent).join(lines), "\n"]
        parts.append("\n")
    if any(binding_id for rows in sections.values() for _, binding_id, _ in rows):
        parts.append(("The second column is each key's id, for [keymap] in config.toml.", "dim"))
    return Content.assemble(*parts).rstrip()


def problems_screen(problems: Sequence[str]) -> TextScreen:
    """The files that could not be read, one per line with the reason."""
    lines = "\n".join(problems) if problems else "Every file was read."
    return TextScreen(f"Skipped files ({len(problems)})", Content(lines))
