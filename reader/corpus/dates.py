"""Dates as news pages write them, in Indonesian and English, found in text and parsed.

Handles "12 Sep 2023 10:58", "12 September 2023, 06:00 WIB", "Selasa (12/9/2023)",
"Rabu 13 September" (year inferred from the weekday and a reference year), "Sep 12, 2023",
"Feb 26" and ISO dates. The month and weekday names are CLDR's (the same as babel's `id` and
`en` locales, checked by a test) plus common spelling variants; they are written out here so
that parsing a date does not pay babel's import and locale-loading time at start-up.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

#: Month number → names (CLDR wide and abbreviated forms for id and en, then variants).
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("Januari", "January", "Jan"),
    2: ("Februari", "February", "Feb", "Pebruari"),
    3: ("Maret", "March", "Mar"),
    4: ("April", "Apr"),
    5: ("Mei", "May"),
    6: ("Juni", "June", "Jun"),
    7: ("Juli", "July", "Jul"),
    8: ("Agustus", "August", "Agu", "Aug", "Agt", "Ags"),
    9: ("September", "Sep", "Sept"),
    10: ("Oktober", "October", "Okt", "Oct"),
    11: ("November", "Nov", "Nopember", "Nop"),
    12: ("Desember", "December", "Des", "Dec"),
}

#: Weekday number (Monday = 0) → names (CLDR wide and abbreviated, id and en, then variants).
WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("Senin", "Monday", "Sen", "Mon"),
    1: ("Selasa", "Tuesday", "Sel", "Tue", "Tues"),
    2: ("Rabu", "Wednesday", "Rab", "Wed"),
    3: ("Kamis", "Thursday", "Kam", "Thu", "Thur", "Thurs"),
    4: ("Jumat", "Friday", "Jum", "Fri", "Jum'at", "Jum’at"),
    5: ("Sabtu", "Saturday", "Sab", "Sat"),
    6: ("Minggu", "Sunday", "Min", "Sun", "Ahad"),
}

_DIGIT = re.compile(r"\d")
_TIME_ZONES: tuple[str, ...] = (
    *("WIB", "WITA", "WIT", "GMT", "UTC", "ET", "EST", "EDT", "CT", "PT", "PST", "PDT"),
    *("BST", "CET", "CEST", "JST", "KST"),
)
#: What every time of day has: an hour digit, a separator and the first minute digit.
_TIME_HINT = re.compile(r"\d[:.][0-5]")


class DateMatch(NamedTuple):
    """A date found in text: its span and its parts (year, weekday and time may be missing)."""

    start: int
    end: int
    day: int
    month: int
    year: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int = 0
    second: int = 0

    @property
    def has_time(self) -> bool:
        """Whether a time of day was written."""
        return self.hour is not None

    def resolve(
        self, reference_year: int | None = None, latest_year: int | None = None
    ) -> datetime | None:
        """The datetime this match stands for; a missing year comes from `reference_year`.

        With a weekday, the year is the one nearest `reference_year` in which the day falls on
        that weekday; without one, it is `reference_year` itself. With no reference but a
        weekday and `latest_year` (this year), it is the latest such year up to `latest_year`:
        news reports the past. None when the year cannot be told.
        """
        year = self.year
        if year is None:
            if reference_year is not None:
                year = infer_year(self.day, self.month, self.weekday, reference_year)
            elif self.weekday is not None and latest_year is not None:
                year = latest_year_with_weekday(self.day, self.month, self.weekday, latest_year)
            if year is None:
                return None
        try:
            return datetime(year, self.month, self.day, self.hour or 0, self.minute, self.second)
        except ValueError:
            return None


def infer_year(day: int, month: int, weekday: int | None, reference_year: int) -> int | None:
    """The year for a day and month written without one, nearest `reference_year`.

    With a weekday: the nearest year (within 14) where that date falls on it, the earlier one
    on a tie (news reports the past). Without: `reference_year`, if the date exists in it.
    """
    if weekday is None:
        return reference_year if _valid(reference_year, month, day) else None
    for distance in range(15):
        for year in (reference_year - distance, reference_year + distance):
            if _valid(year, month, day) and date(year, month, day).weekday() == weekday:
                return year
    return None


def latest_year_with_weekday(day: int, month: int, weekday: int, latest_year: int) -> int | None:
    """The latest year up to `latest_year` (within 14) in which the date falls on `weekday`."""
    for year in range(latest_year, latest_year - 15, -1):
        if _valid(year, month, day) and date(year, month, day).weekday() == weekday:
            return year
    return None


def _valid(year: int, month: int, day: int) -> bool:
    """Whether the calendar has that day."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _alternation(variants: tuple[str, ...]) -> str:
    """A regex alternation of `variants` (as `_variants` orders them)."""
    return "|".join(re.escape(v) for v in variants)


