"""The most-mentioned entities of a corpus with their aliases, for a person to audit linking.

    python bench/bench_linking_audit.py PATH [PATH ...] [--top 40] [--aliases 8]
    python bench/bench_linking_audit.py --jsonl MENTIONS.jsonl [--top 40]

Runs `reader entities PATH ... --format jsonl` (the same contract users get) or reads its saved
output, groups the mentions by entity id and prints, most mentioned first: the id, the display
name, the entity's label, in how many files it is, and every written form with its count (the
aliases). A wrong merge shows as an alias that is another thing ("PCs" under a trade union);
a missed link as two rows for one thing ("EU" and "European Union"). Prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Row:
    """One entity as the mentions show it."""

    entity: str
    name: str = ""
    labels: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    files: set[str] = field(default_factory=set)

    @property
    def mentions(self) -> int:
        return sum(self.forms.values())


def read_mentions(lines: Iterable[str]) -> dict[str, Row]:
    """Entity id → what its mentions add up to (lines that are not mentions are skipped)."""
    rows: dict[str, Row] = {}
    for line in lines:
        try:
            mention = json.loads(line)
            entity = mention["entity"]
        except (ValueError, KeyError, TypeError):
            continue
        row = rows.get(entity)
        if row is None:
            row = rows[entity] = Row(entity, str(mention.get("name", "")))
        row.labels[str(mention.get("label", "?"))] += 1
        row.forms[" ".join(str(mention.get("text", "")).split())] += 1
        row.files.add(str(mention.get("file", "")))
    return rows


def report(rows: dict[str, Row], top: int, aliases: int) -> list[str]:
    """The audit table: the `top` entities by mentions, with up to `aliases` written forms."""
    ranked = sorted(rows.values(), key=lambda row: (-row.mentions, row.entity))[:top]
    lines = [f"{len(rows)} entities, {sum(r.mentions for r in rows.values())} mentions"]
    for rank, row in enumerate(ranked, 1):
        labels = "/".join(f"{label}:{n}" for label, n in row.labels.most_common())
        forms = ", ".join(f"{form} ×{n}" for form, n in row.forms.most_common(aliases))
        more = len(row.forms) - aliases
        if more > 0:
            forms += f", … {more} more"
        lines.append(
            f"{rank:3d}. {row.name!r} [{row.entity}] {labels}, {len(row.files)} files\n"
            f"       {forms}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="files or folders for `reader entities`")
    parser.add_argument("--jsonl", help="read saved `reader entities --format jsonl` output")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--aliases", type=int, default=8)
    args = parser.parse_args(argv)
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as handle:
            rows = read_mentions(handle)
    elif args.paths:
        command = [sys.executable, "-m", "reader", "entities", *args.paths, "--format", "jsonl"]
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0:
            print(done.stderr.strip() or "reader entities failed", file=sys.stderr)
            return 2
        rows = read_mentions(done.stdout.splitlines())
    else:
        parser.error("give PATH(s) or --jsonl")
    print("\n".join(report(rows, args.top, args.aliases)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
