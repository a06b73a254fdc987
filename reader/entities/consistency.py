"""The corpus-wide pass over recognised mentions: one surface form, one label.

A name's label is often only a guess where it stands ("Kremlin mengonfirmasi …") and certain
elsewhere ("juru bicara Kremlin Dmitry Peskov"). This pass lets the certain uses decide the
guessed ones:

1. a one-word name that is part of a longer person's name in the same article is that person
   ("Kim" after "Kim Jong Un", "Watson" after "Adrienne Watson"), if that longer name is a
   person's on evidence (a title, a given name, a cue), not only by default;
2. otherwise the labels the corpus gives the same surface form with evidence (strength 2 or 3)
   vote, and parts of person names elsewhere in the corpus vote for PER;
3. an acronym nobody labelled takes the label of a name in the corpus it abbreviates
   ("RRDK" ← "Republik Rakyat Demokratik Korea").

Labels the words themselves fix (strength 3: "bahasa Korea", a head word, a title) stay.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from reader.entities.model import Mention
from reader.entities.recognize import Scored
from reader.entities.vocab import word_set

_SPLIT = re.compile(r"[\s\-‐]+")
_FUNCTION_WORDS = word_set("of the and for dan di ke dari untuk de la le du des van von bin binti")
#: A corpus vote of a name part counts this much (a mention with evidence counts its strength).
_PART_VOTE = 2


def harmonise(scored: Mapping[str, list[Scored]]) -> dict[str, list[Mention]]:
    """Relabel guessed mentions from the evidence elsewhere; article id → mentions."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    acronyms: dict[str, Counter[str]] = defaultdict(Counter)
    parts_by_article: dict[str, set[str]] = {}
    for article_id, found in scored.items():
        parts: set[str] = set()
        for item in found:
            key = item.text.casefold()
            if item.strength >= 2:
                votes[key][item.mention.label] += item.strength
            words = _SPLIT.split(item.text)
            if len(words) > 1:
                if item.mention.label == "PER" and item.strength >= 2:
                    parts.update(w.casefold() for w in words if w)
                if item.strength >= 2:
                    acronym = _initials(words)
                    if len(acronym) >= 2:
                        acronyms[acronym][item.mention.label] += 1
        parts_by_article[article_id] = parts
        for part in parts:
            votes[part]["PER"] += _PART_VOTE
    return {
        article_id: [_decide(item, parts_by_article[article_id], votes, acronyms) for item in found]
        for article_id, found in scored.items()
    }


def _decide(
    item: Scored,
    parts: set[str],
    votes: Mapping[str, Counter[str]],
    acronyms: Mapping[str, Counter[str]],
) -> Mention:
    """The label `item` keeps or takes from the evidence elsewhere (see the module docstring)."""
    mention = item.mention
    if item.strength >= 3:
        return mention
    key = item.text.casefold()
    single = " " not in item.text
    if single and item.strength <= 2 and key in parts and not item.text.isupper():
        return _labelled(mention, "PER")
    tally = votes.get(key)
    if tally:
        label, weight = tally.most_common(1)[0]
        if weight > tally.get(mention.label, 0):
            return _labelled(mention, label)
        return mention
    if single and item.text.isupper() and item.strength <= 1:
        expansions = acronyms.get(item.text.replace(".", ""))
        if expansions:
            return _labelled(mention, expansions.most_common(1)[0][0])
    return mention


def _labelled(mention: Mention, label: str) -> Mention:
    """`mention` with `label`."""
    return mention if mention.label == label else replace(mention, label=label)  # type: ignore[arg-type]


def _initials(words: list[str]) -> str:
    """The acronym of a name: first letters of its words, function words skipped."""
    return "".join(w[0] for w in words if w and w.casefold() not in _FUNCTION_WORDS).upper()
