"""Linking measured on the gold spans of the seed articles, apart from recognition quality.

The gold mentions (spans, labels, entity ids) of ../shared/eval/seeds-dev, which cover the
seeds 000 and 001, are turned into `Mention`s of the loaded seed articles; the other seeds
get what recognition finds in them, since linking is corpus-wide. All are linked together,
and B-cubed F1 over the gold mentions against the gold entity ids must reach 0.97.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article
from reader.entities.link import link
from reader.entities.model import Mention
from reader.entities.pipeline import analyse
from tests.conftest import shared_path

GOLD = ("eval", "seeds-dev", "gold.jsonl")


def to_block_mention(article: Article, start: int, end: int, label: str) -> Mention:
    """The mention in `article`'s blocks that covers source offsets [start, end)."""
    for index, block in enumerate(article.blocks):
        for i in range(len(block.text)):
            if block.source_offset(i) == start:
                for j in range(i + 1, len(block.text) + 1):
                    if block.source_span(i, j) == (start, end):
                        return Mention(index, i, j, label)
    raise AssertionError(f"{article.path}: no block holds {start}:{end}")


def bcubed(gold: dict[tuple, str], predicted: dict[tuple, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of `predicted` clusters against `gold` ones."""
    gold_clusters: dict[str, set] = defaultdict(set)
    predicted_clusters: dict[str, set] = defaultdict(set)
    for item, cluster in gold.items():
        gold_clusters[cluster].add(item)
        predicted_clusters[predicted[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(gold_clusters[gold[item]] & predicted_clusters[predicted[item]])
        precision += shared / len(predicted_clusters[predicted[item]])
        recall += shared / len(gold_clusters[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def link_gold_spans(seeds: Path) -> tuple[dict[tuple, str], dict[tuple, str], dict[tuple, str]]:
    """Gold entity ids, predicted entity ids and gold labels, by (file, block, start)."""
    rows = [
        json.loads(line) for line in shared_path(*GOLD).read_text(encoding="utf-8").splitlines()
    ]
    articles = load_corpus([str(seeds)]).articles
    by_name = {os.path.basename(article.path): article for article in articles}
    recognised = analyse(articles).mentions
    annotated = {row["file"] for row in rows}
    mentions: dict[str, list[Mention]] = {
        article.id: []
        if os.path.basename(article.path) in annotated
        else [Mention(m.block, m.start, m.end, m.label) for m in recognised[article.id]]
        for article in articles
    }
    gold: dict[tuple, str] = {}
    gold_labels: dict[tuple, str] = {}
    for row in rows:
        article = by_name[row["file"]]
        mention = to_block_mention(article, row["start"], row["end"], row["label"])
        mentions[article.id].append(mention)
        gold[row["file"], mention.block, mention.start] = row["entity"]
        gold_labels[row["file"], mention.block, mention.start] = row["label"]
    linked, _ = link(articles, mentions)
    predicted = {
        (os.path.basename(article.path), m.block, m.start): m.entity
        for article in articles
        for m in linked[article.id]
    }
    predicted_labels = {
        (os.path.basename(article.path), m.block, m.start): m.label
        for article in articles
        for m in linked[article.id]
    }
    assert all(predicted_labels[item] == gold_labels[item] for item in gold), "labels changed"
    return gold, predicted, gold_labels


def test_gold_spans_link_with_bcubed_f1_of_at_least_097(seeds: Path) -> None:
    gold, predicted, _ = link_gold_spans(seeds)
    _, _, f1 = bcubed(gold, predicted)
    assert f1 >= 0.97


def test_each_predicted_entity_has_the_gold_label_of_its_mentions(seeds: Path) -> None:
    gold, predicted, gold_labels = link_gold_spans(seeds)
    labels_by_entity: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        labels_by_entity[predicted[item]].add(gold_labels[item])
    assert all(len(labels) == 1 for labels in labels_by_entity.values())
