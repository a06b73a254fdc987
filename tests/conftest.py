"""Shared test fixtures: where the project's seeds are, and the optional ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.resources import seeds_dir

PROJECT = Path(__file__).resolve().parent.parent
#: Read-only material beside the project in development and CI; absent in a user's clone.
SHARED = PROJECT.parent / "shared"


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The bundled seed articles."""
    return seeds_dir()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only beside development clones)")
    return path


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's state, cache and config out of the user's real directories."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("NO_COLOR", raising=False)
