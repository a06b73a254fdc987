"""One run of capitalised words → the names in it, each with a label and how sure it is.

A run is what `shape.run_pattern` finds: "Menteri Pertahanan Norwegia Ingrid Halvorsen",
"Kantor Berita Xinhua Tiongkok", "Halvorsen Akan Mengunjungi Vietnam". The parser
reads it left to right the way a reader of news would:

- words whose capital proves nothing (a sentence's first word, a headline's words) are dropped
  when the corpus or the word lists say they are ordinary words;
- a title or role ("Presiden", "Menteri Luar Negeri", "Juru bicara") is stripped with its
  ordinary-word modifiers, and what follows it is a person's name;
- a head word opens an organisation ("Kementerian …", "Partai …"), a place ("Desa …",
  "Gunung …"), a state ("Republik …") or an event ("Perang …"), and the name runs on through
  ordinary words and distinctive ones; a country closes a generic organisation's name
  ("Kementerian Pertahanan Malaysia") but is its own name after a distinctive one
  ("Kantor Berita Xinhua" + "Tiongkok");
- a word at the end of a name can say what it is ("… Inc", "… University", "… River");
- gazetteer phrases are places or nationalities; what is left is a person by default.

Strength: 3 for what the words themselves say (heads, titles, strong gazetteer entries), 2 for
softer evidence (a city name, a given name, an acronym), 1 for a guess that context may change.
"""

from __future__ import annotations

import re

from reader.entities.chunks import ChunkReader
from reader.entities.gazetteer import gazetteer
from reader.entities.lexicon import (
    is_first_name,
)
from reader.entities.titles import PLACE_OFFICES
from reader.entities.tokens import (
    ROLE_ORG,
    ROLE_PER,
    STRONG_KINDS,
    Span,
    Token,
    place_span,
    rejoin_hyphens,
    tokenize,
    trim_connectors,
)
from reader.entities.vocab import (
    COMMON_ABBREVIATIONS,
    DATE_ABBREVIATIONS,
    DEGREE_FORMS,
    DEGREES,
    FURNITURE,
    GEO_QUALIFIERS,
    LOC_HEAD_PAIRS,
    LOC_HEADS,
    MISC_HEADS,
    NEVER_NAMES,
    ORG_HEAD_PAIRS,
    ORG_HEADS,
    ORG_TAILS,
    STATE_HEADS,
    TITLE_PAIRS,
    TITLES,
)

__all__ = ["ROLE_ORG", "ROLE_PER", "RunParser", "Span", "Token", "tokenize"]

_HEAD_WORDS = ORG_HEADS | LOC_HEADS | MISC_HEADS | STATE_HEADS
#: "Ibu Kota X": a title pair that names the capital of the state after it.
_CAPITAL = ("ibu", "kota")
_PAIR_FIRSTS = frozenset(first for first, _ in ORG_HEAD_PAIRS | LOC_HEAD_PAIRS | TITLE_PAIRS)


_has_digit = re.compile(r"\d").search


def _short_capitals(word: str) -> bool:
    """A word of two to four capital letters ("TNI"): read as an acronym before a town."""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


def _is_degree_after_name(token: Token, previous: Token) -> bool:
    """True if `token` is a degree written as such after a word that can end a person's name
    (a capitalised word, no title or acronym: not "Ketua MA")."""
    return (
        token.text.replace(".", "") in DEGREES
        and previous.capitalised
        and not previous.text.isupper()
        and previous.lower not in TITLES
    )