def _variants(names: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """Every name and its upper-case form, longest first (so a longer name wins)."""
    variants: set[str] = set()
    for forms in names.values():
        for form in forms:
            variants.update((form, form.upper()))
    return tuple(sorted(variants, key=len, reverse=True))


@cache
def _lookup() -> tuple[dict[str, int], dict[str, int]]:
    """Lower-case month and weekday names → numbers."""
    months = {form.lower(): number for number, forms in MONTH_NAMES.items() for form in forms}
    weekdays = {form.lower(): number for number, forms in WEEKDAY_NAMES.items() for form in forms}
    return months, weekdays


def _time(n: int, zones: tuple[str, ...]) -> str:
    """An optional time of day after a date; its groups are numbered per date form."""
    zone = rf"(?:\s*(?:{'|'.join(zones)})(?:[+-]\d{{1,2}}(?::?\d\d)?)?\b)?" if zones else ""
    return (
        r"(?:\s*,?\s*(?:pukul|Pukul|jam|at|-|\||–)?\s*"
        rf"(?P<h{n}>[01]?\d|2[0-3])[:.](?P<mi{n}>[0-5]\d)(?:[:.](?P<s{n}>[0-5]\d))?"
        rf"(?:\s*(?P<ampm{n}>[AaPp]\.?[Mm]\.?))?{zone})?"
    )


def _build_pattern(
    weekdays: tuple[str, ...],
    months: tuple[str, ...],
    zones: tuple[str, ...] | None,
) -> re.Pattern[str]:
    """The date pattern with only the given weekday, month and time-zone names.

    Without weekdays there is no weekday prefix, without months no form that spells the
    month, and with `zones` None no time of day after a date; `_to_match` reads the groups
    that are there.
    """
    year = r"(?:1[89]|20|21)\d\d"
    day = r"(?:[12]\d|3[01]|0?[1-9])"

    def time(n: int) -> str:
        return "" if zones is None else _time(n, zones)

    forms = [
        rf"(?P<iy>{year})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
        r"(?:[T ](?P<ih>[01]\d|2[0-3]):(?P<imi>[0-5]\d)(?::(?P<is>[0-5]\d))?)?",
    ]
    if months:
        month = rf"(?:{_alternation(months)})\.?"
        forms += [
            rf"(?P<d1>{day})(?:st|nd|rd|th)?\s+(?P<m1>{month}),?(?:\s+(?P<y1>{year})\b{time(1)})?",
            rf"(?P<m2>{month})\s+(?P<d2>{day})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{year})\b{time(2)})?",
        ]
    forms += [
        rf"(?P<d3>{day})[/.-](?P<m3>1[0-2]|0?[1-9])[/.-](?P<y3>{year}|\d\d)\b{time(3)}",
        rf"(?P<d4>{day})/(?P<m4>1[0-2]|0?[1-9])\b",
    ]
    body = "|".join(forms)
    if not weekdays:
        return re.compile(rf"(?<![\w/.-])(?:{body})")
    weekday = rf"(?P<wd>{_alternation(weekdays)})\b\.?,?\s*(?P<paren>\(\s*)?"
    return re.compile(rf"(?<![\w/.-])(?:{weekday})?(?:{body})(?(paren)\s*\))")


@cache
def _date_pattern() -> re.Pattern[str]:
    """One pattern for every written form; compiled on first use, not at import."""
    return _build_pattern(_weekday_variants(), _month_variants(), _TIME_ZONES)


class _PatternChoice:
    """Picks the pattern to search a text with: a small one at first, then the full one.

    Compiling the full pattern takes milliseconds, and the first article of every start pays
    it. So for the first texts, the pattern is built with only the month, weekday and
    time-zone names written in the text, and without times of day when none can be there:
    an alternative that cannot match anywhere in a text changes nothing the pattern finds
    in it. After `TEXTS` texts or `BUILDS` such patterns, the full pattern takes over.
    """

    TEXTS = 32
    BUILDS = 2

    def __init__(self) -> None:
        self._texts = 0
        self._built: dict[tuple[object, ...], re.Pattern[str]] = {}

    def pattern_for(self, text: str) -> re.Pattern[str]:
        """A pattern that finds in `text` exactly what the full pattern finds."""
        if self._texts >= self.TEXTS or len(self._built) >= self.BUILDS:
            return _date_pattern()
        self._texts += 1
        key = (
            tuple(name for name in _weekday_variants() if name in text),
            tuple(name for name in _month_variants() if name in text),
            tuple(zone for zone in _TIME_ZONES if zone in text)
            if _TIME_HINT.search(text)
            else None,
        )
        pattern = self._built.get(key)
        if pattern is None:
            pattern = self._built[key] = _build_pattern(*key)
        return pattern


@cache
def _weekday_variants() -> tuple[str, ...]:
    """Weekday names as the pattern spells them."""
    return _variants(WEEKDAY_NAMES)


@cache
def _month_variants() -> tuple[str, ...]:
    """Month names as the pattern spells them."""
    return _variants(MONTH_NAMES)


_PATTERNS = _PatternChoice()


def find_dates(text: str) -> list[DateMatch]:
    """Every date written in `text`, in order.

    A numeric day/month without a year ("27/3") counts only in parentheses or after a weekday
    ("Senin (27/3)"), where it cannot be a fraction.
    """
    if _DIGIT.search(text) is None:
        return []
    found = []
    for match in _PATTERNS.pattern_for(text).finditer(text):
        parsed = _to_match(match)
        if parsed is not None:
            found.append(parsed)
    return found


def find_trailing_date(text: str) -> DateMatch | None:
    """A date with a year at the very end of `text` (as on a headline or byline line)."""
    matches = find_dates(text)
    if not matches:
        return None
    last = matches[-1]
    if last.year is None or text[last.end :].strip(" ,|-–—•·"):
        return None
    return last


def parse_date(text: str, reference_year: int | None = None) -> datetime | None:
    """The date that `text` is (nothing else around it but spaces and a closing mark), or None."""
    text = text.strip()
    if not text:
        return None
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    for match in find_dates(text):
        if match.start == 0 and not text[match.end :].strip(" .,"):
            return match.resolve(reference_year)
    return None


def _parse_iso(text: str) -> datetime | None:
    """An ISO 8601 date or datetime, made naive (wall-clock time kept)."""
    if not (len(text) >= 10 and text[:4].isdigit() and text[4] == "-"):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=None)


