"""Bringing the store up to date with the files on disk: read only what is new or changed.

Each file is known by its path, size, modification time and a hash of its bytes, and by what
its parse depended on besides its bytes: the years of the articles read before it (dates
written without a year take the corpus's commonest year so far) and whether the user named
it. A file whose stat and context match is not opened; one whose stat changed but whose hash
did not is not parsed again. Files that were under a given folder and are gone drop out.

Files are parsed outside any transaction and written in batches, each batch one transaction,
so another process is never kept waiting long and a process killed half-way leaves only
whole files behind.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

try:  # hashlib.blake2b itself, without hashlib's OpenSSL bindings
    from _blake2 import blake2b
except ImportError:
    from hashlib import blake2b

from reader.corpus.discover import discover
from reader.corpus.loader import YearsSeen, load_file
from reader.corpus.model import Article, LoadProblem
from reader.index.keys import article_key
from reader.index.store.codec import blocks_to_bytes, date_stamp, date_to_text, meta_to_json
from reader.index.store.paths import from_store, to_store

Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]
#: A batch of parsed files is written once it holds this many articles (or files).
WRITE_ARTICLES = 2000
WRITE_FILES = 200
READING = "Reading files"


@dataclass(slots=True)
class StoredFile:
    """A file's row as the catalog compares it; `years` and `problems` are JSON text as
    stored (most rows of a large library are never decoded)."""

    path: str
    found: str
    size: int
    mtime_ns: int
    hash: str
    context: str
    years: str
    problems: str

    def year_list(self) -> list[int]:
        return json.loads(self.years)


@dataclass(slots=True)
class Snapshot:
    """The corpus as the store holds it after a sync: its files in order and their problems.

    `entries` holds, in the order the loader would meet them, each file's key (its absolute
    path and the context it was read in: its articles come from the store) or a problem
    found before any file was read.
    """

    entries: list[tuple[str, str] | LoadProblem] = field(default_factory=list)
    parsed: int = 0  # files read this time
    dropped: int = 0  # files gone from a given folder, dropped from the store

    @property
    def files(self) -> list[tuple[str, str]]:
        return [entry for entry in self.entries if not isinstance(entry, LoadProblem)]


@dataclass(slots=True)
class _Parsed:
    row: StoredFile
    articles: list[Article]


def file_hash(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def _content_hash(path: str) -> str:
    """The digest of a regular file's bytes, read in pieces: a huge file is never held whole.
    (FIFOs and devices are not hashed at all: reading one could block or never end; the
    loader reports them.)"""
    digest = blake2b(digest_size=16)
    with open(path, "rb") as handle:
        while piece := handle.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()


def sync(
    connection: sqlite3.Connection,
    paths: Sequence[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Snapshot | None:
    """Read the new and changed files under `paths` into the store; None when cancelled."""
    found = list(discover(paths))
    total = sum(1 for item in found if not isinstance(item, LoadProblem))
    known = _known_files(connection)
    snapshot = Snapshot()
    years = YearsSeen()
    pending: list[_Parsed] = []
    done = 0
    for item in found:
        if isinstance(item, LoadProblem):
            snapshot.entries.append(item)
            continue
        if cancelled is not None and cancelled():
            _write(connection, pending)
            return None
        absolute = to_store(os.path.abspath(item.path))
        context = ("named " if item.named else "found ") + years.state()
        stored = known.get((absolute, context))
        if _unchanged(stored, item.path, context):
            for year in stored.year_list():  # type: ignore[union-attr]
                years.add_year(year)
        else:
            parsed = _parse(item.path, item.named, context, years, stored)
            if parsed.articles or stored is None or parsed.row.hash != stored.hash:
                snapshot.parsed += 1
            pending.append(parsed)
            known[(absolute, context)] = parsed.row
        snapshot.entries.append((absolute, context))
        done += 1
        if sum(len(p.articles) for p in pending) >= WRITE_ARTICLES or len(pending) >= WRITE_FILES:
            _write(connection, pending)
            pending = []
        if progress is not None:
            progress(READING, done, total)
    _write(connection, pending)
    present = {path for path, _context in snapshot.files}
    snapshot.dropped = _drop_missing(connection, paths, present, {p for p, _c in known})
    return snapshot


def _known_files(connection: sqlite3.Connection) -> dict[tuple[str, str], StoredFile]:
    rows = connection.execute(
        "SELECT path, found, size, mtime_ns, hash, years_before, years, problems FROM file"
    )
    known: dict[tuple[str, str], StoredFile] = {}
    for path, found, size, mtime_ns, digest, context, years, problems in rows:
        known[(path, context)] = StoredFile(
            path, found, size, mtime_ns, digest, context, years, problems
        )  # fmt: skip
    return known


def _unchanged(stored: StoredFile | None, found: str, context: str) -> bool:
    """Whether the stored parse of the file at `found` still holds, by its stat alone."""
    if stored is None or stored.found != to_store(found) or stored.context != context:
        return False
    try:
        info = os.stat(found)
    except OSError:
        return False
    return info.st_size == stored.size and info.st_mtime_ns == stored.mtime_ns


def _parse(
    path: str, named: bool, context: str, years: YearsSeen, stored: StoredFile | None
) -> _Parsed:
    """Read one file, its years counted into `years` (a file that cannot be opened is kept
    with the loader's problem for it, like any other)."""
    try:
        info = os.stat(path)
        digest = _content_hash(path) if stat.S_ISREG(info.st_mode) else ""
    except OSError:
        info, digest = None, ""
    if (
        stored is not None
        and info is not None
        and stored.hash == digest
        and stored.found == to_store(path)
        and stored.context == context
    ):
        row = StoredFile(
            stored.path, to_store(path), info.st_size, info.st_mtime_ns, digest, context,
            stored.years, stored.problems,
        )  # fmt: skip
        for year in row.year_list():
            years.add_year(year)
        return _Parsed(row, [])  # the same bytes: only the stat is new
    articles: list[Article] = []
    problems: list[tuple[str, bool]] = []
    year_list: list[int] = []  # of the dated articles, in order
    for item in load_file(path, years, named=named):
        if isinstance(item, Article):
            articles.append(item)
            if item.date is not None:
                year_list.append(item.date.year)
        else:
            problems.append((item.reason, item.fatal))
    row = StoredFile(
        to_store(os.path.abspath(path)),
        to_store(path),
        info.st_size if info is not None else -1,
        info.st_mtime_ns if info is not None else -1,
        digest,
        context,
        json.dumps(year_list),
        json.dumps(problems, ensure_ascii=False),
    )
    return _Parsed(row, articles)


def _write(connection: sqlite3.Connection, batch: Iterable[_Parsed]) -> None:
    """Write parsed files in one transaction (a file another process wrote the same way
    meanwhile is left as it is)."""
    batch = list(batch)
    if not batch:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        for parsed in batch:
            _write_one(connection, parsed)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _write_one(connection: sqlite3.Connection, parsed: _Parsed) -> None:
    row = parsed.row
    current = connection.execute(
        "SELECT id, found, size, mtime_ns, hash, years_before FROM file "
        "WHERE path = ? AND years_before = ?",
        (row.path, row.context),
    ).fetchone()
    now = time.time()
    if current is not None and (current[4], current[1], current[5]) == (
        row.hash,
        row.found,
        row.context,
    ):  # the same bytes read the same way (maybe by another process meanwhile): they hold
        connection.execute(
            "UPDATE file SET size = ?, mtime_ns = ?, checked = ? WHERE id = ?",
            (row.size, row.mtime_ns, now, current[0]),
        )
        return
    stale = "path = ? AND (years_before = ? OR hash != ?)"  # this parse, and older bytes'
    connection.execute(
        f"DELETE FROM article WHERE file_id IN (SELECT id FROM file WHERE {stale})",
        (row.path, row.context, row.hash),
    )
    connection.execute(f"DELETE FROM file WHERE {stale}", (row.path, row.context, row.hash))
    file_id = connection.execute(
        "INSERT INTO file (path, found, size, mtime_ns, hash, years_before, years, problems, "
        "checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.path,
            row.found,
            row.size,
            row.mtime_ns,
            row.hash,
            row.context,
            row.years,
            row.problems,
            now,
        ),
    ).lastrowid
    for seq, article in enumerate(parsed.articles):
        rowid = connection.execute(
            "INSERT INTO article (file_id, seq, id, key, path, title, source, date, stamp, "
            "words, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                seq,
                to_store(article.id),
                article_key(article),
                to_store(article.path),
                article.title,
                article.source,
                date_to_text(article.date),
                date_stamp(article.date),
                article.word_count,
                meta_to_json(article),
            ),
        ).lastrowid
        connection.execute(
            "INSERT INTO article_text (rowid, title, text, blocks) VALUES (?, ?, ?, ?)",
            (rowid, article.title, article.text, blocks_to_bytes(article.blocks)),  # type: ignore[arg-type]
        )


def _drop_missing(
    connection: sqlite3.Connection,
    paths: Sequence[str],
    present: set[str],
    known: set[str],
) -> int:
    """Delete the stored files that were under a given folder (or were a given file) and
    are not there any more; returns how many."""
    roots: list[str] = []
    gone: list[str] = []
    for given in paths:
        absolute = os.path.abspath(given)
        if os.path.isdir(absolute):
            roots.append(to_store(absolute.rstrip(os.sep) + os.sep))
        elif not os.path.exists(absolute) and to_store(absolute) in known:
            gone.append(to_store(absolute))
    if roots:
        prefixes = tuple(roots)
        gone += [p for p in known if p.startswith(prefixes) and p not in present]
    gone = [p for p in gone if not os.path.exists(from_store(p))]
    if not gone:
        return 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        for path in gone:
            connection.execute(
                "DELETE FROM article WHERE file_id IN (SELECT id FROM file WHERE path = ?)",
                (path,),
            )
            connection.execute("DELETE FROM file WHERE path = ?", (path,))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(gone)
