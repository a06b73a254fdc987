"""The library store: articles kept whole, files re-read only when changed, migrations,
a damaged file rebuilt, full-text search, and the newest-first page query."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import fields, replace
from pathlib import Path

import pytest

from reader.corpus.loader import load_corpus, sort_newest_first
from reader.index.candidates import Candidates, build_candidates
from reader.index.finder import Finder
from reader.index.store import FINDING, LINKING, READING, SqliteLibrary
from reader.index.store.names import pack_candidates, unpack_candidates
from reader.index.store.schema import MIGRATIONS, SCHEMA_VERSION, connect
from tests.index.helpers import build_index
from tests.index.store_helpers import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "news", 6)


@pytest.fixture
def library(tmp_path: Path):
    opened = SqliteLibrary.open(tmp_path / "lib" / "library.sqlite3")
    yield opened
    opened.close()


def test_articles_come_back_as_they_were_loaded(corpus: Path, library: SqliteLibrary) -> None:
    loaded = load_corpus([str(corpus)]).articles
    snapshot = library.sync([str(corpus)])
    assert snapshot is not None
    stored = library.articles(snapshot)
    assert stored == loaded  # every field, blocks with their source offsets included
    assert any(b.offsets is not None for a in stored for b in a.blocks)  # Markdown kept whole
    heads = library.heads(snapshot)
    assert [(h.id, h.title, h.date) for h in heads] == [(a.id, a.title, a.date) for a in loaded]
    assert library.article(loaded[2].id) == replace(loaded[2], order=0)


def test_progress_names_the_phase_and_counts_files(corpus: Path, library: SqliteLibrary) -> None:
    seen: list[tuple[str, int, int]] = []
    library.sync([str(corpus)], lambda phase, done, total: seen.append((phase, done, total)))
    assert seen[-1] == (READING, 8, 8) and {phase for phase, _, _ in seen} == {READING}
    assert [done for _, done, _ in seen] == list(range(1, 9))


def test_a_cancelled_sync_stops_and_keeps_what_it_read(
    corpus: Path, library: SqliteLibrary
) -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    assert library.sync([str(corpus)], cancelled=cancelled) is None
    kept = library.connection.execute("SELECT count(*) FROM file").fetchone()[0]
    assert kept == 3
    snapshot = library.sync([str(corpus)])
    assert snapshot is not None and snapshot.parsed == 5  # the three kept are not read again


def test_changed_added_and_removed_files_are_picked_up(
    corpus: Path, library: SqliteLibrary
) -> None:
    first = library.sync([str(corpus)])
    assert first is not None and first.parsed == 8
    again = library.sync([str(corpus)])
    assert again is not None and again.parsed == 0  # nothing changed: no file opened
    (corpus / "0001.txt").write_text("Harbour reopens\n\nThe harbour in Norhaven reopened.\n")
    (corpus / "0002.txt").unlink()
    (corpus / "0100.txt").write_text("A new quay\n\nWork on a new quay began in Lirantau.\n")
    later = library.sync([str(corpus)])
    assert later is not None and (later.parsed, later.dropped) == (2, 1)
    titles = [head.title for head in library.heads(later)]
    assert "Harbour reopens" in titles and "A new quay" in titles
    assert len(titles) == len(load_corpus([str(corpus)]).articles)
    assert library.heads(later) and [h.id for h in library.heads(later)] == [
        a.id for a in load_corpus([str(corpus)]).articles
    ]
    gone = library.connection.execute(
        "SELECT count(*) FROM file WHERE path = ?", (str((corpus / "0002.txt").resolve()),)
    ).fetchone()[0]
    assert gone == 0


def test_a_touched_file_with_the_same_bytes_is_not_parsed_again(
    corpus: Path, library: SqliteLibrary
) -> None:
    library.sync([str(corpus)])
    target = corpus / "0003.txt"
    info = target.stat()
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    snapshot = library.sync([str(corpus)])
    assert snapshot is not None and snapshot.parsed == 0
    assert library.sync([str(corpus)]).parsed == 0  # the new time was kept


def test_many_corpora_share_one_store(corpus: Path, tmp_path: Path, library) -> None:
    other = write_corpus(tmp_path / "other", 3, seed=11)
    assert library.sync([str(corpus), str(other)]) is not None
    assert library.sync([str(other)]) is not None
    assert library.sync([str(corpus)]) is not None
    # Each corpus is kept: opening any of them again reads no file.
    for paths in ([str(corpus), str(other)], [str(other)], [str(corpus)]):
        snapshot = library.sync(paths)
        assert snapshot is not None and snapshot.parsed == 0
        expected = load_corpus(paths).articles
        assert [(h.id, h.date) for h in library.heads(snapshot)] == [
            (a.id, a.date) for a in expected
        ]


def test_fts_finds_titles_and_bodies(corpus: Path, library: SqliteLibrary) -> None:
    (corpus / "0000.txt").write_text("Lighthouse keepers strike\n\nThe keepers of Kessington.\n")
    snapshot = library.sync([str(corpus)])
    assert snapshot is not None
    assert library.search("lighthouse") == [str(corpus / "0000.txt")]
    assert library.search("keepers AND kessington") == [str(corpus / "0000.txt")]
    assert library.search("zeppelin") == []
    other = write_corpus(corpus.parent / "other", 2, seed=3)
    (other / "0000.txt").write_text("Lighthouse sold\n\nThe old lighthouse was sold.\n")
    elsewhere = library.sync([str(other)])
    assert len(library.search("lighthouse")) == 2  # the whole store
    assert library.search("lighthouse", snapshot=elsewhere) == [str(other / "0000.txt")]
    assert library.search("lighthouse", snapshot=snapshot) == [str(corpus / "0000.txt")]
    (corpus / "0000.txt").write_text("Quiet day\n\nNothing happened.\n")
    changed = library.sync([str(corpus)])
    assert library.search("lighthouse", snapshot=changed) == []  # the old text left the index
    assert library.search("lighthouse") == [str(other / "0000.txt")]


def test_pages_list_newest_first(corpus: Path, library: SqliteLibrary) -> None:
    snapshot = library.sync([str(corpus)])
    assert snapshot is not None
    expected = [a.id for a in sort_newest_first(load_corpus([str(corpus)]).articles)]
    assert library.count(snapshot) == len(expected)
    got = [h.id for h in library.page(snapshot, 0, 4)] + [
        h.id for h in library.page(snapshot, 4, 100)
    ]
    assert got == expected
    by_file = [a.id for a in load_corpus([str(corpus)]).articles]
    assert [h.id for h in library.page(snapshot, 0, 100, "file")] == by_file
    oldest = [h for h in library.page(snapshot, 0, 100, "oldest") if h.date is not None]
    assert [h.date for h in oldest] == sorted(h.date for h in oldest)
    titles = [h.title for h in library.page(snapshot, 0, 100, "title")]
    assert titles == sorted(titles, key=str.lower)


def test_names_come_from_the_store_when_nothing_changed(
    corpus: Path, library: SqliteLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = library.sync([str(corpus)])
    first = library.names(snapshot)
    assert first is not None and first.index.entity_count > 0
    phases: list[str] = []
    import reader.entities.pipeline as pipeline
    import reader.index.store.library as store_library

    def refuse(*_args, **_kwargs):
        raise AssertionError("articles were read or names found again")

    monkeypatch.setattr(pipeline.Labelling, "scan", refuse)
    monkeypatch.setattr(store_library.SqliteLibrary, "articles", refuse)
    again = library.names(library.sync([str(corpus)]), None, lambda p, d, t: phases.append(p))
    assert again is not None
    assert list(again.index.entities()) == list(first.index.entities())
    assert again.spans() == first.spans()
    assert phases == []


def test_migrations_upgrade_an_older_store_and_keep_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    old.execute(
        "INSERT INTO file (path, found, size, mtime_ns, hash, years_before, years, problems, "
        "checked) VALUES ('/x.txt', 'x.txt', 1, 1, 'h', '', '[]', '[]', 0)"
    )
    old.commit()
    old.close()
    library = SqliteLibrary.open(path)
    try:
        version = library.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION and library.notices == []
        assert library.connection.execute("SELECT path FROM file").fetchall() == [("/x.txt",)]
        tables = {row[0] for row in library.connection.execute("SELECT name FROM sqlite_master")}
        assert {"corpus_result", "corpus_spans", "corpus_finder", "article_fts"} <= tables
    finally:
        library.close()


def test_a_newer_store_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    connect(str(path)).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    library = SqliteLibrary.open(path)
    try:
        assert library.path is None and "schema version" in library.notices[0]
    finally:
        library.close()
    again = sqlite3.connect(path)
    assert again.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    again.close()


def test_a_damaged_store_is_set_aside_and_rebuilt(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib" / "library.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database at all" * 100)
    library = SqliteLibrary.open(path)
    try:
        assert library.path == path and "damaged" in library.notices[0]
        snapshot = library.sync([str(corpus)])
        assert snapshot is not None and snapshot.parsed == 8
    finally:
        library.close()
    assert [p.name for p in path.parent.glob("library.sqlite3.corrupt-*")]


def test_an_entitys_mentions_come_with_their_articles_whole(
    corpus: Path, library: SqliteLibrary
) -> None:
    snapshot = library.sync([str(corpus)])
    names = library.names(snapshot)
    assert names is not None
    entity = names.index.most_mentioned(1)[0]
    found = names.mentions_of(entity.id)
    assert sum(group.count for group in found.groups) == entity.mentions
    for group in found.groups:
        for mention in group.mentions():
            text = group.article.blocks[mention.block].text[mention.start : mention.end]
            assert text == entity.name or text in entity.aliases


def test_finding_names_reports_named_phases(corpus: Path, library: SqliteLibrary) -> None:
    snapshot = library.sync([str(corpus)])
    seen: list[tuple[str, int, int]] = []
    names = library.names(snapshot, None, lambda *report: seen.append(report))
    assert names is not None
    phases = [phase for phase, _, _ in seen]
    assert phases[0] == FINDING and LINKING in phases
    assert phases.index(LINKING) > max(i for i, p in enumerate(phases) if p == FINDING)
    assert all(total > 0 and 0 <= done <= total for _, done, total in seen)
    assert (FINDING, 10, 10) in seen  # every article counted before linking


def test_finding_names_can_be_cancelled(corpus: Path, library: SqliteLibrary) -> None:
    snapshot = library.sync([str(corpus)])
    assert library.names(snapshot, None, cancelled=lambda: True) is None
    assert library.names(snapshot) is not None


def test_the_finders_keys_come_back_as_they_were_packed(corpus: Path) -> None:
    index = build_index(load_corpus([str(corpus)]).articles, use_cache=False)
    packed = build_candidates(index)
    unpacked = unpack_candidates(pack_candidates(packed))
    for item in fields(Candidates):
        before, after = getattr(packed, item.name), getattr(unpacked, item.name)
        if item.name in ("key_folded", "start_text"):
            before, after = list(before), list(after)
        assert after == before, item.name
    query = "kranvold"
    assert Finder(index, unpacked).search(query) == Finder(index, packed).search(query)


def test_the_engine_version_is_kept_by_fingerprint(library: SqliteLibrary, tmp_path: Path) -> None:
    from reader.index.engine import EntityEngine
    from reader.index.store.versions import engine_version

    names = tmp_path / "names.toml"
    names.write_text('[[name]]\nname = "Odile Brenneke"\nlabel = "PER"\n')
    for path in (None, str(names)):
        assert engine_version(library.connection, path) == EntityEngine(path).version
        assert engine_version(library.connection, path) == EntityEngine(path).version  # kept
    before = engine_version(library.connection, str(names))
    names.write_text('[[name]]\nname = "Fenna Darmadi"\nlabel = "PER"\n')
    assert engine_version(library.connection, str(names)) == EntityEngine(str(names)).version
    assert engine_version(library.connection, str(names)) != before


def test_the_sqlite_library_is_a_library(library: SqliteLibrary) -> None:
    from reader.index.store import Library

    assert isinstance(library, Library)
