"""Recognition: the trained tagger reads each block, with the rule engine's findings among its
features, and its names become the engine's scored mentions.

The rule recogniser (`reader.entities.recognize`) still reads every block first: what it finds,
with how sure it is, is a feature of each word it covers, so the model learns from the labelled
data when to follow it. Blocks whose kind fixes the label (byline, dateline, source) keep the
rule findings as they are; `combine` says how the two are joined per language. How sure the model is of a name (its label's marginal probability)
becomes the mention's strength for the corpus-wide vote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.corpus.model import Article, Block
from reader.entities.adjacent import Scored
from reader.entities.evidence import CaseEvidence
from reader.entities.recognize import Recognizer
from reader.entities.shape import guess_language
from reader.entities.tagger import model
from reader.entities.tagger.features import Featurizer, line_features
from reader.entities.tagger.strength import Strength
from reader.entities.tagger.tokens import Token, islands, tokenize
from reader.entities.tagger.vote import vote
from reader.entities.vocab import NEVER_NAMES

#: Block kinds that are headlines: their mentions' votes count for little (`vote`).
_HEADLINE_KINDS = frozenset({"title", "heading"})
#: Block kinds whose names the rules label from the kind itself.
_KIND_BLOCKS = frozenset({"byline", "dateline", "source"})
#: Languages whose model reads the rules' findings as features (both: measured on the dev sets,
#: the English model gains a little from them too).
STACKED = frozenset({"id", "en"})
#: How sure the model must be to relabel a name whose label the rules took from context.
RELABEL = 0.9
#: A name the model is at least this sure of counts as evidence in the corpus-wide vote.
SURE = 0.6
_new_scored = tuple.__new__


def rule_features(
    tokens: Sequence[Token], found: Sequence[Scored], language: str
) -> list[list[str]]:
    """Per token, what the rules found there: "r=B-PER", "r=I-PER" and the strength (only
    for the languages in `STACKED`: empty lists elsewhere)."""
    if ("id" if language == "id" else "en") not in STACKED:
        return [[] for _ in tokens]
    out: list[list[str]] = [["r=O"] for _ in tokens]
    j = 0
    n = len(tokens)
    for item in found:
        while j < n and tokens[j].end <= item.start:
            j += 1
        k = j
        prefix = "B-"
        while k < n and tokens[k].start < item.end:
            out[k] = ["r=" + prefix + item.label, f"rs={item.label}{int(item.strength)}"]
            prefix = "I-"
            k += 1
    return out


def block_features(
    featurizer: Featurizer,
    tokens: Sequence[Token],
    text: str,
    rules: list[list[str]],
    lo: int,
    hi: int,
    line: list[str] | None = None,
) -> list[list[str]]:
    """The model's features of tokens `lo`..`hi` of a block: the words' own and the rules'
    findings (`rule_features` of the whole block)."""
    words = featurizer.block(tokens, text, lo, hi, line)
    n = len(rules)
    for i in range(lo, hi):
        feats = words[i - lo]
        if not rules[i]:
            continue
        feats += rules[i]
        if i:
            feats.append("-1" + rules[i - 1][0])
        if i + 1 < n:
            feats.append("+1" + rules[i + 1][0])
    return words


def article_language(article: Article) -> str:
    """The article's language as the loader found it, or as its first blocks suggest."""
    return article.language or guess_language(" ".join(b.text for b in article.blocks[:6]))


