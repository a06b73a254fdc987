"""Name quality through `reader entities` on the development sets, per label, with confusions.

    python bench/bench_quality.py [--shared ../shared] [--only conll,nergrit,seeds]

Runs the reader's command line (READER_CMD, default "python -m reader" with this interpreter)
over CoNLL-2003 dev (rebuilt as raw text, one file per sentence), NERGrit valid (one file per
sentence) and seeds-dev (the seed articles 000 and 001), and prints for each: typed and untyped
precision, recall and F1, the same per label, and a confusion table of gold label → predicted
label over gold spans (O: no name found at exactly that span), plus the predicted names with no
gold span at all. Prints figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.entities.tagger.data import read_sentences  # noqa: E402

LABELS = ("PER", "LOC", "ORG", "MISC")
Key = tuple[str, int, int]


def run_reader(paths: list[str]) -> list[dict]:
    """`reader entities PATHS --format jsonl`, parsed."""
    command = shlex.split(os.environ.get("READER_CMD", f"{sys.executable} -m reader"))
    proc = subprocess.run(
        [*command, "entities", *paths, "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=True,
    )
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def sentence_set(rows: list[dict]) -> tuple[dict[Key, str], dict[Key, str]]:
    """Gold and predicted labels by (sentence id, start, end), one file per sentence."""
    gold: dict[Key, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            Path(tmp, f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
            for e in row["entities"]:
                gold[(row["id"], e["start"], e["end"])] = e["label"]
        found = run_reader([tmp])
    pred = {(Path(r["file"]).stem, r["start"], r["end"]): r["label"] for r in found}
    return gold, pred


def conll(shared: Path) -> tuple[dict[Key, str], dict[Key, str]]:
    rows = [
        {
            "id": s.id,
            "text": s.text,
            "entities": [{"start": a, "end": b, "label": lab} for a, b, lab in s.spans],
        }
        for s in read_sentences(shared / "ner-train" / "conll2003" / "dev.jsonl.gz")
    ]
    return sentence_set(rows)


def nergrit(shared: Path) -> tuple[dict[Key, str], dict[Key, str]]:
    path = shared / "eval" / "ner" / "nergrit_valid.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gold, pred = sentence_set(rows)
    return gold, {k: v for k, v in pred.items() if v != "MISC"}


def seeds(shared: Path) -> tuple[dict[Key, str], dict[Key, str]]:
    gold: dict[Key, str] = {}
    path = shared / "eval" / "seeds-dev" / "gold.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[(g["file"], g["start"], g["end"])] = g["label"]
    files = {k[0] for k in gold}
    found = run_reader([str(ROOT / "seeds")])
    pred = {(Path(r["file"]).name, r["start"], r["end"]): r["label"] for r in found}
    return gold, {k: v for k, v in pred.items() if k[0] in files}


def prf(hit: int, npred: int, ngold: int) -> str:
    p = hit / npred if npred else 0.0
    r = hit / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def report(name: str, gold: dict[Key, str], pred: dict[Key, str]) -> None:
    labels = [lab for lab in LABELS if lab in gold.values()]
    pred = {k: v for k, v in pred.items() if v in labels}
    typed = sum(1 for k, v in pred.items() if gold.get(k) == v)
    untyped = sum(1 for k in pred if k in gold)
    print(f"\n{name}: gold {len(gold)}, predicted {len(pred)}")
    print(f"  typed    {prf(typed, len(pred), len(gold))}")
    print(f"  untyped  {prf(untyped, len(pred), len(gold))}")
    for lab in labels:
        g = {k for k, v in gold.items() if v == lab}
        p = {k for k, v in pred.items() if v == lab}
        print(f"  {lab:5s}    {prf(len(g & p), len(p), len(g))}")
    confusion = Counter((v, pred.get(k, "O")) for k, v in gold.items())
    spurious = Counter(v for k, v in pred.items() if k not in gold)
    columns = [*labels, "O"]
    print("  gold → predicted " + "".join(f"{c:>7s}" for c in columns))
    for lab in labels:
        print(f"  {lab:16s} " + "".join(f"{confusion[(lab, c)]:7d}" for c in columns))
    print(f"  {'(no gold span)':16s} " + "".join(f"{spurious[c]:7d}" for c in labels))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", default="conll,nergrit,seeds")
    args = parser.parse_args()
    sets = {
        "conll": ("CoNLL-2003 dev", conll),
        "nergrit": ("NERGrit valid", nergrit),
        "seeds": ("seeds-dev 000-001", seeds),
    }
    for key in args.only.split(","):
        name, build = sets[key]
        report(name, *build(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
