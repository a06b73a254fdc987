"""The words of a capitalised run and the names found in it, as light tuples.

A run ("Menteri Pertahanan Norwegia Ingrid Halvorsen") is split into `Token`s with offsets inside the
run; the parser returns `Span`s in the same offsets. The helpers here are the small word-shape
tests the parser shares.
"""

from __future__ import annotations

from typing import NamedTuple

from reader.entities.gazetteer import Place
from reader.entities.vocab import COORDINATORS, NAME_JOINERS, NAME_PARTICLES

#: Roles whose complement is an organisation ("juru bicara Interpol").
ROLE_ORG = "org"
#: Roles whose complement is a person or a country ("Presiden …").
ROLE_PER = "per"
#: Gazetteer kinds that are always a place (or nationality): countries, provinces, acronyms.
STRONG_KINDS = frozenset({"country", "region", "subdivision", "acronym", "nationality"})
_SURNAME_PREFIXES = frozenset({"Mc", "Mac", "Di", "De", "Da", "Du", "Le", "La", "Van", "Von", "O"})


class Token(NamedTuple):
    """One word of a run, with its offsets in the run; `joined` if glued by a hyphen to the last."""

    text: str
    lower: str
    start: int
    end: int
    capitalised: bool
    joined: bool = False


class Span(NamedTuple):
    """A name found in a run: run offsets, label, strength (1–3) and whether a place list says so."""

    start: int
    end: int
    label: str
    strength: int
    gazetteer: bool = False


_new_token = tuple.__new__


def tokenize(run: str) -> list[Token]:
    """The words of a run; capitalised hyphenated compounds are split into their parts."""
    tokens: list[Token] = []
    position = 0
    for word in run.replace("\u00a0", " ").split(" "):
        if not word:
            position += 1
            continue
        if word == "." and tokens:  # "R . Covey": an initial in space-separated text
            last = tokens[-1]
            tokens[-1] = Token(last.text, last.lower, last.start, position + 1, last.capitalised)
            position += 2
            continue
        capitalised = not word.islower() and (word[0].isupper() or "-" in word[:4])
        parts = word.split("-") if capitalised and "-" in word else None
        if parts and all(p[:1].isupper() for p in parts):
            offset = position
            for index, part in enumerate(parts):
                tokens.append(
                    Token(part, part.lower(), offset, offset + len(part), True, index > 0)
                )
                offset += len(part) + 1
        else:  # the common case, made without the named tuple's Python-level constructor
            end = position + len(word)
            tokens.append(
                _new_token(Token, (word, word.lower(), position, end, capitalised, False))
            )
        position += len(word) + 1
    return tokens


def place_span(tokens: list[Token], i: int, j: int, place: Place) -> Span:
    """The span of tokens[i:j], labelled as the gazetteer entry `place` says."""
    return Span(tokens[i].start, tokens[j - 1].end, place.label, place.strength, gazetteer=True)


def is_camel_case(word: str) -> bool:
    """ "PayPal", "LinkedIn", not "McCain" or "DiCaprio" (surname prefixes)."""
    if word[1:].islower():
        return False  # the common case: one capital
    inner = [k for k, c in enumerate(word) if k and c.isupper()]
    if not inner or not word[1:2].islower() or word.isupper():
        return False
    return word[: inner[0]] not in _SURNAME_PREFIXES


def joins(token: Token) -> bool:
    """A lower-case word or number inside a name ("Bank of X", "SMA Negeri 4 Y"), not "dan"."""
    lower = token.lower
    return token.text.isdigit() or (
        lower not in COORDINATORS and (lower in NAME_JOINERS or lower in NAME_PARTICLES)
    )


def trim_connectors(tokens: list[Token]) -> list[Token]:
    """`tokens` without lower-case words at either end."""
    start, end = 0, len(tokens)
    while start < end and not tokens[start].capitalised:
        start += 1
    while end > start and not tokens[end - 1].capitalised:
        end -= 1
    return tokens[start:end]


def rejoin_hyphens(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """Hyphenated words were split to find "Sudan Selatan-Mesir"; other splits are undone."""
    joins = {t.start - 1 for t in tokens if t.joined}
    if not joins or len(spans) < 2:
        return spans
    merged = [spans[0]]
    for span in spans[1:]:
        last = merged[-1]
        if (
            last.end in joins
            and span.start == last.end + 1
            and not (last.gazetteer and span.gazetteer)
        ):
            strongest = last if last.strength >= span.strength else span
            merged[-1] = Span(last.start, span.end, strongest.label, strongest.strength)
        else:
            merged.append(span)
    return merged


def relabel(span: Span, label: str, strength: int) -> Span:
    """`span` with another label and strength."""
    return Span(span.start, span.end, label, strength, span.gazetteer)
