"""The corpus-wide pass over recognised mentions: one surface form, one label.

A name's label is often only a guess where it stands ("Interpol mengonfirmasi …") and certain
elsewhere ("juru bicara Interpol Sarah Mitchell"). This pass lets the certain uses decide the
guessed ones:

1. a one-word name that is part of a longer person's name in the same article is that person
   ("Halvorsen" after "Ingrid Halvorsen", "Mitchell" after "Sarah Mitchell"), if that longer name is a
   person's on evidence (a title, a given name, a cue), not only by default, and the corpus
   does not surely name the word as something else;
2. otherwise the labels the corpus gives the same surface form with evidence (strength 2 or 3)
   vote, and parts of person names elsewhere in the corpus vote for PER; the guesses count a
   little too, so that a few odd uses cannot relabel a form the corpus uses hundreds of times
   ("Tahun" inside one misread name does not make every "Tahun" a person);
3. an acronym nobody labelled takes the label of a name in the corpus it abbreviates
   ("RDK" ← "Republik Demokratik Kongo").

Labels the words themselves fix (strength 3: "bahasa Korea", a head word, a title) stay.

`LabelVotes` takes the articles one at a time and keeps only what the decision needs, packed
in arrays (a few ints per mention, each distinct surface once), so that a whole corpus's scan
results never sit in memory as objects; `harmonise` is the one-call form.
"""

from __future__ import annotations

import contextlib
import gc
import re
from array import array
from collections.abc import Iterator, Mapping

from reader.entities.adjacent import Scored
from reader.entities.evidence import CaseEvidence
from reader.entities.model import LABELS, Mention
from reader.entities.vocab import word_set

_SPLIT = re.compile(r"[\s\-‐]+")
_FUNCTION_WORDS = word_set("of the and for dan di ke dari untuk de la le du des van von bin binti")
#: A corpus vote of a name part counts this much (a mention with evidence counts its strength).
_PART_VOTE = 2
#: A guessed mention (strength 1) counts this much for its own label.
_GUESS_VOTE = 0.25
_LABEL_INDEX = {label: index for index, label in enumerate(LABELS)}
_WIDTH = len(LABELS)
_NO_PARTS: frozenset[int] = frozenset()


