"""`reader entities [PATH ...] [--format jsonl|table]`: every mention found, for scripts.

jsonl: one object per mention, `{"file", "start", "end", "text", "label", "entity", "name"}`,
offsets into the file's text for .txt and .md (the extracted plain text otherwise), so that
`text == file_text[start:end]`. table: one row per entity (name, label, mentions, articles,
aliases), commonest first, fitted to the terminal's width.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterable
from typing import TextIO

from reader.commands._corpus import load_for_command
from reader.entities.model import Entity
from reader.entities.names import NamesFile, NamesFileError
from reader.entities.pipeline import Analysis, analyse
from reader.state.config import load_config

_NAME_WIDTH = (12, 40)  # the NAME column's least and greatest width
_MIN_ALIAS_WIDTH = 24
_COLUMNS = "  LABEL  MENTIONS  ARTICLES  "  # what a row holds between NAME and ALIASES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="jsonl: one mention per line (default); table: one entity per row",
    )


def names_path(option: str | None) -> str | None:
    """The names file to use: the one given with --names, else the config file's `names`."""
    if option:
        return option
    config, _ = load_config()
    return str(config.names) if config.names is not None else None


def load_names_option(path: str | None) -> tuple[NamesFile | None, bool]:
    """The names file at `path` (None when there is none); False when it is unusable.

    The reason goes to stderr in one line, for the caller to exit with status 2.
    """
    if not path:
        return None, True
    try:
        return NamesFile.load(path), True
    except NamesFileError as err:
        print(f"reader: {err}", file=sys.stderr)
        return None, False


def run(args: argparse.Namespace) -> int:
    names, usable = load_names_option(names_path(getattr(args, "names", None)))
    if not usable:
        return 2
    corpus = load_for_command(args.paths)
    if corpus is None:
        return 2
    analysis = analyse(corpus.articles, names=names, processes=0)  # every core: one process
    if args.format == "jsonl":
        write_jsonl(corpus.articles, analysis, sys.stdout)
    else:
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else None
        write_table(analysis.entities.values(), sys.stdout, width)
    return 0


def write_jsonl(articles: Iterable, analysis: Analysis, out: TextIO) -> None:
    """One JSON object per mention, in file order, keys in the contract's order."""
    for article in articles:
        for mention in analysis.mentions.get(article.id, []):
            block = article.blocks[mention.block]
            start, end = block.source_span(mention.start, mention.end)
            row = {
                "file": article.path,
                "start": start,
                "end": end,
                "text": article.text[start:end],
                "label": mention.label,
                "entity": mention.entity,
                "name": analysis.entities[mention.entity].name,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_table(entities: Iterable[Entity], out: TextIO, width: int | None) -> None:
    """One row per entity, most mentioned first.

    With a `width` (a terminal's), long names and alias lists are shortened to fit it;
    without one (output to a file or a pipe) rows are written in full.
    """
    ranked = sorted(entities, key=lambda e: (-e.mentions, e.name.casefold(), e.id))
    longest = max((len(e.name) for e in ranked), default=0)
    name_width = max(longest, _NAME_WIDTH[0])
    alias_width = None
    if width is not None:
        room_for_name = width - len(_COLUMNS) - _MIN_ALIAS_WIDTH
        name_width = max(min(name_width, _NAME_WIDTH[1], room_for_name), _NAME_WIDTH[0])
        alias_width = max(width - name_width - len(_COLUMNS), _MIN_ALIAS_WIDTH)
    out.write(f"{'NAME':<{name_width}}  LABEL  MENTIONS  ARTICLES  ALIASES\n")
    for entity in ranked:
        name = _shorten(entity.name, name_width)
        aliases = ", ".join(entity.aliases)
        if alias_width is not None:
            aliases = _alias_list(entity.aliases, alias_width)
        line = (
            f"{name:<{name_width}}  {entity.label:<5}  {entity.mentions:>8}  {entity.articles:>8}"
        )
        out.write(f"{line}  {aliases}".rstrip() + "\n")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _alias_list(aliases: tuple[str, ...], width: int) -> str:
    """As many aliases as fit in `width`, then "+N more" for the rest."""
    text = ", ".join(aliases)
    if len(text) <= width:
        return text
    shown: list[str] = []
    for alias in aliases:
        hidden = len(aliases) - len(shown) - 1
        if len(", ".join([*shown, alias, f"+{hidden} more"])) > width:
            break
        shown.append(alias)
    if shown:
        return ", ".join([*shown, f"+{len(aliases) - len(shown)} more"])
    tail = f", +{len(aliases) - 1} more"
    return _shorten(aliases[0], max(width - len(tail), 4)) + tail
