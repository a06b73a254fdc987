"""A random-key soak: two thousand fast, random keys on the seeds and two thousand on a small
mixed corpus (names in every format, files to skip): no exception, and memory does not run
away. Seeded, so a failure reproduces; bench/bench_soak.py types 10,000 with a resize storm.
"""

from __future__ import annotations

from pathlib import Path

from tests.ui.soak import soak, write_mixed_corpus

#: Most RSS may grow from after warm-up to the end.
RSS_GROWTH_LIMIT = 0.20


def check(result, keys: int) -> None:  # type: ignore[no-untyped-def]
    assert result.exceptions == [], result.exceptions[0]
    assert result.keys >= keys
    assert result.rss_growth < RSS_GROWTH_LIMIT, (result.rss_start, result.rss_end)


async def test_two_thousand_random_keys_on_the_seeds(tmp_path: Path) -> None:
    result = await soak(None, 2000, seed=2026, state=tmp_path / "state.sqlite3", warm_up=400)
    check(result, 2000)


async def test_two_thousand_random_keys_on_a_mixed_corpus(tmp_path: Path) -> None:
    folder = write_mixed_corpus(tmp_path / "mixed", seed=5)
    result = await soak(
        [folder], 2000, seed=77, state=tmp_path / "state.sqlite3", warm_up=400, resize_every=200
    )
    check(result, 2000)
