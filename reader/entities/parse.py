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

from reader.entities.gazetteer import gazetteer
from reader.entities.lexicon import (
    english_words,
    is_derived_word,
    is_first_name,
    is_indonesian_word,
)
from reader.entities.titles import TitleReader
from reader.entities.tokens import (
    ROLE_ORG,
    ROLE_PER,
    STRONG_KINDS,
    Span,
    Token,
    is_camel_case,
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
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NEVER_NAMES,
    ORG_HEAD_PAIRS,
    ORG_HEADS,
    RELIGIONS,
    STATE_HEADS,
    TITLE_PAIRS,
    TITLES,
    word_set,
)
from reader.entities.words import is_acronym, is_domain

__all__ = ["ROLE_ORG", "ROLE_PER", "RunParser", "Span", "Token", "tokenize"]

#: Direction words that end a place's name ("Bandung Barat", "Lombok Utara").
_DIRECTIONS = word_set("utara selatan timur barat tengah tenggara north south east west central")
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


class RunParser(TitleReader):
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
                if span is not None and after_title and span.strength < 3:
                    end, span = i, None  # "Haji Ahmad": after a title, a town's name is a person's
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

    # -- everything else: a run of name words -------------------------------------------------

    def _chunk(
        self, tokens: list[Token], i: int, role: str, after_title: bool
    ) -> tuple[int, Span | None]:
        """A run of name words starting at `i`, up to the first word that starts another name."""
        n = len(tokens)
        lowers = [t.lower for t in tokens]
        j = i + 1
        while j < n:
            token = tokens[j]
            if not token.capitalised:
                if token.lower in NAME_PARTICLES and j + 1 < n and tokens[j + 1].capitalised:
                    j += 1
                    continue
                break
            if self._chunk_ends(tokens, lowers, i, j, role, after_title):
                break
            j += 1
        while j > i + 1 and not tokens[j - 1].capitalised:
            j -= 1
        words = tokens[i:j]
        label, strength = self._chunk_label(words, role, after_title, split=j < n)
        if not label:
            return j, None
        return j, Span(tokens[i].start, tokens[j - 1].end, label, strength)

    def _chunk_ends(
        self, tokens: list[Token], lowers: list[str], i: int, j: int, role: str, after_title: bool
    ) -> bool:
        """True if tokens[j] starts a new name after the chunk that began at `i`."""
        token = tokens[j]
        if j == i + 1 and lowers[i] in RELIGIONS:
            return True  # "Muslim Karachi": a faith, then a place
        if token.lower in TITLES and token.lower not in NAME_HONORIFICS:
            return True
        if self.language == "id" and (token.lower in ORG_HEADS or token.lower in LOC_HEADS):
            return j + 1 < len(tokens) and tokens[j + 1].capitalised
        place = gazetteer().match(lowers, j)
        if place is not None and place[1].kind in STRONG_KINDS:
            if j == i + 1 and place[1].kind == "country" and j + place[0] == len(tokens):
                # "RKM Indonesia": a company's acronym and the country of its branch
                return not is_acronym(tokens[i].text)
            return not (j == i + 1 and is_first_name(tokens[i].text) and place[1].kind != "acronym")
        if j == i + 1 and is_acronym(tokens[i].text) and not is_acronym(token.text):
            # "NSC Daniel Moore": an acronym, then a person; "AC Monza" stays one name
            return is_first_name(token.text) and j + 1 < len(tokens) and tokens[j + 1].capitalised
        if j + 1 >= len(tokens) or not tokens[j + 1].capitalised or not is_first_name(token.text):
            return False
        # "juru bicara Interpol Sarah Mitchell": an organisation, then its spokesperson;
        # "Produksi Kilat Merah Daniel Moore": a name of words no person bears, then a person
        return role == ROLE_ORG or (
            j >= i + 2
            and self.judge.starts_person(token.text, foreign=True)
            and not is_first_name(tokens[j - 1].text)
            and not is_first_name(tokens[i].text)
        )

    def _chunk_label(
        self, words: list[Token], role: str, after_title: bool, split: bool
    ) -> tuple[str, int]:
        """The label and strength of a chunk of name words no head or gazetteer explains."""
        text = words[0].text
        if len(words) == 1:
            lower = words[0].lower
            if len(text.rstrip(".")) == 1 or lower in _HEAD_WORDS or lower in GEO_QUALIFIERS:
                return "", 0  # a head word or a direction alone names nothing
            if lower == "the":
                return "", 0
            if lower in RELIGIONS:
                return "MISC", 2
            if is_domain(text):
                return "ORG", 3
            if is_acronym(text.replace(".", "")):
                if text.lower() in COMMON_ABBREVIATIONS:
                    return "", 0
                return ("MISC", 1) if _has_digit(text) else ("ORG", 1)
            if _has_digit(text):
                return "MISC", 1
            if is_camel_case(text):
                return "ORG", 2  # "PayPal", "LinkedIn": brands and outlets
        if role == ROLE_ORG and split:
            return "ORG", 2
        if words[0].lower == "the":
            return "ORG", 2  # "The Velvet Lanterns": no person's name opens with "The"
        if after_title:
            return "PER", 3
        if (
            len(words) > 1
            and words[-1].lower in _DIRECTIONS
            and not self.judge.is_written_lower(words[0].lower)
            and not is_derived_word(words[0].lower)  # "Sebelah Selatan": a side, not a place
        ):
            return "LOC", 2  # "Lombok Utara", "Kutai Barat"
        if words[0].lower in NAME_HONORIFICS and len(words) > 1:
            return "PER", 2  # "Raden …", "Teuku …"
        if is_acronym(text) and len(words) > 1:
            return "ORG", 2  # "PSBK Blitar", "BRI Syariah": an organisation and its place or kind
        if is_first_name(text) and not self.judge.is_modifier(words[0].lower):
            return "PER", 2 if len(words) > 1 else 1
        lowers = [w.lower for w in words if w.capitalised]
        if self.language == "id" and all(self.judge.is_written_lower(w) for w in lowers):
            return "MISC", 1
        if (
            self.language == "id"
            and all(is_indonesian_word(w) for w in lowers)
            and (len(lowers) == 1 or not is_first_name(lowers[0]))
        ):
            return "MISC", 1  # ordinary words capitalised: a title, a thing, a nickname
        if self.language == "id" and any(
            is_derived_word(w) and not is_first_name(w) for w in lowers
        ):
            return "MISC", 1  # "Kurikulum Berbasis Kompetensi": affixed words make few names
        if self.language == "id" and all(w in english_words() for w in lowers):
            return "MISC", 1  # English words in Indonesian text: a title, a show, a product
        if len(lowers) >= 5:
            return "MISC", 1
        return "PER", 1
