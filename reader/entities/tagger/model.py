"""The shipped CRF weights: opened on first use, one tagger per language and thread.

A `pycrfsuite.Tagger` holds the state of the last sequence it tagged, so threads never share one.
Decoding is Viterbi; the marginal probability of each found name's label says how sure it is.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
_LOCAL = threading.local()


class TaggedSpan(NamedTuple):
    """A name the model found: tokens `first`..`last` (inclusive), its label and the mean
    marginal probability of that label over its tokens."""

    first: int
    last: int
    label: str
    probability: float


def weights_path(language: str, folder: Path = WEIGHTS_DIR) -> Path:
    """The weights file of `language`'s model ("en" for anything but Indonesian)."""
    return folder / f"ner-{'id' if language == 'id' else 'en'}.crfsuite"


def _tagger(language: str) -> object:
    """This thread's open tagger for `language`."""
    taggers = getattr(_LOCAL, "taggers", None)
    if taggers is None:
        taggers = _LOCAL.taggers = {}
    key = "id" if language == "id" else "en"
    tagger = taggers.get(key)
    if tagger is None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(weights_path(key)))
        taggers[key] = tagger
    return tagger


def available(language: str) -> bool:
    """True if the weights of `language`'s model are installed."""
    return weights_path(language).is_file()


def tag(language: str, features: list[list[str]]) -> list[TaggedSpan]:
    """The names in one sequence of token features, decoded with Viterbi."""
    tagger = _tagger(language)
    tagger.set(features)  # type: ignore[attr-defined]
    tags = tagger.tag()  # type: ignore[attr-defined]
    marginal = tagger.marginal  # type: ignore[attr-defined]
    spans: list[TaggedSpan] = []
    first = -1
    label = ""
    total = 0.0
    for i, tag_ in enumerate(tags):
        if tag_[0] == "I" and label == tag_[2:]:
            total += marginal(tag_, i)
            continue
        if label:
            spans.append(TaggedSpan(first, i - 1, label, total / (i - first)))
            label = ""
        if tag_ != "O":
            first, label, total = i, tag_[2:], marginal(tag_, i)
    if label:
        spans.append(TaggedSpan(first, len(tags) - 1, label, total / (len(tags) - first)))
    return spans
