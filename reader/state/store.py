"""The user's reading state in SQLite: read marks, positions in articles, settings.

One file under the user data directory. Every write is a transaction (WAL journal), so a
crash mid-write leaves the previous state intact. The schema is versioned with
`PRAGMA user_version` and upgraded by the ordered `MIGRATIONS`; add a table by appending a
migration. A file that is not a readable database is renamed aside with a timestamp and a
fresh one started, with a notice for the user, never a crash. A file at the current version
that lacks a table (or a column) has what is missing recreated, with a notice. A file from a
newer reader is never written to, not even switched to WAL: its version is read from the
file's header first, and that run keeps its state in memory.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from reader.sqlite_files import Corrupt, is_corrupt, set_aside

STATE_FILE_NAME = "state.sqlite3"

#: Migration N (1-based) brings a database from user_version N-1 to N.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE read_marks (article_key TEXT PRIMARY KEY, read_at REAL NOT NULL);
    CREATE TABLE positions (
        article_key TEXT PRIMARY KEY,
        block INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        saved_at REAL NOT NULL
    );
    """,
    # The jump list (reader.state.jumps) in order, and the finder's recently chosen targets.
    """
    CREATE TABLE jumps (
        slot INTEGER PRIMARY KEY,
        article_key TEXT NOT NULL,
        block INTEGER NOT NULL,
        offset INTEGER NOT NULL
    );
    CREATE TABLE recents (
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        used_at REAL NOT NULL,
        PRIMARY KEY (kind, target)
    );
    """,
    # The name under the cursor at each place in the jump list.
    """
    ALTER TABLE jumps ADD COLUMN mention_block INTEGER;
    ALTER TABLE jumps ADD COLUMN mention_start INTEGER;
    """,
    # Jump places by id and time, so that two readers open at once add to the list instead
    # of rewriting it (reader.state.jumps writes only what it changed).
    """
    CREATE TABLE IF NOT EXISTS jumps (
        slot INTEGER PRIMARY KEY,
        article_key TEXT NOT NULL,
        block INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        mention_block INTEGER,
        mention_start INTEGER
    );
    CREATE TABLE jump_places (
        id TEXT PRIMARY KEY,
        made_at REAL NOT NULL,
        article_key TEXT NOT NULL,
        block INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        mention_block INTEGER,
        mention_start INTEGER
    );
    INSERT INTO jump_places
        SELECT 'slot-' || slot, slot, article_key, block, offset, mention_block, mention_start
        FROM jumps;
    DROP TABLE jumps;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: What the current schema holds: each table's columns and how to create it afresh.
TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "settings": (
        ("key", "value"),
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    "read_marks": (
        ("article_key", "read_at"),
        "CREATE TABLE read_marks (article_key TEXT PRIMARY KEY, read_at REAL NOT NULL)",
    ),
    "positions": (
        ("article_key", "block", "offset", "saved_at"),
        "CREATE TABLE positions (article_key TEXT PRIMARY KEY, block INTEGER NOT NULL, "
        "offset INTEGER NOT NULL, saved_at REAL NOT NULL)",
    ),
    "jump_places": (
        ("id", "made_at", "article_key", "block", "offset", "mention_block", "mention_start"),
        "CREATE TABLE jump_places (id TEXT PRIMARY KEY, made_at REAL NOT NULL, "
        "article_key TEXT NOT NULL, block INTEGER NOT NULL, offset INTEGER NOT NULL, "
        "mention_block INTEGER, mention_start INTEGER)",
    ),
    "recents": (
        ("kind", "target", "used_at"),
        "CREATE TABLE recents (kind TEXT NOT NULL, target TEXT NOT NULL, used_at REAL NOT NULL, "
        "PRIMARY KEY (kind, target))",
    ),
}
#: Where SQLite keeps `user_version` in a database file's header (4 bytes, big-endian).
_USER_VERSION_OFFSET = 60
_SQLITE_MAGIC = b"SQLite format 3\x00"


def default_state_path() -> Path:
    """Where the state file lives: the user data directory for `reader`."""
    return Path(platformdirs.user_data_dir("reader")) / STATE_FILE_NAME


class StateStore:
    """An open state database; `notices` holds what the user should be told about opening it.

    A plain class: a dataclass takes a fraction of a millisecond to define, on the way to the
    first frame.
    """

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None, notices: list[str] | None = None
    ) -> None:
        self.connection = connection
        self.path = path
        self.notices: list[str] = notices if notices is not None else []

    @classmethod
    def open(cls, path: Path | None = None) -> StateStore:
        """Open (creating or upgrading) the state at `path`, setting aside a corrupt file."""
        path = default_state_path() if path is None else path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _refuse_newer(path)
            notices: list[str] = []
            return cls(_connect(str(path), notices), path, notices)
        except _NewerSchema as err:
            return cls.in_memory(f"Reading state is not saved this time: {err}")
        except sqlite3.DatabaseError as err:
            if not is_corrupt(err):
                return cls.in_memory(f"Reading state is not saved this time: {err}")
            reason = str(err)
        except OSError as err:
            return cls.in_memory(f"Reading state is not saved this time: {err}")
        try:
            aside = set_aside(path)
            store = cls(_connect(str(path)), path)
        except (OSError, sqlite3.Error) as err:
            return cls.in_memory(
                f"The reading state file is damaged and could not be replaced: {err}"
            )
        store.notices.append(
            f"The reading state file was damaged ({reason}); it was moved to {aside} "
            "and a new one started."
        )
        return store

    @classmethod
    def in_memory(cls, notice: str | None = None) -> StateStore:
        """A store that lasts for this run only (when the file cannot be used)."""
        return cls(_connect(":memory:"), None, [notice] if notice else [])

    def close(self) -> None:
        self.connection.close()

    # ── settings ───────────────────────────────────────────────────────────────────────

    def setting(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ── read marks ─────────────────────────────────────────────────────────────────────

    def read_keys(self) -> set[str]:
        """The keys of every article marked read."""
        return {row[0] for row in self.connection.execute("SELECT article_key FROM read_marks")}

    def mark_read(self, keys: Iterable[str], read: bool = True) -> None:
        """Mark articles read (or unread) in one transaction."""
        with self.connection:
            if read:
                now = time.time()
                self.connection.executemany(
                    "INSERT OR IGNORE INTO read_marks (article_key, read_at) VALUES (?, ?)",
                    [(key, now) for key in keys],
                )
            else:
                self.connection.executemany(
                    "DELETE FROM read_marks WHERE article_key = ?", [(key,) for key in keys]
                )

    # ── positions ──────────────────────────────────────────────────────────────────────

    def position(self, key: str) -> tuple[int, int] | None:
        """Where the reader was in an article: (display block, offset), or None."""
        row = self.connection.execute(
            "SELECT block, offset FROM positions WHERE article_key = ?", (key,)
        ).fetchone()
        if row is None or not all(type(value) is int and value >= 0 for value in row):
            return None  # none saved, or a row written by something else: start at the top
        return (row[0], row[1])

    def save_position(self, key: str, block: int, offset: int) -> None:
        """Remember the reader's place in an article (the top of the article forgets it)."""
        with self.connection:
            if (block, offset) == (0, 0):
                self.connection.execute("DELETE FROM positions WHERE article_key = ?", (key,))
                return
            self.connection.execute(
                "INSERT INTO positions (article_key, block, offset, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_key) DO UPDATE SET block = excluded.block, "
                "offset = excluded.offset, saved_at = excluded.saved_at",
                (key, block, offset, time.time()),
            )


