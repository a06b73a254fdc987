"""The user's names file: loading, clear errors, watched names found and linked, ignored names."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.entities.link import link
from reader.entities.model import Mention
from reader.entities.names import NamesFile, NamesFileError
from tests.entities.linking_helpers import article, mark

GOOD = """
ignore = ["Baca Juga", "Breaking News"]

[[name]]
name = "Joko Santoso"
label = "PER"
aliases = ["Jokos", "Pak Santoso"]

[[name]]
name = "Pelabuhan Tanjung Biru"
label = "LOC"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "names.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_reads_watched_and_ignored_names(tmp_path: Path) -> None:
    names = NamesFile.load(write(tmp_path, GOOD))
    assert [(w.name, w.label, w.aliases) for w in names.watch] == [
        ("Joko Santoso", "PER", ("Jokos", "Pak Santoso")),
        ("Pelabuhan Tanjung Biru", "LOC", ()),
    ]
    assert names.ignore == ("Baca Juga", "Breaking News")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[name]]\nname = 'X'\nlabel = 'PER'\naliases = [", "not valid TOML"),
        ("[[name]]\nlabel = 'PER'\n", "needs name"),
        ("[[name]]\nname = 'Joko'\nlabel = 'PERSON'\n", "label must be one of PER, LOC, ORG, MISC"),
        ("[[name]]\nname = 'Joko'\nlabel = 'PER'\naliases = 'Jok'\n", "aliases must be a list"),
        ("[[name]]\nname = 'Joko'\nlabel = 'PER'\nignore = ['X']\n", "above the first [[name]]"),
        ("[[name]]\nname = 'Joko'\nlabel = 'PER'\nalias = ['J']\n", "unknown key 'alias'"),
        ("ignored = ['X']\n", "unknown key 'ignored'"),
        ("ignore = 'X'\n", "ignore must be a list"),
        ("ignore = ['Joko']\n[[name]]\nname = 'Joko'\nlabel = 'PER'\n", "both watched and ignored"),
    ],
)
def test_bad_files_give_a_one_line_reason_with_the_path(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(NamesFileError) as caught:
        NamesFile.load(path)
    message = str(caught.value)
    assert reason in message and str(path) in message
    assert "\n" not in message


def test_a_missing_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(NamesFileError, match="cannot read it"):
        NamesFile.load(tmp_path / "absent.toml")


def test_watched_names_are_found_even_when_recognition_missed_them() -> None:
    names = NamesFile.parse(GOOD)
    doc = article("a", "Kapal sandar di Pelabuhan Tanjung Biru kemarin. Kata Jokos, semua aman.")
    found = names.apply(doc, [])
    texts = [(doc.blocks[m.block].text[m.start : m.end], m.label) for m in found]
    assert texts == [("Pelabuhan Tanjung Biru", "LOC"), ("Jokos", "PER")]


def test_watched_names_replace_overlapping_recognised_mentions() -> None:
    names = NamesFile.parse(GOOD)
    doc = article("a", "Kapal sandar di Pelabuhan Tanjung Biru kemarin.")
    recognised = mark(doc, ("Tanjung Biru", "PER"))
    found = names.apply(doc, recognised)
    assert [(doc.blocks[m.block].text[m.start : m.end], m.label) for m in found] == [
        ("Pelabuhan Tanjung Biru", "LOC")
    ]


def test_watched_names_match_whole_words_with_the_same_capitals() -> None:
    names = NamesFile.parse(GOOD)
    doc = article("a", "Para jokos dan Jokosari hadir.")
    assert names.apply(doc, []) == []


def test_ignored_names_are_dropped_however_capitalised() -> None:
    names = NamesFile.parse(GOOD)
    doc = article("a", "BREAKING NEWS Banjir di Surabaya. Baca Juga: lainnya.")
    recognised = mark(doc, ("BREAKING NEWS", "ORG"), ("Surabaya", "LOC"), ("Baca Juga", "MISC"))
    kept = names.apply(doc, recognised)
    assert [doc.blocks[m.block].text[m.start : m.end] for m in kept] == ["Surabaya"]


def test_aliases_are_one_entity_named_and_labelled_as_the_file_says() -> None:
    names = NamesFile.parse(GOOD)
    first = article("a", "Joko Santoso membuka acara. Pak Santoso tersenyum.")
    second = article("b", "Jokos kembali ke Jakarta.")
    raw: dict[str, list[Mention]] = {
        "a": names.apply(first, mark(first, ("Joko Santoso", "ORG"))),
        "b": names.apply(second, mark(second, ("Jakarta", "LOC"))),
    }
    linked, entities = link([first, second], raw, names=names)
    ids = {m.entity for doc in ("a", "b") for m in linked[doc] if m.label == "PER"}
    assert len(ids) == 1
    person = entities[ids.pop()]
    assert (person.id, person.name, person.label, person.mentions) == (
        "per:joko-santoso",
        "Joko Santoso",
        "PER",
        3,
    )
    assert set(person.aliases) == {"Pak Santoso", "Jokos"}
