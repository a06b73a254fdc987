"""Which full name a short form stands for, decided mention by mention in its article.

Short forms are surnames and family names ("Santoso", "Park"), an institution's name
without its country ("Kementerian Perhubungan" for "… Jerman", "Harbour Board" for "US
Harbour Board"), and acronyms ("NTSB", "UE", "RRT"). The same short form can mean
different things in different articles ("Park" is
Park Hyun Woo in one and Park Ji Sung in another), so each mention is resolved in its
own article first (the full name used there, the most mentioned and then the first one), and
only then against the whole corpus (the most prominent full name).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.entities.acronyms import abbreviates, spellings
from reader.entities.aliases import initials
from reader.entities.clusters import COUNTRY_NODE, Clusters
from reader.entities.corpus_keys import ArticleKeys, CorpusKeys
from reader.entities.place_aliases import CountryNames

#: Least letters of an acronym read off a name used in other articles only ("BPNX").
_MIN_CORPUS_INITIALS = 4
_MAX_ACRONYM_WORDS = 8
#: A full name stands for a short form across the corpus only with at least this share of
#: its mentions (one in twenty): a name glued by mistake once never takes over.
_PROMINENCE = 20
#: A word glued to a name that is no part of it: an English word after a hyphen, or a long
#: lower-case word ("-nominated", "-led", "treasurer"; particles such as "bin" are short).
_NOT_A_NAME_PART = re.compile(r"-[a-z]+(?:ed|ing|er|ers|ish)\b|(?:^|\s)[a-z]{6,}\b")


@dataclass(slots=True)
class Here:
    """One article as short forms see it; the parts are worked out when first needed."""

    record: ArticleKeys
    definitions: dict[str, str]  # short key → the key it is defined as in brackets
    counts: Counter[str] | None = None  # group → mentions here
    first: dict[str, int] | None = None  # group → index of its first mention here
    spelled: dict[str, list[str]] | None = None  # initials → the article's names they spell
    people: dict[tuple[str, ...], list[tuple[str, str]]] | None = None  # like ShortForms.people


class ShortForms:
    """Resolves short-form mentions to the key of the full name they stand for."""

    def __init__(
        self,
        corpus: CorpusKeys,
        clusters: Clusters,
        label_of: Callable[[str], str],
        countries: CountryNames,
        fixed: set[str],
        group_of: dict[str, str],
        initials: dict[str, list[str]] | None = None,
    ) -> None:
        self.corpus = corpus
        self.clusters = clusters
        self.group_of = group_of  # key → its group, for every key of the corpus
        self.label_of = label_of
        self.countries = countries
        self.fixed = fixed  # keys the user's names file ties to one entity: never re-read
        self.people: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        self.org_fronts: dict[str, list[str]] = defaultdict(list)
        self.expansions: dict[str, Counter[str]] = defaultdict(Counter)
        self.defined: dict[int, dict[str, str]] = {}  # article position → its definitions
        self.by_initials: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[str, tuple[str, ...]] = {}  # key → acronyms its words spell
        self.person_names: set[str] = set()  # keys of full names of people
        self._prominent: dict[str, str] = {}  # surname → the most prominent full name
        self.group_size: Counter[str] = Counter()
        self._index()
        self._countries_cache: dict[tuple[str, str, bool], str] = {}
        self._spelled_by: dict[str, list[str]] | None = None  # acronym → names spelling it
        self._corpus_spelled: dict[str, str] = {}
        self._top_country: str | None = None
        spelled = {code for codes in self.spellings.values() for code in codes}
        acronyms = {
            key
            for key, row in corpus.keys.items()
            if row.acronym
            and (key in spelled or key in self.expansions or any(countries.acronym_candidates(key)))
        }
        #: keys whose mentions may stand for another name (the others always stand for their own)
        others = acronyms | set(self.expansions) | set(self.org_fronts)
        self.initials = initials or {}  # initials key → the several people they may be
        people = {" ".join(tokens) for tokens in self.people} | set(self.initials)
        self.short_keys = (others | people) - fixed
        self.person_only = people - others  # short forms that can only be people's names

    def _index(self) -> None:
        keys = self.corpus.keys
        for key, group in self.group_of.items():
            self.group_size[group] += keys[key].mentions
        for key in self.corpus.multi_word:
            row = keys[key]
            tokens = row.tokens
            if row.acronym:
                continue
            label = self.label_of(key)
            if label == "PER":
                if _whole_words(self.corpus.surfaces_of(row)):
                    self.person_names.add(key)
                    _add_cuts(self.people, key, tokens)
            elif len(tokens) <= _MAX_ACRONYM_WORDS:
                if row.spellings is None:  # never one of its own words: "BT Contoh" is no "BT"
                    row.spellings = tuple(c for c in spellings(tokens) if c not in tokens)
                self.spellings[key] = row.spellings
                self.by_initials[initials(tokens)].add(key)
                if label == "ORG":
                    if row.fronts is None:
                        row.fronts = _without_country(tokens, self.countries)
                    for front in row.fronts:
                        self.org_fronts[front].append(key)
        key_at = self.corpus.key_at
        for position, definitions in self.corpus.definitions.items():
            for definition in definitions:
                short, long = key_at(position, definition.short), key_at(position, definition.long)
                if self._may_define(short, long):
                    self.expansions[short][long] += 1
                    self.defined.setdefault(position, {}).setdefault(short, long)

    def _may_define(self, short: str, long: str) -> bool:
        """Whether "LONG (SHORT)" defines a short form, not a place or a club after a name."""
        if short == long or self.clusters.anchor(short) or short in self.fixed:
            return False
        keys = self.corpus.keys
        if keys[short].country or self.countries.country(keys[short].tokens):
            return False
        if short in keys[long].tokens:
            return False  # "… OF CONTOH (CONTOH)": a name written twice, not defined
        short_label, long_label = self.label_of(short), self.label_of(long)
        letters_match = abbreviates(short, keys[long].tokens)
        if "PER" in (short_label, long_label):
            return letters_match and short_label in ("PER", "MISC") and long_label == "PER"
        return letters_match or (keys[short].acronym and long_label in ("ORG", "MISC"))

    def needs_resolving(self, key: str, label: str) -> bool:
        """Whether a mention of `key` labelled `label` may stand for another name."""
        if key not in self.short_keys:
            return False
        if key in self.person_only:
            return label in ("PER", "MISC") or self.label_of(key) == "PER"
        return True

    def resolve(self, record: ArticleKeys, key: str, label: str, here: Here) -> str:
        """The key that mentions of `key` labelled `label` in `record` stand for (maybe `key`).

        `here` describes the article's groups (see `article_groups`).
        """
        row = self.corpus.keys[key]
        if key in self.initials:  # "M Santoso" where Maria or Mario is named
            present = self._groups_here(here)
            named = {self.find(full) for full in self.initials[key]} & set(present)
            return min(named) if len(named) == 1 else key
        if row.acronym or key in self.expansions:
            return self._acronym(record, key, here)
        if row.tokens in self.people and self._may_be_person(key, label):
            return self._person(record, key, label, here)
        if key in self.org_fronts and (label == "ORG" or self.label_of(key) == "ORG"):
            return self._org_front(key, here)
        return key

    def article_groups(self, record: ArticleKeys) -> Here:
        """The article, ready for `resolve`."""
        return Here(record, self.defined.get(record.position, {}))

    def _groups_here(self, here: Here) -> Counter[str]:
        """How many of the article's mentions each group has (and where each is first)."""
        if here.counts is None:
            group_of = self.group_of
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            for key, count in here.record.counts.items():
                group = group_of[key]
                counts[group] += count
                at = here.record.first[key]
                if first.get(group, at) >= at:
                    first[group] = at
            here.counts, here.first = counts, first
        return here.counts

    def _may_be_person(self, key: str, label: str) -> bool:
        if self.clusters.anchor(key):  # a country, city or watched name is not a surname
            return False
        return label in ("PER", "MISC") or self.label_of(key) == "PER"

    def _person(self, record: ArticleKeys, key: str, label: str, here: Here) -> str:
        if here.people is None:
            here.people = defaultdict(list)
            for full in record.counts:
                if full in self.person_names:
                    _add_cuts(here.people, full, self.tokens(full))
        tokens = self.tokens(key)
        in_article = here.people.get(tokens)
        if in_article:
            return self._best_here(in_article, here)
        if label != "PER":
            return key
        if len(tokens) > 1:
            return self._front_of_one(key, tokens)
        if key not in self._prominent:
            short = self.corpus.keys[key].mentions
            evidenced = [
                (full, side)
                for full, side in self.people[tokens]
                if self._usual_side(full, side) and self._prominent_enough(full, short)
            ]
            self._prominent[key] = (
                max(evidenced, key=lambda c: (self.group_size[self.find(c[0])], c[0]))[0]
                if evidenced
                else key
            )
        return self._prominent[key]

    def _prominent_enough(self, full: str, short_mentions: int) -> bool:
        """Whether a full name is used enough to stand for a short form used `short_mentions`
        times: a name glued by mistake ("Tim Santoso" once) never takes over "Santoso"."""
        return self.group_size[self.find(full)] * _PROMINENCE >= short_mentions

    def _front_of_one(self, key: str, tokens: tuple[str, ...]) -> str:
        """The one person whose full name starts with the words of `key` ("Sri Wahyuni" of
        "Sri Wahyuni Lestari"), or `key` when there are several or none."""
        if key not in self._prominent:
            mentions = self.corpus.keys[key].mentions
            fulls = [
                full
                for full, side in self.people.get(tokens, ())
                if side == "first" and self._prominent_enough(full, mentions)
            ]
            groups = {self.find(full) for full in fulls}
            self._prominent[key] = min(fulls) if len(groups) == 1 else key
        return self._prominent[key]

    def _usual_side(self, full: str, side: str) -> bool:
        """True when `full` is shortened to its `side` word ("Santoso": last; "Park": first)."""
        row = self.corpus.keys[full]
        if row.first_uses == row.last_uses == 0:
            return side == "last"
        return side == ("first" if row.family_first else "last")

    def _best_here(self, candidates: list[tuple[str, str]], here: Here) -> str:
        """The candidate used at its usual side, most often here, then first here."""
        if len(candidates) == 1:
            return candidates[0][0]

        def rank(candidate: tuple[str, str]) -> tuple[bool, int, int]:
            group = self.find(candidate[0])
            usual = not candidate[1] or self._usual_side(*candidate)
            return usual, counts[group], -first[group]

        counts = self._groups_here(here)
        first = here.first or {}
        return max(candidates, key=rank)[0]

    def _org_front(self, key: str, here: Here) -> str:
        fulls = self.org_fronts[key]
        present = self._groups_here(here)
        in_article = [(full, "") for full in fulls if self.find(full) in present]
        if in_article:
            return self._best_here(in_article, here)
        groups = {self.find(full) for full in fulls}
        if len(groups) != 1 or not self._prominent_enough(fulls[0], self.corpus.keys[key].mentions):
            return key  # "Contoh United" is no short form of a "Jersey Contoh United" written once
        return fulls[0]

    def _acronym(self, record: ArticleKeys, key: str, here: Here) -> str:
        if key in here.definitions:
            return here.definitions[key]
        country = self._country_acronym(key, record.language, official=False)
        if country:
            return country
        if here.spelled is None:
            here.spelled = defaultdict(list)
            for full in record.counts:
                for code in self.spellings.get(full, ()):
                    here.spelled[code].append(full)
        spelled = [(full, "") for full in here.spelled.get(key, ())]
        if spelled:
            return self._best_here(spelled, here)
        if key in self.expansions:
            return max(self.expansions[key].items(), key=lambda item: (item[1], item[0]))[0]
        country = self._country_acronym(key, record.language, official=True)
        if country:
            return country
        named = self.by_initials.get(key, set()) if len(key) >= _MIN_CORPUS_INITIALS else set()
        if len({self.find(full) for full in named}) == 1:
            return min(named)
        return self._spelled_with(key)

    def _spelled_with(self, key: str) -> str:
        """The one name of the corpus whose initials spell acronym `key` and that is written
        in an article with it ("UE" where "Uni Eropa" is written beside it), else `key`."""
        if self._spelled_by is None:
            self._spelled_by = defaultdict(list)
            for full, codes in self.spellings.items():
                for code in codes:
                    self._spelled_by[code].append(full)
        found = self._corpus_spelled.get(key)
        if found is None:
            keys = self.corpus.keys
            row = keys[key]
            fulls = [
                full
                for full in self._spelled_by.get(key, ())
                if self.label_of(full) != "PER" and self.corpus.share_article(row, keys[full])
            ]
            groups = {self.find(full) for full in fulls}
            found = self._corpus_spelled[key] = min(fulls) if len(groups) == 1 else key
        return found

    def _country_acronym(self, key: str, language: str, official: bool) -> str:
        """The country node for a country acronym, the one the corpus names most."""
        cache_key = (key, language, official)
        if cache_key not in self._countries_cache:
            self._countries_cache[cache_key] = self._country_for_acronym(key, language, official)
        return self._countries_cache[cache_key]

    def _country_for_acronym(self, key: str, language: str, official: bool) -> str:
        plain, formal = self.countries.acronym_candidates(key, language)
        codes = formal if official else plain
        if not codes:
            return ""
        named = {code: self.group_size[self.find(COUNTRY_NODE + code)] for code in codes}
        best = max(
            sorted(codes), key=lambda code: (named[code], self.countries.population.get(code, 0))
        )
        if official and (named[best] == 0 or (len(key) < 3 and best != self._most_named_country())):
            return ""  # "RI" is Indonesia where Indonesia is the country the corpus names most
        return COUNTRY_NODE + best

    def _most_named_country(self) -> str:
        """The code of the country with the most mentions in the corpus."""
        if self._top_country is None:
            sizes = {
                root[len(COUNTRY_NODE) :]: self.group_size[self.find(root)]
                for root in self.clusters.anchors()
                if root.startswith(COUNTRY_NODE)
            }
            self._top_country = max(sorted(sizes), key=sizes.__getitem__) if sizes else ""
        return self._top_country

    def find(self, key: str) -> str:
        return self.group_of.get(key) or self.clusters.find(key)

    def tokens(self, key: str) -> tuple[str, ...]:
        return self.corpus.keys[key].tokens


