"""State files that are incomplete, odd, from the future or shared by two readers."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from reader.state.jumps import JumpList, Place
from reader.state.store import SCHEMA_VERSION, StateStore

V3_WITHOUT_MARKS = (
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE positions (article_key TEXT PRIMARY KEY, block INTEGER NOT NULL,"
    " offset INTEGER NOT NULL, saved_at REAL NOT NULL);"
    "CREATE TABLE jumps (slot INTEGER PRIMARY KEY, article_key TEXT NOT NULL,"
    " block INTEGER NOT NULL, offset INTEGER NOT NULL, mention_block INTEGER,"
    " mention_start INTEGER);"
    "PRAGMA user_version = 3;"
)


def make_db(path: Path, script: str) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(script)
    connection.close()


def test_a_version_3_file_missing_tables_opens_and_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    make_db(path, V3_WITHOUT_MARKS + "INSERT INTO positions VALUES ('kept', 4, 10, 1.0);")
    store = StateStore.open(path)
    assert store.path == path  # the file itself, not a stand-in in memory
    assert len(store.notices) == 1
    assert "read_marks" in store.notices[0] and "recents" in store.notices[0]
    assert store.position("kept") == (4, 10)  # what was there is kept
    store.mark_read(["new"])
    store.close()
    again = StateStore.open(path)
    assert again.notices == []
    assert again.read_keys() == {"new"}


def test_a_table_missing_a_column_is_kept_aside_and_recreated(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    make_db(path, V3_WITHOUT_MARKS + "CREATE TABLE read_marks (article_key TEXT);")
    store = StateStore.open(path)
    assert store.notices and "read_marks_aside_" in store.notices[0]
    store.mark_read(["a"])
    assert store.read_keys() == {"a"}


def test_jump_rows_with_odd_values_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    make_db(
        path,
        V3_WITHOUT_MARKS
        + "INSERT INTO jumps VALUES (0, 'good', 2, 5, NULL, NULL);"
        + "INSERT INTO jumps VALUES (1, 'bad', 'two', 5, NULL, NULL);"
        + "INSERT INTO jumps VALUES (2, 'odd', 3, 1.5, NULL, NULL);"
        + "INSERT INTO jumps VALUES (3, 'named', 7, 0, 7, 'x');"
        + "INSERT INTO jumps VALUES (4, 'last', 1, 1, 1, 3);"
        + "INSERT INTO positions VALUES ('p', 'x', 3, 1.0);",
    )
    store = StateStore.open(path)
    jumps = JumpList(store)
    assert jumps.entries == [Place("good", 2, 5), Place("named", 7, 0), Place("last", 1, 1, (1, 3))]
    assert store.position("p") is None


def test_a_state_file_from_a_newer_reader_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    make_db(
        path,
        "CREATE TABLE future (x);INSERT INTO future VALUES (1);"
        f"PRAGMA user_version = {SCHEMA_VERSION + 5};",
    )
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    store = StateStore.open(path)
    assert store.path is None
    assert store.notices and "left untouched" in store.notices[0]
    store.mark_read(["x"])  # works, for this run only
    store.save_position("x", 1, 2)
    JumpList(store).record(Place("x", 1, 2))
    store.close()
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.sqlite3"]  # no -wal, no -shm
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_two_readers_at_once_both_keep_their_jumps(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    first, second = StateStore.open(path), StateStore.open(path)
    one, two = JumpList(first), JumpList(second)
    one.record(Place("a", 1, 0))
    two.record(Place("x", 9, 0))
    one.record(Place("b", 2, 0))
    two.record(Place("y", 8, 0))
    one.back(Place("c", 3, 0))  # walking back updates one's own places only
    first.close()
    second.close()
    merged = JumpList(StateStore.open(path))
    keys = [place.article_key for place in merged.entries]
    assert keys == ["a", "x", "b", "y", "c"]


def test_the_merged_list_stays_within_capacity(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    first, second = StateStore.open(path), StateStore.open(path)
    one, two = JumpList(first, capacity=4), JumpList(second, capacity=4)
    for n in range(3):
        one.record(Place(f"a{n}", n, 0))
        two.record(Place(f"b{n}", n, 0))
    merged = JumpList(StateStore.open(path), capacity=4)
    assert [p.article_key for p in merged.entries] == ["b0", "a1", "b1", "a2", "b2"][-4:]
