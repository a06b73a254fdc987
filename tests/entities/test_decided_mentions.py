"""Stage 2's result read one article at a time: the same mentions as the one-call vote."""

from __future__ import annotations

import pytest

from reader.entities.adjacent import Scored
from reader.entities.consistency import LabelVotes
from reader.entities.pipeline import DecidedMentions, Labelling, corpus_evidence, link_labelled
from tests.entities.recognition_helpers import article


def _item(text: str, label: str, strength: int, start: int = 0) -> Scored:
    return Scored(0, start, start + len(text), label, strength, text)


def _scans() -> dict[str, list[Scored]]:
    return {
        "sure": [_item("Pentavia", "ORG", 2), _item("Ingrid Halvorsen", "PER", 2, 20)],
        "guess": [_item("Pentavia", "PER", 1), _item("Halvorsen", "LOC", 1, 30)],
        "none": [],
    }


def _votes() -> LabelVotes:
    votes = LabelVotes()
    for article_id, found in _scans().items():
        votes.add(article_id, found)
    return votes


def test_taking_articles_one_by_one_gives_what_deciding_all_gives() -> None:
    expected = _votes().decide()
    votes = _votes()
    taken = {article_id: votes.take(article_id) for article_id in ("guess", "none", "sure")}
    assert taken == expected
    assert votes.pending() == []
    assert votes.take("sure") is None  # taken once: its packed scan is gone


def test_decided_mentions_pop_each_article_once_then_the_default() -> None:
    expected = _votes().decide()
    decided = DecidedMentions(_votes())
    assert sorted(decided) == ["guess", "none", "sure"]
    assert decided["guess"] == expected["guess"]
    assert decided["guess"] == expected["guess"]  # read twice: the same mentions
    assert decided.pop("sure") == expected["sure"]
    assert "sure" not in decided
    assert decided.pop("sure", []) == []
    with pytest.raises(KeyError):
        decided.pop("sure")
    assert len(decided) == 2


def test_linking_lets_the_votes_go_and_links_what_the_vote_decided() -> None:
    articles = [
        article("Ingrid Halvorsen memimpin Pentavia. Halvorsen berkata.", language="id"),
        article("Pentavia tumbuh kata Halvorsen.", language="id", ident="b"),
    ]
    labelling = Labelling(corpus_evidence(articles))
    for item in articles:
        labelling.add(item.id, labelling.scan(item))
    decided = labelling.decide()
    expected = {item.id: decided[item.id] for item in articles}
    linked = link_labelled(articles, decided)
    assert len(decided) == 0
    assert any(expected.values())
    for number, item in enumerate(articles):
        mentions = linked.mentions_of(number)
        assert [(m.block, m.start, m.end) for m in mentions] == [
            (m.block, m.start, m.end) for m in expected[item.id]
        ]
