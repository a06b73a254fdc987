"""Corpus-wide lookups: entity → mentions, the name and title finder, the on-disk cache."""
