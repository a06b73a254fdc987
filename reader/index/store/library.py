"""`SqliteLibrary`: the library store in one SQLite file (see `schema`), behind `Library`.

    library = SqliteLibrary.open()               # notices: what the user should be told
    snapshot = library.sync(paths, progress, cancelled)   # reads only new or changed files
    heads = library.heads(snapshot)              # id, path, title, source, date per article
    page = library.page(snapshot, offset, limit) # newest first, for a virtual list
    article = library.article(article_id)        # text and blocks, when it is shown
    names = library.names(snapshot, names_path, progress, cancelled)  # `StoredNames`
    library.search("query", limit)               # article ids by the full-text index

Progress is `progress(phase, done, total)` with phases `READING`, `FINDING`, `LINKING`;
`cancelled()` is polled between files and between articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.corpus.model import Article, LoadProblem
from reader.index.cache import Warn
from reader.index.corpus_index import CorpusIndex
from reader.index.keys import corpus_key
from reader.index.store import catalog
from reader.index.store.catalog import Cancelled, Progress, Snapshot
from reader.index.store.codec import ArticleHead, article_of, date_of
from reader.index.store.names import (
    StoreNamesCache,
    spans_of,
)
from reader.index.store.paths import from_store, to_store
from reader.index.store.schema import NewerSchema, connect, default_store_path
from reader.index.store.stored import StoredNames
from reader.index.store.versions import engine_version
from reader.sqlite_files import is_corrupt, set_aside

#: The orders `page` lists a corpus in: sort key → SQL (file order breaks every tie).
SORTS = {
    "newest": "a.stamp IS NULL, a.stamp DESC, j.key, a.seq",
    "oldest": "a.stamp IS NULL, a.stamp, j.key, a.seq",
    "title": "a.title COLLATE NOCASE, j.key, a.seq",
    "file": "j.key, a.seq",
}
FINDING = "Finding names"
LINKING = "Linking"
_HEAD_COLUMNS = "a.id, a.path, a.title, a.source, a.date, a.key, a.words, a.rowid"
#: A corpus's files (a JSON list of [path, context], see `Snapshot.files`), `j.key` its order.
_CORPUS_FILES = (
    "json_each(?) j JOIN file f "
    "ON f.path = json_extract(j.value, '$[0]') AND f.years_before = json_extract(j.value, '$[1]')"
)
_ARTICLE_COLUMNS = "a.id, a.path, a.title, a.source, a.date, 0, a.meta, t.text, t.blocks"


class SqliteLibrary:
    """The library database (see the module docstring). Not thread-safe: one per thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path
        self.notices: list[str] = []

    @classmethod
    def open(cls, path: Path | None = None) -> SqliteLibrary:
        """Open (creating or upgrading) the library, setting a damaged file aside."""
        path = default_store_path() if path is None else path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(connect(str(path), check=False), path)
        except NewerSchema as err:
            return cls.in_memory(str(err))
        except sqlite3.DatabaseError as err:
            if not is_corrupt(err):
                return cls.in_memory(f"the library could not be opened ({err})")
            reason = str(err)
        except OSError as err:
            return cls.in_memory(f"the library could not be opened ({err})")
        return cls._replace(path, reason)

    @classmethod
    def in_memory(cls, reason: str) -> SqliteLibrary:
        """A library for this run only, when the file cannot be used (`reason` says why)."""
        library = cls(connect(":memory:"), None)
        library.notices.append(f"{reason}; this run keeps the library in memory")
        return library

    @classmethod
    def _replace(cls, path: Path, reason: str) -> SqliteLibrary:
        try:
            aside = set_aside(path)
            library = cls(connect(str(path)), path)
        except (OSError, sqlite3.Error) as err:
            return cls.in_memory(f"the library is damaged and could not be replaced ({err})")
        library.notices.append(
            f"the library was damaged ({reason}); it was moved to {aside} and is being rebuilt"
        )
        return library

    def rebuilt(self, err: sqlite3.DatabaseError) -> SqliteLibrary:
        """A new library in place of this damaged one (this one is closed)."""
        self.close()
        if self.path is None:
            return self.in_memory(f"the library could not be used ({err})")
        return self._replace(self.path, str(err))

    def close(self) -> None:
        self.connection.close()

    # Files and articles -----------------------------------------------------------------

    def sync(
        self,
        paths: Sequence[str],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Snapshot | None:
        """Bring the store up to date with the files under `paths` (see `catalog.sync`)."""
        return catalog.sync(self.connection, paths, progress, cancelled)

    def problems(self, snapshot: Snapshot) -> list[LoadProblem]:
        """What the loader reported for the snapshot's paths and files, in file order."""
        stored: dict[str, tuple[str, list]] = {}
        for path, found, problems in self._files_rows(snapshot, "f.path, f.found, f.problems", "f"):
            stored[path] = (found, json.loads(problems))
        problems_out: list[LoadProblem] = []
        for entry in snapshot.entries:
            if isinstance(entry, LoadProblem):
                problems_out.append(entry)
            elif entry[0] in stored:
                found, items = stored[entry[0]]
                problems_out += [
                    LoadProblem(from_store(found), reason, bool(fatal)) for reason, fatal in items
                ]
        return problems_out

    def heads(self, snapshot: Snapshot) -> list[ArticleHead]:
        """Every article of the snapshot, in corpus order, without its text."""
        heads: list[ArticleHead] = []
        for order, (article_id, path, title, source, date, key, words, rowid) in enumerate(
            self._files_rows(snapshot, _HEAD_COLUMNS)
        ):
            heads.append(
                ArticleHead(
                    from_store(article_id), from_store(path), title, source, date_of(date),
                    order, key, words, rowid,
                )
            )
        return heads

    def articles(self, snapshot: Snapshot) -> list[Article]:
        """Every article of the snapshot, whole, in corpus order."""
        found = []
        for order, row in enumerate(self._files_rows(snapshot, _ARTICLE_COLUMNS, "t")):
            article = article_of(row)
            article.order = order
            found.append(article)
        return found

    def article(self, article_id: str | int) -> Article | None:
        """One article, whole, by id or by its head's `row` (its `order` is not set)."""
        where = "a.rowid = ?" if isinstance(article_id, int) else "a.id = ?"
        row = self.connection.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM article a JOIN article_text t ON t.rowid = a.rowid "
            f"WHERE {where} ORDER BY a.rowid DESC",
            (article_id if isinstance(article_id, int) else to_store(article_id),),
        ).fetchone()
        return None if row is None else article_of(row)

    def page(
        self, snapshot: Snapshot, offset: int, limit: int, sort: str = "newest"
    ) -> list[ArticleHead]:
        """Articles `offset` to `offset + limit` of the snapshot in the order `sort` names
        (see `SORTS`; "newest": dated ones newest to oldest, then undated ones in file
        order), for a virtual list. `ArticleHead.order` is the article's place in it."""
        rows = self.connection.execute(
            f"SELECT {_HEAD_COLUMNS} FROM {_CORPUS_FILES} "
            f"JOIN article a ON a.file_id = f.id ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            (json.dumps(snapshot.files), limit, offset),
        )
        return [
            ArticleHead(i, p, t, s, date_of(d), offset + n, k, w, r)
            for n, (i, p, t, s, d, k, w, r) in enumerate(rows)
        ]

    def count(self, snapshot: Snapshot) -> int:
        return self.connection.execute(
            f"SELECT count(*) FROM {_CORPUS_FILES} JOIN article a ON a.file_id = f.id",
            (json.dumps(snapshot.files),),
        ).fetchone()[0]

    def search(self, query: str, limit: int = 50, snapshot: Snapshot | None = None) -> list[str]:
        """Ids of the articles whose title or text match an FTS5 `query`, best first: of
        the snapshot's corpus, or of every file in the store. A query FTS5 cannot parse
        raises `sqlite3.OperationalError`."""
        if snapshot is None:
            rows = self.connection.execute(
                "SELECT a.id FROM article_fts JOIN article a ON a.rowid = article_fts.rowid "
                "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
        else:
            rows = self.connection.execute(
                f"SELECT a.id FROM {_CORPUS_FILES} JOIN article a ON a.file_id = f.id "
                "JOIN article_fts ON article_fts.rowid = a.rowid "
                "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
                (json.dumps(snapshot.files), query, limit),
            )
        return [row[0] for row in rows]

    def _files_rows(self, snapshot: Snapshot, columns: str, table: str = "a") -> list[tuple]:
        """Rows of `columns` for the snapshot's files (or their articles), in corpus order,
        read in one transaction so that another process's writes are not seen half-way."""
        join = "" if table == "f" else "JOIN article a ON a.file_id = f.id "
        if table == "t":
            join += "JOIN article_text t ON t.rowid = a.rowid "
        order = "j.key" if table == "f" else "j.key, a.seq"
        self.connection.execute("BEGIN")
        try:
            return self.connection.execute(
                f"SELECT {columns} FROM {_CORPUS_FILES} {join}ORDER BY {order}",
                (json.dumps(snapshot.files),),
            ).fetchall()
        finally:
            self.connection.execute("COMMIT")

    # Names ------------------------------------------------------------------------------

    def names(
        self,
        snapshot: Snapshot,
        names_path: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        warn: Warn | None = None,
    ) -> StoredNames | None:
        """The snapshot's linked names, with the names file at `names_path`: from the store
        when its articles are unchanged (the entity engine is not even loaded), else found
        (recognition kept by article, resumable) and kept; None when cancelled.

        An unusable names file raises `reader.entities.names.NamesFileError`."""
        heads = self.heads(snapshot)
        key = corpus_key(heads)  # type: ignore[arg-type]  # heads carry the digests
        cache = StoreNamesCache(self.path, warn) if self.path is not None else None
        try:
            if cache is not None:
                version = engine_version(self.connection, names_path)
                cached = cache.load_corpus(version, key)
                if cached is not None:
                    try:
                        index = CorpusIndex(
                            heads,  # type: ignore[arg-type]
                            cached.entities,
                            cached.mentions,
                            entity_rows=cached.entity_rows,
                        )
                        return StoredNames(self, version, key, index)
                    except ValueError:
                        pass  # a result that does not fit: found again below
            from reader.index.build import IndexBuilder  # the entity engine: only when needed
            from reader.index.engine import EntityEngine

            engine = EntityEngine(names_path)
            builder = IndexBuilder(engine=engine, cache=cache, warn=warn)
            builder.add_articles(self.articles(snapshot))
            built = builder.build(_phases(progress), cancelled)
        finally:
            if cache is not None:
                cache.close()
        if built is None:
            return None
        index = CorpusIndex(
            heads,
            built.entity_table,
            built.mention_table,
            entity_rows=built.entity_rows(),  # type: ignore[arg-type]
        )
        names = StoredNames(self, engine.version, key, index)
        names.keep_spans(spans_of(built))
        return names


def _phases(progress: Progress | None) -> Callable[[int, int], None] | None:
    """The index build's `progress(done, total)` as named phases: finding names until every
    article is scanned, then linking."""
    if progress is None:
        return None
    state = {"phase": FINDING}

    def report(done: int, total: int) -> None:
        if total <= 0:
            return  # nothing to count: never "0 of 0"
        phase = state["phase"]
        progress(phase, done, total)
        if phase == FINDING and done >= total:
            state["phase"] = LINKING
            progress(LINKING, 0, 1)

    return report
