"""Plain text (.txt): every non-empty line is a paragraph, then the clean-up rules run."""

from __future__ import annotations

from reader.corpus.build import make_article
from reader.corpus.cleanup import CleanupOptions, Meta, clean_blocks
from reader.corpus.lines import split_lines
from reader.corpus.model import Article


def article_from_text(
    path: str,
    text: str,
    *,
    digest: str,
    notes: tuple[str, ...] = (),
    reference_year: int | None = None,
) -> Article | None:
    """The article in a plain-text file's (sanitized) text; None when it holds no text.

    Offsets index `text` itself, which is the file's text as read with
    `open(path, encoding="utf-8", newline="")` with control characters replaced one-for-one.
    """
    blocks = split_lines(text)
    if not blocks:
        return None
    meta = Meta()
    options = CleanupOptions(reference_year=reference_year)
    blocks = clean_blocks(text, blocks, meta, options)
    if not blocks:
        return None
    return make_article(
        article_id=path, path=path, text=text, blocks=blocks, meta=meta, digest=digest, notes=notes
    )
