"""Rules over the neighbouring names of one block, after each run has been read alone.

Some evidence lies between two names rather than around one: a list ("Bandung, Cimahi dan
Garut" are of one kind), a hyphen between spaces ("Ji - Woo" is one name), a score ("X 2-1 Y":
two teams), brackets ("Kopdasi (Koperasi …)": a name and its expansion are of one kind), and
the generational suffix after a person's name ("… Jr."). Each rule looks for its sign in the
block's text with one substring test before it looks at the mentions, so blocks without the
sign cost nothing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from reader.entities.cue_words import MATCH_VERBS
from reader.entities.model import Mention

_LIST_GAP = re.compile(r"\s*(?:,|;|/|&|–|\s-\s|dan|and|atau|or|serta|,\s*dan|,\s*and|,\s*or)\s*$")
#: The longest text between two listed names (", serta ", " atau ").
_LONGEST_LIST_GAP = 10


class Scored(NamedTuple):
    """A name found in a block (`block.text[start:end]`), its label and how sure the label is:
    3 the words say so, 2 context, 1 a guess. A plain tuple, so that a scan makes no objects
    it does not need; `mention` gives the `Mention`."""

    block: int
    start: int
    end: int
    label: str
    strength: int
    text: str  # the surface text

    @property
    def mention(self) -> Mention:
        """The mention this names (no entity id yet)."""
        return Mention(self.block, self.start, self.end, self.label)  # type: ignore[arg-type]


@functools.cache
def _suffix() -> re.Pattern[str]:
    """A generational suffix after a person's name: "Jr.", ", Sr." (space-split text too)."""
    return re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:Jr|Sr)\b(?:[ \u00a0]?\.)?")


@functools.cache
def _score() -> re.Pattern[str]:
    """A match score between or after two names: "2-1", "3 - - 3", "1:0"."""
    return re.compile(r"[ \u00a0]+\d{1,2}[ \u00a0]*(?:[-–—:][ \u00a0]*){1,2}\d{1,2}(?![\w.,]\d)")


#: What may stand between two teams when the score follows them ("X ditahan Y 3-3").
_MATCH_GAP = re.compile(
    r"^[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:[a-z]+|vs\.?|v\.?)[ \u00a0]+$|^[ \u00a0]*[-–—][ \u00a0]*$"
)
#: What may follow a score: the end of a clause, or a preposition, not a unit ("2-3 kali").
_AFTER_SCORE = re.compile(
    r"^(?:[ \u00a0]*[^\w \u00a0]|[ \u00a0]*$|[ \u00a0]+(?:pada|di|dalam|dan|in|on|at|and|after|setelah|lewat)\b)"
)


def adjust(found: list[Scored], text: str) -> list[Scored]:
    """The block's mentions after every neighbour rule (see the module docstring)."""
    if not found:
        return found
    if "Jr" in text or "Sr" in text:
        found = _with_suffixes(found, text)
    if len(found) >= 2:
        found = _coordinated(found, text)
        if " - " in text:
            found = _hyphen_joined(found, text)
        if "(" in text:
            found = _bracketed(found, text)
    if _score().search(text):
        found = _teams_in_scores(found, text)
    return found


def _with_suffixes(found: list[Scored], text: str) -> list[Scored]:
    """ "Harold Belafonte, Jr." / "Martin Luther King Jr.": the suffix is part of the name."""
    result = []
    for item in found:
        if item.label == "PER":
            suffix = _suffix().match(text, item.end)
            if suffix is not None:
                item = item._replace(end=suffix.end(), text=text[item.start : suffix.end()])
        result.append(item)
    return result


