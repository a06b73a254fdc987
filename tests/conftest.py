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


_UI_TESTS = PROJECT / "tests" / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui/ as `ui`, so the quick loop can leave the app tests out."""
    for item in items:
        if _UI_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.ui)
