"""kill -9 trials: the real reader in a pseudo-terminal, killed at random moments while
reading (scrolling), jumping and indexing, 100 times on one state file.

After each kill: the state (and the index cache) pass `PRAGMA integrity_check`, the reader
starts again cleanly on them, and the reading position on disk is at most a second behind.

    python bench/bench_kill.py [--trials 100] [--seed 1] [--restart-every 1]

Prints the trials, the corrupt count, unclean starts and the most reading position lost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.ui.killing import run_trials
from tests.ui.soak import write_long_article, write_mixed_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--restart-every", type=int, default=1, help="check a clean start")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="reader-kill-") as tmp:
        root = Path(tmp)
        report = run_trials(
            root / "home",
            write_long_article(root / "long"),
            write_mixed_corpus(root / "mixed"),
            args.trials,
            seed=args.seed,
            restart_every=args.restart_every,
            log=lambda line: print(line, file=sys.stderr, flush=True),
        )
    lost = sorted(report.position_lost)
    print(f"trials: {report.trials}")
    print(f"corrupt: {report.corrupt}")
    print(f"unclean starts: {report.unclean_starts}")
    print(f"max position lost: {report.max_position_lost:.2f} s")
    if lost:
        print(f"median position lost: {lost[len(lost) // 2]:.2f} s over {len(lost)} reading trials")
    for problem in report.problems:
        print(f"problem: {problem}")
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if report.corrupt == 0 and report.max_position_lost <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
