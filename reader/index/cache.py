"""The on-disk index cache: SQLite in the user's cache directory, so a second start is instant.

Three kinds of rows, all keyed by the entity engine's version (code + names file, see
`engine.EntityEngine.version`) so that results from other code are never used:
- per article, by content digest (`Article.digest`): its contribution to the corpus-wide
  evidence, which depends on the article alone;
- per article and corpus evidence (a digest of the corpus's article digests, in any order):
  its scan, which depends on the article and on what the whole corpus writes in lower case.
  These rows are a journal of the build under way: a build stopped half-way (the reader
  closed) goes on where it stopped; a finished build deletes them, and a build over other
  evidence deletes those of earlier builds;
- per corpus (the ordered list of article digests): the linked result — entities and the
  entity of every mention, grouped rows — and the merged evidence, so that reopening the same
  files does no recognition and no linking at all.

Integer columns are stored as little-endian uint32 BLOBs (see `tables.column_to_bytes`),
everything else as JSON; nothing is pickled. What only a cold or changed corpus reads
(per-article evidence and scans, the merged evidence) is zlib-compressed. What a warm start
reads (the corpus columns) is not, so it loads at the speed of the disk. Writes are
transactions. A cache file that SQLite reports as corrupt is renamed aside
(`index.sqlite3.corrupt-<time>`) and started afresh with a warning; a cache that cannot be
opened or written (read-only disk, locked) is skipped with a warning. Either way the reader
carries on without it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

from reader.index.cache_rows import CachedCorpus, decode_corpus, pack_json, unpack_json
from reader.index.tables import (
    EntityTable,
    MentionTable,
    column_to_bytes,
)

SCHEMA_VERSION = "3"
CACHE_FILE = "index.sqlite3"
#: How many corpora's linked results are kept (the least recently used go first).
KEEP_CORPORA = 4
_BATCH = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article_evidence (
    engine TEXT NOT NULL,
    digest TEXT NOT NULL,
    evidence BLOB NOT NULL,
    PRIMARY KEY (engine, digest)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS article_scan (
    engine TEXT NOT NULL,
    evidence TEXT NOT NULL,
    digest TEXT NOT NULL,
    scan BLOB NOT NULL,
    PRIMARY KEY (engine, evidence, digest)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS corpus_result (
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
"""
_CORPUS_COLUMNS = (
    "entities, entity_labels, mention_counts, article_counts, article_starts, block, start, "
    '"end", label, entity, entity_order, entity_starts, evidence'
)

Warn = Callable[[str], None]
_log = logging.getLogger(__name__)


def default_cache_path() -> Path:
    """Where the cache lives: `<user cache dir>/reader/index.sqlite3` (XDG on Linux)."""
    return Path(platformdirs.user_cache_dir("reader")) / CACHE_FILE


