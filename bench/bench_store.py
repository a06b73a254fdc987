"""The command line over the library store, warm: `reader find obama` over the three shared
corpora (25,467 articles) against `fzf --filter obama` over the same names and titles, and
`reader entities` over the indosum-dev corpus expanded to one file per article (~1.05M words).

    python bench/bench_store.py [--library PATH] [--expanded DIR] [--runs N]

The store (`--library`, default /tmp/reader-bench-store/library.sqlite3) is built once, cold,
on the first run (minutes on two shared cores; its time is printed), then reused: the warm
figures are each command run as a user runs it (a new process, byte-code compiled by the first
run as an installed reader has it), wall time, best and median of `--runs`. fzf runs in the same run over a file of every entity name, alias and article title
of the store's result (`fzf` must be on PATH). `--expanded` (default beside the library) is
made with ../shared/tools/expand_corpus.py when missing. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = [SHARED / "corpora" / name for name in ("bbc-news-2225", "indosum-dev", "reuters21578")]
READER = [sys.executable, "-m", "reader"]


#: CPU seconds (user + system) of each run, in the order run: on a shared machine the wall
#: time waits for other work, the CPU time does not.
CPU: dict[float, float] = {}


def timed_run(argv: list[str], env: dict[str, str], stdin: Path | None = None) -> float:
    """Wall seconds of one run, output thrown away (a failure stops the bench)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as given:
        done = subprocess.run(argv, env=env, stdin=given, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[elapsed] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited with {done.returncode}")
    return elapsed


def figures(times: list[float]) -> str:
    cpu = statistics.median(CPU[t] for t in times)
    return (
        f"wall best {min(times):.3f} s, median {statistics.median(times):.3f} s; "
        f"CPU median {cpu:.3f} s"
    )


def names_and_titles(library: Path, paths: list[str], out: Path) -> int:
    """Write every entity name, alias and article title of the corpus, one per line."""
    os.environ["READER_LIBRARY"] = str(library)
    from reader.index.store import SqliteLibrary

    store = SqliteLibrary.open(library)
    try:
        snapshot = store.sync(paths)
        assert snapshot is not None
        names = store.names(snapshot)
        assert names is not None
        lines: list[str] = []
        table = names.index.entity_table
        for name, aliases in zip(table.names, table.aliases, strict=True):
            lines.append(name)
            lines.extend(aliases)
        lines.extend(head.title for head in names.heads)
    finally:
        store.close()
    out.write_text("".join(" ".join(line.split()) + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def corpus_words(library: Path, paths: list[str]) -> tuple[int, int]:
    """(articles, words) of the corpus as the store holds it (`Article.word_count`)."""
    from reader.index.store import SqliteLibrary

    store = SqliteLibrary.open(library)
    try:
        snapshot = store.sync(paths)
        assert snapshot is not None
        heads = store.heads(snapshot)
        return len(heads), sum(head.words for head in heads)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--library", type=Path, default=Path("/tmp/reader-bench-store/library.sqlite3")
    )
    parser.add_argument("--expanded", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not all(path.exists() for path in CORPORA):
        raise SystemExit(f"the shared corpora are not under {SHARED / 'corpora'}")
    args.library.parent.mkdir(parents=True, exist_ok=True)
    expanded = args.expanded or args.library.parent / "indosum-dev-files"
    if not expanded.exists():
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools" / "expand_corpus.py"),
                str(CORPORA[1]),
                str(expanded),
            ],
            check=True,
        )
    env = dict(os.environ, READER_LIBRARY=str(args.library))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed reader has its byte-code compiled
    paths = [str(path) for path in CORPORA]

    find = [*READER, "find", "obama", *paths]
    cold = timed_run(find, env)
    print(
        f"reader find obama, 3 corpora, first run (cold unless the store was built): {cold:.1f} s"
    )
    find_times = [timed_run(find, env) for _ in range(args.runs)]
    articles, words = corpus_words(args.library, paths)
    print(f"reader find obama, {articles:,} articles, warm: {figures(find_times)}")
    fzf = shutil.which("fzf")
    if fzf is None:
        print("fzf is not on PATH: no ratio")
    else:
        keys = args.library.parent / "names-and-titles.txt"
        count = names_and_titles(args.library, paths, keys)
        fzf_times = [timed_run([fzf, "--filter", "obama"], env, keys) for _ in range(args.runs)]
        ratio = statistics.median(find_times) / statistics.median(fzf_times)
        print(f"fzf --filter obama over {count:,} names and titles: {figures(fzf_times)}")
        print(f"ratio reader find / fzf (medians): {ratio:.1f}x")

    entities = [*READER, "entities", str(expanded)]
    cold = timed_run(entities, env)
    print(f"reader entities, indosum-dev files, first run: {cold:.1f} s")
    entity_times = [timed_run(entities, env) for _ in range(args.runs)]
    files, words = corpus_words(args.library, [str(expanded)])
    best, median = min(entity_times), statistics.median(entity_times)
    print(
        f"reader entities, {files:,} files, {words:,} words, warm: {figures(entity_times)}: "
        f"{words / median:,.0f} words/s (median), {words / best:,.0f} words/s (best)"
    )


if __name__ == "__main__":
    main()
