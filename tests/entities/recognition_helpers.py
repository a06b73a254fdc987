"""Small builders for recognition tests: text → articles → (name, label) pairs."""

from __future__ import annotations

from reader.corpus.model import Article, Block, BlockKind
from reader.entities.consistency import harmonise
from reader.entities.evidence import CaseEvidence
from reader.entities.recognize import Recognizer


def article(
    text: str, *, language: str = "", kinds: dict[int, BlockKind] | None = None, ident: str = "a"
) -> Article:
    """An article whose blocks are the non-empty lines of `text` (the first one a paragraph
    unless `kinds` says otherwise: line index → block kind)."""
    blocks = []
    position = 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            kind = (kinds or {}).get(index, "paragraph")
            blocks.append(Block(kind, line, position))
        position += len(line) + 1
    return Article(
        id=ident, path=f"{ident}.txt", text=text, blocks=blocks, title="", language=language
    )


def names_in(*articles: Article) -> list[list[tuple[str, str]]]:
    """Each article's (surface, label) pairs, recognised with the evidence of all of them."""
    evidence = CaseEvidence.from_articles(articles)
    recognizer = Recognizer(evidence)
    scored = {a.id: recognizer.scan(a) for a in articles}
    mentions = harmonise(scored)
    return [
        [(a.blocks[m.block].text[m.start : m.end], m.label) for m in mentions[a.id]]
        for a in articles
    ]


def names(text: str, language: str = "") -> list[tuple[str, str]]:
    """The (surface, label) pairs found in one article made of `text`."""
    return names_in(article(text, language=language))[0]
