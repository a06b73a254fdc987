"""`reader mentions QUERY [PATH ...] [--format jsonl|table]`: every mention of one entity.

QUERY is resolved like the finder does (typos allowed, kind filters such as `p:` accepted,
entities only) and the best entity's mentions are printed.
jsonl: one object per mention, in file order, with the `reader entities` fields plus
`context` (the sentence around the mention, or a window of it when the sentence is long):
`{"file", "start", "end", "text", "label", "entity", "name", "context"}`.
table: the entity, "N mentions in M articles", the entities it appears with, then the mentions
grouped by article, newest article first, each with a one-line snippet.
Exit status 1 when nothing matches QUERY, 2 for bad usage or when no path could be read.
Names come from the library store (`reader.index.store`): a second run over the same files
reads no article but those it prints.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from reader.commands._library import names_for_command, with_library
from reader.commands._output import json_line, warn
from reader.commands.entities import names_path
from reader.corpus.model import Article
from reader.corpus.sanitize import display_name
from reader.entities.model import KIND_NAMES, Mention
from reader.index.corpus_index import CorpusIndex
from reader.index.finder import ENTITY_CODES, Finder
from reader.index.mentions import EntityMentions, appears_with, entity_mentions
from reader.index.snippets import snippet
from reader.index.store import SqliteLibrary

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # QUERY is optional to argparse and required here: with a required QUERY before the
    # optional PATHs, argparse's message would claim PATH is required too.
    parser.set_defaults(usage_error=parser.error)
    parser.usage = "%(prog)s QUERY [PATH ...] [--format jsonl|table] [--names FILE]"
    parser.add_argument(
        "query",
        nargs="?",
        metavar="QUERY",
        help="a name, alias or part of one; typos allowed; p: l: o: m: restrict the kind",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="jsonl: one mention per line with its context (default); table: grouped by article",
    )


def run(args: argparse.Namespace) -> int:
    if args.query is None:
        args.usage_error("the following arguments are required: QUERY")
    if not args.query.strip():
        warn("QUERY is empty")
        return EXIT_USAGE
    return with_library(lambda library: _run(library, args))


def _run(library: SqliteLibrary, args: argparse.Namespace) -> int:
    names = names_for_command(library, args.paths, names_path(args.names))
    if names is None:
        return EXIT_USAGE
    finder = Finder(names.index, names.candidates(with_articles=False))
    hits = finder.search(args.query, limit=1, codes=ENTITY_CODES)
    if not hits:
        warn(f"no name matches {args.query!r}")
        return EXIT_NO_MATCH
    index = names.with_entity_articles(hits[0].id)  # those articles whole, from the store
    found = entity_mentions(index, hits[0].id)
    if args.format == "jsonl":
        write_jsonl(index, found, sys.stdout)
    else:
        write_table(index, found, sys.stdout)
    return EXIT_OK


def mention_record(article: Article, mention: Mention, name: str) -> dict[str, object]:
    """A mention as `reader entities` prints it (source offsets), plus its `context`."""
    block = article.blocks[mention.block]
    start, end = block.source_span(mention.start, mention.end)
    return {
        "file": article.path,
        "start": start,
        "end": end,
        "text": article.text[start:end],
        "label": mention.label,
        "entity": mention.entity,
        "name": name,
        "context": snippet(block.text, mention.start, mention.end).text,
    }


def write_jsonl(index: CorpusIndex, found: EntityMentions, out: TextIO) -> None:
    """One JSON object per mention, articles in file order, mentions in text order."""
    groups = sorted(found.groups, key=lambda g: index.article_number(g.article.id))
    for group in groups:
        for mention in group.mentions():
            record = mention_record(group.article, mention, found.entity.name)
            out.write(json_line(record))


def write_table(index: CorpusIndex, found: EntityMentions, out: TextIO) -> None:
    """The entity's header, then each article (newest first) and its mentions' snippets."""
    entity = found.entity
    out.write(f"{entity.name} ({KIND_NAMES[entity.label]}) · {found.summary}\n")
    if entity.aliases:
        out.write(f"also written: {', '.join(entity.aliases)}\n")
    companions = appears_with(index, entity.id)
    if companions:
        listed = ", ".join(f"{other.name} ({count})" for other, count in companions)
        out.write(f"appears with: {listed}\n")
    for group in found.groups:
        article = group.article
        date = article.date.date().isoformat() if article.date else "undated"
        count = f"{group.count} mention" + ("" if group.count == 1 else "s")
        out.write(f"\n{date}  {article.title}  ({count})\n")
        for mention in group.mentions():
            block = article.blocks[mention.block]
            start, _end = block.source_span(mention.start, mention.end)
            line = article.text.count("\n", 0, start) + 1
            context = snippet(block.text, mention.start, mention.end).text
            out.write(f"  {display_name(article.path)}:{line}  {context}\n")
