"""Names opened by a head word ("Kementerian …", "Desa …", "Republik …", "Perang …") or closed
by a tail word ("… Inc", "… University", "… River"), for the run parser.

`HeadReader` holds the part of the reading that follows a head or looks for a tail; the
`RunParser` (parse.py) builds on it.
"""

from __future__ import annotations

from reader.entities.gazetteer import gazetteer
from reader.entities.tokens import (
    STRONG_KINDS,
    Span,
    Token,
    joins,
    tokenize,
)
from reader.entities.vocab import (
    COORDINATORS,
    GEO_QUALIFIERS,
    LOC_HEAD_PAIRS,
    LOC_HEADS,
    LOC_TAILS,
    MISC_HEADS,
    MISC_TAILS,
    NAME_JOINERS,
    ORG_HEAD_PAIRS,
    ORG_HEADS,
    ORG_TAILS,
    STATE_HEADS,
    TITLES,
    word_set,
)
from reader.entities.words import WordJudge, is_acronym

#: Heads of schools' names, which end with the school's town or region whatever comes
#: before it ("Institut Seni Budaya Jawa Barat", "Politeknik STP Bali").
_CAMPUS_HEADS = word_set(
    "universitas institut politeknik akademi sekolah perguruan university institute college "
    "academy school"
)
_HEAD_WORDS = ORG_HEADS | LOC_HEADS | MISC_HEADS | STATE_HEADS
#: English place heads that also end names but open them without "of": "Mount Everest",
#: "Lake Geneva", "River Thames" (not "Gulf", "Bay", "Sea": "Gulf of Mexico").
_PREFIX_HEADS = word_set("mount lake river")
#: Buildings that stand for the institution they house when their name is ordinary words.
_INSTITUTION_BUILDINGS = frozenset({"gedung", "istana"})


