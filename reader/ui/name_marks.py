"""An article's names placed on its display blocks: the spans to paint and the cursor's stops.

Mentions come per article block (`Mention.block`, display offsets in that block's text);
the view shows display blocks (title, a metadata line joining several blocks, the body,
tags). `NameMarks` moves every mention onto the display block that shows it, keeps them in
reading order for the entity cursor, and answers where a name is. `SourceMap` converts
positions between article blocks and display blocks both ways. No Textual here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

from reader.ui.article_layout import DisplayBlock, StyledSpan

if TYPE_CHECKING:
    from reader.entities.model import Mention

#: Label → the kind suffix of the component class that paints it (`article-view--person`).
KIND_OF_LABEL: dict[str, str] = {"PER": "person", "LOC": "place", "ORG": "org", "MISC": "misc"}
#: Kinds in legend order.
KINDS: tuple[str, ...] = ("person", "place", "org", "misc")


class NameStop(NamedTuple):
    """One mention as shown: `display_block` text `[start:end]`, and the mention itself."""

    display_block: int
    start: int
    end: int
    mention: Mention

    @property
    def kind(self) -> str:
        return KIND_OF_LABEL.get(self.mention.label, "misc")


class SourceMap:
    """Where each article block's text is shown, and which article block a display spot shows."""

    def __init__(self, blocks: Sequence[DisplayBlock]) -> None:
        self._shown: dict[int, tuple[int, int]] = {}  # article block → (display block, shift)
        self._sources: list[tuple[tuple[int, int], ...]] = []
        for display_index, block in enumerate(blocks):
            self._sources.append(tuple(sorted(block.sources, key=lambda s: s[1])))
            for article_block, shift in block.sources:
                self._shown.setdefault(article_block, (display_index, shift))

    def to_display(self, block: int, offset: int) -> tuple[int, int] | None:
        """The display position of `offset` in article block `block`; None when not shown."""
        found = self._shown.get(block)
        if found is None:
            return None
        display_block, shift = found
        return display_block, shift + offset

    def to_article(self, display_block: int, offset: int) -> tuple[int, int]:
        """The article position shown at a display position (or the next one that is shown)."""
        for index in range(max(0, display_block), len(self._sources)):
            sources = self._sources[index]
            if not sources:
                continue
            if index != display_block:
                return sources[0][0], 0
            shifts = [shift for _, shift in sources]
            article_block, shift = sources[max(0, bisect_right(shifts, offset) - 1)]
            return article_block, max(0, offset - shift)
        return (0, 0)


class NameMarks:
    """Every shown mention of one article, in reading order, with lookups for the cursor."""

    def __init__(self, source_map: SourceMap, mentions: Sequence[Mention]) -> None:
        stops: list[NameStop] = []
        for mention in mentions:
            start = source_map.to_display(mention.block, mention.start)
            if start is None or mention.end <= mention.start:
                continue
            display_block, display_start = start
            length = mention.end - mention.start
            stops.append(NameStop(display_block, display_start, display_start + length, mention))
        stops.sort(key=lambda stop: (stop.display_block, stop.start))
        self.stops = stops
        self._keys = [(stop.display_block, stop.start) for stop in stops]
        self._by_mention = {(s.mention.block, s.mention.start): i for i, s in enumerate(stops)}

    def __len__(self) -> int:
        return len(self.stops)

    def spans(self, block_count: int, hidden: Collection[str] = ()) -> list[list[StyledSpan]]:
        """The name spans of each display block, leaving out the `hidden` kinds."""
        spans: list[list[StyledSpan]] = [[] for _ in range(block_count)]
        for stop in self.stops:
            kind = stop.kind
            if kind not in hidden and stop.display_block < block_count:
                spans[stop.display_block].append(StyledSpan(stop.start, stop.end, kind))
        return spans

    def index_of(self, block: int, start: int) -> int | None:
        """The stop of the mention at article block `block`, offset `start` (or holding it)."""
        exact = self._by_mention.get((block, start))
        if exact is not None:
            return exact
        for index, stop in enumerate(self.stops):
            mention = stop.mention
            if mention.block == block and mention.start <= start < mention.end:
                return index
        return None

    def stop_at(self, display_block: int, offset: int) -> int | None:
        """The stop drawn over character `offset` of a display block, if any."""
        index = bisect_right(self._keys, (display_block, offset)) - 1
        if index >= 0:
            stop = self.stops[index]
            if stop.display_block == display_block and stop.start <= offset < stop.end:
                return index
        return None

    def step(self, index: int, direction: int, hidden: Collection[str] = ()) -> int | None:
        """The next (1) or previous (-1) stop from stop `index` whose kind is shown; no wrap."""
        position = index + direction
        while 0 <= position < len(self.stops):
            if self.stops[position].kind not in hidden:
                return position
            position += direction
        return None

    def first_from(
        self, display_block: int, offset: int, direction: int, hidden: Collection[str] = ()
    ) -> int | None:
        """The first shown stop at or after (direction 1) or before (-1) a display position."""
        if direction > 0:
            return self.step(bisect_left(self._keys, (display_block, offset)) - 1, 1, hidden)
        return self.step(bisect_left(self._keys, (display_block, offset)), -1, hidden)

    def first_of_entity(self, entity_id: str, hidden: Collection[str] = ()) -> int | None:
        """The first stop (in reading order) of a mention of `entity_id`."""
        for index, stop in enumerate(self.stops):
            if stop.mention.entity == entity_id and stop.kind not in hidden:
                return index
        return None
