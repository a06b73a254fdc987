"""Corpus-wide lookups: entity → mentions, the name and title finder, the on-disk cache.

- `build`: `IndexBuilder` (incremental, cached, thread-safe) → `CorpusIndex`
- `corpus_index`: `CorpusIndex`, the built index (articles, entities, linked mentions)
- `mentions`: an entity's mentions by article, `]`/`[` stepping, "appears with", an article's
  entities by kind
- `finder`: `Finder.search(query)` → `FinderHit`s (query syntax and tiers in `query`)
- `snippets`: one-line context around a mention
- `cache`: `IndexCache`, the SQLite file under the user's cache directory
- `store`: the library store (`SqliteLibrary` behind `Library`): files, articles, names and a
  full-text index in one SQLite file under the user's data directory, read by the commands
No Textual here: the UI calls these from worker threads and shows what they return.
"""
