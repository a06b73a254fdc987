"""The user's names file: names to watch for (with label and aliases) and names to ignore.

A TOML file, given with `--names FILE` or by the config file:

    # Top-level keys come first: in TOML, keys after a [[name]] header belong to that name.
    ignore = ["Breaking News", "Baca Juga"]

    [[name]]
    name = "Joko Widodo"
    label = "PER"                 # PER, LOC, ORG or MISC
    aliases = ["Jokowi", "Widodo"]

A watched name and its aliases are found wherever they are written (same capitals, whole
words), even where recognition missed them, and they replace any name recognised across
them; all of them are one entity, labelled and named as the file says. An ignored name is
never shown as a name, however it is capitalised.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.corpus.model import Article
from reader.entities.aliases import surface_key
from reader.entities.model import LABELS, Label, Mention

_TOP_LEVEL = {"name", "ignore"}
_ENTRY_KEYS = {"name", "label", "aliases"}


class NamesFileError(ValueError):
    """A names file that cannot be used; the message is one line saying where and why."""


@dataclass(frozen=True, slots=True)
class WatchedName:
    """A name the user wants found and linked, with its other forms."""

    name: str
    label: Label
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamesFile:
    """Watched names and ignored names, ready to apply to recognised mentions."""

    watch: tuple[WatchedName, ...] = ()
    ignore: tuple[str, ...] = ()
    path: str = ""
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _label_of: dict[str, Label] = field(init=False, repr=False, compare=False, default_factory=dict)
    _ignored: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())

    def __post_init__(self) -> None:
        forms = {form: w.label for w in self.watch for form in (w.name, *w.aliases)}
        pattern = None
        if forms:
            alternatives = sorted(forms, key=lambda form: (-len(form), form))
            body = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in alternatives)
            pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        object.__setattr__(self, "_pattern", pattern)
        object.__setattr__(
            self, "_label_of", {re.sub(r"\s+", " ", f): lab for f, lab in forms.items()}
        )
        object.__setattr__(self, "_ignored", frozenset(surface_key(name) for name in self.ignore))

    @classmethod
    def load(cls, path: str | Path) -> NamesFile:
        """Read and check a names file; raises `NamesFileError` with a one-line reason."""
        where = f"names file {path}"
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise NamesFileError(f"{where}: cannot read it ({_one_line(err)})") from err
        return cls.parse(text, str(path))

    @classmethod
    def parse(cls, text: str, path: str = "") -> NamesFile:
        """Check the TOML text of a names file (see the module docstring)."""
        where = f"names file {path}" if path else "names file"
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise NamesFileError(f"{where}: not valid TOML: {_one_line(err)}") from err
        unknown = sorted(set(data) - _TOP_LEVEL)
        if unknown:
            raise NamesFileError(
                f"{where}: unknown key {unknown[0]!r} (expected [[name]] tables and ignore = [...])"
            )
        entries = data.get("name", [])
        if not isinstance(entries, list):
            raise NamesFileError(f"{where}: 'name' must be [[name]] tables")
        watch = tuple(_entry(where, number, entry) for number, entry in enumerate(entries, 1))
        ignore = _strings(where, "ignore", data.get("ignore", []))
        clash = {surface_key(n) for w in watch for n in (w.name, *w.aliases)} & {
            surface_key(n) for n in ignore
        }
        if clash:
            raise NamesFileError(f"{where}: {sorted(clash)[0]!r} is both watched and ignored")
        return cls(watch, ignore, path)

    def apply(self, article: Article, mentions: Iterable[Mention]) -> list[Mention]:
        """Recognised mentions with ignored names dropped and watched names added over them."""
        kept = [m for m in mentions if not self._is_ignored(article, m)]
        if self._pattern is None:
            return kept
        found: list[Mention] = []
        for index, block in enumerate(article.blocks):
            for match in self._pattern.finditer(block.text):
                label = self._label_of[re.sub(r"\s+", " ", match.group())]
                found.append(Mention(index, match.start(), match.end(), label))
        if not found:
            return kept
        covered: dict[int, list[tuple[int, int]]] = {}
        for mention in found:
            covered.setdefault(mention.block, []).append((mention.start, mention.end))
        kept = [
            m
            for m in kept
            if not any(m.start < end and start < m.end for start, end in covered.get(m.block, ()))
        ]
        return sorted(kept + found, key=lambda m: (m.block, m.start, m.end))

    def _is_ignored(self, article: Article, mention: Mention) -> bool:
        if not self._ignored:
            return False
        surface = article.blocks[mention.block].text[mention.start : mention.end]
        return surface_key(surface) in self._ignored


def _entry(where: str, number: int, entry: Any) -> WatchedName:
    """One [[name]] table, checked."""
    if not isinstance(entry, dict):
        raise NamesFileError(f"{where}: [[name]] number {number} must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise NamesFileError(f'{where}: [[name]] number {number} needs name = "..."')
    place = f"{where}: [[name]] {name!r}"
    if "ignore" in entry:
        raise NamesFileError(
            f"{place} has an 'ignore' key: put ignore = [...] above the first [[name]]"
        )
    unknown = sorted(set(entry) - _ENTRY_KEYS)
    if unknown:
        raise NamesFileError(f"{place}: unknown key {unknown[0]!r} (expected name, label, aliases)")
    label = entry.get("label")
    if label not in LABELS:
        raise NamesFileError(f"{place}: label must be one of {', '.join(LABELS)}, not {label!r}")
    aliases = _strings(place, "aliases", entry.get("aliases", []))
    return WatchedName(name.strip(), label, tuple(a for a in aliases if a != name.strip()))


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise NamesFileError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())
