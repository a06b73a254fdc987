"""Invented news files for the library store's tests: several formats, names that recur."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

FIRST = ["Marta", "Tobias", "Sekar", "Wulan", "Ilario", "Fenna", "Radit", "Odile"]
LAST = ["Kranvold", "Pettigrue", "Sasmitra", "Halloway", "Brenneke", "Ojukwa", "Darmadi"]
PLACES = ["Velbruck", "Port Amsel", "Lirantau", "Kessington", "Norhaven"]
GROUPS = ["Harbour Union", "Velbruck Council", "Amsel Shipping Board"]


def story(rng: random.Random, number: int) -> tuple[str, str]:
    """A title and a body of a few sentences about invented people, places and groups."""
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place, group = rng.choice(PLACES), rng.choice(GROUPS)
    title = f"{person} meets {group} in {place} ({number})"
    body = (
        f"{person} arrived in {place} on Monday to meet the {group}.\n\n"
        f'"We will talk about the harbour," {person.split()[1]} told reporters. '
        f"{other} of the {group} said the talks in {place} would last two days.\n\n"
        f"Later, {person.split()[1]} and {other.split()[1]} visited {rng.choice(PLACES)}.\n"
    )
    return title, body


def write_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """`count` articles: plain text files, a Markdown file, and a JSON Lines file."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title, body = story(rng, number)
        (folder / f"{number:04d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    title, body = story(rng, count)
    (folder / "zz-notes.md").write_text(
        f"# {title}\n\n*Harbour desk, 3 March 2024*\n\n{body.replace('Monday', '**Monday**')}",
        encoding="utf-8",
    )
    with gzip.open(folder / "zz-wire.jsonl.gz", "wt", encoding="utf-8") as handle:
        for number in range(3):
            title, body = story(rng, count + 1 + number)
            record = {"title": title, "text": body, "date": f"2024-05-0{number + 1}"}
            handle.write(json.dumps(record) + "\n")
    return folder
