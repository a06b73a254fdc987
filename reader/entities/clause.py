"""Where a name stands in its clause, read from the words next to it, for Indonesian text
mostly: after a class noun and a linker ("sebuah band bernama X"), after a common noun it
qualifies ("patung X"), after a number that counts it ("12 Sekolah …"), or as the subject of
the clause it opens ("X mengadakan …"). Each test looks at a few dozen characters only.
"""

from __future__ import annotations

import functools
import re

from reader.entities.cue_words import COUNT_WORDS, DEFINING_NOUNS, NOT_NOUNS, SUBJECT_FOLLOWERS
from reader.entities.lexicon import indonesian_root, indonesian_roots
from reader.entities.vocab import NEVER_NAMES, word_set

_SPACES = " \u00a0\t"
#: Words that give the name of a thing a class noun before them has just named: "sebuah band
#: bernama X", "a band called X" (strength 3: the name is given as such), "pantai seperti
#: X", "dua film yaitu X" (examples: strength 2).
LINKERS = {
    **dict.fromkeys(word_set("bernama dinamai dinamakan dijuluki disebut called named"), 3),
    **dict.fromkeys(word_set("yaitu yakni seperti termasuk misalnya including"), 2),
}
#: Two-word linkers: "club … yang disebut dengan X", "beaches such as X".
LINKER_PAIRS = {("disebut", "dengan"): 3, ("such", "as"): 2}
#: How many words before a linker may hold its class noun ("band penutup amatir bernama").
_LINKED_NOUN_WORDS = 5


def linked_class(before: str, lower: str) -> tuple[str, int]:
    """The label and strength that the linker `lower` right before a name gives it, from the
    class noun a few words before the linker and within its phrase ("sebuah band penutup
    amatir bernama X": a band); names and "yang" between them are skipped. ("", 0) if
    `lower` is no linker or no class noun is found. `before` is the text before `lower`."""
    strength = LINKERS.get(lower)
    if strength is None:
        last = before.rsplit(None, 1)
        strength = LINKER_PAIRS.get((last[-1].lower() if last else "", lower))
        if strength is None:
            return "", 0
    words = _clause_words().findall(before)
    for word in reversed(words[-_LINKED_NOUN_WORDS:]):
        if not word[0].isalpha():
            break
        if word[0].isupper():
            continue
        label = DEFINING_NOUNS.get(word.lower())
        if label:
            return label, strength
    return "", 0


@functools.cache
def _clause_words() -> re.Pattern[str]:
    """Words, and the punctuation (commas too) that ends the phrase a linker belongs to."""
    return re.compile(r"[^\W\d_][\w'’-]*|[.,;:!?()\"“”]")


def follows_noun(text: str, start: int) -> bool:
    """True if the word right before `text[start:]` is an Indonesian common noun that the
    name after it qualifies: "patung X", "museum X", "klip X", "rute perjalanan X". Such a
    name says whose, where from or which (an owner, a place, a band, a brand), not that it
    is a person, so a guess gives it no label. Words that name a name ("nama X") and the
    function words, adverbs and adjectives that also stand before names are not nouns here."""
    i = start
    if i < 2 or text[i - 1] not in _SPACES:
        return False
    i -= 1
    word_end = i
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:word_end]
    if len(word) < 3 or not word.islower() or (i > 0 and text[i - 1] not in _SPACES):
        return False
    if word in NOT_NOUNS or word in NEVER_NAMES:
        return False
    if word in indonesian_roots():
        return True
    root = indonesian_root(word)
    return (
        root is not None
        and word.endswith("an")
        and (word.startswith(("pe", "ke")) or word == root + "an")
    )  # "perjalanan", "kebudayaan", "tulisan": nouns by their affixes


def opens_clause(text: str, end: int) -> bool:
    """True if the word after `text[:end]` makes the name before it a clause's subject: an
    auxiliary or adverb ("juga", "telah") or a verb with an active prefix ("mengadakan",
    "bermain", "terpilih")."""
    found = _next_word().match(text, end)
    if found is None:
        return False
    word = found.group(1)
    if word in SUBJECT_FOLLOWERS:
        return True
    return (
        word.startswith(("me", "ber", "ter"))
        and len(word) > 5
        and indonesian_root(word) not in (None, word)
    )


@functools.cache
def _next_word() -> re.Pattern[str]:
    """The lower-case word right after a name."""
    return re.compile(r"[ \u00a0]+([a-z]+)\b")


@functools.cache
def _count_before() -> re.Pattern[str]:
    """A number, or a word that counts, right before a name: "12 ", "( dua ) buah ", "lima "."""
    numbers = "|".join(sorted(COUNT_WORDS))
    return re.compile(
        rf"(?:\d|(?<![\w-])(?i:{numbers}))(?:[ \u00a0]*\))?"
        rf"(?:[ \u00a0]+(?i:buah|unit|units))?[ \u00a0]+$"
    )


def counted(text: str, start: int) -> bool:
    """True if a number or a counting word stands right before `text[start:]`: the name after
    it is a kind of thing, counted ("12 Sekolah Kejuruan"), if its words are ordinary."""
    return start > 1 and _count_before().search(text, max(0, start - 24), start) is not None
