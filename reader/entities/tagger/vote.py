"""One label per name in an article: its mentions vote with how sure each one is.

A name the article writes five times is one thing; where the tagger read one mention one way
and the rest another, the mentions vote, each with its label's probability (or the rules'
strength), and the winner labels every mention whose label only context decided. A headline's
mentions count for little: a headline's capitals and clipped grammar say less about a name
than the body's sentences do, so the body decides how the headline's names are read. Labels
the words themselves fix (strength 3, "bahasa X") keep theirs.
"""

from __future__ import annotations

from collections import defaultdict

from reader.entities.adjacent import Scored
from reader.entities.tagger.strength import Strength

#: How much a headline mention's vote counts against the body's.
HEADLINE_WEIGHT = 0.1
_new_scored = tuple.__new__


def vote(found: list[Scored], weights: list[float], headlines: set[int]) -> list[Scored]:
    """`found` (one article's mentions) with one label per surface (case-folded) among the
    mentions whose label is not fixed; `weights[i]` is how sure mention i is, `headlines` the
    indices of the article's headline blocks."""
    if headlines:
        found = trim_headlines(found, headlines)
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item, weight in zip(found, weights, strict=True):
        if item.block in headlines:
            weight *= HEADLINE_WEIGHT
        tally[item.text.casefold()][item.label] += weight
    winners = {
        key: max(sorted(votes), key=votes.__getitem__)
        for key, votes in tally.items()
        if len(votes) > 1
    }
    if not winners:
        return found
    out = []
    for item in found:
        label = winners.get(item.text.casefold())
        if label is not None and label != item.label and item.strength < Strength.WORDS:
            item = _new_scored(Scored, (*item[:3], label, item.strength, item.text))
        out.append(item)
    return out


def trim_headlines(found: list[Scored], headlines: set[int]) -> list[Scored]:
    """Headline names cut to the name the body writes at their start: in a title-case headline,
    "Kestrel Wins Harbour Deal" is "Kestrel" when the body writes "Kestrel" and never the rest."""
    body = {item.text.casefold(): item.label for item in found if item.block not in headlines}
    if not body:
        return found
    out = []
    for item in found:
        key = item.text.casefold()
        if item.block in headlines and key not in body and " " in key:
            inner = _longest_inner(item.text, body)
            if inner is not None:
                offset, text = inner
                start = item.start + offset
                label = body[text.casefold()]
                item = _new_scored(
                    Scored, (item.block, start, start + len(text), label, item.strength, text)
                )
        out.append(item)
    return out


def _longest_inner(text: str, body: dict[str, str]) -> tuple[int, str] | None:
    """The longest leading run of whole words of `text` that the body writes as a name:
    (offset, run). Only a leading run: a headline's words after a name are its verb and
    object ("Kestrel Wins …"), while a name cut at its front is a misread one."""
    words = text.split(" ")
    for j in range(len(words) - 1, 0, -1):
        run = " ".join(words[:j])
        if run.casefold() in body:
            return 0, run
    return None
