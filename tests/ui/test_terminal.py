"""`reader DIR 2>err.log`: the reader still draws on the terminal, and the skipped files are
reported in err.log after it exits."""

from __future__ import annotations

import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from fcntl import ioctl
from pathlib import Path

import pytest

GOOD = "Banjir Rendam Kota Contoh\n\nWarga mengungsi ke balai desa sejak pagi.\n"


def _read_until(master: int, wanted: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


@pytest.mark.parametrize("stdout_redirected", [False, True])
def test_the_reader_draws_on_the_terminal_with_stderr_in_a_file(
    tmp_path: Path, stdout_redirected: bool
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a\x1b]0;PWNED\x07.txt").write_bytes(b"")  # before good.txt: read by the first frame
    err_log = tmp_path / "err.log"
    master, slave = pty.openpty()
    ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "", "LINES": ""}
    with open(err_log, "wb") as err, open(tmp_path / "out.log", "wb") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "reader", str(folder)],
            stdin=slave,
            stdout=out if stdout_redirected else slave,
            stderr=err,
            env=env,
            start_new_session=True,
            preexec_fn=lambda: ioctl(0, termios.TIOCSCTTY, 0),
        )
    os.close(slave)
    try:
        drawn = _read_until(master, b"1 article", timeout=60)
        assert b"1 article" in drawn, "nothing drawn on the terminal"
        os.write(master, b"q")
        _read_until(master, b"\x1b[?1049l", timeout=20)  # the alternate screen is left
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)
    report = err_log.read_bytes()
    assert b"a\\x1b]0;PWNED\\x07.txt: empty file" in report
    assert b"\x1b" not in report  # the UI was not drawn into the file
