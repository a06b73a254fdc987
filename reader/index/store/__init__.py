"""The library store: files, articles, names and a full-text index in one SQLite database.

`SqliteLibrary` implements `Library` (`interface`); `schema` holds where it lives and its
migrations, `catalog` the sync with the files on disk, `codec` the article rows, `names` the
names cache and what the commands print from it, `stored` a corpus's names as read back,
`versions` the entity engine's version without loading the engine.
"""

from reader.index.store.catalog import READING, Snapshot
from reader.index.store.interface import Library
from reader.index.store.library import FINDING, LINKING, SqliteLibrary
from reader.index.store.stored import StoredNames

__all__ = ["FINDING", "LINKING", "READING", "Library", "Snapshot", "SqliteLibrary", "StoredNames"]
