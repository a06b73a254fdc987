"""The command line over the whole hostile corpus: no traceback, no hang, every problem on
one inert line, valid JSON out, and table columns aligned whatever script the names are in."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.commands._output import cell_width
from reader.commands.entities import write_table
from reader.commands.find import write_table as write_find_table
from reader.entities.model import Entity
from reader.index.finder import FinderHit, Tier
from tests.corpus.hostile import HOSTILE_EXPECTED, make_hostile_corpus, restore_permissions

RAW_CONTROLS = (b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = make_hostile_corpus(tmp_path_factory.mktemp("cli"))
    yield root
    restore_permissions(root)


def _reader(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, timeout=300, env=os.environ
    )


def test_entities_over_the_hostile_corpus(hostile: Path) -> None:
    result = _reader("entities", str(hostile), "--format", "jsonl")
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    for raw in RAW_CONTROLS:
        assert raw not in result.stderr and raw not in result.stdout
    lines = result.stderr.decode("utf-8").splitlines()
    assert all(line.startswith("reader: ") and line.isprintable() for line in lines)
    running_as_root = os.geteuid() == 0
    for name in HOSTILE_EXPECTED:
        if running_as_root and name in ("unreadable.txt", "locked"):
            continue
        shown = name.encode("unicode_escape").decode("ascii").replace("\\\\", "\\")
        assert any(f"/{shown}: " in line for line in lines), name
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert rows and {"file", "start", "end", "text"} <= rows[0].keys()


def test_entity_table_columns_line_up_with_wide_and_combining_names() -> None:
    entities = [
        Entity("loc:beijing", "北京", "LOC", mentions=9, articles=3),
        Entity("per:cafe", "Re\u0301sume\u0301 Cafe\u0301", "PER", mentions=5, articles=2),
        Entity("org:emoji", "Klub 😀 Bola", "ORG", mentions=4, articles=1),
        Entity("misc:plain", "Plain Name", "MISC", mentions=1, articles=1),
    ]
    out = io.StringIO()
    write_table(entities, out, width=None)
    lines = out.getvalue().splitlines()
    label_columns = {cell_width(line[: line.index(label)]) for line, label in
                     zip(lines[1:], ("LOC", "PER", "ORG", "MISC"), strict=True)}
    assert label_columns == {cell_width(lines[0][: lines[0].index("LABEL")])}


def test_entity_table_shortens_wide_names_to_the_terminal() -> None:
    entities = [Entity("loc:long", "北京" * 40, "LOC", mentions=2, articles=1)]
    out = io.StringIO()
    write_table(entities, out, width=80)
    (_, row) = out.getvalue().splitlines()
    assert row.split("  ")[0].endswith("…") and cell_width(row) <= 80


def test_find_table_columns_line_up_with_wide_names() -> None:
    hits = [
        FinderHit("entity", "loc:a", "东京", "东京", (), Tier.WHOLE, 90.0, "LOC", 3, 2),
        FinderHit("entity", "loc:b", "Tokyo", "Tokyo", (), Tier.WHOLE, 80.0, "LOC", 1, 1),
    ]
    out = io.StringIO()
    write_find_table(hits, out)
    lines = out.getvalue().splitlines()
    columns = {cell_width(line[: line.index("mention")]) for line in lines[1:]}
    assert len(columns) == 1
