"""The keys for moving by name, as data: the main screen's, the finder's, the mentions
view's and their lists'. Kept apart from the widgets so the app can check a user's keymap
against every binding id without importing the screens at start-up.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.ui.keys import bind

#: The main screen: find, step through mentions, the jump list.
NAVIGATION_BINDINGS: list[BindingType] = [
    bind("slash", "find_names", "Find name", show=True, id="names.find", key_display="/",
         tooltip="Find a name or an article title (fuzzy, typos forgiven)"),
    bind("right_square_bracket", "step_mention(1)", "Next mention", id="mentions.next",
         key_display="]",
         tooltip="Next mention of the name (under the cursor, or last chosen), in any article"),
    bind("left_square_bracket", "step_mention(-1)", "Previous mention", id="mentions.previous",
         key_display="[",
         tooltip="Previous mention of the name (under the cursor, or last chosen)"),
    bind("ctrl+o,alt+left", "jump_back", "Back", id="jumps.back",
         tooltip="Back to where you were before the last jump (escape right after jumps, too)"),
    bind("ctrl+i,alt+right", "jump_forward", "Forward", id="jumps.forward",
         tooltip="Forward again in the jump list (ctrl+i is tab in many terminals: alt+right)"),
    bind("escape", "return_from_jumps", "Return", id="jumps.return", priority=True,
         tooltip="Right after a jump: return to where the jumps started"),
]  # fmt: skip

#: Any list of results or mentions (`LineList`), while it has focus.
LIST_BINDINGS: list[BindingType] = [
    bind("down,j", "move(1)", "Next", id="list.next", tooltip="Move to the next row"),
    bind("up,k", "move(-1)", "Previous", id="list.previous",
         tooltip="Move to the previous row"),
    bind("pagedown", "page(1)", "Page down", id="list.page-down",
         tooltip="Move the cursor one screen down"),
    bind("pageup", "page(-1)", "Page up", id="list.page-up",
         tooltip="Move the cursor one screen up"),
    bind("home,g", "edge(-1)", "First", id="list.first", tooltip="Go to the first row"),
    bind("end,G", "edge(1)", "Last", id="list.last", tooltip="Go to the last row"),
    bind("enter", "choose", "Choose", show=True, id="list.choose",
         tooltip="Choose the row under the cursor"),
]  # fmt: skip

#: The finder: keys that work while typing.
FINDER_BINDINGS: list[BindingType] = [
    bind("escape", "dismiss(None)", "Close", show=True, id="finder.close",
         tooltip="Close the finder"),
    bind("f1", "app.help", "Help", id="finder.help", tooltip="Help and keys for the finder"),
    bind("down,ctrl+n", "move(1)", "Next", id="finder.next", priority=True,
         tooltip="Highlight the next result"),
    bind("up,ctrl+p", "move(-1)", "Previous", id="finder.previous", priority=True,
         tooltip="Highlight the previous result"),
    bind("pagedown", "page(1)", "Page down", id="finder.page-down", priority=True,
         tooltip="Move the highlight one screen down"),
    bind("pageup", "page(-1)", "Page up", id="finder.page-up", priority=True,
         tooltip="Move the highlight one screen up"),
]  # fmt: skip

#: The mentions view.
MENTIONS_BINDINGS: list[BindingType] = [
    bind("escape", "back", "Close", show=True, id="mentions.close",
         tooltip="Clear the filter, else close the mentions"),
    bind("question_mark,f1", "app.help", "Help", id="mentions.help",
         tooltip="Help and keys for the mentions"),
    bind("f", "toggle_flat", "Flat/grouped", show=True, id="mentions.flat",
         tooltip="List the mentions flat or grouped by article"),
    bind("slash", "filter", "Filter", show=True, id="mentions.filter",
         tooltip="Filter the mentions by article title or snippet text"),
]  # fmt: skip

#: The mentions view's "appears with" line.
COMPANION_BINDINGS: list[BindingType] = [
    bind("right,l", "move(1)", "Next name", id="companions.next",
         tooltip="Choose the next name that appears with this one"),
    bind("left,h", "move(-1)", "Previous name", id="companions.previous",
         tooltip="Choose the previous name that appears with this one"),
    bind("enter", "open", "Show its mentions", show=True, id="companions.open",
         tooltip="Show the mentions of the chosen name instead"),
]  # fmt: skip


def name_binding_ids() -> set[str]:
    """The ids of every binding above (what a keymap may name)."""
    groups = (
        NAVIGATION_BINDINGS,
        LIST_BINDINGS,
        FINDER_BINDINGS,
        MENTIONS_BINDINGS,
        COMPANION_BINDINGS,
    )
    return {b.id for group in groups for b in group if isinstance(b, Binding) and b.id}
