"""The library store under more than one process: two commands at once, and a command killed
with SIGKILL while indexing, then run again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.index.store_helpers import write_corpus

pytestmark = pytest.mark.slow


def _env(library: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["READER_LIBRARY"] = str(library)
    return env


def _entities(corpus: Path, library: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "entities", str(corpus)],
        env=_env(library),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _clean_run(corpus: Path, library: Path) -> bytes:
    out, err = _entities(corpus, library).communicate(timeout=600)
    assert err == b"" and out
    return out


def _count(library: Path, table: str) -> int:
    try:
        db = sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def _integrity(library: Path) -> str:
    db = sqlite3.connect(library)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def test_two_processes_at_once_give_the_same_names(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news", 60)
    shared = tmp_path / "shared" / "library.sqlite3"
    first, second = _entities(corpus, shared), _entities(corpus, shared)
    outputs = [process.communicate(timeout=600) for process in (first, second)]
    assert [process.returncode for process in (first, second)] == [0, 0]
    assert [err for _, err in outputs] == [b"", b""]
    expected = _clean_run(corpus, tmp_path / "alone" / "library.sqlite3")
    assert outputs[0][0] == outputs[1][0] == expected
    assert _integrity(shared) == "ok"
    assert _clean_run(corpus, shared) == expected  # and the store they shared answers alike


@pytest.mark.parametrize(
    ("table", "at_least"),
    [("file", 1), ("article_evidence", 1)],
    ids=["while-reading", "while-finding-names"],
)
def test_killed_while_indexing_then_run_again_gives_the_same_names(
    tmp_path: Path, table: str, at_least: int
) -> None:
    corpus = write_corpus(tmp_path / "news", 260)
    library = tmp_path / "killed" / "library.sqlite3"
    process = _entities(corpus, library)
    deadline = time.monotonic() + 300
    while _count(library, table) < at_least and process.poll() is None:
        assert time.monotonic() < deadline, "indexing never reached the point to kill it at"
        time.sleep(0.02)
    if process.poll() is not None:
        pytest.skip("the command finished before it could be killed (a very fast machine)")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    again = _clean_run(corpus, library)
    assert again == _clean_run(corpus, tmp_path / "clean" / "library.sqlite3")
    assert _integrity(library) == "ok"


def test_a_warm_command_loads_no_entity_engine(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news", 5)
    library = tmp_path / "lib" / "library.sqlite3"
    script = (
        "import sys\n"
        "from reader.cli import main\n"
        f"status = main(['find', 'harbour', {str(corpus)!r}])\n"
        "print('LOADED' if 'reader.entities.pipeline' in sys.modules else 'NOT LOADED')\n"
        "sys.exit(status)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=_env(library), capture_output=True, text=True
        )
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0]
    assert runs[0].stdout.splitlines()[-1] == "LOADED"  # cold: names were found
    assert runs[1].stdout.splitlines()[-1] == "NOT LOADED"
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
