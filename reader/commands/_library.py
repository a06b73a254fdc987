"""The commands' way to a corpus's names: through the library store.

The files under the given paths are checked against the store and only new or changed ones
read; when the corpus is unchanged its linked names come straight from the store, with no
article read and no recognition run. A damaged store is set aside and rebuilt, with a
warning on stderr; the command's output is the same either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeVar

from reader.commands._corpus import corpus_paths
from reader.commands._output import warn
from reader.entities.names import NamesFile, NamesFileError
from reader.index.store import SqliteLibrary, StoredNames
from reader.sqlite_files import is_corrupt

T = TypeVar("T")


def names_file_usable(names_path: str | None) -> bool:
    """Whether the names file at `names_path` (if any) can be used; the reason on stderr
    when not."""
    if names_path is None:
        return True
    try:
        NamesFile.load(names_path)
    except NamesFileError as err:
        warn(str(err))
        return False
    return True


def with_library(work: Callable[[SqliteLibrary], T]) -> T:
    """Run `work` on the open library; once more if the library fails: on a rebuilt one when
    it proves damaged, else (disk full, locked too long, ...) on one kept in memory for this
    run. `work` reads all it needs from the library before it writes its output."""
    library = _announced(SqliteLibrary.open())
    try:
        try:
            return work(library)
        except sqlite3.DatabaseError as err:
            if is_corrupt(err):
                library = _announced(library.rebuilt(err))
            else:
                library.close()
                library = _announced(
                    SqliteLibrary.in_memory(f"the library could not be used ({err})")
                )
            return work(library)
    finally:
        library.close()


def names_for_command(
    library: SqliteLibrary,
    paths: Sequence[str] | None,
    names_path: str | None,
    *,
    names_first: bool = False,
) -> StoredNames | None:
    """The corpus's names, each unreadable file reported on stderr; None for exit status 2
    (no article could be read, or the names file is unusable: said on stderr).

    With `names_first` the names file is checked before the files are looked at."""
    if names_first and not names_file_usable(names_path):
        return None
    snapshot = library.sync(corpus_paths(paths))
    assert snapshot is not None  # nothing cancels a command's sync
    for problem in library.problems(snapshot):
        warn(str(problem))
    if library.count(snapshot) == 0:
        warn("no article could be read from the given paths")
        return None
    if not names_first and not names_file_usable(names_path):
        return None
    try:
        return library.names(snapshot, names_path, warn=_warn)
    except NamesFileError as err:  # changed since it was checked
        warn(str(err))
        return None


def _announced(library: SqliteLibrary) -> SqliteLibrary:
    for notice in library.notices:
        _warn(notice)
    library.notices.clear()
    return library


def _warn(message: str) -> None:
    warn(f"warning: {message}")
