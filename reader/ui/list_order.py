"""How the article list is sorted and filtered: the choice as data, its sort keys and its test.

No Textual here: the sidebar, the palette and the tests all use it. A filter is written as a
line of words ("unread lang:id source:kompas from:2023-09-01 to:2023-09-30 banjir"), so one
field sets every part of it, and the same line is what is saved between runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple

from reader.corpus.model import Article

#: The sort orders, in the order the sort key cycles through them.
SORTS: tuple[str, ...] = ("date", "title", "source")
SORT_LABELS: dict[str, str] = {"date": "newest first", "title": "by title", "source": "by source"}

#: (undated, -timestamp, load order): dated articles newest first, then undated in file order.
DateKey = tuple[bool, float, int]


def newest_first_key(when: datetime | None, order: int) -> DateKey:
    """The sort key that puts dated articles newest first, then undated ones in load order."""
    if when is None:
        return (True, 0.0, order)
    return (False, -when.timestamp(), order)


class ListFilter(NamedTuple):
    """Which articles the list shows; the empty filter shows them all.

    `source` and `text` match folded (lower case, no accents) anywhere in the article's
    source, and in its title, source or author; `since`/`until` are inclusive and leave
    undated articles out.
    """

    unread: bool = False
    source: str = ""
    language: str = ""
    since: date | None = None
    until: date | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self != ListFilter()

    def to_text(self) -> str:
        """The filter as the line a user would type for it."""
        parts = ["unread"] if self.unread else []
        if self.source:
            parts.append(f"source:{_quoted(self.source)}")
        if self.language:
            parts.append(f"lang:{self.language}")
        if self.since:
            parts.append(f"from:{self.since.isoformat()}")
        if self.until:
            parts.append(f"to:{self.until.isoformat()}")
        if self.text:
            parts.append(self.text)
        return " ".join(parts)

    def matcher(
        self, is_read: Callable[[Article], bool], fold: Fold
    ) -> Callable[[Article, str], bool]:
        """A test of (article, its folded title) for every part of the filter, with what it
        needs worked out once (a filter runs over every loaded article)."""
        source = fold(self.source)
        needle = fold(self.text)
        since, until = self.since, self.until

        def matches(article: Article, folded_title: str) -> bool:
            if self.unread and is_read(article):
                return False
            if self.language and article.language != self.language:
                return False
            if source and source not in fold(article.source):
                return False
            if since or until:
                if article.date is None:
                    return False
                day = article.date.date()
                if (since and day < since) or (until and day > until):
                    return False
            return not needle or needle in folded_title or (
                needle in fold(f"{article.source} {article.author}")
            )

        return matches


Fold = Callable[[str], str]


class FilterError(ValueError):
    """A filter line that cannot be read; the message says which part and why."""


def parse_filter(line: str) -> ListFilter:
    """The filter a line of words sets: `unread`, `source:NAME` (quote a name with spaces),
    `lang:id`, `from:DATE`, `to:DATE` (YYYY-MM-DD, YYYY-MM or YYYY); other words are text."""
    unread, source, language, since, until = False, "", "", None, None
    text: list[str] = []
    for word in _words(line):
        key, _, value = word.partition(":")
        key = key.lower()
        if word.lower() in ("unread", "belum"):
            unread = True
        elif value and key in ("source", "sumber", "src"):
            source = value
        elif value and key in ("lang", "language", "bahasa"):
            language = value.lower()
        elif value and key in ("from", "since", "dari"):
            since = _day(value, word, last=False)
        elif value and key in ("to", "until", "sampai"):
            until = _day(value, word, last=True)
        else:
            text.append(word)
    return ListFilter(unread, source, language, since, until, " ".join(text))


def _words(line: str) -> list[str]:
    """Words of `line`; a double-quoted part (after `key:` too) stays one word."""
    words: list[str] = []
    current = ""
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch.isspace() and not quoted:
            if current:
                words.append(current)
            current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words


def _quoted(value: str) -> str:
    return f'"{value}"' if any(ch.isspace() for ch in value) else value


def _day(value: str, word: str, *, last: bool) -> date:
    """YYYY-MM-DD, YYYY-MM or YYYY as a day: the first of the period, or its last with `last`."""
    parts = value.split("-")
    try:
        numbers = [int(part) for part in parts]
        if len(numbers) == 3:
            return date(*numbers)
        if len(numbers) == 2:
            year, month = numbers
            if not last:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 12, 31) if last else date(numbers[0], 1, 1)
    except ValueError:
        pass
    raise FilterError(f"{word!r}: a date is written YYYY-MM-DD, YYYY-MM or YYYY")


class ListChoice(NamedTuple):
    """The sort order and filter the user chose: what is saved between runs."""

    sort: str = "date"
    filter: ListFilter = ListFilter()

    def to_json(self) -> str:
        return json.dumps({"sort": self.sort, "filter": self.filter.to_text()}, ensure_ascii=False)

    @classmethod
    def from_json(cls, saved: str | None) -> ListChoice:
        """The saved choice; the default one for anything unreadable (never an error)."""
        if not saved:
            return cls()
        try:
            data = json.loads(saved)
            sort = data.get("sort", "date")
            choice = cls(sort if sort in SORTS else "date", parse_filter(str(data.get("filter", ""))))
        except (ValueError, AttributeError, TypeError):
            return cls()
        return choice

    def describe(self) -> str:
        """One short line: the order, then the filter when there is one."""
        text = SORT_LABELS.get(self.sort, self.sort)
        if self.filter.active:
            text += " · " + self.filter.to_text()
        return text
