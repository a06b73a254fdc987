"""`reader articles [PATH ...]`: one row per article, the contract's fields, read marks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.corpus.loader import load_corpus
from reader.state.marks import article_key
from reader.state.store import StateStore

FIELDS = ["file", "title", "source", "author", "date", "url", "category", "language", "words",
          "read"]  # fmt: skip

STORIES = {
    "dated.txt": "River Town Floods After Rain\n12 Sep 2023 10:58\n\n"
    "MARLOW, Kabar Kota - Residents left their homes on 3 January 2021 as the river rose.\n",
    "undated.txt": "Harga Cabai Naik Menjelang Lebaran\n\n"
    "Harga cabai di pasar naik dua kali lipat sejak 1 Maret 2024, kata pedagang di sana.\n",
    "newer.txt": "Council Approves the New Budget\nOleh Rina Kusuma\n14 Okt 2024\n\n"
    "The council approved the budget after a long debate on Tuesday night.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["articles", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_has_the_contract_fields_newest_first_undated_last(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, str(corpus))
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [list(row) for row in rows] == [FIELDS] * 3
    assert [Path(row["file"]).name for row in rows] == ["newer.txt", "dated.txt", "undated.txt"]
    newer, dated, undated = rows
    assert newer["date"] == "2024-10-14T00:00:00" and newer["author"] == "Rina Kusuma"
    assert dated["date"] == "2023-09-12T10:58:00" and dated["source"] == "Kabar Kota"
    assert undated["date"] is None  # "1 Maret 2024" is in the story's sentence
    assert undated["title"] == "Harga Cabai Naik Menjelang Lebaran"
    assert undated["language"] == "id" and newer["language"] == "en"
    assert all(isinstance(row["words"], int) and row["words"] > 5 for row in rows)
    assert not any(row["read"] for row in rows)


def test_read_comes_from_the_users_state(capsys, corpus: Path) -> None:
    articles = load_corpus([str(corpus)]).articles
    opened = next(a for a in articles if a.path.endswith("undated.txt"))
    store = StateStore.open()
    store.mark_read([article_key(opened)])
    store.close()
    _, out, _ = _run(capsys, str(corpus))
    read = {Path(row["file"]).name: row["read"] for row in map(json.loads, out.splitlines())}
    assert read == {"newer.txt": False, "dated.txt": False, "undated.txt": True}


def test_table_shows_dates_and_undated(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, str(corpus), "--format", "table")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split() == ["DATE", "READ", "WORDS", "SOURCE", "TITLE"]
    assert rows[0].startswith("2024-10-14") and "Council Approves the New Budget" in rows[0]
    assert rows[2].startswith("undated") and rows[2].endswith("Harga Cabai Naik Menjelang Lebaran")


def test_every_line_is_utf8_json_whatever_the_file_held(capsysbinary, tmp_path: Path) -> None:
    (tmp_path / "odd.txt").write_bytes(
        "Judul \x1b[31mmerah\x07 dan “kutip” \u2028 ✓\n\nIsi berita yang ganjil.\n".encode()
    )
    (tmp_path / "latin.txt").write_bytes("Café\n\nTexto en latín: ñandú.\n".encode("latin-1"))
    status = main(["articles", str(tmp_path)])
    out = capsysbinary.readouterr().out
    assert status == 0
    lines = out.decode("utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        row = json.loads(line)
        assert "\x1b" not in row["title"] and "\x07" not in row["title"]


def test_no_readable_path_is_exit_2(capsys, tmp_path: Path) -> None:
    status, out, err = _run(capsys, str(tmp_path / "missing"))
    assert status == 2 and out == ""
    assert "reader:" in err
