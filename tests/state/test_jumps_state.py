"""The jump list (vim's ctrl+o/ctrl+i, stack-like) and the finder's recents, saved in SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.state.jumps import JumpList, Place, RecentTargets
from reader.state.store import StateStore


def place(article: str, block: int = 0, offset: int = 0) -> Place:
    return Place(article, block, offset)


def test_back_and_forward_walk_the_places_jumped_from() -> None:
    jumps = JumpList()
    jumps.record(place("a", 3, 10))  # at a, jumped to b
    jumps.record(place("b", 1, 0))  # at b, jumped to c
    here = place("c", 5, 7)
    assert jumps.back(here) == place("b", 1, 0)
    assert jumps.back(place("b", 1, 0)) == place("a", 3, 10)
    assert jumps.back(place("a", 3, 10)) is None  # the oldest
    assert jumps.forward(place("a", 3, 10)) == place("b", 1, 0)
    assert jumps.forward(place("b", 1, 0)) == here  # back where the walk started
    assert jumps.forward(here) is None


def test_returning_lands_where_the_reader_left_a_visited_place() -> None:
    jumps = JumpList()
    jumps.record(place("a", 3, 10))
    jumps.back(place("b", 2, 0))
    # the reader scrolled on in a before going forward again
    assert jumps.forward(place("a", 9, 40)) == place("b", 2, 0)
    assert jumps.back(place("b", 2, 0)) == place("a", 9, 40)


def test_a_new_jump_while_walking_drops_the_places_ahead() -> None:
    jumps = JumpList()
    jumps.record(place("a"))
    jumps.record(place("b"))
    assert jumps.back(place("c")) == place("b")
    jumps.record(place("b", 4, 2))  # from b, jumped to d
    assert not jumps.can_go_forward
    assert jumps.entries == [place("a"), place("b", 4, 2)]
    assert jumps.back(place("d")) == place("b", 4, 2)
    assert jumps.back(place("b", 4, 2)) == place("a")


def test_jumping_again_from_the_same_block_keeps_one_entry_and_the_list_is_capped() -> None:
    jumps = JumpList(capacity=3)
    jumps.record(place("a", 1, 0))
    jumps.record(place("a", 1, 30))  # the same paragraph again: replaces the newest entry
    assert jumps.entries == [place("a", 1, 30)]
    jumps.record(place("b"))
    jumps.record(place("a", 1, 0))  # not the newest: kept as a place of its own
    assert jumps.entries == [place("a", 1, 30), place("b"), place("a", 1, 0)]
    for name in "cde":
        jumps.record(place(name))
    assert jumps.entries == [place("c"), place("d"), place("e")]
    assert jumps.cursor == 3


def test_the_jump_list_survives_reopening_the_store(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = StateStore.open(path)
    jumps = JumpList(store)
    jumps.record(place("a", 2, 5))
    jumps.record(place("b", 0, 9))
    assert jumps.back(place("c", 1, 1)) == place("b", 0, 9)
    store.close()

    again = JumpList(StateStore.open(path))
    assert again.entries == [place("a", 2, 5), place("b", 0, 9), place("c", 1, 1)]
    assert again.cursor == 1
    assert again.forward(place("b", 0, 9)) == place("c", 1, 1)
    assert again.back(place("c", 1, 1)) == place("b", 0, 9)
    assert again.back(place("b", 0, 9)) == place("a", 2, 5)


def test_the_name_under_the_cursor_is_kept_with_the_place(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    jumps = JumpList(StateStore.open(path))
    jumps.record(Place("a", 2, 5, (3, 17)))
    jumps.record(Place("a", 2, 5))  # same view, no name: a different spot
    assert len(jumps) == 2
    again = JumpList(StateStore.open(path))
    assert again.entries == [Place("a", 2, 5, (3, 17)), Place("a", 2, 5)]


def test_an_older_state_file_is_upgraded_with_empty_jumps(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE read_marks (article_key TEXT PRIMARY KEY, read_at REAL NOT NULL);"
        "CREATE TABLE positions (article_key TEXT PRIMARY KEY, block INTEGER NOT NULL,"
        " offset INTEGER NOT NULL, saved_at REAL NOT NULL);"
        "INSERT INTO read_marks VALUES ('kept', 1.0);"
        "PRAGMA user_version = 1;"
    )
    old.close()
    store = StateStore.open(path)
    assert store.read_keys() == {"kept"}
    assert JumpList(store).entries == []
    assert RecentTargets(store).items() == []


def test_a_jump_list_saved_without_names_keeps_its_places(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE read_marks (article_key TEXT PRIMARY KEY, read_at REAL NOT NULL);"
        "CREATE TABLE positions (article_key TEXT PRIMARY KEY, block INTEGER NOT NULL,"
        " offset INTEGER NOT NULL, saved_at REAL NOT NULL);"
        "CREATE TABLE jumps (slot INTEGER PRIMARY KEY, article_key TEXT NOT NULL,"
        " block INTEGER NOT NULL, offset INTEGER NOT NULL);"
        "CREATE TABLE recents (kind TEXT NOT NULL, target TEXT NOT NULL, used_at REAL NOT NULL,"
        " PRIMARY KEY (kind, target));"
        "INSERT INTO jumps VALUES (0, 'a', 2, 5);"
        "PRAGMA user_version = 2;"
    )
    old.close()
    assert JumpList(StateStore.open(path)).entries == [Place("a", 2, 5)]


def test_recents_are_newest_first_unique_capped_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = StateStore.open(path)
    recents = RecentTargets(store, capacity=3)
    for item in [("entity", "e1"), ("article", "a1"), ("entity", "e2"), ("entity", "e1")]:
        recents.add(*item)
    assert recents.items() == [("entity", "e1"), ("entity", "e2"), ("article", "a1")]
    recents.add("entity", "e3")
    assert recents.items() == [("entity", "e3"), ("entity", "e1"), ("entity", "e2")]
    store.close()
    again = RecentTargets(StateStore.open(path), capacity=3)
    assert again.items() == [("entity", "e3"), ("entity", "e1"), ("entity", "e2")]
