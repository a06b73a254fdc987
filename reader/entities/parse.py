"""One run of capitalised words → the names in it, each with a label and how sure it is.

A run is what `shape.run_pattern` finds: "Menteri Pertahanan Norwegia Ingrid Halvorsen",
"Kantor Berita Xinhua Tiongkok", "Halvorsen Akan Mengunjungi Vietnam". The parser
reads it left to right the way a reader of news would:

- words whose capital proves nothing (a sentence's first word, a headline's words) are dropped
  when the corpus or the word lists say they are ordinary words, unless they open a place
  of several words ("New York"); contractions ("I've") and, in English, hyphenated ordinary
  words ("All-Time") are never names;
- a title or role ("Presiden", "Menteri Luar Negeri", "Juru bicara") is stripped with its
  ordinary-word modifiers, and what follows it is a person's name;
- a head word opens an organisation ("Kementerian …", "Partai …"), a place ("Desa …",
  "Gunung …"), a state ("Republik …") or an event ("Perang …"), and the name runs on through
  ordinary words and distinctive ones; a country closes a generic organisation's name
  ("Kementerian Perhubungan Malaysia") but is its own name after a distinctive one
  ("Kantor Berita Xinhua" + "Tiongkok");
- a word at the end of a name can say what it is ("… Inc", "… University", "… River");
- gazetteer phrases are places or nationalities; what is left is a person by default.

Strength: 3 for what the words themselves say (heads, titles, strong gazetteer entries), 2 for
softer evidence (a city name, a given name, an acronym), 1 for a guess that context may change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.entities.chunks import ChunkReader
from reader.entities.gazetteer import CITY_KINDS, gazetteer
from reader.entities.lexicon import is_first_name
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
#: Contracted verbs after an apostrophe: "I've", "they're", "we'll", "I'm".
_CONTRACTED = frozenset({"ve", "re", "ll", "m"})
#: Contractions that only follow a pronoun ("I'd", "he'd"; "O'Neill" is a name).
_CONTRACTED_AFTER_PRONOUN = frozenset({"d", "s"})
#: How a nationality noun for one person ends ("Dutchman", "Frenchwoman").
_PERSON_NOUN_ENDINGS = ("woman", "man")


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


def _opens_place_phrase(tokens: list[Token], i: int) -> bool:
    """True if tokens[i:] open a gazetteer place of two words or more ("New York"): its
    first word is part of the name wherever it stands, whatever it means alone."""
    if tokens[i].lower not in gazetteer().longest:
        return False
    found = gazetteer().match([t.lower for t in tokens], i)
    return found is not None and found[0] >= 2


def _common_compound_end(
    tokens: list[Token], i: int, is_common: Callable[[str], bool], doubtful: bool
) -> int:
    """The end of a hyphenated word at `i` made of ordinary English words only ("All-Time" in
    a headline, "Under-pressure"), neither after a given name nor before another capitalised
    word; `i` if there is none (`is_common` judges a lower-case word). Such a word names
    nothing, unless every part is capitalised where capitals are not `doubtful`
    ("Coca-Cola", "Hewlett-Packard" inside a sentence)."""
    end = i + 1
    while end < len(tokens) and tokens[end].joined:
        end += 1
    written = [part for t in tokens[i:end] for part in t.text.split("-") if part]
    if not doubtful and all(part[0].isupper() for part in written):
        return i
    if (i > 0 and _given_name(tokens[i - 1])) or (
        end < len(tokens) and tokens[end].capitalised
    ):  # "Anna Young-Smith", "Half-Life Two": part of a longer name
        return i
    parts = [part for t in tokens[i:end] for part in t.lower.split("-")]
    if len(parts) < 2:
        return i
    ordinary = all(len(p) == 1 or (p.isalpha() and is_common(p)) for p in parts)
    return end if ordinary and not all(len(p) == 1 for p in parts) else i


def _given_name(token: Token) -> bool:
    """A capitalised given name ("Anna"), not an acronym or a function word ("UK", "The")."""
    return is_first_name(token.text) and not token.text.isupper() and token.lower not in NEVER_NAMES


def _is_contraction(lower: str) -> bool:
    """True for a pronoun or verb contracted with another word: "i've", "we're", "don't"."""
    head, _, tail = lower.replace("’", "'").partition("'")
    return (
        tail in _CONTRACTED
        or (tail == "t" and head.endswith("n"))
        or (head in NEVER_NAMES and tail in _CONTRACTED_AFTER_PRONOUN)
    )


def _is_person_noun(tokens: list[Token], i: int, end: int) -> bool:
    """True if tokens[i:end] are one nationality noun for a person ("Dutchman",
    "Frenchwoman"): the name after it is that person's."""
    if end != i + 1:
        return False
    lower = tokens[i].lower
    for ending in _PERSON_NOUN_ENDINGS:
        if lower.endswith(ending):
            adjective = gazetteer().get(lower[: -len(ending)])
            return adjective is not None and adjective.kind == "nationality"
    return False


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
        skip = 0
        for index, token in enumerate(tokens):
            if index < skip:
                continue
            if not token.capitalised:
                if current:
                    current.append(token)
                continue
            if (
                self.language == "en"
                and not token.joined
                and ("-" in token.text or (index < last and tokens[index + 1].joined))
            ):
                skip = _common_compound_end(
                    tokens, index, self.judge.is_common, headline or (initial and index == 0)
                )
                if skip > index:  # "All-Time", "U-turns": ordinary words joined by a hyphen
                    if current:
                        segments.append(current)
                    current = []
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
            if doubtful and heads_name and _opens_place_phrase(tokens, index):
                current.append(token)  # "Northern Ireland", "New York": the phrase is a place
                continue
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
        if ("'" in lower or "’" in lower) and _is_contraction(lower):
            return True  # "I've", "We're": a pronoun and a verb
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
                elif span.gazetteer and _is_person_noun(tokens, i, end):
                    after_title, office = True, ""  # "Frenchman Pierre Lacombe": a person follows
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
        city = place.kind in CITY_KINDS
        if city and length == 1 and _short_capitals(tokens[start].text):
            return i, None  # "TNI", "PAN": a short word in capitals is an acronym, not a town
        if city and self._person_with_place_word(tokens, i, length):
            return i, None
        j = start + length
        while j < len(tokens) and tokens[j].capitalised and lowers[j] in GEO_QUALIFIERS:
            j += 1
        span = place_span(tokens, i, j, place)
        if place.kind == "town" and self.language == "en" and j == i + 1:
            # English news names people all over the world, and many a surname is some small
            # town's name too ("Ashford"): the town is a guess the words around it
            # and the article's other names decide
            span = span._replace(strength=1)
        return j, span

    def _person_with_place_word(self, tokens: list[Token], i: int, length: int) -> bool:
        """A given name that is also a town's, before a surname: "Paris Hilton" is a person."""
        j = i + length
        if length != 1 or j >= len(tokens) or not tokens[j].capitalised:
            return False
        following = gazetteer().match([t.lower for t in tokens], j)
        strong = following is not None and following[1].kind in STRONG_KINDS
        return is_first_name(tokens[i].text) and not strong
