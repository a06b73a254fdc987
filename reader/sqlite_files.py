"""What the reader's SQLite files share: telling damage from a busy file, and setting a
damaged file aside (with its WAL files) so that a fresh one can take its place."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


class Corrupt(sqlite3.DatabaseError):
    """The file opened but failed SQLite's integrity check."""


def is_corrupt(err: sqlite3.DatabaseError) -> bool:
    """True for a damaged or foreign file; False for a busy, locked or unreachable one."""
    if isinstance(err, Corrupt):
        return True
    return getattr(err, "sqlite_errorname", "") in {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def set_aside(path: Path) -> Path:
    """Rename a damaged file (and its WAL files) out of the way; return the new name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + suffix))
    return aside
