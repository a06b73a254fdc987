"""The word lists linking reads, from `link_words.txt` beside this module (read once)."""

from __future__ import annotations

import functools
from pathlib import Path

_FILE = Path(__file__).with_name("link_words.txt")


@functools.cache
def link_words(section: str) -> frozenset[str]:
    """The words under `[section]` in `link_words.txt` (KeyError for a section it lacks)."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in _FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), set())
        elif current is not None:
            current.add(line.casefold())
    return frozenset(sections[section])
