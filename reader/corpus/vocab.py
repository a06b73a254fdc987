"""Word lists written as compact tables in the modules that use them."""

from __future__ import annotations


def words(table: str) -> frozenset[str]:
    """The words of a whitespace-separated table."""
    return frozenset(table.split())


def phrases(table: str) -> frozenset[str]:
    """The phrases of a table of "|"-separated phrases ("#" lines are comments and separators)."""
    lines = ["|" if line.strip().startswith("#") else line for line in table.splitlines()]
    pieces = (" ".join(piece.split()) for piece in " ".join(lines).split("|"))
    return frozenset(piece for piece in pieces if piece)
