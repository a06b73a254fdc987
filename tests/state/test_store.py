"""The state store: marks, positions and settings persist; a bad file never stops the reader."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.state.store import SCHEMA_VERSION, StateStore, default_state_path


def test_marks_positions_and_settings_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = StateStore.open(path)
    store.mark_read(["a", "b"])
    store.mark_read(["b"], read=False)
    store.save_position("a", 3, 120)
    store.set_setting("theme", "reader-light")
    store.close()

    again = StateStore.open(path)
    assert again.notices == []
    assert again.read_keys() == {"a"}
    assert again.position("a") == (3, 120)
    assert again.position("b") is None
    assert again.setting("theme") == "reader-light"


def test_saving_the_top_forgets_the_position(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.sqlite3")
    store.save_position("a", 2, 5)
    store.save_position("a", 0, 0)
    assert store.position("a") is None


def test_a_corrupt_file_is_set_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not an SQLite database, just some bytes" * 20)
    store = StateStore.open(path)
    assert len(store.notices) == 1 and "damaged" in store.notices[0]
    aside = list(tmp_path.glob("state.sqlite3.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not an SQLite database")
    store.mark_read(["x"])
    assert StateStore.open(path).read_keys() == {"x"}


def test_a_newer_schema_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    store = StateStore.open(path)
    assert store.path is None and store.notices
    store.mark_read(["x"])  # works, for this run only
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_schema_version_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    StateStore.open(path).close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_default_location_is_the_user_data_dir(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into a temporary home for every test
    assert default_state_path().parts[-2:] == ("reader", "state.sqlite3")
    store = StateStore.open()
    assert store.path == default_state_path() and store.path.exists()
