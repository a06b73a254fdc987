"""The words around a run that say what kind of name it is: "kata X", "di X", "X mengatakan".

`cue_before` reads the lower-case words just before a run (and, after a comma, the noun that a
name stands in apposition to: "kelompok tentara bayaran Sudan, Garda Hitam"); `cue_after` reads the
word after it. Both look at a few dozen characters only.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from reader.entities.clause import linked_class
from reader.entities.cue_words import (
    ADMIN_UNITS,
    COPULAS,
    DEFINING_ARTICLES,
    DEFINING_NOUNS,
    LANGUAGE_CUES,
    LOC_CUES,
    LOC_VERBS_AFTER,
    MISC_CUES,
    ORG_CUES,
    ORG_VERBS,
    PAIRED_CUES,
    PER_CUES,
    PER_VERBS_AFTER,
    RESIDENT_CUES,
    TITLE_CUES,
    WEAK_LOC_CUES,
)
from reader.entities.lexicon import is_first_name
from reader.entities.shape import is_sentence_start
from reader.entities.tokens import ROLE_ORG, ROLE_PER
from reader.entities.vocab import TITLE_PAIRS, TITLES, word_set

#: Roles whose complement is an organisation: "juru bicara X", "spokesman for X".
_ORG_ROLES = word_set(
    "bicara spokesman spokeswoman spokesperson direktur ketua kepala anggota pejabat pendiri "
    "ceo chairman chairwoman founder member official executive"
)
#: Descriptive nouns a name may follow after a comma ("kota pelabuhan …, Mombasa").
_APPOSITION_NOUNS = (ORG_CUES | MISC_CUES | TITLES | PER_CUES) - WEAK_LOC_CUES - word_set(
    "di ke in at near into across outside inside towards kata ujar ungkap tutur jelas tegas "
    "imbuh tambah sebut lanjut menurut oleh said says told according by"
) | word_set("kota kabupaten provinsi wilayah daerah kawasan desa pulau city town village")
_LOOKBACK = 60
_SPACES = " \u00a0\t"
_SKIPPED_IN_ACRONYMS = word_set("dan dari di ke untuk yang of and the for")
_APPOSITION_WORDS = 6
#: Words before a colon that credit a source: "Foto: X", "Sumber: X", "Photo: X".
_CREDIT_WORDS = word_set("foto photo sumber source kredit credit gambar image ilustrasi via")
#: Words before a source that may be a body as well as a person ("menurut BPS", "oleh
#: polisi"): a guess, not evidence.
_SOURCE_WORDS = word_set("menurut oleh by according")
#: Prepositions of place: a name right after one is a place or a body, not a person.
_PLACE_PREPOSITIONS = word_set("di ke in at")
#: Determiners that open an apposition defining the name before it ("X, sebuah band …").
_APPOSITION_ARTICLES = word_set("sebuah seorang suatu salah a an")
#: Class nouns that may open a sentence before the name they class ("Band X", "Film X"),
#: and that no name of an organisation or a work opens ("Media …", "Tim …", "Program …" may).
_OPENING_CLASS_NOUNS = (ORG_CUES | MISC_CUES) & word_set(
    "band film lagu album novel singel single serial sinetron maskapai startup"
)
#: Roles that belong to a body, and "of" after them: "CEO dari X", "anggota dari X".
_OF_WORDS = word_set("dari of")


class Cue(NamedTuple):
    """What the words before a run say: a label to apply, how strongly, and a role if any."""

    label: str = ""
    strength: int = 0
    role: str = ""
    language: bool = False  # "bahasa X": the name is a language
    unit: int = 0  # "desa X": the length of the lower-case unit word that belongs to the name
    single_only: bool = False  # the cue fits a one-word name only ("juru bicara Interpol")
    place: bool = False  # a preposition of place ("di X"): stronger than a given name's guess
    noun: bool = False  # a class noun ("band X"): stronger than any guess from X's words
    not_person: bool = False  # "the X": a determiner no person's name takes


_NO_CUE = Cue()
#: "the National Lottery", "the Six Nations": a thing or a body, not a person, whatever its words.
_DETERMINED = Cue("MISC", 1, not_person=True)


@functools.cache
def _words() -> re.Pattern[str]:
    """Words and the punctuation that ends an apposition."""
    return re.compile(r"[^\W\d_][\w'’-]*|[.;:!?()\"“”]")


@functools.cache
def _following() -> re.Pattern[str]:
    """The word after a name, past a comma."""
    return re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?([^\W\d_]+)")


@functools.cache
def _definition() -> re.Pattern[str]:
    """A copula or an apposition's determiner after a name, and the words after it:
    "( … ) , adalah sebuah band", ", seorang penyanyi" (case-insensitive)."""
    copulas = "|".join(sorted(COPULAS))
    articles = "|".join(sorted(_APPOSITION_ARTICLES))
    return re.compile(
        rf"[ \u00a0]*(?:\([^()\n]{{0,40}}\)[ \u00a0]*)?"
        rf"(?:(,)[ \u00a0]*((?i:{articles}))|((?i:{copulas})))[ \u00a0]+"
        rf"((?:[^\W\d_][\w-]*[ \u00a0]+){{0,3}}[^\W\d_][\w-]*)"
    )


@functools.cache
def _letters() -> re.Pattern[str]:
    """Runs of letters."""
    return re.compile(r"[^\W\d_]+")


@functools.cache
def _parenthesised_acronym() -> re.Pattern[str]:
    """An acronym in brackets."""
    return re.compile(r"[ \u00a0]*\(([A-Z][A-Z0-9&.-]{1,9})\)")


def cue_before(text: str, start: int) -> Cue:
    """The cue in the words just before `text[start:]`."""
    i = start
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    comma = i > 0 and text[i - 1] == ","
    if comma:
        i -= 1
        while i > 0 and text[i - 1] in _SPACES:
            i -= 1
    elif i == start:
        return _NO_CUE  # no space before the run: nothing to read
    if text[i - 1] == ":":
        return _credit_cue(text[max(0, i - 12) : i - 1])
    word_end = i
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in "'’-"):
        i -= 1
    if i == word_end or not text[i].islower():
        return _NO_CUE
    if comma:
        return _apposition_cue(text[max(0, word_end - _LOOKBACK) : word_end])
    lower = text[i:word_end].lower()
    before = text[max(0, i - _LOOKBACK) : i]
    linked, strength = linked_class(before, lower)
    if strength:  # "sebuah band bernama X": the class noun before the linker says what X is
        return Cue(linked, strength)
    cue = _adjacent_cue(before, lower)
    return cue._replace(unit=start - i) if cue.unit else cue


def _reduplicated(before: str, lower: str) -> bool:
    """True if `before` ends with `lower` itself, maybe and a hyphen: "anak anak", "anak - anak"
    (a plural by reduplication)."""
    tail = before.rstrip(" \u00a0-")
    return (
        tail[-len(lower) :].lower() == lower and not tail[-len(lower) - 1 : -len(lower)].isalpha()
    )


def _last_word(before: str) -> str:
    """The last word of `before`, lower case ("" if none)."""
    words = before.rsplit(None, 1)
    return words[-1].lower() if words else ""


def _adjacent_cue(before: str, lower: str) -> Cue:
    """The cue of the lower-case word `lower` right before a name (`before` is the text before it)."""
    previous = _last_word(before)
    if lower == "the":
        return _DETERMINED
    if (previous, lower) == ("ibu", "kota"):
        return Cue("LOC", 3)  # "Ibu Kota X": the capital of a state
    paired = PAIRED_CUES.get((previous, lower))
    if paired:  # "diterbitkan oleh X", "bermain untuk X": the verb says what X is
        return Cue(paired, 2)
    if (previous, lower) in TITLE_PAIRS or lower in TITLES:
        if lower in _ORG_ROLES:
            return Cue("ORG", 2, ROLE_ORG, single_only=True)
        return Cue(role=ROLE_PER)
    if lower in _ORG_ROLES:
        return Cue("ORG", 2, ROLE_ORG, single_only=True)
    if lower in ADMIN_UNITS:
        return Cue("LOC", 3, unit=1)
    if lower in LANGUAGE_CUES:
        return Cue("MISC", 3, language=True)
    if lower in TITLE_CUES:
        return Cue("MISC", 3)
    if lower in _OF_WORDS and previous in _ORG_ROLES:
        return Cue("ORG", 2, single_only=True)  # "CEO dari X": the body the role belongs to
    if lower in ORG_VERBS:
        return Cue("ORG", 2)
    if lower in ORG_CUES:
        return Cue("ORG", 2, noun=lower in DEFINING_NOUNS)
    if lower in LOC_CUES:
        return Cue("LOC", 2, place=lower in _PLACE_PREPOSITIONS)
    if lower in PER_CUES:
        if _reduplicated(before, lower):
            return _NO_CUE  # "anak-anak X": the children of a place as well as of a person
        return Cue("PER", 1 if lower in _SOURCE_WORDS else 2)
    if lower in MISC_CUES:
        return Cue("MISC", 2)
    if lower in WEAK_LOC_CUES or lower in RESIDENT_CUES:
        return Cue("LOC", 1)
    return _NO_CUE


def class_noun_cue(word: str) -> Cue:
    """The cue of a class noun that opens a sentence before a name ("Band X dibentuk …",
    "Film X disutradarai …"): an organisation's or a work's noun that is no head word and
    no given name ("Tim Cook" is a person)."""
    lower = word.lower()
    if lower not in _OPENING_CLASS_NOUNS or is_first_name(lower):
        return _NO_CUE
    return Cue("ORG" if lower in ORG_CUES else "MISC", 3)


def _credit_cue(before: str) -> Cue:
    """ "(Foto: X)", "Sumber: X": a credit names an agency or outlet, if X is one word."""
    word = before.rsplit(None, 1)[-1].lstrip("([").lower() if before.strip() else ""
    return Cue("ORG", 2, single_only=True) if word in _CREDIT_WORDS else _NO_CUE


def _apposition_cue(before: str) -> Cue:
    """ "kelompok tentara bayaran Sudan, Garda Hitam": the nearest descriptive noun before the comma."""
    words = _words().findall(before[-_LOOKBACK:])
    for word in reversed(words[-_APPOSITION_WORDS:]):
        if not word[0].isalpha():
            break
        lower = word.lower()
        if word[0].isupper() or lower not in _APPOSITION_NOUNS:
            continue
        if lower in TITLES:
            return Cue("PER", 2)
        cue = _adjacent_cue("", lower)
        return Cue(cue.label, min(cue.strength, 2)) if cue.label else _NO_CUE
    return _NO_CUE


def person_follows(text: str, end: int) -> bool:
    """True if a comma and a person's name (a given name, then another name word) follow
    `text[:end]`: "pelatih Persatria, Robert Hanson"."""
    found = _comma_and_name().match(text, end)
    return found is not None and is_first_name(found.group(1))


@functools.cache
def _comma_and_name() -> re.Pattern[str]:
    """A comma, then two capitalised words."""
    return re.compile(r"[ \u00a0]*,[ \u00a0]*([A-Z][\w'’-]+)[ \u00a0]+[A-Z]")


def says_place_after(text: str, end: int) -> bool:
    """True if the word after `text[:end]` says where something lies ("X terletak di")."""
    found = _following().match(text, end)
    return found is not None and found.group(1).lower() in LOC_VERBS_AFTER


def says_person_after(text: str, end: int) -> bool:
    """True if the word after `text[:end]` is a verb people do ("X mengatakan", "X said")."""
    found = _following().match(text, end)
    return found is not None and found.group(1).lower() in PER_VERBS_AFTER


def defined_as(text: str, start: int, end: int) -> str:
    """The label that a definition after the name `text[start:end]` gives it, or "".

    "X adalah sebuah band", "X merupakan kota di …", "X is a British singer", "X, seorang
    penyanyi …": the first defining noun within two words after the copula (or after the
    determiner of an apposition) says what X is; "seorang" alone says X is a person. A copula
    defines the name only if the name is the subject that opens the sentence ("Tempat yang
    … menurut kantor berita X adalah kota …" defines the place, not X).
    """
    found = _definition().match(text, end)
    if found is None:
        return ""
    apposition, article, _, following = found.groups()
    if not apposition and not is_sentence_start(text, start):
        return ""
    words = following.lower().split()
    if (not apposition and words[0] == "seorang") or (article or "").lower() == "seorang":
        return "PER"
    while words and words[0] in DEFINING_ARTICLES:
        words = words[1:]
    for word in words[:2]:
        label = DEFINING_NOUNS.get(word)
        if label:
            return label
    return ""


def spelled_out_in_lower_case(text: str, start: int, end: int) -> bool:
    """True for "(UGB)" after "unit gedung baru": an abbreviation of ordinary words, no name."""
    opening = text.rfind("(", max(0, start - 3), start)
    if opening < 0 or text[end : end + 3].strip()[:1] != ")":
        return False
    acronym = text[start:end].replace(".", "").upper()
    words = _letters().findall(text[max(0, opening - 120) : opening])
    for count in range(len(acronym), min(len(words), len(acronym) + 3) + 1):
        candidate = words[-count:]
        initials = "".join(w[0] for w in candidate if w.lower() not in _SKIPPED_IN_ACRONYMS)
        if initials.upper() == acronym:
            return all(w.islower() for w in candidate)
    return False


def acronym_after(text: str, end: int) -> str:
    """The acronym in brackets right after a name ("Kepala Staf Gabungan … (JCS)"), or ""."""
    found = _parenthesised_acronym().match(text, end)
    return found.group(1) if found else ""
