"""The words around a run that say what kind of name it is: "kata X", "di X", "X mengatakan".

`cue_before` reads the lower-case words just before a run (and, after a comma, the noun that a
name stands in apposition to: "kelompok tentara bayaran Sudan, Garda Hitam"); `cue_after` reads the
word after it. Both look at a few dozen characters only.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from reader.entities.lexicon import is_first_name
from reader.entities.shape import is_sentence_start
from reader.entities.tokens import ROLE_ORG, ROLE_PER
from reader.entities.vocab import (
    ADMIN_UNITS,
    COPULAS,
    DEFINING_ARTICLES,
    DEFINING_NOUNS,
    LANGUAGE_CUES,
    LOC_CUES,
    MISC_CUES,
    ORG_CUES,
    ORG_VERBS,
    PAIRED_CUES,
    PER_CUES,
    PER_VERBS_AFTER,
    TITLE_CUES,
    TITLE_PAIRS,
    TITLES,
    WEAK_LOC_CUES,
    word_set,
)

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


class Cue(NamedTuple):
    """What the words before a run say: a label to apply, how strongly, and a role if any."""

    label: str = ""
    strength: int = 0
    role: str = ""
    language: bool = False  # "bahasa X": the name is a language
    unit: int = 0  # "desa X": the length of the lower-case unit word that belongs to the name
    single_only: bool = False  # the cue fits a one-word name only ("juru bicara Interpol")
    place: bool = False  # a preposition of place ("di X"): stronger than a given name's guess


_NO_CUE = Cue()


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
    cue = _adjacent_cue(text[max(0, i - 20) : i], text[i:word_end].lower())
    return cue._replace(unit=start - i) if cue.unit else cue


def _adjacent_cue(before: str, lower: str) -> Cue:
    """The cue of the lower-case word `lower` right before a name (`before` is the text before it)."""
    previous = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
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
    if lower in ORG_VERBS:
        return Cue("ORG", 2)
    if lower in ORG_CUES:
        return Cue("ORG", 2)
    if lower in LOC_CUES:
        return Cue("LOC", 2, place=lower in _PLACE_PREPOSITIONS)
    if lower in PER_CUES:
        return Cue("PER", 1 if lower in _SOURCE_WORDS else 2)
    if lower in MISC_CUES:
        return Cue("MISC", 2)
    if lower in WEAK_LOC_CUES:
        return Cue("LOC", 1)
    return _NO_CUE


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
