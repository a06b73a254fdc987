"""Build small articles in memory for unit tests of the reader's display code."""

from __future__ import annotations

from datetime import datetime

from reader.corpus.model import Article, Block, BlockKind


def make_article(
    title: str,
    body: list[tuple[BlockKind, str]] | list[str],
    *,
    date: datetime | None = None,
    order: int = 0,
    **fields: object,
) -> Article:
    """An article whose text is its title and blocks, one per line."""
    parts: list[tuple[BlockKind, str]] = [("title", title)]
    parts += [(("paragraph", b) if isinstance(b, str) else b) for b in body]
    blocks: list[Block] = []
    position = 0
    for kind, text in parts:
        blocks.append(Block(kind, text, position))
        position += len(text) + 1
    text = "\n".join(t for _, t in parts)
    name = fields.pop("path", f"{title[:20]}.txt")
    return Article(
        id=str(name),
        path=str(name),
        text=text,
        blocks=blocks,
        title=title,
        date=date,
        order=order,
        digest=f"digest-{title}-{order}",
        **fields,  # type: ignore[arg-type]
    )
