"""How the index cache's rows are packed: a corpus's linked result in columns, and
compressed JSON for the evidence. The library store keeps the same rows (`index/store`)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader.index.tables import EntityTable, MentionTable, column_from_bytes


@dataclass(slots=True)
class CachedCorpus:
    """A corpus's cached linked result; its evidence is decoded only when asked for."""

    entities: EntityTable
    mentions: MentionTable
    entity_rows: tuple[Any, Any]
    evidence_blob: bytes

    def evidence(self) -> Any:
        """The merged evidence data (ValueError or zlib.error when damaged)."""
        return unpack_evidence(self.evidence_blob)


def decode_corpus(row: Sequence[Any]) -> CachedCorpus:
    """A `corpus_result` row (after its key columns) as a `CachedCorpus`; ValueError when
    its columns do not fit together."""
    (names_json, labels, mention_counts, article_counts, article_starts, block, start, end) = row[
        :8
    ]
    label, entity, entity_order, entity_starts, evidence = row[8:]
    names = json.loads(names_json)
    entities = EntityTable(
        ids=list(names["ids"]),
        names=list(names["names"]),
        labels=column_from_bytes(labels, "B"),
        aliases=[tuple(a) for a in names["aliases"]],
        mention_counts=column_from_bytes(mention_counts),
        article_counts=column_from_bytes(article_counts),
    )
    count = len(entities.ids)
    if any(
        len(c) != count
        for c in (
            entities.names,
            entities.labels,
            entities.aliases,
            entities.mention_counts,
            entities.article_counts,
        )
    ):
        raise ValueError("entity columns differ in length")
    table = MentionTable(
        column_from_bytes(article_starts),
        column_from_bytes(block),
        column_from_bytes(start),
        column_from_bytes(end),
        column_from_bytes(label, "B"),
        column_from_bytes(entity),
    )
    rows = (column_from_bytes(entity_order), column_from_bytes(entity_starts))
    if len(rows[0]) != len(table) or len(rows[1]) != count + 1:
        raise ValueError("entity row groups do not fit the table")
    return CachedCorpus(entities, table, rows, bytes(evidence))


def pack_evidence(data: Any) -> bytes:
    """Evidence data (`CaseEvidence.to_data`) as the cache stores it (compressed JSON)."""
    return pack_json(data)


def unpack_evidence(blob: bytes) -> Any:
    """Evidence data from `pack_evidence` output (ValueError or zlib.error when damaged)."""
    return unpack_json(blob)


def pack_json(data: Any) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def unpack_json(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob).decode("utf-8"))
