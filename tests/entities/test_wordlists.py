"""The packaged word lists: kept in the user's cache after the first build, rebuilt when damaged."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from reader.entities import wordlists
from reader.entities.gazetteer import gazetteer
from reader.entities.wordlists import WordLists, load_or_build, word_lists


def test_lists_are_saved_then_read_back_without_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache" / "wordlists-new.json"
    older = tmp_path / "cache" / "wordlists-old.json"
    older.parent.mkdir()
    older.write_text("{}", encoding="utf-8")
    built = word_lists()  # the process's lists, built or read once
    monkeypatch.setattr(wordlists, "build", lambda: built)
    first = load_or_build(path)
    assert path.exists()
    assert not older.exists()  # another version's lists are let go

    def no_build() -> WordLists:
        raise AssertionError("the saved lists should have been read")

    monkeypatch.setattr(wordlists, "build", no_build)
    again = load_or_build(path)
    assert again == first
    assert again.places["jakarta"].label == "LOC"
    assert "maria" in again.first_names
    assert "the" in again.english
    assert "temu" in again.roots


def test_damaged_lists_are_built_again_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "wordlists.json"
    path.write_text('{"format": 1, "kinds": [', encoding="utf-8")
    built = word_lists()
    monkeypatch.setattr(wordlists, "build", lambda: built)
    with caplog.at_level(logging.WARNING, logger="reader.entities.wordlists"):
        lists = load_or_build(path)
    assert lists is built
    assert "unusable" in caplog.text
    assert WordLists.from_data(json.loads(path.read_text("utf-8"))) == lists


def test_the_cache_file_name_follows_the_packages_and_the_code() -> None:
    name = wordlists.cache_file().name
    assert name.startswith("wordlists-") and name.endswith(".json")
    assert wordlists.version() in name


def test_short_name_of_a_former_state_is_a_place() -> None:
    assert gazetteer().get("czechoslovak").label == "LOC"
    assert gazetteer().get("yugoslavia").label == "LOC"
    assert gazetteer().get("german").label == "MISC"  # a nationality stays one
