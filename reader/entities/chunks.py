"""Runs of name words that no head, title or gazetteer explains, for the run parser: where
one such name ends and the next begins ("Produksi Kilat Merah Daniel Moore": a company, then
a person), and what its words make it (a given name: a person; directions at the end: a
place; "Pers…": a football club; ordinary words: a title or a thing; else a person's guess).

`ChunkReader` holds this part of the reading; the `RunParser` (parse.py) builds on it.
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
from reader.entities.tokens import ROLE_ORG, STRONG_KINDS, Span, Token, is_camel_case
from reader.entities.vocab import (
    COMMON_ABBREVIATIONS,
    GEO_QUALIFIERS,
    LOC_HEADS,
    MISC_HEADS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_PARTICLES,
    RELIGIONS,
    STATE_HEADS,
    TITLES,
    word_set,
)
from reader.entities.words import is_acronym, is_club_word, is_domain

#: Direction words that end a place's name ("Bandung Barat", "Lombok Utara").
_DIRECTIONS = word_set("utara selatan timur barat tengah tenggara north south east west central")
#: Words that end a place's name as its directions do ("Kuala Raya", "Sungai Hulu").
_PLACE_ENDINGS = _DIRECTIONS | word_set("raya hulu hilir ilir")
#: Lower-case words inside an English name that opens with "The" ("The Lord of the Isles").
_TITLE_JOINERS = frozenset({"of", "the"})
_HEAD_WORDS = ORG_HEADS | LOC_HEADS | MISC_HEADS | STATE_HEADS
#: Places that may close a body's acronym as the seat of its branch.
_BRANCH_PLACES = frozenset({"country", "subdivision", "region"})
_has_digit = re.compile(r"\d").search


class ChunkReader(TitleReader):
    """Reads runs of name words that nothing else explains."""

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
                if (
                    lowers[i] == "the"
                    and token.lower in _TITLE_JOINERS
                    and j + 1 < n
                    and (tokens[j + 1].capitalised or lowers[j + 1] == "the")
                ):
                    j += 1  # "The Lord of the Rings": one English name, "of the" inside
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
            if self.language == "id" and is_club_word(tokens[i].text):
                return False  # "Persikota Jakarta": a club and the town in its name
            if j == i + 1 and place[1].kind in _BRANCH_PLACES and j + place[0] == len(tokens):
                # "RKM Indonesia", "DPRD Jawa Tengah": a body's acronym and the country or
                # province of its branch
                return not is_acronym(tokens[i].text)
            return not (j == i + 1 and is_first_name(tokens[i].text) and place[1].kind != "acronym")
        if j == i + 1 and is_acronym(tokens[i].text) and not is_acronym(token.text):
            # "KSP Daniel Moore": an acronym, then a person; "AC Monza" stays one name
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
        if self.language == "id" and is_club_word(text):
            return "ORG", 2  # "Persikota", "Perseraya Tegal": a football club
        if role == ROLE_ORG and split:
            return "ORG", 2
        if words[0].lower == "the":
            return "ORG", 1  # "The Velvet Lanterns": no person's name opens with "The"; a
            # band, a paper, a show or a film: the words around it decide
        if after_title:
            return "PER", 3
        if is_acronym(text) and len(words) > 1:
            return "ORG", 2  # "PSBK Blitar", "DPRD Jawa Tengah": a body and its place or kind
        if (
            len(words) > 1
            and words[-1].lower in _PLACE_ENDINGS
            and not self.judge.is_written_lower(words[0].lower)
            and not is_derived_word(words[0].lower)  # "Sebelah Selatan": a side, not a place
        ):
            return "LOC", 2  # "Lombok Utara", "Kutai Barat"
        if words[0].lower in NAME_HONORIFICS and len(words) > 1:
            return "PER", 2  # "Raden …", "Teuku …"
        if (
            self.language == "en"
            and len(words) > 1
            and len(text.rstrip(".")) == 1
            and words[1].capitalised
        ):
            return "PER", 2  # "G Henson", "J. Smith": an initial, then a family name
        if any(not w.capitalised and w.lower in PERSON_PARTICLES for w in words):
            return "PER", 3  # "Umar bin Salim", "Taira no Kiyomori"
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
            return "MISC", 1  # "Gerakan Berbagi Pangan": affixed words make few names
        if self.language == "id" and all(w in english_words() for w in lowers):
            return "MISC", 1  # English words in Indonesian text: a title, a show, a product
        if (
            self.language == "en"
            and all(w in english_words() for w in lowers)
            and not is_first_name(lowers[0])
        ):
            return "MISC", 1  # "National Lottery", "Labour": ordinary words make no person
        if len(lowers) >= 5:
            return "MISC", 1
        if (
            self.language == "id"
            and len(lowers) == 2
            and not is_first_name(lowers[0])
            and not is_indonesian_word(lowers[0])
            and is_indonesian_word(lowers[1])
        ):
            return (
                "LOC",
                1,
            )  # "Lenggeru Hilang", "Tapanuli Dalam": a place, then a word that tells it apart
        return "PER", 1
