"""The reader's Textual app, and `run_app`, the entry point of `reader [PATH ...]`.

The app owns what lasts across screens: themes, the keymap, the config and state notices,
the command palette's commands and the help key. The main screen does the reading.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.filter import LineFilter, Monochrome, NoColor
from textual.reactive import Initialize, Reactive
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES, Theme

from reader.corpus.reading import describe_os_error
from reader.corpus.sanitize import display_name
from reader.resources import seeds_dir, themes_dir
from reader.state.config import Config, load_config
from reader.state.store import StateStore
from reader.ui.article_list import ArticleList
from reader.ui.article_pane import ArticlePane
from reader.ui.article_view import ArticleView
from reader.ui.keys import bind, binding_ids, invalid_keys
from reader.ui.name_keys import name_binding_ids
from reader.ui.reader_screen import ReaderScreen
from reader.ui.reading_state import ReadingState
from reader.ui.scrollbars import use_whole_cell_scrollbars
from reader.ui.terminal import drawing_on_the_terminal
from reader.ui.themes import (
    DEFAULT_THEME,
    MONO_CUES,
    load_themes,
    reader_variables,
    user_themes_dir,
)

if TYPE_CHECKING:
    import argparse

    from textual.command import CommandListItem, Provider
    from textual.widget import AwaitMount

EXIT_USAGE = 2
#: Textual's palette commands in the reader's words. Its "Keys" panel is left out: the
#: reader's "Help" lists the keys where the focus is, with their ids.
TEXTUAL_COMMANDS_LEFT_OUT = {"Keys"}
TEXTUAL_COMMAND_WORDING = {
    "Theme": "Choose the colour theme (it is remembered)",
    "Quit": "Quit the reader",
    "Screenshot": "Save a picture of the screen as an SVG file",
    "Maximize": "Give the focused pane the whole screen",
    "Minimize": "Give the pane back its place",
}
_NO_COLOR = NoColor()


def article_titles_provider() -> type[Provider]:
    """The palette's article provider, imported when the palette first opens."""
    from reader.ui.commands import ArticleTitles

    return ArticleTitles


def entity_names_provider() -> type[Provider]:
    """The palette's name provider (lists a name's mentions), imported when the palette opens."""
    from reader.ui.name_commands import EntityNames

    return EntityNames


