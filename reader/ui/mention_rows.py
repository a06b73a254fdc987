"""The rows of the mentions list: article headers and mentions, grouped or flat, maybe filtered.

A row is either the header of an article group or one mention, known by its flat position k
(1-based: groups newest first, text order inside). The whole list (`all_rows`) is worked out
row by row as the list draws it: a bisection over the groups' first positions finds what a
row shows, so listing an entity with 28,000 mentions in 13,000 articles costs what the index
takes to group them and nothing per row. A filtered list ("/" in the view: mentions whose
article title or one-line snippet holds the query, case and diacritics folded) is kept as an
`array` of ints: k > 0 for a mention, -(g + 1) for the header of group g. No Textual here.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from reader.index.mentions import ArticleGroup, EntityMentions, MentionLocation
from reader.index.snippets import Snippet, snippet
from reader.ui.text_find import fold

#: Widest snippet made for a row (the list crops it to the pane).
SNIPPET_WIDTH = 160


class MentionRows:
    """What each row of the mentions list shows, for one entity."""

    def __init__(self, mentions: EntityMentions, *, grouped: bool) -> None:
        self.mentions = mentions
        self.grouped = grouped

    def __len__(self) -> int:
        raise NotImplementedError

    def is_header(self, row: int) -> bool:
        raise NotImplementedError

    def group(self, row: int) -> tuple[int, ArticleGroup]:
        """The group shown by header row `row`: (group number, group)."""
        raise NotImplementedError

    def k(self, row: int) -> int:
        """The flat position (1-based) of the mention on row `row` (0 for a header)."""
        raise NotImplementedError

    def row_of(self, k: int) -> int | None:
        """The row showing mention `k`, if it is listed."""
        raise NotImplementedError

    @property
    def mention_count(self) -> int:
        """How many mentions are listed."""
        raise NotImplementedError

    def shown_count(self, group_number: int, group: ArticleGroup) -> int:
        """How many of the group's mentions are listed (all, unless filtered)."""
        return group.count

    def location(self, row: int) -> MentionLocation:
        """The mention on row `row` (which must not be a header)."""
        return self.mentions.location(self.k(row))


class AllRows(MentionRows):
    """Every mention of the entity, under a header per article or flat; nothing stored."""

    def __init__(self, mentions: EntityMentions, *, grouped: bool) -> None:
        super().__init__(mentions, grouped=grouped)
        groups = mentions.groups
        self._group_count = len(groups) if grouped else 0
        self._positions = range(self._group_count)
        # Row of group g's header (g headers and the mentions of groups before it come
        # first), and where its mentions start in the flat order; a few per frame.
        self._first = lru_cache(maxsize=4096)(lambda number: groups[number].first)
        self._header_row = lru_cache(maxsize=4096)(lambda number: number + self._first(number))

    def __len__(self) -> int:
        return self.mentions.mention_count + self._group_count

    def _group_of_row(self, row: int) -> int:
        return bisect_right(self._positions, row, key=self._header_row) - 1

    def is_header(self, row: int) -> bool:
        return self.grouped and self._header_row(self._group_of_row(row)) == row

    def group(self, row: int) -> tuple[int, ArticleGroup]:
        number = self._group_of_row(row)
        return number, self.mentions.groups[number]

    def k(self, row: int) -> int:
        if not self.grouped:
            return row + 1
        number = self._group_of_row(row)
        return 0 if self._header_row(number) == row else row - number

    def row_of(self, k: int) -> int | None:
        if not 1 <= k <= self.mentions.mention_count:
            return None
        if not self.grouped:
            return k - 1
        return k + bisect_right(self._positions, k - 1, key=self._first) - 1

    @property
    def mention_count(self) -> int:
        return self.mentions.mention_count


class ChosenRows(MentionRows):
    """Some of the entity's mentions (a filter's), as an array of row values."""

    def __init__(
        self,
        mentions: EntityMentions,
        rows: array,
        counts: dict[int, int],
        *,
        grouped: bool,
        needle: str = "",
    ) -> None:
        super().__init__(mentions, grouped=grouped)
        self.rows = rows
        self.counts = counts  # matching mentions per shown group number
        self.needle = needle  # the filter, folded: the list shows and marks it in each row

    def __len__(self) -> int:
        return len(self.rows)

    def is_header(self, row: int) -> bool:
        return self.rows[row] < 0

    def group(self, row: int) -> tuple[int, ArticleGroup]:
        number = -self.rows[row] - 1
        return number, self.mentions.groups[number]

    def k(self, row: int) -> int:
        value = self.rows[row]
        return value if value > 0 else 0

    def row_of(self, k: int) -> int | None:
        try:
            return self.rows.index(k)
        except ValueError:
            return None

    @property
    def mention_count(self) -> int:
        return sum(self.counts.values())

    def shown_count(self, group_number: int, group: ArticleGroup) -> int:
        return self.counts.get(group_number, 0)


def all_rows(mentions: EntityMentions, *, grouped: bool) -> MentionRows:
    """Every mention: under a header per article (`grouped`), or one flat list."""
    return AllRows(mentions, grouped=grouped)


def filtered_rows(
    mentions: EntityMentions,
    query: str,
    *,
    grouped: bool,
    cancelled: Callable[[], bool] = lambda: False,
) -> MentionRows | None:
    """The mentions whose article title or snippet holds `query`; None when `cancelled()`.

    Snippets are made only for groups whose title does not already match (about 10 µs
    each), so filtering the 7,000 mentions of the most mentioned entity stays well under a
    tenth of a second; the view runs it in a worker all the same.
    """
    needle = fold(" ".join(query.split()), ignore_case=True)
    if not needle:
        return all_rows(mentions, grouped=grouped)
    rows = array("i")
    counts: dict[int, int] = {}
    for number, group in enumerate(mentions.groups):
        if cancelled():
            return None
        if needle in fold(group.article.title, ignore_case=True):
            matching = list(range(group.first + 1, group.first + group.count + 1))
        else:
            matching = _matching_mentions(group, needle)
        if not matching:
            continue
        counts[number] = len(matching)
        if grouped:
            rows.append(-(number + 1))
        rows.extend(matching)
    return ChosenRows(mentions, rows, counts, grouped=grouped, needle=needle)


def _matching_mentions(group: ArticleGroup, needle: str) -> list[int]:
    """The flat positions of the group's mentions whose snippet holds `needle`."""
    found = []
    blocks = group.article.blocks
    for offset, mention in enumerate(group.mentions()):
        text = blocks[mention.block].text
        if needle not in fold(text, ignore_case=True):
            continue
        line = mention_snippet(text, mention.start, mention.end)
        if needle in fold(line.text, ignore_case=True):
            found.append(group.first + offset + 1)
    return found


def mention_snippet(text: str, start: int, end: int) -> Snippet:
    """The one-line context shown for a mention at `text[start:end]`."""
    return snippet(text, start, end, SNIPPET_WIDTH)
