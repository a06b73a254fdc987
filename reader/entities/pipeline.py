"""The whole entity engine in one call: evidence → recognition → corpus-wide labels → linking.

The stages are separate so that the index can run them incrementally (count evidence and
recognise articles in a worker, as they load or on demand, then harmonise and link) and cache
each article's evidence by content (`CaseEvidence.to_data`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.corpus.model import Article
from reader.entities.consistency import LabelVotes
from reader.entities.evidence import CaseEvidence
from reader.entities.link import link
from reader.entities.model import Entity, Mention
from reader.entities.names import NamesFile
from reader.entities.recognize import Recognizer

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Analysis:
    """Every article's mentions (entity ids filled in) and the entities they refer to."""

    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # article id → mentions
    entities: dict[str, Entity] = field(default_factory=dict)  # entity id → entity


def analyse(
    articles: Sequence[Article], names: NamesFile | None = None, progress: Progress | None = None
) -> Analysis:
    """Find and link every name in `articles`; `progress(done, total)` is called as it goes.

    `names`: the user's names file, applied after recognition (watched names added, ignored
    names dropped) and to linking (each watched name and its aliases are one entity).
    """
    evidence = CaseEvidence.from_articles(articles)
    recognizer = Recognizer(evidence)
    votes = LabelVotes(evidence)
    total = len(articles)
    for done, article in enumerate(articles, 1):
        votes.add(article.id, recognizer.scan(article))
        if progress is not None:
            progress(done, total)
    del recognizer  # its caches of parsed runs are not needed past the scan
    found = votes.decide()
    del votes, evidence
    if names is not None:
        found = {
            article.id: names.apply(article, found.get(article.id, [])) for article in articles
        }
    mentions, entities = link(articles, found, names=names)
    return Analysis(mentions, entities)
