"""Small articles and mentions for linking tests, written out by hand."""

from __future__ import annotations

from reader.corpus.model import Article, Block
from reader.entities.link import link
from reader.entities.model import Entity, Mention


def article(article_id: str, text: str, language: str = "") -> Article:
    """An article whose blocks are the lines of `text`."""
    blocks, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block("paragraph", line, position))
        position += len(line) + 1
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        blocks=blocks,
        title=blocks[0].text,
        language=language,
    )


def mark(doc: Article, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of each (surface, label) in turn, each found after the previous one."""
    found: list[Mention] = []
    block, offset = 0, 0
    for surface, label in names:
        while True:
            at = doc.blocks[block].text.find(surface, offset)
            if at >= 0:
                found.append(Mention(block, at, at + len(surface), label))  # type: ignore[arg-type]
                offset = at + len(surface)
                break
            block, offset = block + 1, 0
    return found


class Linked:
    """The result of linking some marked articles, with lookups by surface text."""

    def __init__(self, *marked: tuple[Article, list[Mention]], **options: object) -> None:
        self.articles = [doc for doc, _ in marked]
        raw = {doc.id: found for doc, found in marked}
        self.mentions, self.entities = link(self.articles, raw, **options)  # type: ignore[arg-type]

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(article id, surface, label, entity id) for every mention."""
        return [
            (doc.id, doc.blocks[m.block].text[m.start : m.end], m.label, m.entity)
            for doc in self.articles
            for m in self.mentions[doc.id]
        ]

    def ids(self, surface: str, article_id: str | None = None) -> set[str]:
        """The entity ids of the mentions written `surface` (in one article, if given)."""
        return {
            entity
            for doc_id, text, _, entity in self.rows()
            if text == surface and (article_id is None or doc_id == article_id)
        }

    def entity(self, surface: str, article_id: str | None = None) -> Entity:
        """The one entity that mentions written `surface` link to."""
        (entity_id,) = self.ids(surface, article_id)
        return self.entities[entity_id]

    def same(self, *surfaces: str) -> bool:
        """True when every mention of all `surfaces` links to one entity."""
        found = set().union(*(self.ids(s) for s in surfaces))
        return len(found) == 1
