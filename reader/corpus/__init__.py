"""Files → articles: loaders per format and clean-up of scraped news text. No Textual here."""

from reader.corpus.model import META_KINDS, Article, Block, BlockKind, LoadProblem

__all__ = ["META_KINDS", "Article", "Block", "BlockKind", "LoadProblem"]
