"""kill -9 while reading, jumping and indexing: the state survives, and so does the place.

Ten trials of the real reader in a pseudo-terminal (the bench runs a hundred:
bench/bench_kill.py). After every kill the state file must pass SQLite's integrity check;
at the end the reader must start on it cleanly; no reading trial may lose more than the
last second of reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.ui.killing import run_trials, starts_cleanly
from tests.ui.soak import write_long_article, write_mixed_corpus

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def test_ten_kills_leave_a_sound_state_and_lose_at_most_a_second(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mixed = write_mixed_corpus(tmp_path / "mixed")
    report = run_trials(
        home, write_long_article(tmp_path / "long"), mixed, 10, seed=10, restart_every=0
    )
    assert report.trials == 10
    assert report.problems == []
    assert report.corrupt == 0
    assert len(report.position_lost) >= 3
    assert report.max_position_lost <= 1.0, report.position_lost
    assert starts_cleanly(home, mixed)
