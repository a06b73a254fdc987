"""`Record`: a base for small mutable records, with a dataclass's equality and repr.

Each dataclass takes a fraction of a millisecond to define when its module is imported, and
the corpus modules are imported on the way to the reader's first frame; a plain class with
`__slots__` and an `__init__` costs next to nothing.
"""

from __future__ import annotations

from typing import ClassVar


class Record:
    """Fields are the subclass's `__slots__`: they make the repr and the equality."""

    __slots__ = ()
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable: unhashable

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"
