"""Corpus-wide case evidence: what it counts, and that it survives JSON and merging."""

from __future__ import annotations

import json

from reader.entities.evidence import CaseEvidence
from tests.entities.recognition_helpers import article


def test_counts_lower_case_and_mid_sentence_capitals() -> None:
    doc = article("Pertemuan itu digelar di Hanoi. Warga Hanoi menyambut pertemuan itu.")
    evidence = CaseEvidence.from_article(doc)
    assert evidence.seen_lower("Pertemuan") == 1
    assert evidence.seen_capitalised("hanoi") == 2
    assert evidence.seen_capitalised("Pertemuan") == 0  # a sentence start proves nothing


def test_headline_capitals_are_not_counted() -> None:
    doc = article(
        "Warga Akan Menyambut Tamu Dari Hanoi\nwarga akan menyambut tamu", kinds={0: "title"}
    )
    evidence = CaseEvidence.from_article(doc)
    assert evidence.seen_capitalised("akan") == 0
    assert evidence.seen_lower("akan") == 1


def test_round_trips_through_json_and_merges() -> None:
    one = CaseEvidence.from_article(article("Menteri itu tiba di Hanoi, kata warga."))
    two = CaseEvidence.from_article(article("Warga Hanoi menunggu menteri itu.", ident="b"))
    restored = CaseEvidence.from_data(json.loads(json.dumps(one.to_data())))
    assert restored.to_data() == one.to_data()
    merged = CaseEvidence.from_data(one.to_data()).merge(two)
    assert merged.seen_lower("menteri") == 1  # "Menteri" opens a sentence in the first one
    assert merged.seen_capitalised("Hanoi") == 2
    both = CaseEvidence.from_articles(
        [
            article("Menteri itu tiba di Hanoi, kata warga."),
            article("Warga Hanoi menunggu menteri itu.", ident="b"),
        ]
    )
    assert merged.to_data() == both.to_data()
