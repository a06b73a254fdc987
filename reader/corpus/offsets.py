"""Per-character source offsets stored as runs, for blocks whose text is not a plain slice.

A Markdown paragraph's display text maps back to its file mostly in long runs of consecutive
offsets (a line of text), broken only where markup was removed ("**", "](url)") or a line
break became a space. A tuple of one int per character costs about 36 bytes a character;
storing the runs costs 8 bytes a run, whatever their length.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Offsets(Sequence[int]):
    """An immutable sequence of source offsets (ints ≥ 0), one per display character.

    Reads like a tuple of ints: `len`, indexing (negative too), slicing (an `Offsets` again),
    iteration, `==` with any sequence of ints, hashing.
    """

    __slots__ = ("_length", "_runs")

    def __init__(self, values: Iterable[int] = ()) -> None:
        """Runs of consecutive values, found in one pass."""
        starts: list[int] = []
        sources: list[int] = []
        length = 0
        expected = -1
        for value in values:
            if value != expected:
                starts.append(length)
                sources.append(value)
            expected = value + 1
            length += 1
        self._length = length
        # The run starts (display positions), then each run's first source offset.
        self._runs = array("I", starts + sources)

    @classmethod
    def _of_runs(cls, length: int, starts: list[int], sources: list[int]) -> Offsets:
        """An instance from runs already found."""
        made = cls.__new__(cls)
        made._length = length
        made._runs = array("I", starts + sources)
        return made

    @property
    def run_count(self) -> int:
        """How many runs of consecutive offsets there are."""
        return len(self._runs) // 2

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Offsets: ...

    def __getitem__(self, index: int | slice) -> int | Offsets:
        if isinstance(index, slice):
            return self._slice(index)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        runs = self._runs
        count = len(runs) // 2
        run = bisect_right(runs, index, 0, count) - 1
        return runs[count + run] + index - runs[run]

    def _slice(self, index: slice) -> Offsets:
        """The offsets of a display slice."""
        start, stop, step = index.indices(self._length)
        if step != 1:
            return Offsets(self[i] for i in range(start, stop, step))
        if stop <= start:
            return Offsets()
        runs = self._runs
        count = len(runs) // 2
        first = bisect_right(runs, start, 0, count) - 1
        starts: list[int] = []
        sources: list[int] = []
        for run in range(first, count):
            run_start = runs[run]
            if run_start >= stop:
                break
            begin = max(run_start, start)
            starts.append(begin - start)
            sources.append(runs[count + run] + begin - run_start)
        return Offsets._of_runs(stop - start, starts, sources)

    def __iter__(self) -> Iterator[int]:
        runs = self._runs
        count = len(runs) // 2
        for run in range(count):
            end = runs[run + 1] if run + 1 < count else self._length
            source = runs[count + run]
            yield from range(source, source + end - runs[run])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return self._length == other._length and self._runs == other._runs
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._length and all(
                a == b for a, b in zip(self, other, strict=True)
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Offsets({list(self)!r})"
