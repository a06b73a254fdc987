"""`reader articles [PATH ...] [--format jsonl|table]`: every article and its metadata, for scripts.

jsonl: one object per article, `{"file", "title", "source", "author", "date", "url",
"category", "language", "words", "read"}`; `date` is ISO 8601 or null (taken only from the
article's metadata, header and dateline, never from its sentences) and `read` is whether the
user has opened it in the reader. table: date, read mark, words, source and title, aligned.
Rows come as the reader lists them: newest first, then the undated ones in file order.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterable
from typing import TextIO

from reader.commands._corpus import load_for_command
from reader.commands._output import fit, json_line, pad
from reader.corpus.loader import sort_newest_first
from reader.corpus.model import Article
from reader.corpus.sanitize import display_name
from reader.state.marks import article_key, saved_read_keys

EXIT_OK, EXIT_USAGE = 0, 2
_SOURCE_WIDTH = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="jsonl: one JSON object per article (default); table: aligned columns",
    )


def run(args: argparse.Namespace) -> int:
    corpus = load_for_command(args.paths)
    if corpus is None:
        return EXIT_USAGE
    articles = sort_newest_first(corpus.articles)
    read = saved_read_keys()
    if args.format == "jsonl":
        write_jsonl(articles, read, sys.stdout)
    else:
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else None
        write_table(articles, read, sys.stdout, width)
    return EXIT_OK


def article_record(article: Article, read: set[str]) -> dict[str, object]:
    """An article as one JSON object, keys in the contract's order."""
    return {
        "file": article.path,
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "date": article.date.isoformat() if article.date else None,
        "url": article.url,
        "category": article.category,
        "language": article.language,
        "words": article.word_count,
        "read": article_key(article) in read,
    }


def write_jsonl(articles: Iterable[Article], read: set[str], out: TextIO) -> None:
    """One JSON object per article, valid UTF-8 and inert whatever the files held."""
    for article in articles:
        out.write(json_line(article_record(article, read)))


def write_table(
    articles: Iterable[Article], read: set[str], out: TextIO, width: int | None
) -> None:
    """DATE, READ, WORDS, SOURCE, TITLE; titles cut to a terminal's width when there is one."""
    out.write(f"{'DATE':<10}  {'READ':<4}  {'WORDS':>6}  {'SOURCE':<{_SOURCE_WIDTH}}  TITLE\n")
    for article in articles:
        date = article.date.date().isoformat() if article.date else "undated"
        mark = "yes" if article_key(article) in read else ""
        source = fit(display_name(article.source), _SOURCE_WIDTH)
        line = f"{date:<10}  {mark:<4}  {article.word_count:>6}  {pad(source, _SOURCE_WIDTH)}  "
        title = display_name(article.title)
        if width is not None:
            title = fit(title, max(8, width - len(line) - 1))
        out.write(line + title + "\n")
