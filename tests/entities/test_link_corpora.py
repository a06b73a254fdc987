"""Linking on real news (the shared BBC and IndoSum corpora): the failures a user saw.

Each test runs the whole engine on the articles of a corpus that hold the names in question
and checks what `reader entities` would show. Skipped where ../shared is absent.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from reader.corpus.formats.jsonl import articles_from_jsonl
from reader.corpus.model import Article
from reader.entities.pipeline import Analysis, analyse
from tests.conftest import shared_path

Row = tuple[str, str, str, str]  # article id, written form, label, entity id


@functools.cache
def _articles(corpus: str) -> tuple[Article, ...]:
    path = shared_path("corpora", corpus, "articles.jsonl.gz")
    return tuple(item for item in articles_from_jsonl(str(path)) if isinstance(item, Article))


def linked(
    corpus: str, wanted: Callable[[str], bool], limit: int = 400
) -> tuple[Analysis, list[Row]]:
    """The engine's result on the corpus's articles whose text `wanted` picks (at most `limit`)."""
    chosen = [doc for doc in _articles(corpus) if wanted(doc.text)][:limit]
    assert chosen, f"no article of {corpus} holds the names under test"
    analysis = analyse(chosen)
    rows = [
        (doc.id, doc.blocks[m.block].text[m.start : m.end], m.label, m.entity)
        for doc in chosen
        for m in analysis.mentions[doc.id]
    ]
    return analysis, rows


def entities_of(rows: list[Row], *texts: str) -> set[str]:
    return {entity for _, text, _, entity in rows if text in texts}


def test_bbc_pcs_are_not_the_civil_service_union() -> None:
    _, rows = linked("bbc-news-2225", lambda text: "PCs" in text or "PCS" in text)
    pcs, union = entities_of(rows, "PCs"), entities_of(rows, "PCS")
    assert pcs and union
    assert pcs.isdisjoint(union)
    assert all("Services" not in text for _, text, _, entity in rows if entity in pcs)


def test_bbc_eu_is_the_european_union_and_never_a_european_union() -> None:
    # One article misspells the expansion ("Europe Union"); its EU rightly follows that
    # spelling, so it is left out here.
    analysis, rows = linked(
        "bbc-news-2225",
        lambda text: ("European Union" in text or " EU " in text) and "Europe Union" not in text,
        limit=250,
    )
    assert len(entities_of(rows, "EU", "European Union")) == 1
    assert not [e.name for e in analysis.entities.values() if e.name.startswith(("A ", "An "))]
    assert not [text for _, text, _, _ in rows if text.startswith("A European")]


def test_bbc_securities_and_exchange_commission_is_one_organisation() -> None:
    """Where an article writes the full name and its acronym, both are one organisation."""
    _, rows = linked(
        "bbc-news-2225",
        lambda text: "Securities and Exchange Commission (SEC)" in text,
    )
    texts = {text for _, text, _, _ in rows}
    assert "Exchange Commission" not in texts
    assert "Securities and Exchange Commission" in texts
    assert len(entities_of(rows, "Securities and Exchange Commission", "SEC")) == 1


def test_indosum_a_spokesman_glued_to_his_agency_is_split_off() -> None:
    """Where an article names the spokesman on his own too ("Febri mengatakan")."""
    _, rows = linked(
        "indosum-dev",
        lambda text: "KPK Febri Diansyah" in text and text.count("Febri") > text.count("Febri D"),
    )
    assert not [text for _, text, _, _ in rows if text.startswith("KPK ") and "Febri" in text]
    person = entities_of(rows, "Febri Diansyah")
    assert len(person) == 1
    assert {label for _, text, label, _ in rows if text == "Febri Diansyah"} == {"PER"}
    assert entities_of(rows, "KPK").isdisjoint(person)


def test_indosum_the_front_of_a_ministers_name_is_the_minister() -> None:
    _, rows = linked("indosum-dev", lambda text: "Sri Mulyani" in text)
    assert len(entities_of(rows, "Sri Mulyani", "Sri Mulyani Indrawati")) == 1


def test_a_name_is_one_entity_within_an_article_whatever_its_labels() -> None:
    """Apart from the language a country name also names ("bahasa Jerman"), a name written
    alike in one article is one entity ("Honda" is never a person and then a place)."""
    for corpus, probe in (("indosum-dev", "Honda"), ("bbc-news-2225", "Microsoft")):
        _, rows = linked(corpus, lambda text, probe=probe: probe in text, limit=150)
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for doc_id, text, label, entity in rows:
            if not (label == "MISC" and entity.startswith("misc:")):
                found[doc_id, text].add(entity)
        split = {where: entities for where, entities in found.items() if len(entities) > 1}
        assert not split, f"{corpus}: {sorted(split.items())[:5]}"
        assert len(entities_of(rows, probe)) <= 2
