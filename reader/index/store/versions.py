"""The entity engine's version (`engine.EntityEngine.version`), known without loading the engine.

The version is a digest of the corpus and entity code, of the data packages they use and of
the names file. Computing it means importing the engine (a tenth of a second or more, which
a warm `reader find` would otherwise spend on nothing), so the store keeps it by a cheap
fingerprint: the size and time of every file of the `reader` package (more than the version
reads, so that no change it depends on is missed; any other change costs one load of the
engine), the installed distributions (any package installed, removed or upgraded gives a
new fingerprint), and the names file's bytes. A fingerprint seen before gives the version at once; a new one loads the
engine once and keeps what it says.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from pathlib import Path

import reader


def fingerprint(names_path: str | None) -> str:
    """A digest of what the engine's version depends on (OSError when the names file cannot
    be read)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(reader.__version__.encode())
    root = Path(reader.__file__).resolve().parent
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            info = os.stat(os.path.join(folder, name))
            digest.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    for entry in sys.path:
        if os.path.basename(entry) not in ("site-packages", "dist-packages"):
            continue  # distributions are installed there, not in the current folder
        try:
            names = sorted(n for n in os.listdir(entry) if n.endswith(".dist-info"))
        except OSError:
            continue
        digest.update(f"{entry}:{','.join(names)}\n".encode())
    if names_path is not None:
        digest.update(b"names:" + Path(names_path).read_bytes())
    return digest.hexdigest()


def engine_version(db: sqlite3.Connection, names_path: str | None) -> str:
    """The version `EntityEngine(names_path).version` gives, from the store when known.

    Raises what `EntityEngine` raises for an unusable names file, when it has to be loaded."""
    key = fingerprint(names_path)
    row = db.execute("SELECT version FROM engine_version WHERE fingerprint = ?", (key,)).fetchone()
    if row is not None:
        return str(row[0])
    from reader.index.engine import EntityEngine  # the whole engine: only for a new fingerprint

    version = EntityEngine(names_path).version
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(
            "INSERT OR REPLACE INTO engine_version VALUES (?, ?, ?)", (key, version, time.time())
        )
        db.execute("DELETE FROM engine_version WHERE made < ?", (time.time() - 90 * 86400,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return version
