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


class StreamCancelled(StreamStopped):
    """The caller cancelled the load: nothing to report."""


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
    number = 0  # lines ended so far
    total = 0
    line = _Line(limits.max_line_bytes)  # the line being gathered, across chunks
    too_long = limits.max_line_bytes
    while True:
        if cancelled():
            raise StreamCancelled("cancelled")
        chunk = stream.read1(CHUNK)  # what is there: a cut gzip stream still gives its start
        if not chunk:
            break
        total += len(chunk)
        _check_totals(total, limits, compressed_read)
        pieces = chunk.split(b"\n")  # the first ends the gathered line, the last starts one
        line.add(pieces[0])
        if len(pieces) == 1:
            continue
        ended = len(pieces) - 1
        over = number + ended > limits.max_lines
        if over:  # the limit falls inside this chunk: the lines before it still count
            ended = limits.max_lines - number
        number += 1
        if ended >= 1 and (finished := line.finish(number)) is not None:
            yield finished
        # Whole lines; blank ones (a bomb of line breaks is made of them) are skipped in bulk.
        middle = pieces[1:ended]
        for offset, piece in [(k, p) for k, p in enumerate(middle, 1) if p]:
            if len(piece) > too_long:
                yield LongLine(number + offset, len(piece))
            else:
                yield number + offset, piece
        number += len(middle)
        if over:
            raise StreamStopped(f"more than {limits.max_lines:,} lines; the rest not read")
        line.add(pieces[-1])
    last = line.finish(number + 1)
    if last is not None:
        yield last


class _Line:
    """The line being gathered: its pieces, or only its length once it is over the limit."""

    __slots__ = ("dropping", "limit", "pieces", "size")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pieces: list[bytes] = []
        self.size = 0
        self.dropping = False

    def add(self, piece: bytes) -> None:
        """Append a piece; past the limit the pieces are let go and only the length kept."""
        self.size += len(piece)
        if self.dropping or not piece:
            return
        self.pieces.append(piece)
        if self.size > self.limit:
            self.dropping, self.pieces = True, []

    def finish(self, number: int) -> tuple[int, bytes] | LongLine | None:
        """The gathered line as line `number` (None when it is blank), and start a new one."""
        size, dropping, pieces = self.size, self.dropping, self.pieces
        self.pieces, self.size, self.dropping = [], 0, False
        if dropping or size > self.limit:
            return LongLine(number, size)
        return (number, b"".join(pieces)) if size else None


def _check_totals(
    total: int, limits: StreamLimits, compressed_read: Callable[[], int] | None
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
