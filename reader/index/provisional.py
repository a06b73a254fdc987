"""Names for an article outside the built index: recognised alone, linked to known entities.

When the user opens an article before the background build has reached it (or one added
after the build), it is recognised and linked on its own. Its entities then get the ids of the
built index's entities with the same label and name (or alias), so highlighting and the
mentions list agree with the rest of the corpus until the next build links it properly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.entities.model import Entity, Mention
from reader.index.corpus_index import CorpusIndex
from reader.index.fold import fold


@dataclass(slots=True)
class ArticleNames:
    """One article's mentions with their entities, for showing it before or after the build.

    `provisional` is True when the article was recognised on its own (the corpus-wide linking
    has not run over it yet): its entity ids may change when the build finishes.
    """

    mentions: list[Mention]
    entities: dict[str, Entity] = field(default_factory=dict)
    provisional: bool = False


class KnownNames:
    """The entities of a built index by (label, folded name or alias)."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self._ids: dict[tuple[str, str], str] = {}
        table = index.entity_table
        for number in range(len(table)):
            label = table.label(number)
            for name in (table.names[number], *table.aliases[number]):
                self._ids.setdefault((label, fold(name)), table.ids[number])

    def relink(self, mentions: list[Mention], entities: dict[str, Entity]) -> ArticleNames:
        """`mentions` and their `entities` (from linking one article), with known ids."""
        renamed: dict[str, str] = {}
        result_entities: dict[str, Entity] = {}
        for entity_id, entity in entities.items():
            known = self._ids.get((entity.label, fold(entity.name)))
            if known is None:
                result_entities[entity_id] = entity
            else:
                renamed[entity_id] = known
                result_entities[known] = self.index.entity(known)
        relinked = [replace(m, entity=renamed.get(m.entity, m.entity)) for m in mentions]
        return ArticleNames(relinked, result_entities, provisional=True)