class RunParser(ChunkReader):
    """Parses runs for one corpus and language; see the module docstring for the reading."""

    def parse(
        self, run: str, initial: bool, headline: bool, role: str = "", before_number: bool = False
    ) -> list[Span]:
        """The names in `run`: `initial` if it starts a sentence, `headline` if every capital is
        doubtful, `role` if a lower-case role word stands just before it, `before_number` if a
        number follows it ("… Sep 2023")."""
        tokens = tokenize(run)
        spans: list[Span] = []
        for segment in self._segments(tokens, initial, headline, before_number):
            spans.extend(self._parse_segment(segment, role))
            role = ""
        return rejoin_hyphens(spans, tokens)

    # -- dropping the words whose capital proves nothing ---------------------------------------

    def starts_with_name(self, run: str) -> bool:
        """True if the run's first word is kept at a sentence start as well as inside one, so
        that both positions share one parse."""
        first = run.partition(" ")[0]
        return first != "The" and self.judge.is_name_here(first)

    def _segments(
        self, tokens: list[Token], initial: bool, headline: bool, before_number: bool
    ) -> list[list[Token]]:
        """Split at words that are not part of any name: doubtful capitals, dates, furniture."""
        segments: list[list[Token]] = []
        current: list[Token] = []
        last = len(tokens) - 1
        for index, token in enumerate(tokens):
            if not token.capitalised:
                if current:
                    current.append(token)
                continue
            if token.lower in DATE_ABBREVIATIONS and (
                (index > 0 and tokens[index - 1].text.isdigit())
                or (index < last and tokens[index + 1].text.isdigit())
                or (index == last and before_number)
            ):
                segments.append(current)
                current = []
                continue
            doubtful = headline or (initial and index == 0)
            heads_name = index < last and tokens[index + 1].capitalised
            if self._dropped(token, doubtful, headline, current, heads_name):
                if current:
                    segments.append(current)
                current = []
                continue
            current.append(token)
        if current:
            segments.append(current)
        return [trim_connectors(s) for s in segments if s]  # each opens with a capital

    def _dropped(
        self, token: Token, doubtful: bool, headline: bool, before: list[Token], heads_name: bool
    ) -> bool:
        """True if `token` is not part of any name here (see `_segments`)."""
        lower = token.lower
        if lower == "the" and not doubtful and heads_name:
            return False
        if token.text == "I" and before:
            return False  # a Roman numeral inside a name ("Jalan Melati I")
        if lower in NEVER_NAMES or (lower in FURNITURE and (doubtful or token.text.isupper())):
            return True
        if lower in DEGREE_FORMS and before and _is_degree_after_name(token, before[-1]):
            return True  # "Hartono Wicaksono BA", "Rudi Santoso S.H.": a degree after the name
        if token.text.isupper() and lower in COMMON_ABBREVIATIONS:
            if before and before[-1].capitalised and lower in ORG_TAILS:
                return False  # "Metro TV": a broadcaster's name ends with "TV"
            return not (heads_name and (lower in LOC_HEADS or lower in ORG_HEADS))
        if not doubtful:
            return False
        if before and self._continues_head(before, lower):
            return False
        if heads_name and lower in _HEAD_WORDS and (not headline or self.judge.is_kept_head(lower)):
            return False
        if heads_name and not headline and (lower in _PAIR_FIRSTS or lower in TITLES):
            return False  # "Direktur Eksekutif …", "Juru bicara …": a title opens the sentence
        return not self.judge.is_name_here(token.text)

    def _continues_head(self, before: list[Token], lower: str) -> bool:
        """In a headline, ordinary words after a kept head stay with it ("Partai Komunis …")."""
        return before[0].lower in _HEAD_WORDS and self.judge.is_modifier(lower)

    # -- reading one segment ------------------------------------------------------------------

    def _parse_segment(self, tokens: list[Token], role: str) -> list[Span]:
        """The names in one segment, read left to right: titles, heads, tails, places, the rest."""
        spans: list[Span] = []
        after_title = role == ROLE_PER
        capital = False
        office = ""
        i = 0
        n = len(tokens)
        while i < n:
            token = tokens[i]
            if not token.capitalised:
                i += 1
                continue
            title_end = self._title_end(tokens, i, spans)
            if title_end > i:
                capital = title_end == i + 2 and (token.lower, tokens[i + 1].lower) == _CAPITAL
                office = token.lower
                i = title_end
                after_title = not capital  # "Ibu Kota X": the capital of a state, no title
                role = ""
                continue
            end, span = self._headed(tokens, i, role or (ROLE_PER if after_title else ""))
            if span is None:
                end, span = self._tailed(tokens, i)
            if span is None and after_title:
                end, span = self._complement(tokens, i, office)
            if span is None:
                end, span = self._place(tokens, i)
                if (
                    span is not None
                    and after_title
                    and span.strength < 3
                    and office not in PLACE_OFFICES
                ):  # "Haji Salim": after a title, a town's name is a person's, but "Bupati
                    end, span = i, None  # Blitar" names the regency of the office
            if span is None:
                end, span = self._chunk(tokens, i, role, after_title)
            if span is not None and capital and span.strength <= 2:
                span = Span(span.start, span.end, "LOC", 2, span.gazetteer)
            if span is not None:
                spans.append(span)
                if span.label == "ORG" and role == ROLE_ORG:
                    after_title = True
            role = ""
            capital = False
            i = max(end, i + 1)
        return spans

    def _place(self, tokens: list[Token], i: int) -> tuple[int, Span | None]:
        """A gazetteer place starting at `i` (direction words around it included), or None."""
        lowers = [t.lower for t in tokens]
        start = i
        found = gazetteer().match(lowers, i)
        if found is None:  # "Barat Daya Kenya": direction words before a country
            while (
                start < len(tokens)
                and tokens[start].capitalised
                and lowers[start] in GEO_QUALIFIERS
            ):
                start += 1
            if start == i or start >= len(tokens):
                return i, None
            found = gazetteer().match(lowers, start)
        if found is None:
            return i, None
        length, place = found
        if start > i and place.kind not in STRONG_KINDS:
            return i, None
        if place.kind == "nationality" and self.language == "id":
            return i, None  # Indonesian has no nationality adjectives: "Sasak" is a people
        if place.kind == "city" and length == 1 and _short_capitals(tokens[start].text):
            return i, None  # "TNI", "PAN": a short word in capitals is an acronym, not a town
        if place.kind == "city" and self._person_with_place_word(tokens, i, length):
            return i, None
        j = start + length
        while j < len(tokens) and tokens[j].capitalised and lowers[j] in GEO_QUALIFIERS:
            j += 1
        return j, place_span(tokens, i, j, place)

    def _person_with_place_word(self, tokens: list[Token], i: int, length: int) -> bool:
        """A given name that is also a town's, before a surname: "Paris Hilton" is a person."""
        j = i + length
        if length != 1 or j >= len(tokens) or not tokens[j].capitalised:
            return False
        following = gazetteer().match([t.lower for t in tokens], j)
        strong = following is not None and following[1].kind in STRONG_KINDS
        return is_first_name(tokens[i].text) and not strong
