"""Reading a file's bytes safely: bounded size, binary detection, and decoding to text.

Text is decoded as UTF-8 (so offsets match `open(path, encoding="utf-8", newline="")`); when
that fails, charset-normalizer (imported only then) detects the encoding and offsets index the
decoded text. Files larger than the limit are read up to a line boundary within it.
"""

from __future__ import annotations

import codecs
import os
import stat
from typing import NamedTuple

#: How much of one file is read; beyond it the file is cut at a line boundary.
MAX_BYTES = 8 * 1024 * 1024

_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF = 8192
#: Every byte but the control bytes a text file does not hold (TAB, LF, FF, CR and ESC are fine).
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))


class UnreadableFile(Exception):
    """A file that cannot be loaded at all; the message is the one-line reason."""


class FileBytes(NamedTuple):
    """A file's bytes (maybe cut) and whether they were cut."""

    data: bytes
    truncated: bool
    size: int


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> FileBytes:
    """Read at most `max_bytes` of a regular file, cut at the last line break when over."""
    try:
        info = os.stat(path)
    except OSError as err:
        raise UnreadableFile(describe_os_error(err)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("not a regular file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise UnreadableFile(describe_os_error(err)) from None
    if len(data) <= max_bytes:
        return FileBytes(data, False, len(data))
    data = data[:max_bytes]
    cut = data.rfind(b"\n")
    if cut > 0:
        data = data[: cut + 1]
    return FileBytes(data, True, info.st_size)


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of `data` and the encoding used when it was not UTF-8 (None for UTF-8)."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if looks_binary(data):
        raise UnreadableFile("binary file, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            return data[: err.start].decode("utf-8"), None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("cannot decode: not text in any known encoding")
    return str(best), best.encoding


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes near the start, and no UTF-16/32 byte-order mark."""
    head = data[:_SNIFF]
    if head.startswith(_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # the control bytes left
    return controls > len(head) // 10


def describe_os_error(err: OSError) -> str:
    """A one-line, lower-case reason for an OS error ("permission denied", "symlink loop")."""
    import errno

    if err.errno == errno.ELOOP:
        return "symlink loop"
    if err.errno == errno.ENOENT:
        return "no such file or folder"
    reason = err.strerror or err.__class__.__name__
    return reason[0].lower() + reason[1:] if reason else "cannot be read"


def size_label(size: int) -> str:
    """A size in MB for messages ("8 MB", "8.1 MB")."""
    megabytes = size / (1024 * 1024)
    return (
        f"{megabytes:.0f} MB"
        if megabytes >= 10 or megabytes.is_integer()
        else f"{megabytes:.1f} MB"
    )
