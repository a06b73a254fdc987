"""Command line: `reader [PATH ...]` opens the TUI; subcommands print names for scripts.

Each subcommand lives in `reader.commands.<name>` with `add_arguments(parser)` and
`run(args) -> int`; the TUI is imported only when it is the command being run, so the
scripting commands start fast and never load Textual.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

#: Subcommand name → one-line help. The module `reader.commands.<name>` implements it.
SUBCOMMANDS: dict[str, str] = {
    "entities": "print every name found, one mention per line (jsonl) or grouped (table)",
    "mentions": "print every mention of the entity that best matches QUERY, with context",
    "find": "print the finder's best matches for QUERY: kind, name, score",
    "articles": "print every article with its date, source, words and read mark",
}

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE = 0, 1, 2


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--names", metavar="FILE", help="a names file (TOML): extra names, aliases, names to ignore"
    )


def build_parser(command: str | None) -> argparse.ArgumentParser:
    """The parser for `command` (None: the TUI)."""
    import argparse

    if command is None:
        epilog = "commands:\n" + "\n".join(
            f"  reader {name} ...  {text}" for name, text in SUBCOMMANDS.items()
        )
        epilog += "\n\nRun `reader COMMAND --help` for a command's options."
        parser = argparse.ArgumentParser(
            prog="reader",
            description="Read news articles in the terminal, with every name found and linked. "
            "With no PATH, opens the bundled seed articles.",
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("--version", action="version", version=f"reader {__version__}")
        module = importlib.import_module("reader.commands.tui")
    else:
        parser = argparse.ArgumentParser(
            prog=f"reader {command}",
            description=SUBCOMMANDS[command][0].upper() + SUBCOMMANDS[command][1:] + ".",
        )
        module = importlib.import_module(f"reader.commands.{command}")
    module.add_arguments(parser)
    _add_common(parser)
    parser.set_defaults(run=module.run)
    return parser


def tui_paths_only(args_list: Sequence[str]) -> SimpleNamespace | None:
    """`reader [PATH ...]` without options, as the parser would read it, but without building
    the parser: importing argparse and building the parser cost over 10 ms of start-up.
    None when any argument looks like an option (the parser handles those)."""
    if any(arg.startswith("-") for arg in args_list):
        return None
    from types import SimpleNamespace

    from reader.commands import tui

    return SimpleNamespace(paths=list(args_list), theme=None, names=None, run=tui.run)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run the command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = args_list[0] if args_list and args_list[0] in SUBCOMMANDS else None
    args = tui_paths_only(args_list) if command is None else None
    if args is None:
        parser = build_parser(command)
        try:
            # Intermixed: options may come before, between or after QUERY and the paths.
            args = parser.parse_intermixed_args(args_list[1:] if command else args_list)
        except SystemExit as exit_:
            return int(exit_.code or 0)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