class LabelVotes:
    """Collects every article's scored mentions, then decides each one's label (see module).

    `evidence` (optional) keeps ordinary words out of the person-name parts: a word the corpus
    writes in lower case at least as often as capitalised is no surname.
    """

    def __init__(self, evidence: CaseEvidence | None = None) -> None:
        self._evidence = evidence
        self._surfaces: list[str] = []  # surface id → text
        self._surface_ids: dict[str, int] = {}
        self._key_ids: dict[str, int] = {}  # casefolded surface or name part → key id
        self._surface_keys = array("i")  # surface id → key id
        self._votes = array("i")  # key id × label → weight of the mentions with evidence
        self._guesses = array("i")  # key id × label → number of guessed mentions
        self._part_votes = array("i")  # key id → articles naming a person with it as a part
        self._acronyms: dict[str, list[int]] = {}  # initials → count per label
        # article id → its mentions, four ints each: block, start, end, and
        # surface × 16 + label × 4 + strength
        self._articles: dict[str, array] = {}
        self._parts: dict[str, frozenset[int]] = {}  # article id → key ids of person-name parts
        self._decided: dict[int, str] = {}  # packed surface, label and strength → label

    def add(self, article_id: str, found: list[Scored]) -> None:
        """Count the votes of one article's mentions and keep them, packed, for `decide`."""
        packed = array("i")
        parts: set[int] = set()
        votes = self._votes
        for item in found:
            surface = self._surface(item.text)
            label = _LABEL_INDEX[item.label]
            strength = item.strength
            packed.extend((item.block, item.start, item.end, surface * 16 + label * 4 + strength))
            key = self._surface_keys[surface]
            if strength >= 2:
                votes[key * _WIDTH + label] += strength
            else:
                self._guesses[key * _WIDTH + label] += 1
            if strength < 2 or (" " not in item.text and "-" not in item.text):
                continue
            words = [w for w in _SPLIT.split(item.text) if w]
            if len(words) < 2:
                continue
            if label == 0:  # PER
                parts.update(self._key(w.casefold()) for w in words if not self._ordinary(w))
            acronym = _initials(words)
            if len(acronym) >= 2:
                self._acronyms.setdefault(acronym, [0] * _WIDTH)[label] += 1
        for part in parts:
            self._part_votes[part] += 1
        self._articles[article_id] = packed
        if parts:
            self._parts[article_id] = frozenset(parts)

    def decide(self) -> dict[str, list[Mention]]:
        """Every article's mentions with their decided labels; the packed data is let go."""
        with _no_cycle_collection():  # a burst of acyclic objects: nothing for the collector
            decided = {id_: list(self._mentions(id_)) for id_ in self._articles}
        self._articles.clear()
        self._decided.clear()
        return decided

    def take(self, article_id: str) -> list[Mention] | None:
        """One added article's mentions with their decided labels (the same as `decide`
        gives it), its packed data let go; None when it was not added or already taken.

        Taking the articles one at a time keeps a corpus's mentions from all being objects
        at once. Call it only once every article has been added.
        """
        if article_id not in self._articles:
            return None
        mentions = list(self._mentions(article_id))
        del self._articles[article_id]
        self._parts.pop(article_id, None)
        return mentions

    def pending(self) -> list[str]:
        """The ids of the added articles not taken yet, in the order they were added."""
        return list(self._articles)

    def _mentions(self, article_id: str) -> Iterator[Mention]:
        """The decided mentions of one article, in order."""
        packed = self._articles[article_id]
        parts = self._parts.get(article_id, _NO_PARTS)
        decided = self._decided
        fields = iter(packed)
        for block, start, end, code in zip(fields, fields, fields, fields, strict=True):
            if parts and code & 3 < 3 and self._is_part(code >> 4, parts):
                label = "PER"
            else:
                label = decided.get(code)
                if label is None:
                    label = decided[code] = LABELS[
                        self._label(code >> 4, (code >> 2) & 3, code & 3)
                    ]
            yield Mention(block, start, end, label)

    def _is_part(self, surface: int, parts: frozenset[int]) -> bool:
        """True if a one-word surface is part of a person's name named in the same article,
        and the corpus does not name it surely as something else ("di Korut" many times
        outweighs one "Pemimpin Korvania Song …" misread as a person)."""
        key = self._surface_keys[surface]
        if key not in parts:
            return False
        text = self._surfaces[surface]
        if " " in text or text.isupper():
            return False
        base = key * _WIDTH
        person = self._votes[base] + _PART_VOTE * self._part_votes[key]
        return all(self._votes[base + other] <= person for other in range(1, _WIDTH))

    def _label(self, surface: int, label: int, strength: int) -> int:
        """The label index a mention keeps or takes from the votes of the whole corpus."""
        if strength >= 3:
            return label
        text = self._surfaces[surface]
        key = self._surface_keys[surface]
        base = key * _WIDTH
        votes, guesses = self._votes, self._guesses
        parts = _PART_VOTE * self._part_votes[key]
        kept = (
            votes[base + label] + _GUESS_VOTE * guesses[base + label] + (parts if label == 0 else 0)
        )
        best, best_weight, any_sure = label, kept, False
        for other in range(_WIDTH):
            sure = votes[base + other] + (parts if other == 0 else 0)
            if sure:
                any_sure = True
                weight = sure + _GUESS_VOTE * guesses[base + other]
                if weight > best_weight:
                    best, best_weight = other, weight
        if best != label:
            return best
        if " " not in text and text.isupper() and strength <= 1 and not any_sure:
            expansions = self._acronyms.get(text.replace(".", ""))
            if expansions:
                return max(range(_WIDTH), key=expansions.__getitem__)
        return label

    def _surface(self, text: str) -> int:
        """The id of a surface form (each distinct text is kept once)."""
        surface = self._surface_ids.get(text)
        if surface is None:
            surface = len(self._surfaces)
            self._surfaces.append(text)
            self._surface_ids[text] = surface
            self._surface_keys.append(self._key(text.casefold()))
        return surface

    def _key(self, key: str) -> int:
        """The id of a vote key, with room for its votes."""
        found = self._key_ids.get(key)
        if found is None:
            found = len(self._key_ids)
            self._key_ids[key] = found
            self._votes.extend((0,) * _WIDTH)
            self._guesses.extend((0,) * _WIDTH)
            self._part_votes.append(0)
        return found

    def _ordinary(self, word: str) -> bool:
        """True if the corpus writes `word` in lower case at least as often as capitalised."""
        if self._evidence is None:
            return False
        lower = word.lower()
        low = self._evidence.lower.get(lower, 0)
        return low > 0 and low >= self._evidence.capital.get(lower, 0)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a burst of acyclic objects is made: each of its full
    passes would walk every object of the corpus for no garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def harmonise(
    scored: Mapping[str, list[Scored]], evidence: CaseEvidence | None = None
) -> dict[str, list[Mention]]:
    """Relabel guessed mentions from the evidence elsewhere; article id → mentions."""
    votes = LabelVotes(evidence)
    for article_id, found in scored.items():
        votes.add(article_id, found)
    return votes.decide()


def _initials(words: list[str]) -> str:
    """The acronym of a name: first letters of its words, function words skipped."""
    return "".join(w[0] for w in words if w.casefold() not in _FUNCTION_WORDS).upper()
