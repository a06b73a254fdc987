"""Colour themes as data: one TOML file per theme, loaded into Textual `Theme` objects.

Bundled themes live in `themes/`; a user can add more as `*.toml` in the `themes` folder of
the config directory. A theme names Textual's base colours (primary, background, …) and
may set any theme variable under `[variables]`, notably the four entity colours
`entity-person`, `entity-place`, `entity-org` and `entity-misc`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

import platformdirs
from textual.color import Color, ColorParseError
from textual.theme import Theme

DEFAULT_THEME = "reader-dark"
COLOUR_FIELDS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
OTHER_FIELDS = ("name", "dark", "luminosity_spread", "text_alpha", "variables")

#: Entity colours for themes that do not set them (Textual's built-in themes).
ENTITY_DEFAULTS_DARK = {
    "entity-person": "#ffb86c",
    "entity-place": "#5fd7af",
    "entity-org": "#82aaff",
    "entity-misc": "#d7a5ff",
}
ENTITY_DEFAULTS_LIGHT = {
    "entity-person": "#b34700",
    "entity-place": "#00796b",
    "entity-org": "#1f4fb4",
    "entity-misc": "#7b1fa2",
}


#: How each kind of name is marked besides its colour. Under colour themes a name's colour
#: tells the kinds apart and these cues only help; the surrounding text may be bold or italic.
COLOUR_CUES = {
    "entity-person-text-style": "bold",
    "entity-place-text-style": "underline",
    "entity-org-text-style": "bold italic",
    "entity-misc-text-style": "italic",
    "reader-find-text-style": "underline",
    "reader-find-current-text-style": "bold",
}
#: The cues without colour (the mono theme and `NO_COLOR`). Titles are bold and quotes and
#: captions italic, so a cue made of bold and italic alone would vanish or turn into another
#: kind's inside them. Every name is underlined, and inside the underline bold and italic are
#: set outright (not added to the text's own), so the four kinds read the same in any text.
#: Find matches are reversed, as underline now marks names.
MONO_CUES = {
    "entity-person-text-style": "bold not italic underline",
    "entity-place-text-style": "not bold not italic underline",
    "entity-org-text-style": "bold italic underline",
    "entity-misc-text-style": "not bold italic underline",
    "reader-find-text-style": "reverse",
    "reader-find-current-text-style": "reverse bold",
}


class ThemeFileError(ValueError):
    """A theme file that cannot be used, with the reason."""


def user_themes_dir() -> Path:
    """Where a user's own theme files are looked for."""
    return Path(platformdirs.user_config_dir("reader")) / "themes"


def read_theme(path: Path) -> Theme:
    """The theme described by the TOML file at `path`; raises ThemeFileError when unusable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ThemeFileError(f"{path.name}: {err}") from err
    unknown = sorted(set(data) - set(COLOUR_FIELDS) - set(OTHER_FIELDS))
    if unknown:
        raise ThemeFileError(f"{path.name}: unknown field(s) {', '.join(unknown)}")
    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name:
        raise ThemeFileError(f"{path.name}: name must be a non-empty string")
    if "primary" not in data:
        raise ThemeFileError(f"{path.name}: primary colour missing")
    colours = {key: data[key] for key in COLOUR_FIELDS if key in data}
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeFileError(f"{path.name}: [variables] must be a table")
    for key, value in [*colours.items(), *variables.items()]:
        _check_value(path, key, value)
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeFileError(f"{path.name}: dark must be true or false")
    extra = {k: float(data[k]) for k in ("luminosity_spread", "text_alpha") if k in data}
    return Theme(name=name, dark=dark, variables=dict(variables), **colours, **extra)


def _check_value(path: Path, key: str, value: object) -> None:
    """A theme value must be a colour Textual can parse (text styles excepted)."""
    if not isinstance(value, str):
        raise ThemeFileError(f"{path.name}: {key} must be a string")
    if key.endswith("text-style"):
        return
    try:
        Color.parse(value)
    except ColorParseError as err:
        raise ThemeFileError(f"{path.name}: {key} = {value!r} is not a colour") from err


def load_themes(directories: Iterable[Path]) -> tuple[list[Theme], list[str]]:
    """Every usable theme in `directories` (later ones override earlier), and problems found."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                theme = read_theme(path)
            except ThemeFileError as err:
                problems.append(f"Theme not loaded: {err}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems


def entity_defaults(dark: bool) -> dict[str, str]:
    """The entity colours to use under a theme that does not set its own."""
    return dict(ENTITY_DEFAULTS_DARK if dark else ENTITY_DEFAULTS_LIGHT)


def reader_variables(theme: Theme) -> dict[str, str]:
    """Opaque colours the reader's Line-API widgets use, derived from `theme`.

    Textual's `$text-muted` ("auto 60%") and the translucent cursor colours only resolve
    against a background when Textual paints a widget itself; spans styled from component
    classes need solid colours, so they are blended here. A theme may set any of them.
    """
    colours = theme.to_color_system().generate()
    background = Color.parse(colours["background"])
    foreground = Color.parse(colours["foreground"])
    primary = Color.parse(colours["primary"])
    warning = Color.parse(colours["warning"])
    cursor = Color.parse(colours.get("block-cursor-background", colours["primary"]))
    if cursor.a < 1:
        cursor = primary
    match = background.blend(warning, 0.35)
    return {
        **entity_defaults(theme.dark),
        **COLOUR_CUES,
        "reader-muted": background.blend(foreground, 0.62).hex,
        "reader-cursor": cursor.hex,
        "reader-cursor-text": cursor.get_contrast_text(1.0).hex,
        "reader-cursor-blurred": background.blend(primary, 0.25).hex,
        "reader-match": match.hex,
        "reader-match-current": warning.hex,
        "reader-match-current-text": warning.get_contrast_text(1.0).hex,
    }
