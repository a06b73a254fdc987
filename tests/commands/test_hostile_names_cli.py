"""`reader entities|mentions|find` with hostile file names: nothing reaches stderr or stdout as a
terminal control, and every `--format jsonl` line is valid UTF-8 JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PWNED = "x\x1b]0;PWNED\x07\x1b[2J.txt"
GOOD = (
    "Banjir Rendam Kota Contoh\n\n"
    "Warga Kota Contoh mengungsi ke Balai Desa, kata Budi Santoso dari Badan Penanggulangan.\n"
)
#: Bytes no terminal may receive raw: ESC, BEL, C1 (as UTF-8), the right-to-left override.
RAW_CONTROLS = (b"\x1b", b"\x07", b"\xc2\x9b", b"\xc2\x85", "\u202e".encode())


def _reader(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:surrogateescape"}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, env=env, timeout=120, cwd=cwd
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / PWNED).write_bytes(b"")
    return root


def _assert_inert(output: bytes) -> None:
    for raw in RAW_CONTROLS:
        assert raw not in output, raw


def test_entities_reports_the_hostile_name_escaped(folder: Path) -> None:
    result = _reader("entities", str(folder))
    assert result.returncode == 0
    _assert_inert(result.stderr)
    assert b"x\\x1b]0;PWNED\\x07\\x1b[2J.txt: empty file" in result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines and all(json.loads(line)["file"].endswith("good.txt") for line in lines)


def test_jsonl_output_is_valid_utf8_json_whatever_the_names_and_titles(tmp_path: Path) -> None:
    root = tmp_path / "news"
    root.mkdir()
    body = "Warga Kota Contoh mengungsi, kata Budi Santoso kepada wartawan di Balai Desa."
    # A title with a lone surrogate and controls, in a file whose name is not UTF-8 and holds
    # C1 and RLO characters.
    record = {"title": "Kota Contoh \ud800 \u202eBanjir \x9b31m", "text": body}
    name = os.fsencode("feed-\u202e-\x85-") + b"\xff\xfe.jsonl"
    with open(os.fsencode(root) + b"/" + name, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    outputs = [
        _reader("entities", str(root), "--format", "jsonl").stdout,
        _reader("mentions", "Kota Contoh", str(root), "--format", "jsonl").stdout,
        _reader("find", "Kota", str(root), "--format", "jsonl").stdout,
        _reader("find", "a:banjir", str(root), "--format", "jsonl").stdout,
    ]
    for output in outputs:
        assert output, "no output"
        _assert_inert(output)
        for line in output.split(b"\n")[:-1]:
            value = json.loads(line.decode("utf-8"))  # strict UTF-8, then JSON
            assert "\ud800" not in json.dumps(value, ensure_ascii=False)
    article = json.loads(outputs[3].split(b"\n")[0])
    assert article["kind"] == "article"
    assert article["file"].endswith("feed-\u202e-\x85-\ufffd\ufffd.jsonl")  # same characters
    assert "\\u202e" in outputs[3].decode() and "\\u0085" in outputs[3].decode()


def test_mentions_table_shows_paths_escaped(tmp_path: Path) -> None:
    root = tmp_path / "news"
    root.mkdir()
    (root / "a\x1b[31m.txt").write_text(GOOD, encoding="utf-8")
    result = _reader("mentions", "Budi Santoso", str(root), "--format", "table")
    assert result.returncode == 0, result.stderr
    _assert_inert(result.stdout + result.stderr)
    assert b"a\\x1b[31m.txt:3" in result.stdout


def test_a_missing_path_with_controls_is_reported_escaped(tmp_path: Path) -> None:
    result = _reader("entities", str(tmp_path / "gone\x1b]0;t\x07"))
    assert result.returncode == 2
    _assert_inert(result.stderr)
    assert b"gone\\x1b]0;t\\x07: no such file or folder" in result.stderr
