"""What stands at the edges of a run and changes the names in it: a squad's age group after
a club ("Persikota U-21": the club), a year alone in brackets after a work ("Nightfall
(2003)": a film, not a place), a birth in brackets after a person ("Laksmi Wardani (lahir
di Blitar, …)": the way a biography opens).
"""

from __future__ import annotations

import functools
import re

from reader.entities.tokens import Span


@functools.cache
def _age_group_pattern() -> re.Pattern[str]:
    """A squad's age group at the end of a run ("Persikota U-23", "Persikota U") and the number
    that may follow it in the text (" - 23")."""
    return re.compile(r"[ \u00a0]U(?:-\d{2})?$")


def age_group(run: str, text: str, end: int) -> int:
    """The length of the age group ending `run` ("U-23", or "U" before " - 23"), or 0."""
    if not run.endswith(("U", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
        return 0
    found = _age_group_pattern().search(run)
    if found is None:
        return 0
    if found.group().endswith("U"):
        after = text[end : end + 6].lstrip(" \u00a0")
        if not (after[:1] in "-–" and after[1:].lstrip(" \u00a0")[:2].isdigit()):
            return 0
    return len(found.group())


def club_of_squad(spans: list[Span], run: str) -> list[Span]:
    """The name before a squad's age group is its club, without "Tim" (team) before it."""
    last = spans[-1]
    if last.end != len(run) or (last.gazetteer and last.strength >= 3):
        return spans
    begin = last.start
    if run[begin : begin + 4] == "Tim " and last.end > begin + 4:
        begin += 4  # "Tim Persikota U-18": the team of the club
    return [*spans[:-1], Span(begin, last.end, "ORG", max(last.strength, 2))]


@functools.cache
def _year_in_brackets() -> re.Pattern[str]:
    """A year alone in brackets: "(1998)", "( 2005 )"."""
    return re.compile(r"[ \u00a0]*\([ \u00a0]*(?:1[89]|20)\d\d[ \u00a0]*\)")


def year_follows(text: str, end: int) -> bool:
    """True if a year alone in brackets follows `text[:end]`."""
    return _year_in_brackets().match(text, end) is not None


def work_of_year(spans: list[Span]) -> list[Span]:
    """ "Nightfall (2003)", "The Keeper of Lanterns (1998)": a name with its year in brackets is a
    work (a film, an album, a book), one name across the run, unless its words say otherwise
    (a head, a title, a strong place) or it is a person's full name by a given name."""
    if any(s.strength >= 3 for s in spans):
        return spans
    if len(spans) == 1 and spans[0].label == "PER" and spans[0].strength >= 2:
        return spans
    return [Span(spans[0].start, spans[-1].end, "MISC", 2)]


@functools.cache
def _birth_in_brackets() -> re.Pattern[str]:
    """A birth in brackets: "( lahir di …", "(lahir 12 …", "(born …", "(b. 1950"."""
    return re.compile(r"[ \u00a0]*\([ \u00a0]*(?:lahir|born|b\.)(?![\w])", re.IGNORECASE)


def born_after(text: str, end: int) -> bool:
    """True if a birth in brackets follows `text[:end]`: the name before it is a person's."""
    return _birth_in_brackets().match(text, end) is not None


def person_born(spans: list[Span], run: str) -> list[Span]:
    """The last name of the run, right before a birth in brackets, is a person's, unless a
    strong place list names it."""
    last = spans[-1]
    if last.end != len(run) or (last.gazetteer and last.strength >= 3):
        return spans
    return [*spans[:-1], Span(last.start, last.end, "PER", 3)]
