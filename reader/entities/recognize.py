"""Find names in an article's blocks and label them (baseline: runs of capitalised words)."""

from __future__ import annotations

import re

from reader.corpus.model import Article
from reader.entities.evidence import CaseEvidence
from reader.entities.model import Mention

_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


class Recognizer:
    """Recognises mentions in articles using corpus-wide evidence."""

    def __init__(self, evidence: CaseEvidence | None = None) -> None:
        self.evidence = evidence or CaseEvidence()

    def recognize(self, article: Article) -> list[Mention]:
        mentions: list[Mention] = []
        for index, block in enumerate(article.blocks):
            for match in _RUN.finditer(block.text):
                mentions.append(Mention(index, match.start(), match.end(), "MISC"))
        return mentions
