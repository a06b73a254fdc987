"""Rebuild the tagger's weights from the labelled data in `ner-train`.

    python -m reader.entities.tagger.train --data ../shared/ner-train [--out DIR]

One CRF per language (English: CoNLL-2003 train and WikiGold train; Indonesian: NERGrit train),
trained on the sentences rebuilt as raw text (`data`) through the reader's own tokeniser and
features. L1 regularisation keeps the weights small; the dev splits are scored at the end.
Training is deterministic: the same data gives the same weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import NamedTuple

from reader.entities.evidence import CaseEvidence
from reader.entities.tagger.data import Sentence, Span, project, read_sentences, spans_of
from reader.entities.tagger.model import WEIGHTS_DIR, weights_path
from reader.entities.tagger.recognise import TaggerRecognizer, block_features, rule_features
from reader.entities.tagger.tokens import Token, islands, tokenize

#: The training splits of each language's model, relative to the data folder, and whether
#: each is read as written text or with its tokens joined by spaces (as NERGrit publishes its
#: text: the model learns both).
SOURCES: dict[str, tuple[tuple[str, bool], ...]] = {
    "en": (("conll2003/train.jsonl.gz", False), ("wikigold/train.jsonl.gz", False)),
    "id": (("nergrit/train.jsonl.gz", False), ("nergrit/train.jsonl.gz", True)),
}
#: The dev splits scored after training.
DEV: dict[str, tuple[tuple[str, bool], ...]] = {
    "en": (("conll2003/dev.jsonl.gz", False),),
    "id": (("nergrit/dev.jsonl.gz", True),),
}
#: CRF settings: L1 (prunes features) and L2 weights, L-BFGS iterations.
PARAMS = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


class Prepared(NamedTuple):
    """A sentence read the way the reader reads a file: its blocks' tokens, features, labels."""

    id: str
    blocks: list[
        tuple[list[Token], list[list[str]], list[str], int]
    ]  # tokens, features, tags, start


def prepare(sentences: list[Sentence], language: str) -> list[Prepared]:
    """Each sentence as a one-paragraph file through the reader's loader, with the case
    evidence of all of them as one corpus and the rules' findings, as `reader entities` sees it."""
    from reader.corpus.formats.plaintext import article_from_text

    articles = []
    for sentence in sentences:
        article = article_from_text(f"{sentence.id}.txt", sentence.text, digest=sentence.id)
        if article is not None:
            articles.append((sentence, article))
    recognizer = TaggerRecognizer(CaseEvidence.from_articles(a for _, a in articles))
    featurizer = recognizer.featurizer(language)
    prepared = []
    for sentence, article in articles:
        ruled = recognizer.rules.scan(article)
        blocks = []
        for index, block in enumerate(article.blocks):
            tokens = tokenize(block.text)
            if not tokens or block.offsets is not None:
                continue
            spans = [
                Span(s.start - block.start, s.end - block.start, s.label) for s in sentence.spans
            ]
            rules = rule_features(tokens, [r for r in ruled if r.block == index], language)
            tags = project(tokens, spans)
            for lo, hi in islands(tokens, featurizer.ordinary):
                features = block_features(featurizer, tokens, block.text, rules, lo, hi)
                blocks.append((tokens[lo:hi], features, _bio(tags[lo:hi]), block.start))
        prepared.append(Prepared(sentence.id, blocks))
    return prepared


def _bio(tags: list[str]) -> list[str]:
    """`tags` with a leading I- made B- (a range may start inside a name)."""
    if tags and tags[0].startswith("I-"):
        return ["B-" + tags[0][2:], *tags[1:]]
    return tags


def train(language: str, data: Path, out: Path, params: dict | None = None) -> Path:
    """Train the `language` model from `data` into `out`; returns the weights file."""
    import pycrfsuite

    sentences = [
        s for name, spaced in SOURCES[language] for s in read_sentences(data / name, spaced=spaced)
    ]
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in prepare(sentences, language):
        for _, features, tags, _ in item.blocks:
            trainer.append(features, tags)
    trainer.set_params({**PARAMS, **(params or {})})
    out.mkdir(parents=True, exist_ok=True)
    path = weights_path(language, out)
    trainer.train(str(path))
    return path


def evaluate(language: str, data: Path, weights: Path) -> dict[str, tuple[float, float, float]]:
    """Typed span precision, recall and F1 (overall and per label) on the dev splits."""
    import pycrfsuite

    sentences = [
        s for name, spaced in DEV[language] for s in read_sentences(data / name, spaced=spaced)
    ]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(weights))
    gold: set[tuple[str, int, int, str]] = set()
    pred: set[tuple[str, int, int, str]] = set()
    for sentence in sentences:
        gold.update((sentence.id, *span) for span in sentence.spans)
    for item in prepare(sentences, language):
        for tokens, features, _, start in item.blocks:
            offsets = [(start + t.start, start + t.end) for t in tokens]
            pred.update((item.id, *span) for span in spans_of(tagger.tag(features), offsets))
    scores = {"all": _prf(gold, pred)}
    for label in ("PER", "LOC", "ORG", "MISC"):
        scores[label] = _prf({g for g in gold if g[3] == label}, {p for p in pred if p[3] == label})
    return scores


def _prf(gold: set, pred: set) -> tuple[float, float, float]:
    hit = len(gold & pred)
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the name tagger's weights.")
    parser.add_argument("--data", type=Path, required=True, help="the ner-train folder")
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR, help="where the weights go")
    parser.add_argument("--language", choices=sorted(SOURCES), action="append")
    parser.add_argument("--c1", type=float)
    parser.add_argument("--c2", type=float)
    parser.add_argument("--iterations", type=int)
    args = parser.parse_args(argv)
    params = {
        k: v
        for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
        if v is not None
    }
    for language in args.language or sorted(SOURCES):
        began = time.perf_counter()
        path = train(language, args.data, args.out, params)
        took = time.perf_counter() - began
        print(f"{language}: {path} ({path.stat().st_size / 1e6:.1f} MB, {took:.0f} s)")
        for label, (p, r, f) in evaluate(language, args.data, path).items():
            print(f"  dev {label:4s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
