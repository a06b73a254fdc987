"""Compact columns for a whole corpus's mentions and entities.

A corpus of 25,000 articles has about 660,000 mentions; as `Mention` objects they take about a
second to create and a lot of memory, so the index keeps them as parallel integer columns and
makes `Mention` objects only for what is shown (one article, one group of the mentions list).
The columns are also what the on-disk cache stores, so a warm start only copies bytes.
"""

from __future__ import annotations

import gc
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from reader.entities.entity_records import LinkedCorpus
from reader.entities.model import LABELS, Entity, Label, Mention

#: Label ↔ the small integer stored in the label columns.
LABEL_CODES: dict[str, int] = {label: code for code, label in enumerate(LABELS)}


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large structures.

    Decoding or building hundreds of thousands of small objects otherwise triggers full
    collections that walk every object of the loaded corpus (seconds at 100,000 articles);
    none of these objects form cycles, so pausing loses nothing. The previous state is kept.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def uint_column(values: Iterable[int] = ()) -> array:
    """An unsigned 32-bit integer column."""
    return array("I", values)


def label_column(values: Iterable[int] = ()) -> array:
    """A column of label codes (one byte each)."""
    return array("B", values)


def column_to_bytes(column: array) -> bytes:
    """The column as little-endian bytes (the cache's portable form)."""
    if sys.byteorder == "little":
        return column.tobytes()
    swapped = array(column.typecode, column)
    swapped.byteswap()
    return swapped.tobytes()


def column_from_bytes(data: bytes, typecode: str = "I") -> array:
    """A column from `column_to_bytes` output; ValueError when the length does not fit."""
    column = array(typecode)
    if len(data) % column.itemsize:
        raise ValueError("column data has a partial item")
    column.frombytes(data)
    if sys.byteorder != "little":
        column.byteswap()
    return column


@dataclass(slots=True)
class MentionTable:
    """Every mention of a corpus, article by article in text order, as parallel columns.

    The mentions of article number `a` (its position in the index's article list) are the rows
    `article_starts[a]` to `article_starts[a + 1]`. `label` holds `LABEL_CODES`; `entity` holds
    entity numbers (positions in the `EntityTable`).
    """

    article_starts: array
    block: array
    start: array
    end: array
    label: array
    entity: array

    def __len__(self) -> int:
        return len(self.block)

    @classmethod
    def empty(cls, article_count: int = 0) -> MentionTable:
        starts = uint_column([0] * (article_count + 1))
        return cls(
            starts, uint_column(), uint_column(), uint_column(), label_column(), uint_column()
        )

    def rows_of_article(self, article: int) -> range:
        """The rows holding the mentions of article number `article`."""
        return range(self.article_starts[article], self.article_starts[article + 1])

    def mention(self, row: int, entity_ids: Sequence[str]) -> Mention:
        """Row `row` as a `Mention`, with its entity id taken from `entity_ids`."""
        return Mention(
            self.block[row],
            self.start[row],
            self.end[row],
            LABELS[self.label[row]],
            entity_ids[self.entity[row]],
        )

    def validate(self, article_count: int, entity_count: int) -> None:
        """Raise ValueError unless the columns describe `article_count` articles consistently."""
        rows = len(self.block)
        if len(self.article_starts) != article_count + 1:
            raise ValueError("article count does not match")
        if any(len(c) != rows for c in (self.start, self.end, self.label, self.entity)):
            raise ValueError("columns differ in length")
        if self.article_starts[0] != 0 or self.article_starts[-1] != rows:
            raise ValueError("article row ranges do not cover the table")
        if rows and (max(self.entity) >= entity_count or max(self.label) >= len(LABELS)):
            raise ValueError("entity or label number out of range")