def _coordinated(found: list[Scored], text: str) -> list[Scored]:
    """Names listed together ("Cibeber, Cikalong dan Cidaun") are of one kind: guessed labels in a
    list take the label its surer members agree on."""
    groups: list[list[int]] = [[0]]
    for k in range(1, len(found)):
        gap_start, gap_end = found[k - 1].end, found[k].start
        if (
            gap_end - gap_start <= _LONGEST_LIST_GAP
            and _LIST_GAP.match(text, gap_start, gap_end)
            and not _is_dateline(found[k - 1])
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    result = list(found)
    for group in groups:
        if len(group) < 2:
            continue
        if len(group) == 2 and "," in text[found[group[0]].end : found[group[1]].start]:
            first, second = found[group[0]], found[group[1]]
            if _place_then_region(first, second, text):
                result[group[1]] = second._replace(label="LOC", strength=1)
            continue  # "Di ajang X, Y membuat …": a comma alone may end a phrase, not list names
        sure = Counter(found[k].label for k in group if found[k].strength >= 2)
        if not sure:
            continue
        label, _ = sure.most_common(1)[0]
        for k in group:
            item = found[k]
            if item.strength <= 1 and item.label != label:
                result[k] = item._replace(label=label, strength=1)
    return result


def _place_then_region(first: Scored, second: Scored, text: str) -> bool:
    """ "di Dundee, Wales)": a place, a comma, and a guessed name closing the phrase is the
    region or country the place is in (not "Di Rusia, Halvorsen akan …")."""
    after = text[second.end : second.end + 3].lstrip(" \u00a0")
    return (
        first.label == "LOC"
        and first.strength >= 2
        and second.strength <= 1
        and " " not in second.text
        and (after == "" or after[0] in ",.);")
    )


def _hyphen_joined(found: list[Scored], text: str) -> list[Scored]:
    """In text whose hyphens stand between spaces, "Maria Lopez - Vidal", "Ji - Woo" and
    "Little - Hampton" are one name each: a one-word name after " - " that no word list knows
    joins the name before it. Two sure names stay apart ("Sudan Selatan - Mesir"), and so does
    a dateline's place at the start of a block ("JAKARTA - Budi …")."""
    merged = [found[0]]
    for item in found[1:]:
        last = merged[-1]
        if item.start - last.end == 3 and text[last.end : item.start] == " - ":
            if not _joins_hyphen(last, item):
                merged.append(item)
                continue
            strongest = last if last.strength >= item.strength else item
            merged[-1] = last._replace(
                end=item.end, label=strongest.label, text=text[last.start : item.end]
            )
        else:
            merged.append(item)
    return merged


def _is_dateline(item: Scored) -> bool:
    """ "JAKARTA - …", "SURABAYA, …": a place in capitals opening the block."""
    return item.start == 0 and item.text.isupper()


def _joins_hyphen(last: Scored, item: Scored) -> bool:
    """True if `item` continues `last` across a spaced hyphen (see `_hyphen_joined`)."""
    if " " in item.text or last.strength > 2 or last.text.isupper():
        return False
    if last.label == item.label == "PER":
        return item.strength <= 2
    return item.strength <= 1


def _bracketed(found: list[Scored], text: str) -> list[Scored]:
    """A name and the name in brackets right after it are one thing said twice: "Kopdasi
    (Koperasi Desa Sejahtera)" is an organisation like its expansion, and "Kementerian Luar
    Negeri (Kemlu)" makes "Kemlu" one. Only a guess gives way to a name its words explain;
    a place in brackets stays a place ("Taufik (Indonesia)" is no place)."""
    result = list(found)
    for k in range(1, len(found)):
        outer, inner = found[k - 1], found[k]
        if inner.start - outer.end > 4:
            continue
        opening = text[outer.end : inner.start].strip(" \u00a0")
        if opening != "(" or text[inner.end : inner.end + 3].lstrip(" \u00a0")[:1] != ")":
            continue
        if (
            inner.strength >= 3
            and inner.label in ("ORG", "MISC")
            and outer.strength <= 2
            and " " not in outer.text
        ):
            result[k - 1] = outer._replace(label=inner.label, strength=2)
        elif outer.strength >= 3 and inner.strength <= 1 and " " not in inner.text:
            result[k] = inner._replace(label=outer.label, strength=2)
    return result


def _beaten_by_score(item: Scored, text: str) -> bool:
    """True if a score follows `item` and a verb of play or victory stands right before it."""
    score = _score().match(text, item.end)
    if score is None or not _AFTER_SCORE.match(text[score.end() : score.end() + 12]):
        return False
    before = text[max(0, item.start - 16) : item.start].split()
    return bool(before) and before[-1].lower() in MATCH_VERBS


def _teams_in_scores(found: list[Scored], text: str) -> list[Scored]:
    """Two names with a score between or after them are teams: "Linfield 3-1 Portavon",
    "Wolverton ditahan Ashbury 2-2"; so is one name with a score after it that a verb of
    play or victory governs ("mengalahkan Portavon 2-0", "beat Portavon 2-0"). Countries stay
    places (national teams are named by their country); names whose own words say what they
    are keep it."""
    result = list(found)
    for k, item in enumerate(found):
        if item.strength <= 2 and item.label != "ORG" and _beaten_by_score(item, text):
            result[k] = item._replace(label="ORG", strength=2)
    for k in range(1, len(found)):
        first, second = found[k - 1], found[k]
        between = text[first.end : second.start]
        score = _score().match(text, second.end)
        if score is not None and _MATCH_GAP.match(between):
            tail = text[score.end() : score.end() + 12]
        else:
            score = _score().match(between)
            if score is None or score.end() != len(between.rstrip(" \u00a0")):
                continue
            tail = ""
        if tail and not _AFTER_SCORE.match(tail):
            continue
        for index in (k - 1, k):
            item = result[index]
            if item.strength <= 2 and item.label != "ORG":  # countries have strength 3
                result[index] = item._replace(label="ORG", strength=2)
    return result