class _NewerSchema(Exception):
    """The file was written by a newer reader: keep it untouched."""


def _refuse_newer(path: Path) -> None:
    """Raise `_NewerSchema` when the file's header says a newer reader wrote it, before
    anything (even switching the journal to WAL) could change the file."""
    try:
        with path.open("rb") as file:
            header = file.read(_USER_VERSION_OFFSET + 4)
    except FileNotFoundError:
        return
    if len(header) == _USER_VERSION_OFFSET + 4 and header.startswith(_SQLITE_MAGIC):
        version = int.from_bytes(header[_USER_VERSION_OFFSET:], "big")
        if version > SCHEMA_VERSION:
            raise _NewerSchema(
                f"the state file has schema version {version}; this reader knows up to "
                f"{SCHEMA_VERSION}. It is left untouched."
            )


def _repair(connection: sqlite3.Connection) -> list[str]:
    """Recreate what a current-version database lacks; return what was done, for a notice.

    A missing table is created empty. A table missing a column is renamed aside inside the
    file (`<name>_aside_<time>`, nothing deleted) and created afresh.
    """
    done: list[str] = []
    for name, (columns, create) in TABLES.items():
        present = {row[1] for row in connection.execute(f"PRAGMA table_info({name})")}
        if set(columns) <= present:
            continue
        with connection:
            if present:
                aside = f"{name}_aside_{int(time.time())}"
                connection.execute(f"ALTER TABLE {name} RENAME TO {aside}")
                done.append(f"{name} (its old rows kept as {aside})")
            else:
                done.append(name)
            connection.execute(create)
    return done


def _connect(target: str, notices: list[str] | None = None) -> sqlite3.Connection:
    """Open, check, migrate and repair a database; raises sqlite3.DatabaseError when it is
    corrupt. What was repaired is added to `notices`."""
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        if (check := connection.execute("PRAGMA quick_check").fetchone()[0]) != "ok":
            raise Corrupt(f"integrity check failed: {check}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _NewerSchema(
                f"the state file has schema version {version}; this reader knows up to "
                f"{SCHEMA_VERSION}"
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            connection.executescript(
                f"BEGIN; {MIGRATIONS[number - 1]} PRAGMA user_version = {number}; COMMIT;"
            )
        if (repaired := _repair(connection)) and notices is not None:
            notices.append(
                "The reading state file was missing part of its contents; recreated empty: "
                + ", ".join(repaired)
                + "."
            )
    except BaseException:
        connection.close()
        raise
    return connection
