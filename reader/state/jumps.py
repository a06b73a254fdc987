"""The jump list and the finder's recent targets, kept in the state store.

The jump list works like vim's with `jumpoptions=stack`: every jump (to a mention, to an
article from the finder or the palette, `]`/`[`) records where the reader was, as an article
key and an exact text position (block, offset), never screen lines, so it survives a
different terminal width. `back` (ctrl+o) walks towards older places and `forward` (ctrl+i)
returns; a new jump made while walking drops the places ahead, as a browser's history does.
Both are written through to SQLite at once, so they survive a restart or a crash.

Each place is stored as its own row (an id and the time it was made), and a change writes
only the rows it touched: two readers open at once each add their own jumps, which are
merged in time order at the next start, instead of the last one to write erasing the
other's. Rows that cannot be read back (wrong types) are skipped, never fatal.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from reader.state.store import StateStore

#: The most places the jump list keeps; older ones are forgotten first.
JUMP_CAPACITY = 100
#: The most recent finder targets kept.
RECENT_CAPACITY = 20
#: The settings key holding the jump list's cursor.
JUMP_CURSOR = "jump_cursor"


@dataclass(frozen=True, slots=True)
class Place:
    """A position in an article: its stable key (`listing.article_key`), the (block, offset)
    at the top of the view, and the (block, start) of the name under the cursor, if any."""

    article_key: str
    block: int
    offset: int
    mention: tuple[int, int] | None = None

    def same_spot(self, other: Place) -> bool:
        """True when both are in the same block of the same article with the cursor on the
        same name (vim's "same line"): a jump made again from there replaces the newest entry
        instead of adding one."""
        return (self.article_key, self.block, self.mention) == (
            other.article_key,
            other.block,
            other.mention,
        )


class JumpList:
    """Places jumped from, oldest first, and where the reader is among them.

    `cursor` is the slot being visited while walking the list with back/forward, or
    `len(entries)` when the reader is past the newest place (the usual case).
    """

    def __init__(self, store: StateStore | None = None, capacity: int = JUMP_CAPACITY) -> None:
        self.store = store
        self.capacity = capacity
        self.entries: list[Place] = []
        self.cursor = 0
        #: Each entry's row id and when it was made (parallel to `entries`).
        self._ids: list[str] = []
        self._made: dict[str, float] = {}
        #: What this list last read or wrote, by id: a save writes only the difference.
        self._stored: dict[str, Place] = {}
        self._last_made = 0.0
        if store is not None:
            self._load(store)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def can_go_back(self) -> bool:
        return self.cursor > 0

    @property
    def can_go_forward(self) -> bool:
        return self.cursor < len(self.entries) - 1

    def record(self, origin: Place) -> None:
        """A jump is being made from `origin`: remember it as the newest place."""
        del self.entries[self.cursor :]
        del self._ids[self.cursor :]
        if self.entries and self.entries[-1].same_spot(origin):
            self.entries[-1] = origin  # jumping again from where the last jump was made
        else:
            self._append(origin)
        self._trim()
        self.cursor = len(self.entries)
        self._save()

    def back(self, here: Place) -> Place | None:
        """The place to go back to from `here` (ctrl+o), or None at the oldest.

        Leaving the newest end keeps `here`, so `forward` can return to it; a visited slot
        is updated to where the reader was in it, so returning lands there.
        """
        if self.cursor >= len(self.entries):
            if not self.entries or not self.entries[-1].same_spot(here):
                self._append(here)
                self._trim()
            else:
                self.entries[-1] = here
            self.cursor = len(self.entries) - 1
        else:
            self.entries[self.cursor] = here
        if self.cursor == 0:
            self._save()
            return None
        self.cursor -= 1
        self._save()
        return self.entries[self.cursor]

    def forward(self, here: Place) -> Place | None:
        """The place to go forward to from `here` (ctrl+i), or None at the newest."""
        if not self.can_go_forward:
            return None
        self.entries[self.cursor] = here
        self.cursor += 1
        self._save()
        return self.entries[self.cursor]

    # ── persistence ────────────────────────────────────────────────────────────────────

    def _append(self, place: Place) -> None:
        made = max(time.time(), self._last_made + 1e-6)  # strictly after this list's newest
        self._last_made = made
        row_id = uuid.uuid4().hex
        self.entries.append(place)
        self._ids.append(row_id)
        self._made[row_id] = made

    def _trim(self) -> None:
        excess = max(0, len(self.entries) - self.capacity)
        del self.entries[:excess]
        del self._ids[:excess]

    def _load(self, store: StateStore) -> None:
        rows = store.connection.execute(
            "SELECT id, made_at, article_key, block, offset, mention_block, mention_start "
            "FROM jump_places ORDER BY made_at, id"
        ).fetchall()
        for row_id, made, key, block, offset, m_block, m_start in rows:
            place = _place(key, block, offset, m_block, m_start)
            if place is None or not isinstance(row_id, str):
                continue  # a row this reader did not write: skip it, keep the rest
            self.entries.append(place)
            self._ids.append(row_id)
            self._made[row_id] = made if isinstance(made, int | float) else 0.0
            self._stored[row_id] = place
        self._trim()
        saved = store.setting(JUMP_CURSOR)
        cursor = int(saved) if saved is not None and saved.isdigit() else len(self.entries)
        self.cursor = min(cursor, len(self.entries))
        self._last_made = max(self._made.values(), default=0.0)

    def _save(self) -> None:
        """Write what changed since the last save (in one transaction): rows this list
        dropped are deleted, new or moved places written; rows added meanwhile by another
        reader are left alone, then the oldest past `capacity` are forgotten."""
        store = self.store
        if store is None:
            return
        current = dict(zip(self._ids, self.entries, strict=True))
        gone = [(row_id,) for row_id in self._stored if row_id not in current]
        changed = [
            (row_id, self._made[row_id], p.article_key, p.block, p.offset,
             *(p.mention or (None, None)))
            for row_id, p in current.items()
            if self._stored.get(row_id) != p
        ]  # fmt: skip
        with store.connection as connection:
            connection.executemany("DELETE FROM jump_places WHERE id = ?", gone)
            connection.executemany(
                "INSERT INTO jump_places (id, made_at, article_key, block, offset, "
                "mention_block, mention_start) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET article_key = excluded.article_key, "
                "block = excluded.block, offset = excluded.offset, "
                "mention_block = excluded.mention_block, mention_start = excluded.mention_start",
                changed,
            )
            connection.execute(
                "DELETE FROM jump_places WHERE id NOT IN "
                "(SELECT id FROM jump_places ORDER BY made_at DESC, id DESC LIMIT ?)",
                (self.capacity,),
            )
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (JUMP_CURSOR, str(self.cursor)),
            )
        self._stored = current


def _place(
    key: object, block: object, offset: object, m_block: object, m_start: object
) -> Place | None:
    """A stored row as a Place, or None when a value is not what the reader writes."""
    if not isinstance(key, str) or not _is_count(block) or not _is_count(offset):
        return None
    mention = (m_block, m_start) if _is_count(m_block) and _is_count(m_start) else None
    return Place(key, block, offset, mention)  # type: ignore[arg-type]


def _is_count(value: object) -> bool:
    return type(value) is int and value >= 0


class RecentTargets:
    """What the user chose in the finder lately: ("entity" | "article", id), newest first."""

    def __init__(self, store: StateStore | None = None, capacity: int = RECENT_CAPACITY) -> None:
        self.store = store
        self.capacity = capacity
        self._items: list[tuple[str, str]] = []
        if store is not None:
            rows = store.connection.execute(
                "SELECT kind, target FROM recents ORDER BY used_at DESC LIMIT ?",
                (capacity,),
            ).fetchall()
            self._items = [
                (kind, target)
                for kind, target in rows
                if isinstance(kind, str) and isinstance(target, str)
            ]

    def items(self) -> list[tuple[str, str]]:
        """The recent targets, most recent first."""
        return list(self._items)

    def add(self, kind: str, target: str) -> None:
        """`target` was just chosen: move it to the front (and forget the oldest past capacity)."""
        item = (kind, target)
        self._items = [item, *(i for i in self._items if i != item)][: self.capacity]
        if self.store is None:
            return
        with self.store.connection as connection:
            # Strictly after the newest, even when the clock has not moved on since it.
            (newest,) = connection.execute("SELECT MAX(used_at) FROM recents").fetchone()
            used_at = max(time.time(), (newest or 0.0) + 1e-6)
            connection.execute(
                "INSERT INTO recents (kind, target, used_at) VALUES (?, ?, ?) "
                "ON CONFLICT(kind, target) DO UPDATE SET used_at = excluded.used_at",
                (kind, target, used_at),
            )
            connection.execute(
                "DELETE FROM recents WHERE rowid NOT IN "
                "(SELECT rowid FROM recents ORDER BY used_at DESC LIMIT ?)",
                (self.capacity,),
            )
