"""`reader find QUERY [PATH ...] [--limit N] [--format table|jsonl]`: the finder, for scripts.

Prints the finder's best matches for QUERY, best first, one per line: kind (person, place,
organisation, other or article), score (0–100), name, and for an entity its mentions and
articles and the alias that matched, for an article its date and source. QUERY takes the
finder's syntax (`p:` `l:` `o:` `m:` `a:` prefixes; typos allowed); an empty QUERY lists the
most mentioned entities. Exit status 1 when nothing matches, 2 for bad usage or when no path
could be read.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from reader.commands._library import names_for_command, with_library
from reader.commands._output import cell_width, fit, json_line, pad, warn
from reader.commands.entities import names_path
from reader.commands.mentions import EXIT_NO_MATCH, EXIT_OK, EXIT_USAGE
from reader.entities.model import KIND_NAMES
from reader.index.corpus_index import CorpusIndex
from reader.index.finder import Finder, FinderHit
from reader.index.store import SqliteLibrary


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # QUERY is optional to argparse and required here: with a required QUERY before the
    # optional PATHs, argparse's message would claim PATH is required too.
    parser.set_defaults(usage_error=parser.error)
    parser.usage = "%(prog)s QUERY [PATH ...] [--limit N] [--format table|jsonl] [--names FILE]"
    parser.add_argument(
        "query",
        nargs="?",
        metavar="QUERY",
        help="what to find; p: people, l: places, o: organisations, m: other, a: article titles",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--limit", type=_positive, default=10, metavar="N", help="at most N results (default 10)"
    )
    parser.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="table: aligned columns (default); jsonl: one JSON object per result",
    )


def run(args: argparse.Namespace) -> int:
    if args.query is None:
        args.usage_error("the following arguments are required: QUERY")
    return with_library(lambda library: _run(library, args))


def _run(library: SqliteLibrary, args: argparse.Namespace) -> int:
    names = names_for_command(library, args.paths, names_path(args.names))
    if names is None:
        return EXIT_USAGE
    index = names.index
    hits = Finder(index, names.candidates(with_articles=True)).search(args.query, limit=args.limit)
    if not hits:
        warn(f"nothing matches {args.query!r}")
        return EXIT_NO_MATCH
    if args.format == "jsonl":
        for hit in hits:
            sys.stdout.write(json_line(hit_record(hit, index)))
    else:
        write_table(hits, sys.stdout)
    return EXIT_OK


def kind_of(hit: FinderHit) -> str:
    """person, place, organisation, other, or article."""
    return "article" if hit.kind == "article" else KIND_NAMES[hit.label]


def hit_record(hit: FinderHit, index: CorpusIndex) -> dict[str, object]:
    """A result as one JSON object."""
    record: dict[str, object] = {
        "kind": kind_of(hit),
        "id": hit.id,
        "name": hit.name,
        "score": hit.score,
        "tier": hit.tier.name.lower(),
        "matched": hit.matched,
        "spans": [list(span) for span in hit.spans],
    }
    if hit.kind == "article":
        record["title"] = hit.name
        record["source"] = hit.source
        record["date"] = hit.date.isoformat() if hit.date else None
        record["file"] = index.article(hit.id).path
    else:
        record["label"] = hit.label
        record["mentions"] = hit.mentions
        record["articles"] = hit.articles
    return record


def write_table(hits: list[FinderHit], out: TextIO) -> None:
    """Aligned columns: KIND, SCORE, NAME, then details."""
    width = min(max(cell_width(hit.name) for hit in hits), 60)
    out.write(f"{'KIND':<12}  {'SCORE':>5}  {'NAME':<{width}}  DETAILS\n")
    for hit in hits:
        if hit.kind == "article":
            date = hit.date.date().isoformat() if hit.date else "undated"
            details = f"{date}  {hit.source}".rstrip()
        else:
            details = _plural(hit.mentions, "mention") + " in " + _plural(hit.articles, "article")
            if hit.via_alias:
                details += f"  (as {hit.matched})"
        name = pad(fit(hit.name, width), width)
        out.write(f"{kind_of(hit):<12}  {hit.score:>5.0f}  {name}  {details}\n")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