class ReaderApp(App[None]):
    """A keyboard-first reader for a folder of news articles."""

    TITLE = "reader"
    # Toasts are for what needs attention (config, theme and names file problems, errors).
    # They sit at the bottom left, over the list of articles, where they hide no reading text.
    # Under NO_COLOR backgrounds are gone, so what a background marked is reversed instead:
    # the highlighted row of each list, the header and the footer's keys.
    CSS = """
    ToastHolder { align-horizontal: left; }
    Toast { width: 36%; min-width: 24; max-width: 52; }
    ReaderApp:nocolor ArticleList > .article-list--cursor,
    ReaderApp:nocolor FinderResults > .finder-results--cursor,
    ReaderApp:nocolor MentionsList > .mentions-list--cursor,
    ReaderApp:nocolor OptionList > .option-list--option-highlighted { text-style: reverse bold; }
    ReaderApp:nocolor ReaderHeader { text-style: reverse; }
    ReaderApp:nocolor FooterKey > .footer-key--key { text-style: reverse bold; }
    """
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {article_titles_provider, entity_names_provider}
    NOTIFICATION_TIMEOUT = 6

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("q", "quit", "Quit", show=True, id="app.quit", tooltip="Quit the reader"),
        bind("question_mark,f1", "help", "Help", show=True, id="app.help",
             tooltip="Help and keys for the pane that has focus"),
        bind("ctrl+p", "command_palette", "Commands", id="app.palette", priority=True,
             tooltip="Command palette: commands, themes, articles by title, names"),
    ]  # fmt: skip

    #: The app starts in its first theme, chosen before Textual's own set-up reads it: setting
    #: `theme` after that would make Textual parse every stylesheet a second time at start.
    theme: Reactive[str] = Reactive(Initialize(lambda app: app.first_theme))

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        *,
        corpus_name: str | None = None,
        theme: str | None = None,
        config: Config | None = None,
        config_notices: Sequence[str] = (),
        store: StateStore | None = None,
    ) -> None:
        # What the first theme depends on is read before `App.__init__`, which reads the theme.
        self.paths = [str(p) for p in paths] if paths else [str(seeds_dir())]
        self.corpus_name = corpus_name or corpus_label(paths)
        if config is None:
            config, loaded_notices = load_config()
            config_notices = [*config_notices, *loaded_notices]
        self.config = config
        self.wide_panel = config.wide_panel  # the palette can switch it for this run
        self.notices = list(config_notices)
        self.store = store or StateStore.open()
        self.notices.extend(self.store.notices)
        self.reading = ReadingState(self.store)
        self.user_has_acted = False
        self.main_screen: ReaderScreen | None = None
        themes, theme_problems = load_themes([themes_dir(), user_themes_dir()])
        self.notices.extend(theme_problems)
        self._own_themes = {reader_theme.name: reader_theme for reader_theme in themes}
        self.first_theme = self._initial_theme(theme)
        super().__init__()
        use_whole_cell_scrollbars()
        for reader_theme in themes:
            self.register_theme(reader_theme)
        self._apply_keymap(config.keymap)

    def _initial_theme(self, requested: str | None) -> str:
        """--theme, else the last theme chosen in the reader, else the config's, else ours."""
        for source, name in (
            ("--theme", requested),
            ("saved", self.reading.theme()),
            ("config", self.config.theme),
        ):
            if not name:
                continue
            if name in self._own_themes or name in BUILTIN_THEMES:
                return name
            if source != "saved":
                self.notices.append(f"Unknown theme {name!r} ({source}); using {DEFAULT_THEME}.")
        return DEFAULT_THEME

    def _apply_keymap(self, keymap: dict[str, str]) -> None:
        if not keymap:
            return
        known = binding_ids(binding_owners()) | name_binding_ids()
        unknown = sorted(set(keymap) - known)
        if unknown:
            self.notices.append(
                f"Config keymap: unknown binding id(s) {', '.join(unknown)} ignored. "
                "The help (?) and the README list the ids."
            )
        usable: dict[str, str] = {}
        for binding_id, keys in keymap.items():
            if binding_id not in known:
                continue
            bad = invalid_keys(keys)
            if bad:
                self.notices.append(
                    f"Config keymap: {binding_id} = {keys!r}: no key is called "
                    f"{', '.join(repr(k) for k in bad)}; that binding keeps its default keys."
                )
            else:
                usable[binding_id] = keys
        self.set_keymap(usable)

    def get_theme(self, theme_name: str) -> Theme | None:
        # The reader's own themes are registered only after `App.__init__`, which already
        # reads the first theme (possibly one of them).
        return super().get_theme(theme_name) or self._own_themes.get(theme_name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "command_palette" and getattr(self.screen, "USES_CTRL_P", False):
            return False  # the finder moves its highlight up with ctrl+p
        return super().check_action(action, parameters)

    def action_command_palette(self) -> None:
        """The palette, guarded against keys typed while it closes (reader/ui/palette.py)."""
        from reader.ui.palette import ReaderPalette, palette_may_open

        if self.use_command_palette and palette_may_open(self):
            self.push_screen(ReaderPalette())

    def search_commands(
        self, commands: Sequence[CommandListItem], placeholder: str = "Search for commands…"
    ) -> AwaitMount:
        """Textual's command lists (keys, screenshot…), in the guarded palette."""
        from textual.command import SimpleProvider

        from reader.ui.palette import ReaderPalette

        providers = [SimpleProvider(self.screen, commands)]
        return self.push_screen(
            ReaderPalette(providers=providers, placeholder=placeholder, id=None)
        )

    def search_themes(self) -> None:
        """The theme picker, in the guarded palette."""
        from textual.theme import ThemeProvider

        from reader.ui.palette import ReaderPalette

        self.push_screen(
            ReaderPalette(providers=[ThemeProvider], placeholder="Search for themes…", id=None)
        )

    def get_default_screen(self) -> Screen[None]:
        self.main_screen = ReaderScreen(
            self.paths, self.corpus_name, self.reading, names_path=self.config.names
        )
        return self.main_screen

    def get_theme_variable_defaults(self) -> dict[str, str]:
        variables = reader_variables(self.current_theme)
        if getattr(self, "no_color", False):  # read before `App.__init__` sets it
            variables.update(MONO_CUES)
        return variables

    def get_line_filters(self) -> Sequence[LineFilter]:
        # Under NO_COLOR Textual turns colours into greys (`Monochrome`), which are still
        # colours. Only attributes are sent: every colour becomes the terminal's default.
        filters = super().get_line_filters()
        if self.no_color:
            return [_NO_COLOR if isinstance(f, Monochrome) else f for f in filters]
        return filters

    def on_mount(self) -> None:
        for notice in self.notices:
            self.notify(display_notice(notice), title="reader", severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: object) -> None:
        self.reading.set_theme(self.theme)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown):
            self.user_has_acted = True
            if not self.screen_stack:
                return  # typed while the reader closes (after q): nothing left to act on
        await super().on_event(event)

    # ── commands ───────────────────────────────────────────────────────────────────────

    def action_help(self) -> None:
        """Help for the focused pane, as a modal."""
        from reader.ui.help_screen import TextScreen, help_for

        if isinstance(self.screen, TextScreen):
            return
        self.push_screen(help_for(self.screen))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from reader.ui.help_screen import problems_screen

        for command in super().get_system_commands(screen):
            if command.title in TEXTUAL_COMMANDS_LEFT_OUT:
                continue
            yield command._replace(help=TEXTUAL_COMMAND_WORDING.get(command.title, command.help))
        if isinstance(screen, ReaderScreen):
            yield SystemCommand("Find in article", "Find text in the article", screen.action_find)
            yield SystemCommand(
                "Help", "Help and keys for the pane that has focus", self.action_help
            )
            beside = self.wide_panel == "names"
            yield SystemCommand(
                "Names beside the article: " + ("hide" if beside else "show"),
                "At 170 columns and more, keep the names panel open beside the article "
                "(wide_panel in config.toml sets the default)",
                self.toggle_wide_panel,
            )
            yield SystemCommand(
                "Skipped files",
                "List the files that could not be read, and why",
                lambda: self.push_screen(problems_screen(screen.problems)),
            )
            from reader.ui.list_keys import list_commands

            yield from list_commands(screen)
            shown = screen.article_pane.view.article
            if shown is not None and self.reading.is_read(shown):
                yield SystemCommand(
                    "Mark unread", "Mark the article on screen as not read", self._mark_shown_unread
                )

    def toggle_wide_panel(self) -> None:
        """Show the names beside the article in a wide terminal, or stop (for this run)."""
        self.wide_panel = "off" if self.wide_panel == "names" else "names"
        if self.main_screen is not None:
            self.main_screen.update_side_panel()

    def _mark_shown_unread(self) -> None:
        screen = self.screen
        if isinstance(screen, ReaderScreen) and screen.article_pane.view.article is not None:
            self.reading.mark_read(screen.article_pane.view.article, read=False)
            screen.article_list.refresh_marks()


