"""The command line: options anywhere among the arguments, and paths that cannot be read
reported for what they are."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.cli import main

GOOD = (
    "Banjir Rendam Kota Contoh\n\n"
    "Warga Kota Contoh mengungsi ke Balai Desa, kata Budi Santoso dari Badan Penanggulangan.\n"
)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "argv",
    [
        ["mentions", "Budi Santoso", "{path}", "--format", "jsonl"],
        ["mentions", "--format", "jsonl", "Budi Santoso", "{path}"],
        ["find", "Budi", "{path}", "--format", "jsonl", "--limit", "1"],
        ["find", "Budi", "--limit", "1", "{path}", "--format", "jsonl"],
        ["entities", "{path}", "--format", "jsonl"],
    ],
)
def test_options_may_come_after_the_paths(
    argv: list[str], news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([arg.replace("{path}", str(news)) for arg in argv]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line) for line in lines)


def test_two_paths_with_an_option_between_them(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(GOOD.replace("Budi Santoso", "Wahyu Pratama"), encoding="utf-8")
    argv = ["entities", str(news / "a.txt"), "--format", "jsonl", str(other)]
    assert main(argv) == 0
    files = {json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()}
    assert files == {str(news / "a.txt"), str(other)}


@pytest.mark.parametrize("command", [["entities"], []])
def test_a_symlink_loop_given_on_the_command_line_is_called_one(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    assert main([*command, str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err
    assert f"reader: {tmp_path / 'a'}: symlink loop" in err
    assert "no such file" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop root")
def test_a_path_inside_an_unsearchable_folder_is_called_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        assert main([str(locked / "a.txt")]) == 2
    finally:
        locked.chmod(0o755)
    assert "permission denied" in capsys.readouterr().err


def test_a_path_the_system_refuses_is_reported_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = str(tmp_path / "refused")
    real_stat = os.stat

    def guarded_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path) == refused:
            raise PermissionError(13, "Permission denied", refused)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", guarded_stat)
    assert main([refused]) == 2  # the reader (TUI) checks its paths before starting
    assert f"reader: {refused}: permission denied" in capsys.readouterr().err
