"""`reader entities`: the jsonl contract, the table, --names, and exit status 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands.entities import write_table
from reader.entities.model import LABELS, Entity

KEYS = ["file", "start", "end", "text", "label", "entity", "name"]
NAMES = """
ignore = ["Kabar Pagi"]

[[name]]
name = "Joko Santoso"
label = "PER"
aliases = ["Jokos"]
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["entities", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def check_contract(lines: list[str]) -> list[dict]:
    """Every row has the contract's keys in order and its text at its offsets in the file."""
    rows = [json.loads(line) for line in lines]
    names_by_entity: dict[str, str] = {}
    for row in rows:
        assert list(row) == KEYS
        with open(row["file"], encoding="utf-8", newline="") as fh:
            assert fh.read()[row["start"] : row["end"]] == row["text"]
        assert row["label"] in LABELS
        assert names_by_entity.setdefault(row["entity"], row["name"]) == row["name"]
    return rows


def test_jsonl_on_the_seeds_keeps_the_contract(
    capsys: pytest.CaptureFixture[str], seeds: Path
) -> None:
    status, out, err = run(capsys, str(seeds), "--format", "jsonl")
    assert status == 0, err
    rows = check_contract(out.splitlines())
    assert len({row["file"] for row in rows}) == len(list(seeds.glob("*.txt")))


def test_jsonl_with_no_path_reads_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys)
    assert status == 0 and check_contract(out.splitlines())


def test_jsonl_offsets_index_a_markdown_file_as_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "kabar.md"
    doc.write_text(
        "# Kabar Pagi dari Surabaya\n\n"
        "Wali kota **Joko Santoso** membuka pasar baru di *Surabaya*.\n\n"
        "> Kata Jokos, pasar itu [dibuka](https://example.org) untuk semua.\n",
        encoding="utf-8",
    )
    names = tmp_path / "names.toml"
    names.write_text(NAMES, encoding="utf-8")
    status, out, err = run(capsys, str(doc), "--names", str(names))
    assert status == 0, err
    rows = check_contract(out.splitlines())
    watched = [row for row in rows if row["name"] == "Joko Santoso"]
    assert [row["text"] for row in watched] == ["Joko Santoso", "Jokos"]
    assert {row["entity"] for row in watched} == {"per:joko-santoso"}
    assert all(row["label"] == "PER" for row in watched)
    assert not any("Kabar Pagi" in row["text"] for row in rows)


def test_table_groups_mentions_by_entity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Joko Santoso datang. Jokos pulang. Jokos tidur.\n", encoding="utf-8")
    names = tmp_path / "names.toml"
    names.write_text(NAMES, encoding="utf-8")
    status, out, err = run(capsys, str(doc), "--format", "table", "--names", str(names))
    assert status == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["NAME", "LABEL", "MENTIONS", "ARTICLES", "ALIASES"]
    assert rows[0].split() == ["Joko", "Santoso", "PER", "3", "1", "Jokos"]


def test_table_fits_long_alias_lists_into_the_width() -> None:
    entity = Entity(
        "org:kementerian-luar-negeri",
        "Kementerian Luar Negeri Republik Indonesia yang Sangat Panjang Namanya",
        "ORG",
        tuple(f"Alias Nomor {n}" for n in range(20)),
        42,
        7,
    )
    out = io.StringIO()
    write_table([entity], out, width=80)
    header, row = out.getvalue().splitlines()
    assert len(row) <= 80 and len(header) <= 80
    assert "Kementerian Luar Negeri" in row and "…" in row
    assert row.endswith("more") and "Alias Nomor 0" in row
    assert "  42  " in row.replace(" " * 3, "  ")


def test_table_caps_the_name_column_and_cuts_long_names_with_an_ellipsis() -> None:
    long_name = "Lembaga Pengkajian Tata Ruang dan Lingkungan Hidup Pesisir Selatan Kepulauan"
    entities = [
        Entity("org:lembaga", long_name, "ORG", (), 2, 1),
        Entity("per:sari", "Sari Wulandari", "PER", (), 5, 2),
    ]
    for width in (None, 200):
        out = io.StringIO()
        write_table(entities, out, width=width)
        header, first, second = out.getvalue().splitlines()
        assert header.index("LABEL") == 42  # a 40-wide NAME column, then two spaces
        assert first.startswith("Sari Wulandari ") and first.index("PER") == 42
        assert second.startswith(long_name[:39] + "…  ORG")


def test_table_written_to_a_file_keeps_every_alias() -> None:
    entity = Entity("per:x", "X", "PER", tuple(f"Alias {n}" for n in range(30)), 30, 2)
    out = io.StringIO()
    write_table([entity], out, width=None)
    assert out.getvalue().splitlines()[1].endswith("Alias 29")


def test_unreadable_paths_exit_2_with_the_reason_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, str(tmp_path / "missing.txt"))
    assert status == 2 and out == ""
    assert err.startswith("reader: ") and "missing.txt" in err


def test_an_unreadable_file_among_readable_ones_is_reported_and_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Warga Surabaya berkumpul.\n", encoding="utf-8")
    status, _, err = run(capsys, str(good), str(tmp_path / "missing.txt"))
    assert status == 0 and "missing.txt" in err


@pytest.mark.parametrize("content", [None, "[[name]\nname = 'x'", "[[name]]\nname = 'X'\n"])
def test_a_missing_or_bad_names_file_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None
) -> None:
    names = tmp_path / "names.toml"
    if content is not None:
        names.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, "--names", str(names))
    assert status == 2 and out == ""
    assert err.startswith("reader: names file ") and err.count("\n") == 1


def test_the_same_files_give_the_same_ids_in_every_process(seeds: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "reader", "entities", str(seeds)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


def test_the_config_files_names_file_is_used_without_names_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    names = tmp_path / "names.toml"
    names.write_text(NAMES, encoding="utf-8")
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "reader" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"names = {json.dumps(str(names))}\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Jokos tiba di kota.\n", encoding="utf-8")
    status, out, err = run(capsys, str(doc))
    assert status == 0, err
    assert [json.loads(line)["name"] for line in out.splitlines()][:1] == ["Joko Santoso"]
