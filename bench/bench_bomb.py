"""Compression bombs and a pathological table: `reader entities` on files built to hurt it.

    /work/venvs/robust-input/bin/python bench/bench_bomb.py [--gb N] [--work DIR]

Builds, in a temporary folder (or `--work`), streamed through gzip (never held in memory):
1. `line.jsonl.gz`: one JSON line of `--gb` GB (default 4), a few MB compressed;
2. `newlines.jsonl.gz`: `--gb` GB of nothing but line breaks;
3. `table.md`: a 6.5 MB Markdown file holding one 200-column, 2,000-row table;
each beside a good article. Runs `reader entities` on each in a subprocess and prints the
wall time, the peak RSS of the child (resource.getrusage(RUSAGE_CHILDREN), so one child per
measurement) and what the reader reported. Targets: refused in ≤ 5 s with a peak RSS ≤ 300 MB,
the good article's names still printed. Then 4. opens the reader (in a pseudo-terminal) on a
folder of 200,000 articles in one `.jsonl.gz`, presses `q` as soon as the first article is on
screen, and prints how long the process took to exit (the loader must stop mid-file).
Asserts nothing: the machine is shared.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024
GOOD = (
    "Banjir Rendam Kota Contoh\n\n"
    "Warga Kota Contoh mengungsi ke Balai Desa, kata Budi Santoso dari Badan Penanggulangan.\n"
)


def write_bomb(path: Path, gigabytes: float, *, newlines: bool) -> None:
    """A gzip file expanding to `gigabytes` GB: one JSON line, or only line breaks."""
    block = (b"\n" if newlines else b"a") * MB
    with gzip.open(path, "wb", compresslevel=9) as out:
        if not newlines:
            out.write(b'{"title": "Bomb", "text": "')
        for _ in range(int(gigabytes * 1024)):
            out.write(block)
        if not newlines:
            out.write(b'"}\n')


def measure(folder: Path) -> None:
    """Run `reader entities FOLDER` in a child process and print time, peak RSS, stderr."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "entities", str(folder)], capture_output=True, timeout=600
    )
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    names = len(result.stdout.splitlines())
    print(f"  exit {result.returncode}, wall {wall:.2f} s, peak RSS {peak_mb:.0f} MB, "
          f"{names} mentions printed")
    for line in result.stderr.decode("utf-8", "replace").splitlines():
        print(f"  stderr: {line}")


def write_table(path: Path, columns: int = 200, rows: int = 2000) -> None:
    """A Markdown table that CommonMark reads as one 6.5 MB paragraph full of capitals."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Tabel Harga\n\n| " + " | ".join(f"Kolom {c}" for c in range(columns)) + " |\n")
        out.write("|" + "---|" * columns + "\n")
        for r in range(rows):
            out.write("| " + " | ".join(f"R{r}C{c} Wahyu" for c in range(columns)) + " |\n")


def run_case(work: Path, name: str, gigabytes: float, newlines: bool) -> None:
    folder = work / name.split(".")[0]
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    bomb = folder / name
    if not bomb.exists():
        start = time.perf_counter()
        if name.endswith(".md"):
            write_table(bomb)
            print(f"built {bomb.name}: {bomb.stat().st_size / MB:.1f} MB")
        else:
            write_bomb(bomb, gigabytes, newlines=newlines)
            print(f"built {bomb.name}: {bomb.stat().st_size / MB:.1f} MB compressed, "
                  f"{gigabytes:g} GB expanded ({time.perf_counter() - start:.0f} s)")
    print(f"reader entities {folder}:")
    # A fresh child process per case, so that RUSAGE_CHILDREN's peak is this case's own.
    child = multiprocessing.get_context("spawn").Process(target=measure, args=(folder,))
    child.start()
    child.join()


def measure_quit(work: Path) -> None:
    """Open the reader on a big corpus, quit at the first frame, print the time to exit."""
    import json
    import pty
    import select

    folder = work / "big"
    folder.mkdir(exist_ok=True)
    big = folder / "many.jsonl.gz"
    if not big.exists():
        with gzip.open(big, "wt", encoding="utf-8") as out:
            for n in range(200_000):
                text = f"Warga Kota Contoh nomor {n} mengungsi ke balai desa, kata Budi Santoso."
                out.write(json.dumps({"title": f"Berita {n}", "text": text}) + "\n")
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", str(folder)],
        stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
    )
    os.close(slave)
    seen, started = b"", time.perf_counter()
    while b"Berita" not in seen and time.perf_counter() - started < 60:
        if select.select([master], [], [], 0.2)[0]:
            seen += os.read(master, 65536)
    first = time.perf_counter() - started
    os.write(master, b"q")
    pressed = time.perf_counter()
    while child.poll() is None and time.perf_counter() - pressed < 120:
        if select.select([master], [], [], 0.05)[0]:
            try:
                os.read(master, 65536)
            except OSError:
                break
    child.wait()
    print(f"reader {folder}: first article after {first:.2f} s; q pressed; "
          f"exited {time.perf_counter() - pressed:.2f} s later")
    os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=4.0, help="expanded size of each bomb, in GB")
    parser.add_argument("--work", type=Path, help="folder for the bombs (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-bomb-") as temp:
        work = args.work or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
        run_case(work, "line.jsonl.gz", args.gb, newlines=False)
        run_case(work, "newlines.jsonl.gz", args.gb, newlines=True)
        run_case(work, "table.md", 0, newlines=False)
        measure_quit(work)


if __name__ == "__main__":
    main()
