"""How sure a mention's label is, as the corpus-wide vote counts it (`Scored.strength`)."""

from __future__ import annotations

from enum import IntEnum


class Strength(IntEnum):
    """A label's strength: an int, so packed votes and comparisons work on it unchanged."""

    GUESS = 1  # a guess: counts little in the vote, and the vote may relabel it
    CONTEXT = 2  # context or a sure model says so: a full vote
    WORDS = 3  # the words themselves say so (a head word, a title): never relabelled
