"""Lines of a (maybe gzip'd) file, read in bounded chunks with every limit checked as it goes.

A 4 MB .jsonl.gz can expand to one 4 GB line, or to four billion empty ones. So nothing here
ever holds more than one line of at most `max_line_bytes`: a longer line is dropped while it
is read (chunk by chunk, never whole), and the file stops with a reason once it passes the
decompressed-bytes, line-count or compression-ratio limit, or when the caller cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from io import BufferedIOBase
from typing import NamedTuple

#: The read size: what is held besides the line being gathered.
CHUNK = 256 * 1024
#: The ratio check starts after this much output (small files may compress very well).
RATIO_AFTER = 32 * 1024 * 1024


class StreamLimits(NamedTuple):
    """What one line-by-line file may hold (decompressed)."""

    max_line_bytes: int = 8 * 1024 * 1024
    max_bytes: int = 1024 * 1024 * 1024
    max_lines: int = 2_000_000
    #: Decompressed bytes per compressed byte: news text compresses 3–10× (copies of one
    #: story within gzip's 32 KB window about 100×), a bomb up to 1,000×.
    max_ratio: int = 200


DEFAULT_LIMITS = StreamLimits()


class StreamStopped(Exception):
    """The file passed a limit (or the load was cancelled); the message is the reason."""


class LongLine(NamedTuple):
    """A line longer than the limit, dropped unread: its number and how long it got."""

    number: int
    length: int


def bounded_lines(
    stream: BufferedIOBase,
    limits: StreamLimits = DEFAULT_LIMITS,
    *,
    compressed_read: Callable[[], int] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[tuple[int, bytes] | LongLine]:
    """Yield (number, line) for each line (without its line break), or `LongLine` for one too
    long to keep. Raises `StreamStopped` when a limit is passed or `cancelled()` turns true.

    `compressed_read` says how many compressed bytes have been consumed so far (for the ratio
    check); None for an uncompressed file.
    """
    number = 0
    total = 0
    pending: list[bytes] = []  # the pieces of the line being gathered
    pending_size = 0
    dropping = False  # the current line is over the limit: its bytes are discarded
    while True:
        if cancelled():
            raise StreamStopped("cancelled")
        chunk = stream.read1(CHUNK)  # what is there: a cut gzip stream still gives its start
        if not chunk:
            break
        total += len(chunk)
        _check_totals(total, number, limits, compressed_read)
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                piece = chunk[start:]
                pending_size += len(piece)
                if piece and not dropping:
                    pending.append(piece)
                    if pending_size > limits.max_line_bytes:
                        dropping, pending = True, []
                break
            number += 1
            if number > limits.max_lines:
                raise StreamStopped(f"more than {limits.max_lines:,} lines; the rest not read")
            pending_size += end - start
            if dropping or pending_size > limits.max_line_bytes:
                yield LongLine(number, pending_size)
            elif pending:
                pending.append(chunk[start:end])
                yield number, b"".join(pending)
            elif end > start:
                yield number, chunk[start:end]
            pending, pending_size, dropping = [], 0, False
            start = end + 1
    if dropping or pending_size > limits.max_line_bytes:
        yield LongLine(number + 1, pending_size)
    elif pending_size:
        yield number + 1, b"".join(pending)


def _check_totals(
    total: int, lines: int, limits: StreamLimits, compressed_read: Callable[[], int] | None
) -> None:
    """Stop the file when it has grown past the byte limit or expands like a bomb."""
    if total > limits.max_bytes:
        raise StreamStopped(f"more than {_size(limits.max_bytes)} of text; the rest not read")
    if compressed_read is not None and total > RATIO_AFTER:
        compressed = max(compressed_read(), 1)
        if total > compressed * limits.max_ratio:
            raise StreamStopped(
                f"expands more than {limits.max_ratio}× when decompressed "
                f"({_size(compressed)} → over {_size(total)}): a compression bomb? not read further"
            )


def _size(count: int) -> str:
    """A byte count for messages: "512 KB", "8 MB", "1 GB"."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= size:
            value = count / size
            return f"{value:.0f} {unit}" if value >= 10 or value.is_integer() else f"{value:.1f} {unit}"
    return f"{count} bytes"
