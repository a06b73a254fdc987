"""Resolve mentions across the corpus into entities with stable ids (baseline: same text)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from reader.corpus.model import Article
from reader.entities.model import Entity, Mention


def slug(label: str, name: str) -> str:
    """A stable id for an entity: its label and its name in lower-case ASCII-ish words."""
    words = re.findall(r"\w+", name.lower())
    return f"{label.lower()}:{'-'.join(words) or 'x'}"


def link(
    articles: Sequence[Article], mentions: Mapping[str, list[Mention]]
) -> tuple[dict[str, list[Mention]], dict[str, Entity]]:
    """Give every mention an entity id; return the linked mentions and the entities."""
    entities: dict[str, Entity] = {}
    linked: dict[str, list[Mention]] = {}
    for article in articles:
        seen: set[str] = set()
        out = []
        for mention in mentions.get(article.id, []):
            name = article.blocks[mention.block].text[mention.start : mention.end]
            entity_id = slug(mention.label, name)
            entity = entities.setdefault(entity_id, Entity(entity_id, name, mention.label))
            entity.mentions += 1
            if entity_id not in seen:
                entity.articles += 1
                seen.add(entity_id)
            out.append(replace(mention, entity=entity_id))
        linked[article.id] = out
    return linked, entities
