"""The library database: where it lives, its versioned schema, and opening it safely.

One SQLite file under the user data directory (`library.sqlite3`), WAL journal and a busy
timeout so that two readers (or a reader and a command) can use it at once. The schema is
versioned with `PRAGMA user_version` and upgraded by the ordered `MIGRATIONS`: add a table
or column by appending one. A file SQLite cannot read is renamed aside with a timestamp and
a new one started, with a notice for the user, never a crash.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import platformdirs

from reader.sqlite_files import Corrupt

STORE_FILE_NAME = "library.sqlite3"
#: Set to a file path to keep the library elsewhere (tests, benchmarks, a shared disk).
STORE_ENV = "READER_LIBRARY"
#: How long a writer waits for another process's transaction before giving up (ms).
BUSY_TIMEOUT_MS = 60_000

#: Migration N (1-based) brings a database from user_version N-1 to N.
MIGRATIONS: tuple[str, ...] = (
    # Files as last seen, the articles read from each, and a full-text index of them.
    """
    CREATE TABLE file (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        found TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        hash TEXT NOT NULL,
        years_before TEXT NOT NULL,
        years TEXT NOT NULL,
        problems TEXT NOT NULL,
        checked REAL NOT NULL,
        UNIQUE (path, years_before)
    );
    CREATE TABLE article (
        rowid INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        key TEXT NOT NULL,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        date TEXT,
        stamp REAL,
        words INTEGER NOT NULL,
        meta TEXT NOT NULL,
        UNIQUE (file_id, seq)
    );
    CREATE INDEX article_by_id ON article(id);
    CREATE INDEX article_by_stamp ON article(stamp);
    -- The text apart, so that listing a corpus reads only the small rows above.
    CREATE TABLE article_text (
        rowid INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        blocks BLOB NOT NULL
    );
    CREATE TRIGGER article_drop_text AFTER DELETE ON article BEGIN
        DELETE FROM article_text WHERE rowid = old.rowid;
    END;
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='article_text', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER article_fts_add AFTER INSERT ON article_text BEGIN
        INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER article_fts_drop AFTER DELETE ON article_text BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    """,
    # Names: per-article recognition by content digest, and the linked result per corpus.
    """
    CREATE TABLE article_evidence (
        engine TEXT NOT NULL,
        digest TEXT NOT NULL,
        evidence BLOB NOT NULL,
        PRIMARY KEY (engine, digest)
    ) WITHOUT ROWID;
    CREATE TABLE article_scan (
        engine TEXT NOT NULL,
        evidence TEXT NOT NULL,
        digest TEXT NOT NULL,
        scan BLOB NOT NULL,
        PRIMARY KEY (engine, evidence, digest)
    ) WITHOUT ROWID;
    CREATE TABLE corpus_result (
        engine TEXT NOT NULL,
        corpus TEXT NOT NULL,
        used REAL NOT NULL,
        entities TEXT NOT NULL,
        entity_labels BLOB NOT NULL,
        mention_counts BLOB NOT NULL,
        article_counts BLOB NOT NULL,
        article_starts BLOB NOT NULL,
        block BLOB NOT NULL,
        start BLOB NOT NULL,
        "end" BLOB NOT NULL,
        label BLOB NOT NULL,
        entity BLOB NOT NULL,
        entity_order BLOB NOT NULL,
        entity_starts BLOB NOT NULL,
        evidence BLOB NOT NULL,
        PRIMARY KEY (engine, corpus)
    );
    """,
    # What the commands print without the articles: source spans and texts of the mentions,
    # and the finder's folded, sorted keys.
    """
    CREATE TABLE corpus_spans (
        engine TEXT NOT NULL,
        corpus TEXT NOT NULL,
        source_start BLOB NOT NULL,
        source_end BLOB NOT NULL,
        texts BLOB NOT NULL,
        PRIMARY KEY (engine, corpus)
    ) WITHOUT ROWID;
    CREATE TABLE corpus_finder (
        engine TEXT NOT NULL,
        corpus TEXT NOT NULL,
        articles INTEGER NOT NULL,
        candidates BLOB NOT NULL,
        PRIMARY KEY (engine, corpus, articles)
    ) WITHOUT ROWID;
    """,
    # The entity engine's version by a fingerprint of the code and packages that make it, so
    # that a warm command need not load the engine to know it.
    """
    CREATE TABLE engine_version (
        fingerprint TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        made REAL NOT NULL
    ) WITHOUT ROWID;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_store_path() -> Path:
    """`$READER_LIBRARY` if set, else `<user data dir>/reader/library.sqlite3`."""
    override = os.environ.get(STORE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("reader")) / STORE_FILE_NAME


class NewerSchema(Exception):
    """The file was written by a newer reader: it is left untouched."""


def connect(target: str, *, check: bool = False) -> sqlite3.Connection:
    """Open and migrate a database; raises sqlite3.DatabaseError when it is not one.

    `check` runs SQLite's quick check first (a read of the whole file: a quarter of a second
    for a large library, so only on request); damage found later, when a page is read, raises
    the same errors and is handled the same way (see `SqliteLibrary.rebuilt`).

    Migrations run in one immediate transaction, so two processes opening a new file at once
    do not both run them.
    """
    connection = sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        if check and (found := connection.execute("PRAGMA quick_check").fetchone()[0]) != "ok":
            raise Corrupt(f"integrity check failed: {found}")
        if connection.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            _migrate(connection)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"the library has schema version {version}; this reader knows up to "
                f"{SCHEMA_VERSION}"
            )
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """A migration split into statements (triggers hold `;` inside BEGIN ... END)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
