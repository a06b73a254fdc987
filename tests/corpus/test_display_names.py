"""Paths and names shown to a person are visible and inert: `display_name` and `LoadProblem`."""

from __future__ import annotations

import os

import pytest

from reader.corpus.model import LoadProblem
from reader.corpus.sanitize import display_name, valid_unicode

#: The issue's file name: retitles the terminal, then clears the screen.
PWNED = "x\x1b]0;PWNED\x07\x1b[2J.txt"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (PWNED, "x\\x1b]0;PWNED\\x07\\x1b[2J.txt"),
        ("a\nb\rc\td.txt", "a\\nb\\rc\\td.txt"),
        ("\x1b]52;c;aGVsbG8=\x07.md", "\\x1b]52;c;aGVsbG8=\\x07.md"),  # OSC 52 clipboard write
        ("csi\x9b31m.txt", "csi\\x9b31m.txt"),  # C1 CSI
        ("del\x7f.txt", "del\\x7f.txt"),
        ("invoice\u202etxt.exe", "invoice\\u202etxt.exe"),  # right-to-left override
        ("iso\u2067late\u2069.md", "iso\\u2067late\\u2069.md"),
        ("mark\u200f.txt", "mark\\u200f.txt"),
        ("line\u2028sep.txt", "line\\u2028sep.txt"),
        (os.fsdecode(b"caf\xe9-\xff.txt"), "caf\\xe9-\\xff.txt"),  # undecodable bytes
        ("lone\ud800.txt", "lone\\ud800.txt"),
    ],
)
def test_unsafe_characters_become_visible_escapes(name: str, shown: str) -> None:
    assert display_name(name) == shown
    assert display_name(shown) == shown  # an escaped name stays as it is
    assert display_name(name).isprintable()


@pytest.mark.parametrize(
    "name", ["berita/banjir.txt", "naïve café.md", "新闻 2024.txt", "🌧️ cuaca.md", "a\\x1b.txt"]
)
def test_printable_names_are_left_alone(name: str) -> None:
    assert display_name(name) == name


def test_a_problem_shows_its_path_and_reason_escaped() -> None:
    problem = LoadProblem(f"/news/{PWNED}", "line 1: cannot be parsed (\x1b[31m)")
    assert str(problem) == "/news/x\\x1b]0;PWNED\\x07\\x1b[2J.txt: line 1: cannot be parsed (\\x1b[31m)"
    assert problem.path.endswith(PWNED)  # the path itself is kept: it still opens the file


def test_valid_unicode_replaces_lone_surrogates_only() -> None:
    assert valid_unicode("ok \ud83d and \udcff ünï") == "ok \ufffd and \ufffd ünï"
    assert valid_unicode("😀 fine") == "😀 fine"
