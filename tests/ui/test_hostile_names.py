"""File and folder names with terminal controls show escaped in the reader: in the header, the
"File skipped" notice, the palette's "Skipped files", the sidebar, and the message on exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.ui.app import ReaderApp
from tests.ui.conftest import screen_text, settle, terminal_bytes, wait_for_palette, write_articles

PWNED = "x\x1b]0;PWNED\x07\x1b[2J.txt"
SHOWN = "x\\x1b]0;PWNED\\x07\\x1b[2J.txt"
GOOD = "Banjir Rendam Kota Contoh\n\nWarga mengungsi ke balai desa sejak pagi.\n"
RAW = ("\x1b]0;", "\x1b[2J", "\x07", "\x9b", "\u202e")


def _hostile_folder(tmp_path: Path) -> Path:
    folder = write_articles(tmp_path / "news\u202eevil", [("good.txt", GOOD)])
    (folder / PWNED).write_bytes(b"")
    return folder


async def test_the_reader_shows_hostile_names_escaped(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hostile_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # relative paths: the skipped file's line fits on screen
    app: ReaderApp = make_app([Path("news\u202eevil")])
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "news\\u202eevil · 1 article" in text  # the header's folder name
        assert SHOWN in text  # the "File skipped" notice
        for raw in RAW:
            assert raw not in terminal_bytes(app)
        await pilot.press("ctrl+p", *"skipped")
        await wait_for_palette(pilot, "Skipped files")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Skipped files (1)" in text and f"{SHOWN}: empty file" in text
        for raw in RAW:
            assert raw not in terminal_bytes(app)


def test_the_exit_message_shows_hostile_names_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _hostile_folder(tmp_path)

    async def quit_when_loaded(pilot) -> None:
        await settle(pilot)
        await pilot.press("q")

    real_run = ReaderApp.run
    monkeypatch.setattr(
        ReaderApp,
        "run",
        lambda app, **kw: real_run(app, headless=True, size=(100, 30), auto_pilot=quit_when_loaded),
    )
    assert main([str(folder)]) == 0
    err = capsys.readouterr().err
    assert f"reader: {tmp_path}/news\\u202eevil/{SHOWN}: empty file" in err
    for raw in RAW:
        assert raw not in err
