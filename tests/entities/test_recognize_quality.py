"""The engine's scores on the development sets stay at or above the project's thresholds.

Runs recognition and linking in-process over the bundled seeds, the NERGrit validation
sentences in ../shared/eval and the CoNLL-2003 dev sentences in ../shared/ner-train (rebuilt as
raw text; skipped when absent), one file per sentence as `reader entities` reads them, and
scores exact spans, typed.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.entities.pipeline import analyse
from tests.conftest import shared_path

SEEDS_F1 = 0.97
NERGRIT_F1 = 0.77
CONLL_F1 = 0.88


def _typed_f1(gold: set[tuple], predicted: set[tuple]) -> float:
    hits = len(gold & predicted)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if hits else 0.0


def _predicted(paths: list[str], labels: tuple[str, ...]) -> set[tuple[str, int, int, str]]:
    corpus = load_corpus(paths)
    analysis = analyse(corpus.articles)
    found = set()
    for doc in corpus.articles:
        for mention in analysis.mentions[doc.id]:
            if mention.label in labels:
                start, end = doc.blocks[mention.block].source_span(mention.start, mention.end)
                found.add((Path(doc.path).name, start, end, mention.label))
    return found


def test_seed_articles_typed_f1(seeds: Path) -> None:
    rows = [
        json.loads(line)
        for line in shared_path("eval", "seeds-dev", "gold.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    annotated = {row["file"] for row in rows}
    gold = {(r["file"], r["start"], r["end"], r["label"]) for r in rows}
    predicted = {
        p for p in _predicted([str(seeds)], ("PER", "LOC", "ORG", "MISC")) if p[0] in annotated
    }
    assert _typed_f1(gold, predicted) >= SEEDS_F1


def test_nergrit_validation_typed_f1(tmp_path: Path) -> None:
    rows = [
        json.loads(line)
        for line in shared_path("eval", "ner", "nergrit_valid.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line.strip()
    ]
    for row in rows:
        (tmp_path / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8", newline="")
    gold = {
        (f"{row['id']}.txt", e["start"], e["end"], e["label"])
        for row in rows
        for e in row["entities"]
    }
    predicted = _predicted([str(tmp_path)], ("PER", "LOC", "ORG"))
    assert _typed_f1(gold, predicted) >= NERGRIT_F1


def test_conll_dev_typed_f1(tmp_path: Path) -> None:
    from reader.entities.tagger.data import read_sentences

    sentences = list(read_sentences(shared_path("ner-train", "conll2003", "dev.jsonl.gz")))
    for sentence in sentences:
        (tmp_path / f"{sentence.id}.txt").write_text(sentence.text, encoding="utf-8", newline="")
    gold = {(f"{s.id}.txt", *span) for s in sentences for span in s.spans}
    predicted = _predicted([str(tmp_path)], ("PER", "LOC", "ORG", "MISC"))
    assert _typed_f1(gold, predicted) >= CONLL_F1