def binding_owners() -> tuple[type, ...]:
    """Every widget class whose bindings a keymap may rebind (some imported only for this:
    they are not on the way to the first frame)."""
    from reader.ui.entity_panel import EntityPanel
    from reader.ui.help_screen import TextScreen
    from reader.ui.list_bar import ListBar

    return (
        ReaderApp, ReaderScreen, ArticleList, ArticleView, ArticlePane, EntityPanel, TextScreen,
        ListBar,
    )  # fmt: skip


def display_notice(notice: str) -> str:
    """A config or state notice with any path or key name in it made visible (line breaks kept)."""
    return "\n".join(display_name(line) for line in notice.split("\n"))


def corpus_label(paths: Sequence[str | Path] | None) -> str:
    """What the header calls the corpus: the folder or file name, or "seeds"."""
    if not paths:
        return "seeds"
    names = [display_name(Path(p).resolve().name or str(p)) for p in paths]
    return names[0] if len(names) == 1 else f"{names[0]} + {len(names) - 1} more"


def run_app(args: argparse.Namespace) -> int:
    """Run the reader on `args.paths` (the bundled seeds by default); return the exit status."""
    paths: list[str] = list(args.paths or [])
    missing: list[str] = []
    for path in paths:
        try:
            os.stat(path)
        except OSError as err:  # "no such file or folder", "symlink loop", "permission denied"
            missing.append(path)
            print(f"reader: {display_name(path)}: {describe_os_error(err)}", file=sys.stderr)
    if paths and len(missing) == len(paths):
        return EXIT_USAGE
    config, notices = load_config()
    if names := getattr(args, "names", None):  # --names wins over the config file's
        config = replace(config, names=Path(names).expanduser())
    if args.theme:
        themes, _ = load_themes([themes_dir(), user_themes_dir()])
        from textual.theme import BUILTIN_THEMES

        available = sorted({t.name for t in themes} | set(BUILTIN_THEMES))
        if args.theme not in available:
            print(
                f"reader: unknown theme {args.theme!r}; available: {', '.join(available)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
    # What has been imported so far lives as long as the reader: keep it out of the cyclic
    # garbage collector, whose full passes would otherwise walk all of it (a pause of tens
    # of milliseconds that lands on the first frame). Until that frame is out, the collector
    # is off altogether (the main screen turns it back on): start-up makes many objects and
    # next to no garbage.
    gc.freeze()
    gc.disable()
    app = ReaderApp(
        [p for p in paths if p not in missing] or None,
        theme=args.theme,
        config=config,
        config_notices=notices,
    )
    try:
        with drawing_on_the_terminal():
            app.run()
    finally:
        gc.enable()
    if (screen := app.main_screen) is not None:
        for problem in screen.problems:
            print(f"reader: {problem}", file=sys.stderr)  # str(): names made visible
        if screen.load_error:
            error = display_notice(screen.load_error)
            print(f"reader: loading stopped early: {error}", file=sys.stderr)
    if app.return_code == EXIT_USAGE:
        print("reader: no article could be read from the given paths", file=sys.stderr)
    app.store.close()
    return app.return_code or 0