def _to_match(match: re.Match[str]) -> DateMatch | None:
    """The DateMatch for a regex match of one of the written forms, or None."""
    months, weekdays = _lookup()
    groups = match.groupdict()  # a smaller pattern lacks some groups
    written_weekday = groups.get("wd")
    weekday = weekdays.get(written_weekday.lower()) if written_weekday else None
    if groups["iy"]:
        return _checked(
            match,
            int(groups["id"]),
            int(groups["im"]),
            int(groups["iy"]),
            weekday,
            groups["ih"],
            groups["imi"],
            groups["is"],
            None,
        )
    for n in (1, 2):
        if groups.get(f"d{n}"):
            year = groups.get(f"y{n}")
            return _checked(
                match,
                int(groups.get(f"d{n}")),
                months[groups.get(f"m{n}").rstrip(".").lower()],
                int(year) if year else None,
                weekday,
                *_time_groups(groups, n),
            )
    if groups["d3"]:
        year = int(groups["y3"])
        year += 2000 if year < 100 else 0
        return _checked(
            match,
            int(groups["d3"]),
            int(groups["m3"]),
            year,
            weekday,
            *_time_groups(groups, 3),
        )
    if groups["d4"] and (groups.get("paren") or _in_parentheses(match)):
        return _checked(
            match, int(groups["d4"]), int(groups["m4"]), None, weekday, None, None, None, None
        )
    return None


def _time_groups(groups: dict[str, str | None], n: int) -> tuple[str | None, ...]:
    """Hour, minute, second and am/pm groups of the date form numbered `n`."""
    return groups.get(f"h{n}"), groups.get(f"mi{n}"), groups.get(f"s{n}"), groups.get(f"ampm{n}")


def _in_parentheses(match: re.Match[str]) -> bool:
    """Whether the match is directly enclosed in parentheses."""
    text, start, end = match.string, match.start(), match.end()
    return start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")"


def _checked(
    match: re.Match[str],
    day: int,
    month: int,
    year: int | None,
    weekday: int | None,
    hour: str | None,
    minute: str | None,
    second: str | None,
    ampm: str | None,
) -> DateMatch | None:
    """A DateMatch from parts, or None when they do not make a real date and time."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and not _valid(year, month, day):
        return None
    hours = int(hour) if hour is not None else None
    if hours is not None and ampm:
        pm = ampm.lower().startswith("p")
        if hours > 12:
            return None
        hours = (hours % 12) + (12 if pm else 0)
    return DateMatch(
        match.start(),
        match.end(),
        day,
        month,
        year,
        weekday,
        hours,
        int(minute) if minute else 0,
        int(second) if second else 0,
    )
