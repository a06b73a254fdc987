"""The mentions index: an entity's mentions by article (newest first), k of N stepping,
"appears with", and an article's entities by kind."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.entities.model import Entity
from reader.index.mentions import appears_with, article_entities, entity_mentions
from tests.index.helpers import make_article, make_index

OLD = make_article(
    "old",
    "Widodo visits Jakarta",
    ["Joko Widodo arrived in Jakarta.", "Widodo met Prabowo. Widodo smiled."],
    date=datetime(2016, 5, 1),
    order=0,
)
UNDATED_A = make_article("undated-a", "Notes", ["Prabowo spoke in Bandung."], order=1)
NEW = make_article(
    "new",
    "Jakarta floods",
    ["Jakarta flooded and Widodo came.", "KPK was not there."],
    date=datetime(2018, 1, 2),
    order=2,
)
UNDATED_B = make_article("undated-b", "More notes", ["Widodo and Prabowo in Bandung."], order=3)
ARTICLES = [OLD, UNDATED_A, NEW, UNDATED_B]
ENTITIES = [
    Entity("per:joko-widodo", "Joko Widodo", "PER", ("Widodo",)),
    Entity("per:prabowo", "Prabowo", "PER"),
    Entity("loc:jakarta", "Jakarta", "LOC"),
    Entity("loc:bandung", "Bandung", "LOC"),
    Entity("org:kpk", "KPK", "ORG"),
]
MENTIONS = [
    ("old", 0, "Widodo", "PER", "per:joko-widodo"),
    ("old", 0, "Jakarta", "LOC", "loc:jakarta"),
    ("old", 1, "Joko Widodo", "PER", "per:joko-widodo"),
    ("old", 1, "Jakarta", "LOC", "loc:jakarta"),
    ("old", 2, "Widodo", "PER", "per:joko-widodo"),
    ("old", 2, "Prabowo", "PER", "per:prabowo"),
    ("old", 2, "Widodo", "PER", "per:joko-widodo"),
    ("undated-a", 1, "Prabowo", "PER", "per:prabowo"),
    ("undated-a", 1, "Bandung", "LOC", "loc:bandung"),
    ("new", 0, "Jakarta", "LOC", "loc:jakarta"),
    ("new", 1, "Jakarta", "LOC", "loc:jakarta"),
    ("new", 1, "Widodo", "PER", "per:joko-widodo"),
    ("new", 2, "KPK", "ORG", "org:kpk"),
    ("undated-b", 1, "Widodo", "PER", "per:joko-widodo"),
    ("undated-b", 1, "Prabowo", "PER", "per:prabowo"),
    ("undated-b", 1, "Bandung", "LOC", "loc:bandung"),
]


@pytest.fixture(scope="module")
def index():
    return make_index(ARTICLES, MENTIONS, ENTITIES)


def test_counts_come_from_the_mentions(index) -> None:
    widodo = index.entity("per:joko-widodo")
    assert (widodo.mentions, widodo.articles) == (6, 3)
    assert index.most_mentioned(1)[0].name == "Joko Widodo"


def test_mentions_are_grouped_by_article_newest_first_then_undated_in_file_order(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    assert [g.article.id for g in found.groups] == ["new", "old", "undated-b"]
    assert [g.count for g in found.groups] == [1, 4, 1]
    assert [g.first for g in found.groups] == [0, 1, 5]
    assert found.summary == "6 mentions in 3 articles"


def test_group_mentions_are_in_text_order_with_entity_ids(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    old = found.groups[1].mentions()
    assert [(m.block, m.start) for m in old] == sorted((m.block, m.start) for m in old)
    assert {m.entity for m in old} == {"per:joko-widodo"}
    texts = [OLD.blocks[m.block].text[m.start : m.end] for m in old]
    assert texts == ["Widodo", "Joko Widodo", "Widodo", "Widodo"]


def test_singular_summary(index) -> None:
    assert entity_mentions(index, "org:kpk").summary == "1 mention in 1 article"


def test_stepping_goes_through_every_mention_k_of_n_and_wraps(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    step = found.step(1)
    seen = [(step.location.article.id, step.location.mention.block, step.k, step.n)]
    for _ in range(found.mention_count):
        location = step.location
        step = found.step(1, location.article.id, location.mention.block, location.mention.start)
        seen.append((location.article.id, step.location.mention.block, step.k, step.n))
    assert [k for *_, k, _n in seen] == [1, 2, 3, 4, 5, 6, 1]
    assert {n for *_, n in seen} == {6}
    assert seen[0][0] == "new"


def test_stepping_back_from_the_first_wraps_to_the_last(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    first = found.location(1)
    step = found.step(-1, first.article.id, first.mention.block, first.mention.start)
    assert (step.k, step.location.article.id) == (6, "undated-b")


def test_stepping_from_a_reading_position_between_mentions(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    # In "old", block 1 after "Joko Widodo" and before the next mention (block 2).
    forward = found.step(1, "old", 1, 20)
    backward = found.step(-1, "old", 1, 20)
    assert (forward.location.mention.block, forward.location.mention.start) == (2, 0)
    assert forward.k == 4
    assert backward.location.text == "Joko Widodo" and backward.k == 3
    # On a mention itself, the step goes to its neighbours.
    assert found.step(1, "old", 1, 0).k == 4
    assert found.step(-1, "old", 1, 0).k == 2


def test_stepping_from_an_article_without_the_entity_starts_at_the_ends(index) -> None:
    found = entity_mentions(index, "per:joko-widodo")
    assert found.step(1, "undated-a", 1, 0).k == 1
    assert found.step(-1, "undated-a", 1, 0).k == 6


def test_appears_with_counts_shared_articles(index) -> None:
    companions = appears_with(index, "per:joko-widodo")
    assert [(e.name, n) for e, n in companions] == [
        ("Jakarta", 2),
        ("Prabowo", 2),
        ("Bandung", 1),
        ("KPK", 1),
    ]


def test_article_entities_are_grouped_by_kind_with_counts(index) -> None:
    grouped = article_entities(index, "old")
    assert list(grouped) == ["PER", "LOC"]
    assert [(e.name, n) for e, n in grouped["PER"]] == [("Joko Widodo", 4), ("Prabowo", 1)]
    assert [(e.name, n) for e, n in grouped["LOC"]] == [("Jakarta", 2)]


def test_mentions_in_an_article_and_unknown_ids(index) -> None:
    assert [m.entity for m in index.mentions_in("new")] == [
        "loc:jakarta",
        "loc:jakarta",
        "per:joko-widodo",
        "org:kpk",
    ]
    with pytest.raises(KeyError):
        entity_mentions(index, "per:nobody")
