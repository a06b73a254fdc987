"""Loading the corpus for a command: default paths, problems to stderr, the exit-2 rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.commands._output import warn
from reader.resources import seeds_dir

if TYPE_CHECKING:
    from reader.corpus.loader import Corpus


def corpus_paths(paths: Sequence[str] | None) -> list[str]:
    """The paths to read: the ones given, or the bundled seeds when none are."""
    return list(paths) if paths else [str(seeds_dir())]


def load_for_command(paths: Sequence[str] | None) -> Corpus | None:
    """Load the corpus, report each unreadable file on stderr; None when nothing could be read."""
    from reader.corpus.loader import load_corpus  # the commands themselves read the library

    corpus = load_corpus(corpus_paths(paths))
    for problem in corpus.problems:
        warn(str(problem))
    if not corpus.articles:
        warn("no article could be read from the given paths")
        return None
    return corpus
