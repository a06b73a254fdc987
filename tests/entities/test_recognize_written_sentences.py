"""The engine on sentences written for these tests, in NERGrit's style (encyclopaedic
Indonesian prose: people, villages and districts, schools, clubs, bands, companies, films):
a check of recognition that no rule was tuned on.

The sentences and their names are in `data/written_sentences.txt`, names marked
`[LABEL name]`. Each sentence is its own file, the whole set one corpus, as the evaluation
tools run it; the typed F1 over PER, LOC and ORG stays at or above `WRITTEN_F1`.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.entities.pipeline import analyse

WRITTEN_F1 = 0.88
_DATA = Path(__file__).parent / "data" / "written_sentences.txt"
_MARK = re.compile(r"\[(PER|LOC|ORG) ([^\]]+)\]")
_LABELS = ("PER", "LOC", "ORG")


def _sentences() -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(text, gold names as (start, end, label)) for each marked line of the data file."""
    sentences = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, gold, position = "", set(), 0
        for mark in _MARK.finditer(line):
            text += line[position : mark.start()]
            gold.add((len(text), len(text) + len(mark.group(2)), mark.group(1)))
            text += mark.group(2)
            position = mark.end()
        sentences.append((text + line[position:], gold))
    return sentences


def test_the_data_file_marks_names_that_its_text_holds() -> None:
    sentences = _sentences()
    assert len(sentences) >= 60
    for text, gold in sentences:
        assert "[" not in text and "]" not in text
        for start, end, _ in gold:
            assert text[start:end] == text[start:end].strip() and start < end


def test_typed_f1_on_written_sentences(tmp_path: Path) -> None:
    sentences = _sentences()
    gold = set()
    for number, (text, names) in enumerate(sentences):
        path = tmp_path / f"s{number:03d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        gold |= {(path.name, start, end, label) for start, end, label in names}
    corpus = load_corpus([str(tmp_path)])
    analysis = analyse(corpus.articles)
    found = set()
    for doc in corpus.articles:
        for mention in analysis.mentions[doc.id]:
            if mention.label in _LABELS:
                start, end = doc.blocks[mention.block].source_span(mention.start, mention.end)
                found.add((Path(doc.path).name, start, end, mention.label))
    hits = len(gold & found)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    assert f1 >= WRITTEN_F1, f"typed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
