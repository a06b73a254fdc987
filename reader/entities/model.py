"""The entity data model: mentions of names in blocks, and the entities they refer to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["PER", "LOC", "ORG", "MISC"]
LABELS: tuple[Label, ...] = ("PER", "LOC", "ORG", "MISC")

#: The word each label is shown as in the UI.
KIND_NAMES: dict[str, str] = {
    "PER": "person",
    "LOC": "place",
    "ORG": "organisation",
    "MISC": "other",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in one block of an article: `block.text[start:end]`, its label and its entity id.

    Offsets are display offsets within the block (see `reader.corpus.model.Block`).
    `entity` is empty until the corpus-wide linking has run.
    """

    block: int
    start: int
    end: int
    label: Label
    entity: str = ""


@dataclass(slots=True)
class Entity:
    """One real-world person, place, organisation or other named thing across the corpus.

    `id` is a stable slug (the same names in the same files give the same id on every run).
    `aliases` are the other surface forms its mentions take (short forms, variants, acronyms).
    """

    id: str
    name: str
    label: Label
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    articles: int = 0
