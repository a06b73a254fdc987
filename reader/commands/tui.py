"""`reader [PATH ...]`: open the reader on files and folders (default: the bundled seeds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--theme", metavar="NAME", help="colour theme (reader-dark, reader-light, reader-mono)"
    )


def run(args: argparse.Namespace) -> int:
    from reader.ui.app import run_app  # imported here: the scripting commands never load Textual

    return run_app(args)
