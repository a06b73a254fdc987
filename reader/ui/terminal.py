"""Keep the reader on the terminal when stderr is redirected (`reader DIR 2>err.log`).

Textual draws on `sys.__stderr__` and measures the terminal through stdout, so with stderr
sent to a file the screen would stay blank while the UI went into the file (and with stdout
redirected too, it would be drawn at a guessed size). For the app's lifetime, descriptors 2
and 1 are pointed at the terminal when they are not on one (stdout's terminal, else /dev/tty);
afterwards they are put back, so what the reader reports on exit (the files it skipped) lands
where the user sent stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def drawing_on_the_terminal() -> Iterator[None]:
    """Point fds 2 and 1 at the terminal while the block runs, when they are not on one."""
    redirected = [fd for fd in (2, 1) if not _isatty(fd)]
    terminal = _terminal_fd() if redirected else None
    if terminal is None:  # both on the terminal already, or no terminal to draw on at all
        yield
        return
    saved = {fd: os.dup(fd) for fd in redirected}
    sys.stdout.flush()
    sys.stderr.flush()
    for fd in redirected:
        os.dup2(terminal, fd)
    os.close(terminal)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, original in saved.items():
            os.dup2(original, fd)
            os.close(original)


def _terminal_fd() -> int | None:
    """A new descriptor on the terminal: stdout's or stderr's when one is, else /dev/tty."""
    for fd in (1, 2):
        if _isatty(fd):
            return os.dup(fd)
    try:
        return os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None


def _isatty(fd: int) -> bool:
    """Whether `fd` is open on a terminal."""
    try:
        return os.isatty(fd)
    except OSError:
        return False
