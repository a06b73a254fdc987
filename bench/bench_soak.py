"""A random-key soak: 10,000 fast, random keys typed into the reader (its own bindings,
letters, escape, enter, tab, ctrl+p, / …, never quit), with a resize storm now and then.

    python bench/bench_soak.py [--keys 10000] [--seed 1] [--corpus seeds|mixed] [--resize-every 150]

Prints the keys typed, the exceptions raised (each one in full), restarts, resizes and the
RSS growth from after the warm-up to the end. Seeded: the same seed types the same keys.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.ui.soak import SoakResult, soak, write_mixed_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", choices=("seeds", "mixed"), default="seeds")
    parser.add_argument("--resize-every", type=int, default=150, help="keys per resize storm")
    parser.add_argument("--warm-up", type=int, default=1000)
    args = parser.parse_args()
    started = time.monotonic()
    last = [0]

    def progress(result: SoakResult) -> None:
        if result.keys // 1000 > last[0]:
            last[0] = result.keys // 1000
            print(f"  {result.keys} keys, {len(result.exceptions)} exceptions", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="reader-soak-") as tmp:
        root = Path(tmp)
        paths = (
            [write_mixed_corpus(root / "mixed", seed=args.seed)] if args.corpus == "mixed" else None
        )
        result = asyncio.run(
            soak(
                paths,
                args.keys,
                seed=args.seed,
                state=root / "state.sqlite3",
                warm_up=args.warm_up,
                resize_every=args.resize_every,
                on_progress=progress,
            )
        )
    print(f"corpus: {args.corpus}  seed: {args.seed}")
    print(f"keys: {result.keys}")
    print(f"exceptions: {len(result.exceptions)}")
    print(f"restarts: {result.restarts}  resizes: {result.resizes}")
    print(
        f"RSS: {result.rss_start / 2**20:.0f} MiB after {args.warm_up} keys → "
        f"{result.rss_end / 2**20:.0f} MiB at the end ({result.rss_growth:+.1%})"
    )
    for text in result.exceptions:
        print(text)
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if not result.exceptions else 1


if __name__ == "__main__":
    sys.exit(main())
