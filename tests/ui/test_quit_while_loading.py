"""Quitting while a big file is still loading stops the loader in the middle of the file: the
worker thread does not read on (which would keep the process alive after the screen closed).
The loader is handed the worker's cancel flag, which it checks while it streams a file (the
corpus tests show it stops mid-stream), so even a file that yields nothing for a long while
stops at once."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from reader.corpus import loader as loader_module
from reader.ui import reader_screen
from reader.ui.app import ReaderApp
from tests.ui.conftest import wait_until

TOTAL = 100_000


async def test_quitting_stops_the_loader_mid_file(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    with gzip.open(folder / "many.jsonl.gz", "wt", encoding="utf-8") as out:
        for number in range(TOTAL):
            record = {"title": f"Berita nomor {number}", "text": f"Isi berita {number} hari ini."}
            out.write(json.dumps(record) + "\n")
    pulled = [0]
    flags = []

    def counting_iter_load(*args: object, **kwargs: object):
        flags.append(kwargs.get("cancelled"))
        for item in loader_module.iter_load(*args, **kwargs):  # type: ignore[arg-type]
            pulled[0] += 1
            yield item

    monkeypatch.setattr(reader_screen, "iter_load", counting_iter_load)
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: pulled[0] > 0)
        assert pulled[0] < TOTAL
        await pilot.press("q")
    last, steady_since = pulled[0], time.monotonic()
    while time.monotonic() - steady_since < 1.0:  # wait until the count stops moving
        time.sleep(0.1)
        if pulled[0] != last:
            last, steady_since = pulled[0], time.monotonic()
    assert pulled[0] < TOTAL // 2, f"the loader read on after quitting ({pulled[0]} articles)"
    (cancelled,) = flags
    assert cancelled is not None and cancelled() is True  # what the streaming loader checks
