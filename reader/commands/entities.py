"""`reader entities [PATH ...] [--format jsonl|table]`: every mention found, for scripts.

jsonl: one object per mention, `{"file", "start", "end", "text", "label", "entity", "name"}`,
offsets into the file's text for .txt and .md (the extracted plain text otherwise), so that
`text == file_text[start:end]`. table: one row per entity.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from reader.commands._corpus import load_for_command
from reader.entities.pipeline import analyse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl")


def run(args: argparse.Namespace) -> int:
    corpus = load_for_command(args.paths)
    if corpus is None:
        return 2
    analysis = analyse(corpus.articles)
    out = sys.stdout
    if args.format == "jsonl":
        for article in corpus.articles:
            for mention in analysis.mentions.get(article.id, []):
                block = article.blocks[mention.block]
                start, end = block.source_span(mention.start, mention.end)
                entity = analysis.entities[mention.entity]
                row = {
                    "file": article.path,
                    "start": start,
                    "end": end,
                    "text": article.text[start:end],
                    "label": mention.label,
                    "entity": mention.entity,
                    "name": entity.name,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    articles_by_entity: dict[str, set[str]] = defaultdict(set)
    for article_id, mentions in analysis.mentions.items():
        for mention in mentions:
            articles_by_entity[mention.entity].add(article_id)
    ranked = sorted(analysis.entities.values(), key=lambda e: (-e.mentions, e.name))
    width = max((len(e.name) for e in ranked), default=4)
    out.write(f"{'NAME':<{width}}  LABEL  MENTIONS  ARTICLES  ALIASES\n")
    for entity in ranked:
        aliases = ", ".join(entity.aliases)
        out.write(
            f"{entity.name:<{width}}  {entity.label:<5}  {entity.mentions:>8}  "
            f"{len(articles_by_entity[entity.id]):>8}  {aliases}\n"
        )
    return 0
