"""A hand-made names index for UI tests: exactly the names listed, wherever they are written.

Tests and snapshots that are about the reader's drawing use it, so they do not depend on what
recognition finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from textual.pilot import Pilot

from reader.entities.model import Entity, Mention
from reader.index.corpus_index import CorpusIndex
from reader.ui.indexing import IndexReady, NameIndexer
from tests.ui.conftest import settle, wait_until

#: (text, label, entity id)
Name = tuple[str, str, str]


def hand_index(screen, names: Sequence[Name]) -> CorpusIndex:
    """An index of the loaded articles with exactly `names` (longest match first)."""
    articles = list(screen.listing.articles())
    linked: dict[str, list[Mention]] = {}
    for article in articles:
        found: list[Mention] = []
        for number, block in enumerate(article.blocks):
            taken: list[tuple[int, int]] = []
            for text, label, entity in sorted(names, key=lambda n: -len(n[0])):
                for match in re.finditer(rf"\b{re.escape(text)}\b", block.text):
                    span = match.span()
                    if any(s < span[1] and span[0] < e for s, e in taken):
                        continue
                    taken.append(span)
                    found.append(Mention(number, span[0], span[1], label, entity))  # type: ignore[arg-type]
        linked[article.id] = sorted(found, key=lambda m: (m.block, m.start))
    entities: dict[str, Entity] = {}
    for text, label, entity_id in names:
        entities.setdefault(entity_id, Entity(entity_id, text, label, ()))  # type: ignore[arg-type]
    return CorpusIndex.from_linked(articles, linked, entities)


async def use_hand_names(pilot: Pilot[None], names: Sequence[Name]) -> None:
    """Wait for loading, then swap in the hand-made index."""
    await settle(pilot)
    screen = pilot.app.main_screen
    await wait_until(pilot, lambda: screen.index is not None)  # the real build is over
    hand = hand_index(screen, names)
    screen.query_one(NameIndexer).post_message(IndexReady(hand))
    await wait_until(pilot, lambda: screen.index is hand)
    await settle(pilot)
