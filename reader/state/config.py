"""The user's config file: TOML under the user config directory, read once at start.

```toml
theme = "reader-light"          # a theme name (see `reader --help`)
names = "~/names.toml"          # a names file: extra names, aliases, names to ignore
wide_panel = "names"            # at 170 columns and more: "names" beside the article, or "off"
[keymap]                        # binding id = "keys" (comma-separated), see the README
articles.next = "j,down,ctrl+n"
```

A file that cannot be read or parsed, or a value of the wrong type, never stops the reader:
the defaults are used for what is wrong and `notices` says what was ignored and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

CONFIG_FILE_NAME = "config.toml"
KNOWN_KEYS = ("theme", "names", "wide_panel", "keymap")
WIDE_PANELS = ("names", "off")


def default_config_path() -> Path:
    """Where the config file is looked for: the user config directory for `reader`."""
    return Path(platformdirs.user_config_dir("reader")) / CONFIG_FILE_NAME


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from the config file; every field has a default."""

    theme: str | None = None
    names: Path | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    wide_panel: str = "names"  # what a wide terminal shows beside the article


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The config at `path` (default location when None) and notices about what was ignored."""
    path = default_config_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(path=path), []
    except OSError as err:
        return Config(path=path), [f"Config file not read ({err}); using the defaults."]
    import tomllib  # here: most starts have no config file, and the parser costs a few ms

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return Config(path=path), [
            f"Config file {path} is not valid TOML ({err}); using the defaults."
        ]
    notices: list[str] = []
    for key in data:
        if key not in KNOWN_KEYS:
            notices.append(
                f"Config: unknown setting {key!r} ignored (known: {', '.join(KNOWN_KEYS)})."
            )
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        notices.append("Config: theme must be a string; ignored.")
        theme = None
    names = data.get("names")
    names_path: Path | None = None
    if isinstance(names, str) and names:
        names_path = Path(names).expanduser()
        if not names_path.is_absolute():
            names_path = path.parent / names_path
    elif names is not None:
        notices.append("Config: names must be the path of a names file; ignored.")
    keymap = _keymap(data.get("keymap"), notices)
    wide_panel = data.get("wide_panel", "names")
    if wide_panel not in WIDE_PANELS:
        notices.append(
            f"Config: wide_panel must be {' or '.join(map(repr, WIDE_PANELS))}; ignored."
        )
        wide_panel = "names"
    config = Config(theme=theme, names=names_path, keymap=keymap, path=path, wide_panel=wide_panel)
    return config, notices


def _keymap(table: object, notices: list[str]) -> dict[str, str]:
    """The [keymap] table as binding id → keys, skipping entries of the wrong type."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        notices.append('Config: keymap must be a table of binding id = "keys"; ignored.')
        return {}
    keymap: dict[str, str] = {}
    for binding_id, keys in _flatten(table):
        if isinstance(keys, str) and keys.strip():
            keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
        else:
            notices.append(f"Config: keymap {binding_id!r} must be a string of keys; ignored.")
    return keymap


def _flatten(table: dict[str, object], prefix: str = "") -> list[tuple[str, object]]:
    """Dotted ids written without quotes (`articles.next = "j"`) become nested tables in TOML."""
    items: list[tuple[str, object]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            items.extend(_flatten(value, f"{prefix}{key}."))
        else:
            items.append((prefix + key, value))
    return items
