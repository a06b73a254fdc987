"""Union-find over name keys, with anchors that must never meet.

An anchor is what a key is known to be from outside the text: a country code, a city, an
entry of the user's names file. Two groups anchored to different things are never merged,
so a fuzzy rule can never join "Austria" to "Australia" or one watched name to another.
"""

from __future__ import annotations

#: Nodes that stand for what a group is anchored to; they carry no mentions of their own.
COUNTRY_NODE = "\x00country:"  # + ISO 3166 alpha-2 code
CITY_NODE = "\x00city:"  # + geonames id
WATCHED_NODE = "\x00name:"  # + position in the user's names file
OTHER_USE_NODE = "\x00misc:"  # + key: the MISC uses of a name that is mostly something else


class Clusters:
    """Groups of keys; `find(key)` names a key's group by a member key."""

    __slots__ = ("_anchor", "_parent")

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._anchor: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self._parent
        root = key
        while True:
            up = parent.get(root)
            if up is None or up == root:
                break
            root = up
        while key != root:  # path compression
            up = parent[key]
            parent[key] = root
            key = up
        return root

    def is_alone(self, key: str) -> bool:
        """True when `key` was never grouped with anything (its group is itself, unanchored)."""
        return key not in self._parent and key not in self._anchor

    def anchor(self, key: str) -> str:
        """What `key`'s group is anchored to, or ""."""
        return self._anchor.get(self.find(key), "")

    def anchors(self) -> list[str]:
        """Every anchor some group holds."""
        return sorted(self._anchor.values())

    def set_anchor(self, key: str, anchor: str) -> bool:
        """Anchor `key`'s group; False when it is already anchored to something else."""
        root = self.find(key)
        current = self._anchor.get(root, "")
        if current and current != anchor:
            return False
        self._anchor[root] = anchor
        return True

    def union(self, a: str, b: str) -> bool:
        """Merge the groups of `a` and `b` unless their anchors differ; True when merged."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        anchor_a, anchor_b = self._anchor.get(root_a, ""), self._anchor.get(root_b, "")
        if anchor_a and anchor_b and anchor_a != anchor_b:
            return False
        if root_b < root_a:  # the smaller key leads: the result does not depend on order
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._parent.setdefault(root_a, root_a)
        anchor = anchor_a or anchor_b
        if anchor:
            self._anchor[root_a] = anchor
            self._anchor.pop(root_b, None)
        return True