class TaggerRecognizer:
    """Recognises mentions with the trained tagger over the rules' findings (see module)."""

    def __init__(self, evidence: CaseEvidence | None = None) -> None:
        self.evidence = evidence or CaseEvidence()
        self.rules = Recognizer(self.evidence)
        self._featurizers: dict[str, Featurizer] = {}

    def featurizer(self, language: str) -> Featurizer:
        """The featurizer of `language` over this corpus's evidence (its cache of word types)."""
        key = "id" if language == "id" else "en"
        found = self._featurizers.get(key)
        if found is None:
            found = self._featurizers[key] = Featurizer(key, self.evidence)
        return found

    def scan(self, article: Article) -> list[Scored]:
        """Every mention of `article` with its label's strength, in block and text order."""
        language = article_language(article)
        ruled = self.rules.scan(article)
        if not model.available(language):
            return ruled
        by_block: dict[int, list[Scored]] = {}
        for item in ruled:
            by_block.setdefault(item.block, []).append(item)
        featurizer = self.featurizer(language)
        found: list[Scored] = []
        weights: list[float] = []
        headlines: set[int] = set()
        for index, block in enumerate(article.blocks):
            rules = by_block.get(index, [])
            if block.kind in _KIND_BLOCKS:
                found.extend(rules)
                weights.extend(r.strength / Strength.WORDS for r in rules)
                continue
            if block.kind in _HEADLINE_KINDS or line_features(block.text):
                headlines.add(index)
            for item, weight in self._tag_block(language, featurizer, index, block, rules):
                found.append(item)
                weights.append(weight)
        return vote(found, weights, headlines)

    def _tag_block(
        self, language: str, featurizer: Featurizer, index: int, block: Block, rules: list[Scored]
    ) -> list[tuple[Scored, float]]:
        """The model's names in one block, each with how sure it is (0–1)."""
        text = block.text
        tokens = tokenize(text)
        if not tokens or not any(c.isupper() for c in text):
            return []
        ruled = rule_features(tokens, rules, language)
        spans = []
        line = line_features(text)
        for lo, hi in islands(tokens, featurizer.ordinary):
            features = block_features(featurizer, tokens, text, ruled, lo, hi, line)
            spans += [
                (
                    tokens[lo + span.first].start,
                    tokens[lo + span.last].end,
                    span.label,
                    span.probability,
                )
                for span in model.tag(language, features)
            ]
        sure = {(s, e, label): p for s, e, label, p in spans}
        out: list[tuple[Scored, float]] = []
        for start, end, label, strength in combine(spans, rules, language):
            if text[start:end].lower() in NEVER_NAMES:
                continue  # a day, a month, a pronoun: never a name alone
            item = _new_scored(Scored, (index, start, end, label, strength, text[start:end]))
            out.append((item, sure.get((start, end, label), strength / Strength.WORDS)))
        return out


def _strength(probability: float) -> Strength:
    """How sure a model's name is, as the vote counts it."""
    return Strength.CONTEXT if probability >= SURE else Strength.GUESS


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int, str, int]]) -> bool:
    return any(s < end and start < e for s, e, _, _ in spans)


def combine(
    spans: list[tuple[int, int, str, float]], rules: list[Scored], language: str
) -> list[tuple[int, int, str, int]]:
    """The model's names and the rules' findings as one list of (start, end, label, strength).

    English: the model's names, a label the rules' own words fix (strength 3) marked so.
    Indonesian, where the rules' sure names were measured better than the model's on every
    dev set: the names the rules are sure of (split where the model surely reads two or more
    names in one, relabelled by the model where only context decided the label), the model's
    names elsewhere, and the rules' guesses where neither found anything.
    """
    if language != "id":
        fixed = {(r.start, r.end, r.label) for r in rules if r.strength == Strength.WORDS}
        return [
            (s, e, label, Strength.WORDS if (s, e, label) in fixed else _strength(p))
            for s, e, label, p in spans
        ]
    model_spans = {(s, e): (label, p) for s, e, label, p in spans}
    out = []
    for r in rules:
        if r.strength < Strength.CONTEXT:
            continue
        inside = [m for m in spans if r.start <= m[0] and m[1] <= r.end and m[3] >= SURE]
        if len(inside) >= 2:  # the model splits what the rules glued
            out += [(s, e, label, _strength(p)) for s, e, label, p in inside]
            continue
        label, strength = r.label, r.strength
        same = model_spans.get((r.start, r.end))
        if strength == Strength.CONTEXT and same is not None and same[1] >= RELABEL:
            label = same[0]  # context decided the rules' label, and the model surely reads it so
        out.append((r.start, r.end, label, strength))
    sure = list(out)
    out += [(s, e, label, _strength(p)) for s, e, label, p in spans if not _overlaps(s, e, sure)]
    kept = list(out)
    out += [
        (r.start, r.end, r.label, Strength.GUESS)
        for r in rules
        if r.strength == Strength.GUESS and not _overlaps(r.start, r.end, kept)
    ]
    out.sort()
    return out
