"""Titles before a person's name, and the body or place an office belongs to.

"Menteri Luar Negeri Norwegia Ingrid Halvorsen", "Ketua LPKN Ahmad Fauzi", "pelatih Bristol
Robert Hanson", "Kapolda Metro Jaya Irjen …": a title takes its ordinary-word modifiers
("Luar Negeri") and generic bodies; a name after it may first name the complement of the
office (a country, a body, a club) before the person's own name. `TitleReader` holds this part
of the reading; the `RunParser` (parse.py) builds on it.
"""

from __future__ import annotations

import re

from reader.entities.gazetteer import gazetteer
from reader.entities.heads import HeadReader
from reader.entities.lexicon import is_first_name
from reader.entities.tokens import ROLE_PER, STRONG_KINDS, Span, Token
from reader.entities.vocab import (
    HONORIFICS,
    LOC_HEADS,
    LOC_TAILS,
    MISC_HEADS,
    MISC_TAILS,
    NAME_HONORIFICS,
    ORG_HEADS,
    ORG_TAILS,
    STATE_HEADS,
    TITLE_PAIRS,
    TITLES,
    word_set,
)
from reader.entities.words import is_acronym

_HEAD_WORDS = ORG_HEADS | LOC_HEADS | MISC_HEADS | STATE_HEADS
_NAME_TAILS = ORG_TAILS | LOC_TAILS | MISC_TAILS
#: English titles that are also adjectives opening names ("General Motors", "Major League").
_ADJECTIVE_TITLES = word_set("general major chief private deputy")
#: Offices whose complement is a place: a region's head, a head of state.
PLACE_OFFICES = word_set(
    "gubernur wagub bupati wabup walikota wali wawali camat lurah kades presiden wapres "
    "raja ratu sultan kaisar perdana governor mayor president king queen emperor premier"
)


#: Forms of address that are also Korean family names ("Pak Budi" is Mr Budi).
KOREAN_FAMILY_HONORIFICS = frozenset({"pak"})
#: One romanised Korean syllable (McCune–Reischauer or Revised): "Song", "Chol", "Hyok".
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|tch|chh|ch|th|ph|kh|[kgntdrlmpbsjhyw])?"
    r"(?:yae|wae|ae|ya|yo|yu|ye|wa|wo|we|wi|oe|eo|eu|ui|ŏ|ŭ|a|e|i|o|u)(?:ng|[kntlmpr])?"
)


def korean_given_name(tokens: list[Token], i: int) -> bool:
    """True if tokens[i:] open with a Korean given name of two syllables: "Song Chol",
    "Myong Hyok", "Song-chol" (each syllable capitalised or hyphen-joined)."""
    syllables: list[str] = []
    for token in tokens[i : i + 2]:
        if not token.capitalised:
            break
        syllables.extend(token.lower.split("-"))
        if len(syllables) >= 2:
            break
    return len(syllables) == 2 and all(_KOREAN_SYLLABLE.fullmatch(s) for s in syllables)


class TitleReader(HeadReader):
    """Reads title phrases and the complement of an office after them."""

    def _title_end(self, tokens: list[Token], i: int, spans: list[Span]) -> int:
        """The end of a title phrase starting at `i` (its modifiers and generic bodies included),
        emitting the names inside it (a country, a named body) into `spans`; `i` if none."""
        n = len(tokens)
        lower = tokens[i].lower
        if lower in KOREAN_FAMILY_HONORIFICS and korean_given_name(tokens, i + 1):
            return i  # "Pak Song Chol": the family name Pak, not "Pak" (Mr) before "Song Chol"
        if lower in _ADJECTIVE_TITLES and i + 1 < n and tokens[i + 1].lower in _NAME_TAILS:
            return i  # "General Motors", "Major League": a name that its last word explains
        if i + 1 < n and (lower, tokens[i + 1].lower) in TITLE_PAIRS:
            j = i + 2
        elif lower in TITLES and lower not in NAME_HONORIFICS:
            j = i + 1
        else:
            return i
        while lower in HONORIFICS and j < n and tokens[j].lower in HONORIFICS:
            j += 1  # "Prof. Dr. …": honorifics take no modifiers, the name follows
        if lower in HONORIFICS:
            return j
        while j < n:
            token = tokens[j]
            if not token.capitalised:
                if token.lower in {"of", "for", "untuk", "dan", "and"} and j + 1 < n:
                    j += 1
                    continue
                break
            if token.lower in HONORIFICS:
                return j + 1  # "Pimpinan Ustadz …": a form of address, then the name
            if token.lower in TITLES and token.lower not in NAME_HONORIFICS:
                j += 1
                continue
            following = tokens[j + 1].text if j + 1 < n else ""
            if (
                token.lower in ORG_HEADS
                and following.isupper()
                and following.lower() in _HEAD_WORDS
            ):
                j += 1  # "Kepala Sekolah SMP …": a generic body inside the title
                continue
            if token.lower in ORG_HEADS:
                end, span = self._organisation(tokens, j, ROLE_PER)
                if span is not None and not self._generic(tokens, j, end):
                    spans.append(span)
                j = end
                continue
            place = gazetteer().match([t.lower for t in tokens], j)
            if place is not None and (
                place[1].kind in STRONG_KINDS or not self.judge.is_modifier(token.lower)
            ):
                break  # a country or a town after the title: its own name
            if token.lower in STATE_HEADS or token.lower in LOC_HEADS:
                break
            if self.judge.is_modifier(token.lower) and not is_first_name(token.text):
                j += 1
                continue
            break
        return j

    def _complement(self, tokens: list[Token], i: int, office: str) -> tuple[int, Span | None]:
        """After a title, the body or place the office belongs to, when a person's name
        follows it: an acronym ("Ketua LPKN Ahmad Fauzi"), a place before a given name
        ("pelatih Bristol Robert Hanson"), words that no given name opens before one that does
        ("pelatih Persatria Robert Hanson"), or words before a second title ("Kapolda Metro Jaya
        Irjen …"). `office` is the title's first word, lower case ("" if unknown)."""
        n = len(tokens)
        if i + 1 >= n or not tokens[i + 1].capitalised:
            return i, None
        token = tokens[i]
        following = tokens[i + 1]
        label = "LOC" if office in PLACE_OFFICES else "ORG"
        if is_acronym(token.text) and not is_acronym(following.text):
            place = gazetteer().get(token.lower)
            return i + 1, Span(token.start, token.end, "LOC" if place else "ORG", 2)
        place = gazetteer().match([t.lower for t in tokens], i)
        if place is not None:
            end = i + place[0]
            if end < n and tokens[end].capitalised and self.judge.starts_person(tokens[end].text):
                span_label = "LOC" if place[1].kind in STRONG_KINDS else label
                return end, Span(token.start, tokens[end - 1].end, span_label, 2, True)
        if is_first_name(token.text):
            return i, None
        j = i
        while j < n and tokens[j].capitalised and tokens[j].lower not in TITLES:
            if j > i and j + 1 < n and tokens[j + 1].capitalised and self._opens_person(tokens[j]):
                return j, Span(
                    token.start, tokens[j - 1].end, label, 2
                )  # "Persatria Robert Hanson"
            j += 1
        if i < j < n and tokens[j].lower in TITLES and tokens[j].lower not in NAME_HONORIFICS:
            return j, Span(token.start, tokens[j - 1].end, label, 2)
        return i, None

    def _opens_person(self, token: Token) -> bool:
        """A given name that is no ordinary word here: where a person's name starts."""
        return self.judge.starts_person(token.text, foreign=True)
