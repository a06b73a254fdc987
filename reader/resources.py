"""Where the bundled seeds and themes live, installed or in a source checkout.

A wheel carries them under `reader/_bundled/`; a source checkout (or an editable install)
has them at the project root beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def seeds_dir() -> Path:
    """The folder of bundled seed articles: the corpus `reader` opens with no arguments."""
    return _bundled("seeds")


def themes_dir() -> Path:
    """The folder of bundled theme files."""
    return _bundled("themes")
