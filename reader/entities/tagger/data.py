"""Labelled sentences: read from the training data's token lists, rebuilt as raw text.

The training data comes pre-tokenised ("Germany 's", "( AP )"); the reader sees raw text. So each
sentence is detokenised into the text a writer would have typed, its entities become character
spans, and the tagger's own tokeniser (`tokens.tokenize`) splits it again, its words labelled by
the spans they fall in (`project`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from reader.entities.tagger.tokens import Token, tokenize

#: Marks written against the word before them.
_CLOSERS = frozenset(
    [
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        ")",
        "]",
        "}",
        "%",
        "n't",
        "'s",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "’s",
    ]
)
#: Marks written against the word after them.
_OPENERS = frozenset(["(", "[", "{", "$", "#"])
_QUOTES = frozenset({'"'})


class Span(NamedTuple):
    """An entity in a sentence's text: `text[start:end]`, label PER, LOC, ORG or MISC."""

    start: int
    end: int
    label: str


class Sentence(NamedTuple):
    """A sentence's text, its entities, and the document it came from ("" when unknown)."""

    id: str
    text: str
    spans: list[Span]
    doc: str


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from `tokens` with spaces where a writer puts them, and each token's offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    glue_next = False
    open_quote = False
    for token in tokens:
        space = bool(parts) and not glue_next
        if token in _CLOSERS or token.lower() in _CLOSERS:
            space = False
        elif token in _QUOTES:
            if open_quote:
                space = False
            open_quote = not open_quote
        if space:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
        glue_next = token in _OPENERS or (token in _QUOTES and open_quote)
    return "".join(parts), offsets


def spaced_text(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from `tokens` joined by single spaces, and each token's offsets."""
    offsets: list[tuple[int, int]] = []
    length = 0
    for token in tokens:
        offsets.append((length, length + len(token)))
        length += len(token) + 1
    return " ".join(tokens), offsets


def spans_of(tags: list[str], offsets: list[tuple[int, int]]) -> list[Span]:
    """Character spans of the BIO `tags` (an I- without its B- opens a span)."""
    spans: list[Span] = []
    start = end = -1
    label = ""
    for tag, (s, e) in zip(tags, offsets, strict=True):
        if tag.startswith("I-") and label == tag[2:]:
            end = e
            continue
        if label:
            spans.append(Span(start, end, label))
            label = ""
        if tag != "O":
            start, end, label = s, e, tag[2:]
    if label:
        spans.append(Span(start, end, label))
    return spans


def read_sentences(path: Path, *, spaced: bool = False) -> Iterator[Sentence]:
    """The sentences of a gzipped JSON Lines file of `{"id", "tokens", "tags"[, "doc"]}`;
    `spaced`: tokens joined by single spaces, as some corpora publish their text."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            text, offsets = (spaced_text if spaced else detokenise)(row["tokens"])
            yield Sentence(row["id"], text, spans_of(row["tags"], offsets), row.get("doc", ""))


def project(tokens: list[Token], spans: list[Span]) -> list[str]:
    """BIO labels for `tokens` from character `spans`: a token in a span is inside it, the
    first token starting at or after the span's start begins it."""
    tags = ["O"] * len(tokens)
    j = 0
    for span in spans:
        first = True
        while j < len(tokens) and tokens[j].end <= span.start:
            j += 1
        k = j
        while k < len(tokens) and tokens[k].start < span.end:
            tags[k] = ("B-" if first else "I-") + span.label
            first = False
            k += 1
    return tags


def tokens_and_tags(sentence: Sentence) -> tuple[list[Token], list[str]]:
    """The sentence as the tagger tokenises it, with the labels its spans give each token."""
    tokens = tokenize(sentence.text)
    return tokens, project(tokens, sentence.spans)