def _add_cuts(
    index: dict[tuple[str, ...], list[tuple[str, str]]], key: str, tokens: tuple[str, ...]
) -> None:
    """Index a full name under each of its fronts and ends ("park", "park hyun", "hyun woo", "woo")."""
    for cut in range(1, len(tokens)):
        index[tokens[:cut]].append((key, "first"))
        index[tokens[cut:]].append((key, "last"))


def _whole_words(forms: Iterable[str]) -> bool:
    """True when a person's name is written as names: not "Contoh-nominated" or "Contoh
    treasurer" (a hyphenated Korean given name such as "Tae-yong" is a name)."""
    return all(not _NOT_A_NAME_PART.search(form) for form in forms)


def _without_country(tokens: tuple[str, ...], countries: CountryNames) -> tuple[str, ...]:
    """An institution's name without the country after or before it: "Kementerian Luar
    Negeri" of "… Jerman", "Harbour Board" of "US Harbour Board"."""
    found = [
        " ".join(tokens[:cut]) for cut in range(1, len(tokens)) if countries.country(tokens[cut:])
    ]
    found.extend(
        " ".join(tokens[cut:])
        for cut in range(1, len(tokens) - 1)
        if countries.country(tokens[:cut])
        or (cut == 1 and countries.acronym_candidates(tokens[0])[0])
    )
    return tuple(found)