class IndexCache:
    """The SQLite cache file; every method is thread-safe and never raises on a cache problem.

    Loads return a miss and saves do nothing when the cache is unusable; `warn` is told why
    (once per problem). Call `close()` when done (or use it as a context manager).
    """

    def __init__(self, path: Path | str | None = None, warn: Warn | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._warn = warn or _log.warning
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._disabled = False

    def __enter__(self) -> IndexCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    # Per-article evidence -----------------------------------------------------------------

    def load_evidence(self, engine: str, digests: Iterable[str]) -> dict[str, Any]:
        """The cached evidence data among `digests` (a missing or unreadable one is left out)."""
        found: dict[str, Any] = {}
        for digest, blob in self._select("article_evidence", "evidence", engine, None, digests):
            try:
                found[digest] = unpack_json(blob)
            except (ValueError, zlib.error) as err:
                self._warn(f"index cache: ignoring a damaged entry ({err})")
        return found

    def save_evidence(self, engine: str, results: Iterable[tuple[str, Any]]) -> None:
        """Store (digest, evidence data) for each article, in one transaction."""
        rows = [(engine, digest, pack_json(data)) for digest, data in results if digest]
        self._insert("INSERT OR REPLACE INTO article_evidence VALUES (?, ?, ?)", rows)

    # Per-article scans (the journal of a build) --------------------------------------------

    def has_scans(self, engine: str, evidence: str) -> bool:
        """True when some article's scan over this corpus evidence is kept."""
        with self._session() as db:
            if db is None:
                return False
            row = db.execute(
                "SELECT 1 FROM article_scan WHERE engine = ? AND evidence = ? LIMIT 1",
                (engine, evidence),
            ).fetchone()
            return row is not None

    def load_scans(self, engine: str, evidence: str, digests: Iterable[str]) -> dict[str, bytes]:
        """The kept scans (as saved) among `digests`, over this corpus evidence."""
        found: dict[str, bytes] = {}
        for digest, blob in self._select("article_scan", "scan", engine, evidence, digests):
            try:
                found[digest] = zlib.decompress(blob)
            except zlib.error as err:
                self._warn(f"index cache: ignoring a damaged entry ({err})")
        return found

    def save_scans(self, engine: str, evidence: str, scans: Iterable[tuple[str, bytes]]) -> None:
        """Store (digest, scan bytes) for each article over this evidence, in one transaction."""
        rows = [(engine, evidence, digest, zlib.compress(blob, 1)) for digest, blob in scans]
        self._insert("INSERT OR REPLACE INTO article_scan VALUES (?, ?, ?, ?)", rows)

    def forget_scans(self, engine: str, keep: str | None = None) -> None:
        """Delete the scans kept for this engine, except those over evidence `keep`."""
        with self._session() as db:
            if db is None:
                return
            with db:
                db.execute(
                    "DELETE FROM article_scan WHERE engine = ? AND evidence != ?",
                    (engine, keep or ""),
                )

    def _select(
        self, table: str, column: str, engine: str, evidence: str | None, digests: Iterable[str]
    ) -> list[tuple[str, bytes]]:
        """(digest, blob) of the rows of `table` among `digests`, in batches."""
        wanted = sorted({d for d in digests if d})
        found: list[tuple[str, bytes]] = []
        where = "engine = ?" if evidence is None else "engine = ? AND evidence = ?"
        keys = (engine,) if evidence is None else (engine, evidence)
        with self._session() as db:
            if db is None:
                return found
            for first in range(0, len(wanted), _BATCH):
                batch = wanted[first : first + _BATCH]
                marks = ",".join("?" * len(batch))
                found.extend(
                    db.execute(
                        f"SELECT digest, {column} FROM {table} "
                        f"WHERE {where} AND digest IN ({marks})",
                        (*keys, *batch),
                    )
                )
        return found

    def _insert(self, statement: str, rows: list[tuple]) -> None:
        if not rows:
            return
        with self._session() as db:
            if db is None:
                return
            with db:
                db.executemany(statement, rows)

    # Per-corpus linked results ------------------------------------------------------------

    def load_corpus(self, engine: str, corpus: str) -> CachedCorpus | None:
        """The cached linked result for this corpus key, or None."""
        with self._session() as db:
            if db is None:
                return None
            row = db.execute(
                f"SELECT {_CORPUS_COLUMNS} FROM corpus_result WHERE engine = ? AND corpus = ?",
                (engine, corpus),
            ).fetchone()
            if row is None:
                return None
            try:
                cached = decode_corpus(row)
            except (ValueError, KeyError, TypeError, IndexError, zlib.error) as err:
                self._warn(f"index cache: ignoring a damaged corpus entry ({err})")
                return None
            with db:
                db.execute(
                    "UPDATE corpus_result SET used = ? WHERE engine = ? AND corpus = ?",
                    (time.time(), engine, corpus),
                )
            return cached

    def save_corpus(
        self,
        engine: str,
        corpus: str,
        entities: EntityTable,
        mentions: MentionTable,
        entity_rows: tuple[Any, Any],
        evidence: bytes,
    ) -> None:
        """Store a corpus's linked result, dropping the least recently used beyond a few.

        `evidence` is the merged evidence as `pack_evidence` gives it.
        """
        names = {"ids": entities.ids, "names": entities.names, "aliases": entities.aliases}
        row = (
            engine,
            corpus,
            time.time(),
            json.dumps(names, ensure_ascii=False),
            column_to_bytes(entities.labels),
            column_to_bytes(entities.mention_counts),
            column_to_bytes(entities.article_counts),
            column_to_bytes(mentions.article_starts),
            column_to_bytes(mentions.block),
            column_to_bytes(mentions.start),
            column_to_bytes(mentions.end),
            column_to_bytes(mentions.label),
            column_to_bytes(mentions.entity),
            column_to_bytes(entity_rows[0]),
            column_to_bytes(entity_rows[1]),
            evidence,
        )
        with self._session() as db:
            if db is None:
                return
            with db:
                db.execute(
                    f"INSERT OR REPLACE INTO corpus_result (engine, corpus, used, {_CORPUS_COLUMNS}) "
                    f"VALUES ({','.join('?' * len(row))})",
                    row,
                )
                db.execute(
                    "DELETE FROM corpus_result WHERE rowid NOT IN "
                    "(SELECT rowid FROM corpus_result ORDER BY used DESC LIMIT ?)",
                    (KEEP_CORPORA,),
                )

    def forget_other_engines(self, engine: str) -> None:
        """Delete results made by other versions of the code (any names file)."""
        code = engine.split(":", 1)[0]
        with self._session() as db:
            if db is None:
                return
            with db:
                for table in ("article_evidence", "article_scan", "corpus_result"):
                    db.execute(
                        f"DELETE FROM {table} WHERE substr(engine, 1, ?) != ?",
                        (len(code), code),
                    )
            db.execute("PRAGMA incremental_vacuum")

    # Connection, corruption and failures ---------------------------------------------------

    @contextmanager
    def _session(self) -> Iterator[sqlite3.Connection | None]:
        """The open connection (None when the cache is unusable), with problems handled."""
        with self._lock:
            connection = None
            if not self._disabled:
                try:
                    connection = self._connect()
                except (sqlite3.DatabaseError, OSError) as err:
                    self._handle(err)
            if connection is None:
                yield None
                return
            try:
                yield connection
            except (sqlite3.DatabaseError, OSError) as err:
                self._handle(err)

    def _handle(self, err: Exception) -> None:
        """Set a corrupt file aside; skip the cache for anything else (locked, read-only...)."""
        if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
            self._set_aside(err)
        else:
            self._disable(f"index cache unavailable ({err}); carrying on without it")

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            try:
                # Space freed by dropped results goes back to the disk (set before any table).
                connection.execute("PRAGMA auto_vacuum=INCREMENTAL")
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                with connection:
                    connection.executescript(_SCHEMA)
                    stored = connection.execute(
                        "SELECT value FROM meta WHERE key = 'schema'"
                    ).fetchone()
                    if stored is None or stored[0] != SCHEMA_VERSION:
                        connection.execute("DROP TABLE IF EXISTS article_result")  # schema 2
                        for table in ("article_evidence", "article_scan", "corpus_result"):
                            connection.execute(f"DELETE FROM {table}")
                        connection.execute(
                            "INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,)
                        )
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def _disable(self, message: str) -> None:
        self.close()
        self._disabled = True
        self._warn(message)

    def _set_aside(self, err: Exception) -> None:
        """Rename a corrupt cache file out of the way; the next use starts a new one."""
        self.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    extra.replace(aside.with_name(aside.name + suffix))
        except OSError as move_err:
            self._disable(f"index cache is damaged ({err}) and could not be moved: {move_err}")
            return
        self._warn(f"index cache was damaged ({err}); moved to {aside} and starting afresh")