class HeadReader:
    """Reads the names that a head word opens or a tail word closes."""

    def __init__(self, judge: WordJudge) -> None:
        """Read names for one corpus and language through `judge`."""
        self.judge = judge
        self.language = judge.language

    def _generic(self, tokens: list[Token], start: int, end: int) -> bool:
        """True if tokens[start:end] are only heads and ordinary words ("Angkatan Laut")."""
        return all(
            not t.capitalised or t.lower in ORG_HEADS or self.judge.is_modifier(t.lower)
            for t in tokens[start:end]
        )

    def is_generic(self, words: str) -> bool:
        """True if `words` are a head word and ordinary words only, no place and no name of
        their own: "Sekolah Kejuruan", "Dusun Tengah" (a kind of school, of hamlet)."""
        tokens = tokenize(words)
        if not tokens or tokens[0].lower not in _HEAD_WORDS:
            return False
        lowers = [t.lower for t in tokens]
        return all(
            not t.capitalised
            or (self.judge.is_modifier(t.lower) and gazetteer().match(lowers, k) is None)
            for k, t in enumerate(tokens[1:], 1)
        )

    # -- names opened by a head word ----------------------------------------------------------

    def _headed(self, tokens: list[Token], i: int, role: str) -> tuple[int, Span | None]:
        """A name opened by a state, place, organisation or event head at `i`, or None."""
        lower = tokens[i].lower
        pair = (lower, tokens[i + 1].lower) if i + 1 < len(tokens) else None
        if lower in STATE_HEADS and self._state_follows(tokens, i):
            return self._place_named(tokens, i, "LOC")
        if pair in LOC_HEAD_PAIRS or (lower in LOC_HEADS and self._leads(tokens, i, LOC_TAILS)):
            return self._place_named(tokens, i, "LOC")
        if pair in ORG_HEAD_PAIRS or (lower in ORG_HEADS and self._leads(tokens, i, ORG_TAILS)):
            return self._organisation(tokens, i, role)
        if lower in MISC_HEADS and self._leads(tokens, i, MISC_TAILS):
            return self._place_named(tokens, i, "MISC")
        return i, None

    def _leads(self, tokens: list[Token], i: int, tails: frozenset[str]) -> bool:
        """A head opens a name if followed by one; English heads that also end names need "of"."""
        if i + 1 >= len(tokens):
            return False
        following = tokens[i + 1]
        lower = tokens[i].lower
        if lower in tails and self.language != "id":
            if lower in _PREFIX_HEADS and following.capitalised and not self._tail_ahead(tokens, i):
                return True  # "Mount Everest", "Lake Geneva", "River Thames"
            return following.lower in {"of", "for", "de"} and i + 2 < len(tokens)
        return following.capitalised or (following.lower in NAME_JOINERS and i + 2 < len(tokens))

    @staticmethod
    def _tail_ahead(tokens: list[Token], i: int) -> bool:
        """True if a capitalised word after tokens[i] ends a name of any kind ("Lake Forest
        College", "River Plate Stadium"): that word, not the head, says what the name is."""
        for token in tokens[i + 1 :]:
            if not token.capitalised:
                return False
            if token.lower in ORG_TAILS or token.lower in LOC_TAILS or token.lower in MISC_TAILS:
                return True
        return False

    def _state_follows(self, tokens: list[Token], i: int) -> bool:
        """ "Republik …", "Kingdom of …", "Federasi Mikronesia": a state's formal name."""
        if i + 1 >= len(tokens):
            return False
        if tokens[i].lower in {"federasi", "federation", "uni", "union"}:
            rest = [t.lower for t in tokens]
            j = i + 2 if tokens[i + 1].lower == "of" else i + 1
            return j < len(tokens) and gazetteer().match(rest, j) is not None
        return True

    def _place_named(self, tokens: list[Token], i: int, label: str) -> tuple[int, Span | None]:
        """A head and the name after it; chained place heads stay one name ("Kabupaten X Provinsi Y")."""
        j = i + 1
        n = len(tokens)
        while j < n:
            token = tokens[j]
            if not token.capitalised:
                if joins(token) and j + 1 < n and tokens[j + 1].capitalised:
                    j += 1
                    continue
                break
            if (
                j > i + 1
                and j + 1 < n
                and tokens[j + 1].capitalised
                and self.judge.starts_person(token.text, foreign=True)
            ):
                break  # "Gedung Sate Sarah Mitchell": a person after the place
            j += 1
        while j > i + 1 and not tokens[j - 1].capitalised:
            j -= 1
        if j <= i + 1 and (tokens[i].lower, tokens[min(i + 1, n - 1)].lower) not in LOC_HEAD_PAIRS:
            return i + 1, None
        if tokens[i].lower in _INSTITUTION_BUILDINGS and self._generic(tokens, i + 1, j):
            label = "ORG"
        return j, Span(tokens[i].start, tokens[j - 1].end, label, 3)

    def _organisation(self, tokens: list[Token], i: int, role: str) -> tuple[int, Span | None]:
        """An organisation opened by a head: generic words, then distinctive ones, maybe a country."""
        n = len(tokens)
        lowers = [t.lower for t in tokens]
        j = i + (2 if i + 1 < n and (lowers[i], lowers[i + 1]) in ORG_HEAD_PAIRS else 1)
        distinctive = False
        while j < n:
            token = tokens[j]
            if not token.capitalised:
                if token.lower in COORDINATORS:
                    if j + 1 < n and self.judge.is_modifier(lowers[j + 1]) and not distinctive:
                        j += 1
                        continue
                    break
                if joins(token) and j + 1 < n and tokens[j + 1].capitalised:
                    j += 1
                    continue
                break
            place = gazetteer().match(lowers, j)
            if place is not None and place[1].kind in STRONG_KINDS:
                if distinctive and not (
                    lowers[i] in _CAMPUS_HEADS and j + place[0] >= n
                ):  # "Politeknik STP Bali": a school's name ends with its town or region
                    break
                j += place[0]
                while j < n and tokens[j].capitalised and lowers[j] in GEO_QUALIFIERS:
                    j += 1
                break
            if token.lower in TITLES and token.lower not in ORG_HEADS:
                break
            if (
                j + 1 < n
                and tokens[j + 1].capitalised
                and self.judge.starts_person(token.text)
                and not self.judge.is_modifier(token.lower)
                and (role or distinctive or j > i + 1)
            ):
                break  # "Departemen Perdagangan Sarah Mitchell": the spokesperson follows
            if self.judge.is_modifier(token.lower) and not distinctive:
                j += 1
                continue
            if is_acronym(token.text) and distinctive and role:
                break
            distinctive = True
            j += 1
            if is_acronym(token.text) and role and j < n and tokens[j].capitalised:
                break
        while j > i + 1 and not tokens[j - 1].capitalised:
            j -= 1
        if j <= i + 1 and (i + 1 >= n or (lowers[i], lowers[i + 1]) not in ORG_HEAD_PAIRS):
            return i + 1, None
        return j, Span(tokens[i].start, tokens[j - 1].end, "ORG", 3)

    # -- names closed by a tail word ------------------------------------------------------------

    def _tailed(self, tokens: list[Token], i: int) -> tuple[int, Span | None]:
        """A name whose last word says what it is: "Standard Oil Co", "Leiden School of …"."""
        n = len(tokens)
        found = -1
        label = ""
        for j in range(i + 1, n):
            token = tokens[j]
            if not token.capitalised:
                if token.lower in COORDINATORS:
                    break
                continue
            if token.lower in TITLES and token.lower not in ORG_TAILS | LOC_TAILS | MISC_TAILS:
                break
            if token.lower in ORG_TAILS:
                found, label = j, "ORG"
            elif token.lower in LOC_TAILS:
                found, label = j, "LOC"
            elif token.lower in MISC_TAILS:
                found, label = j, "MISC"
        if found < 0:
            return i, None
        j = found + 1
        region = gazetteer().match([t.lower for t in tokens], j) if j < n else None
        if region is not None and region[1].kind == "region":
            j += region[0]  # "Radio Free Asia": a region after the tail still names the body
        elif j + 1 < n and tokens[j].lower in {"of", "for", "de"} and tokens[j + 1].capitalised:
            j += 2
            while j < n and tokens[j].capitalised:
                j += 1
        return j, Span(tokens[i].start, tokens[j - 1].end, label, 3)

    # -- places from the gazetteer ------------------------------------------------------------
