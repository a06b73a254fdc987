"""The whole entity engine in one call: evidence → recognition → corpus-wide linking.

The stages are separate so that the index can run them incrementally (recognise articles in a
worker, as they load or on demand, then link) and cache each article's result by content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.corpus.model import Article
from reader.entities.evidence import CaseEvidence
from reader.entities.link import link
from reader.entities.model import Entity, Mention
from reader.entities.recognize import Recognizer

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Analysis:
    """Every article's mentions (entity ids filled in) and the entities they refer to."""

    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # article id → mentions
    entities: dict[str, Entity] = field(default_factory=dict)  # entity id → entity


def analyse(
    articles: Sequence[Article], names: object | None = None, progress: Progress | None = None
) -> Analysis:
    """Find and link every name in `articles`; `progress(done, total)` is called as it goes."""
    evidence = CaseEvidence.from_articles(articles)
    recognizer = Recognizer(evidence)
    raw: dict[str, list[Mention]] = {}
    total = len(articles)
    for done, article in enumerate(articles, 1):
        raw[article.id] = recognizer.recognize(article)
        if progress is not None:
            progress(done, total)
    mentions, entities = link(articles, raw)
    return Analysis(mentions, entities)
