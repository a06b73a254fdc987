"""The commands read the library store: the same output cold and warm, the same as the entity
pipeline gives over the loaded files, and the same after a damaged store is rebuilt."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands import find, mentions
from reader.commands.entities import write_jsonl
from reader.corpus.loader import load_corpus
from reader.entities.pipeline import analyse
from reader.index.candidates import build_candidates
from reader.index.finder import ENTITY_CODES, Finder
from reader.index.mentions import entity_mentions
from tests.index.helpers import build_index
from tests.index.store_helpers import write_corpus

#: (command and query, options): the paths go between them.
COMMANDS = [
    (["entities"], []),
    (["entities"], ["--format", "table"]),
    (["find", "kranvold"], []),
    (["find", "harbour"], ["--format", "jsonl", "--limit", "30"]),
    (["find", "velbrok"], []),
    (["mentions", "sasmitra"], []),
    (["mentions", "port amsel"], ["--format", "table"]),
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "news", 12)


def _library() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "reader" / "library.sqlite3"


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def _outputs(capsys, paths: list[str]) -> list[tuple[int, str, str]]:
    return [_run(capsys, [*command, *paths, *options]) for command, options in COMMANDS]


def test_cold_and_warm_runs_print_the_same(capsys, corpus: Path, seeds: Path) -> None:
    for paths in ([str(corpus)], [str(seeds)], []):
        cold = _outputs(capsys, paths)
        warm = _outputs(capsys, paths)
        assert warm == cold
        assert all(status == 0 and out for status, out, _ in cold[:2])


def test_a_warm_run_reads_no_article_and_finds_no_name(
    capsys, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _outputs(capsys, [str(corpus)])
    import reader.corpus.loader as loader
    import reader.entities.pipeline as pipeline

    def refuse(*_args, **_kwargs):
        raise AssertionError("a file was read or names were found again")

    monkeypatch.setattr(loader, "_load_file", refuse)
    monkeypatch.setattr(pipeline.Labelling, "scan", refuse)
    assert _outputs(capsys, [str(corpus)]) == cold


def test_entities_print_what_the_pipeline_finds(capsys, corpus: Path) -> None:
    articles = load_corpus([str(corpus)]).articles
    expected = io.StringIO()
    write_jsonl(articles, analyse(articles), expected)
    for _run_number in range(2):  # cold, then warm
        status, out, _ = _run(capsys, ["entities", str(corpus)])
        assert status == 0 and out == expected.getvalue()


def test_find_and_mentions_print_what_the_index_gives(capsys, corpus: Path) -> None:
    index = build_index(load_corpus([str(corpus)]).articles, use_cache=False)
    expected_find = io.StringIO()
    find.write_table(Finder(index).search("harbour", limit=10), expected_find)
    finder = Finder(index, build_candidates(index, include_articles=False))
    hit = finder.search("kranvold", limit=1, codes=ENTITY_CODES)[0]
    expected_mentions = io.StringIO()
    mentions.write_table(index, entity_mentions(index, hit.id), expected_mentions)
    for _run_number in range(2):
        assert _run(capsys, ["find", "harbour", str(corpus)])[1] == expected_find.getvalue()
        got = _run(capsys, ["mentions", "kranvold", str(corpus), "--format", "table"])[1]
        assert got == expected_mentions.getvalue()


def test_a_damaged_store_is_rebuilt_with_a_warning(capsys, corpus: Path) -> None:
    clean = _outputs(capsys, [str(corpus)])
    library = _library()
    size = library.stat().st_size
    with open(library, "r+b") as handle:  # pages past the header: the tables' contents
        handle.seek(4096)
        handle.write(os.urandom(max(size - 4096, 4096)))
    status, out, err = _run(capsys, ["entities", str(corpus)])
    assert (status, out) == clean[0][:2]
    assert "library was damaged" in err
    assert list(library.parent.glob("library.sqlite3.corrupt-*"))
    assert _outputs(capsys, [str(corpus)]) == clean  # and the rebuilt store serves as before


def test_a_store_that_is_not_a_database_is_replaced(capsys, corpus: Path) -> None:
    clean = _outputs(capsys, [str(corpus)])
    library = _library()
    for sidecar in library.parent.glob("library.sqlite3-*"):
        sidecar.unlink()
    library.write_bytes(b"\0garbage\0" * 1000)
    status, out, err = _run(capsys, ["find", "harbour", str(corpus), "--format", "jsonl"])
    again = _run(capsys, ["find", "harbour", str(corpus), "--format", "jsonl"])
    assert (status, out) == (0, again[1])
    assert "library was damaged" in err
    assert _outputs(capsys, [str(corpus)]) == clean


def test_a_library_that_cannot_be_kept_still_answers(
    capsys, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = _outputs(capsys, [str(corpus)])
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("READER_LIBRARY", str(blocker / "library.sqlite3"))
    status, out, err = _run(capsys, ["entities", str(corpus)])
    assert (status, out) == clean[0][:2]
    assert "keeps the library in memory" in err


def test_a_library_failing_mid_run_still_answers(
    capsys, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _run(capsys, ["find", "harbour", str(corpus)])
    import reader.index.store.catalog as catalog

    real_sync, calls = catalog.sync, []

    def failing_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(catalog, "sync", failing_once)
    status, out, err = _run(capsys, ["find", "harbour", str(corpus)])
    assert (status, out) == expected[:2] and expected[0] == 0 and out
    assert "disk I/O error" in err and "in memory" in err


def test_bad_files_are_reported_cold_and_warm(capsys, corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 40)
    (corpus / "empty.md").write_bytes(b"")
    for _run_number in range(2):
        status, out, err = _run(capsys, ["entities", str(corpus)])
        assert status == 0 and out
        assert "broken.txt: binary file, not text" in err
        assert "empty.md: empty file" in err


def test_file_names_that_are_not_utf8_are_kept_apart(capsys, tmp_path: Path) -> None:
    root = tmp_path / "names"
    root.mkdir()
    for raw, person in ((b"a\xff.txt", "Rina Hartono"), (b"a\xfe.txt", "Joko Widagdo")):
        with open(os.fsencode(root) + b"/" + raw, "w", encoding="utf-8") as handle:
            handle.write(f"Kabar Desa\n\n{person} berkata kepada warga di Kota Contoh.\n")
    cold = _run(capsys, ["entities", str(root), "--format", "table"])
    warm = _run(capsys, ["entities", str(root), "--format", "table"])
    assert cold == warm and cold[0] == 0
    assert "Rina Hartono" in cold[1] and "Joko Widagdo" in cold[1]
