"""Theme files: the bundled ones load with entity colours; a broken one is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.resources import themes_dir
from reader.ui.themes import ThemeFileError, load_themes, read_theme

ENTITY_VARIABLES = {"entity-person", "entity-place", "entity-org", "entity-misc"}


def test_bundled_themes_are_dark_light_and_mono_with_entity_colours() -> None:
    themes, problems = load_themes([themes_dir()])
    assert problems == []
    by_name = {theme.name: theme for theme in themes}
    assert {"reader-dark", "reader-light", "reader-mono"} <= set(by_name)
    assert by_name["reader-dark"].dark and not by_name["reader-light"].dark
    for theme in by_name.values():
        assert set(theme.variables) >= ENTITY_VARIABLES


def test_a_user_theme_overrides_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('name = "mine"\nprimary = "#336699"\n', encoding="utf-8")
    (tmp_path / "bad.toml").write_text('name = "bad"\nprimary = "not a colour"\n', encoding="utf-8")
    themes, problems = load_themes([themes_dir(), tmp_path])
    assert "mine" in {t.name for t in themes} and "bad" not in {t.name for t in themes}
    assert len(problems) == 1 and "bad.toml" in problems[0]


@pytest.mark.parametrize(
    "text",
    ["primary = 1", 'name = "x"', 'name = "x"\nprimary = "#fff"\nshade = "#000"', "= broken"],
)
def test_unusable_theme_files_raise(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThemeFileError):
        read_theme(path)