@dataclass(slots=True)
class EntityTable:
    """Every entity of a corpus as parallel columns; `Entity` objects are made on request."""

    ids: list[str]
    names: list[str]
    labels: array  # LABEL_CODES
    aliases: list[tuple[str, ...]]
    mention_counts: array
    article_counts: array

    def __len__(self) -> int:
        return len(self.ids)

    def entity(self, number: int) -> Entity:
        """Entity number `number` as an `Entity`."""
        return Entity(
            self.ids[number],
            self.names[number],
            LABELS[self.labels[number]],
            self.aliases[number],
            self.mention_counts[number],
            self.article_counts[number],
        )

    def label(self, number: int) -> Label:
        return LABELS[self.labels[number]]


def tables_from_linked(
    article_ids: Sequence[str],
    linked: Mapping[str, Sequence[Mention]],
    entities: Mapping[str, Entity],
) -> tuple[EntityTable, MentionTable]:
    """Columns for the output of linking: mentions per article id, entities by id.

    Mention and article counts are counted from the mentions themselves, so they agree with
    what the index lists whatever the linker reported.
    """
    numbers: dict[str, int] = {}
    ids: list[str] = []
    for entity_id in entities:
        numbers[entity_id] = len(ids)
        ids.append(entity_id)
    table = MentionTable.empty(0)
    starts = table.article_starts
    for article_id in article_ids:
        for mention in linked.get(article_id, ()):
            number = numbers.get(mention.entity)
            if number is None:  # a mention the linker left without an entity
                continue
            table.block.append(mention.block)
            table.start.append(mention.start)
            table.end.append(mention.end)
            table.label.append(LABEL_CODES[mention.label])
            table.entity.append(number)
        starts.append(len(table.block))
    mention_counts, article_counts = count_entities(table, len(ids))
    values = [entities[i] for i in ids]
    entity_table = EntityTable(
        ids=ids,
        names=[e.name for e in values],
        labels=label_column(LABEL_CODES[e.label] for e in values),
        aliases=[tuple(e.aliases) for e in values],
        mention_counts=mention_counts,
        article_counts=article_counts,
    )
    return entity_table, table


def tables_from_linked_corpus(linked: LinkedCorpus) -> tuple[EntityTable, MentionTable]:
    """Columns for linking's own columnar output (`reader.entities.pipeline` stage 3).

    The counts are the linker's, which are those of the mentions it returns: the reader
    and `reader entities` show the same numbers.
    """
    entities = linked.entities
    entity_labels = label_column(LABEL_CODES[entity.label] for entity in entities)
    mentions = MentionTable(  # linking's columns are uint columns already: shared, not copied
        linked.article_starts,
        linked.block,
        linked.start,
        linked.end,
        label_column(map(entity_labels.__getitem__, linked.entity)),
        linked.entity,
    )
    entity_table = EntityTable(
        ids=[entity.id for entity in entities],
        names=[entity.name for entity in entities],
        labels=entity_labels,
        aliases=[tuple(entity.aliases) for entity in entities],
        mention_counts=uint_column(entity.mentions for entity in entities),
        article_counts=uint_column(entity.articles for entity in entities),
    )
    return entity_table, mentions


def count_entities(table: MentionTable, entity_count: int) -> tuple[array, array]:
    """How many mentions and how many distinct articles each entity has in `table`."""
    mentions = [0] * entity_count
    articles = [0] * entity_count
    column = table.entity
    starts = table.article_starts
    for article in range(len(starts) - 1):
        rows = column[starts[article] : starts[article + 1]]
        for number in rows:
            mentions[number] += 1
        for number in set(rows):
            articles[number] += 1
    return uint_column(mentions), uint_column(articles)


def group_rows_by_entity(table: MentionTable, entity_count: int) -> tuple[array, array]:
    """Rows sorted by entity (then by row), and where each entity's rows start in that order.

    The rows of entity `e` are `order[starts[e]:starts[e + 1]]`, in article and text order.
    """
    counts = [0] * (entity_count + 1)
    for number in table.entity:
        counts[number + 1] += 1
    for number in range(entity_count):
        counts[number + 1] += counts[number]
    starts = uint_column(counts)
    cursor = counts[:-1]
    order = [0] * len(table.entity)
    for row, number in enumerate(table.entity):
        order[cursor[number]] = row
        cursor[number] += 1
    return uint_column(order), starts
