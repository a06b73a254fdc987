"""The config file: values read, mistakes reported, defaults kept."""

from __future__ import annotations

from pathlib import Path

from reader.state.config import default_config_path, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults_and_no_notice(tmp_path: Path) -> None:
    config, notices = load_config(tmp_path / "missing.toml")
    assert (config.theme, config.names, config.keymap, notices) == (None, None, {}, [])


def test_theme_names_and_keymap_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'theme = "reader-light"\nnames = "names.toml"\n'
        '[keymap]\n"articles.next" = "j, ctrl+n"\narticle.top = "t"\n',
    )
    config, notices = load_config(path)
    assert notices == []
    assert config.theme == "reader-light"
    assert config.names == tmp_path / "names.toml"
    assert config.keymap == {"articles.next": "j,ctrl+n", "article.top": "t"}


def test_invalid_toml_gives_a_notice_and_defaults(tmp_path: Path) -> None:
    config, notices = load_config(write(tmp_path, "theme = [unclosed"))
    assert config.theme is None and len(notices) == 1 and "not valid TOML" in notices[0]


def test_wrong_types_and_unknown_keys_are_reported(tmp_path: Path) -> None:
    config, notices = load_config(write(tmp_path, 'theme = 3\ncolour = "x"\n[keymap]\n"a.b" = 1\n'))
    assert config.theme is None and config.keymap == {}
    assert len(notices) == 3


def test_default_location_is_the_user_config_dir() -> None:
    assert default_config_path().parts[-2:] == ("reader", "config.toml")
