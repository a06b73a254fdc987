"""Article text → mentions and entities: recognise, classify, resolve aliases. No Textual here."""

from reader.entities.model import KIND_NAMES, LABELS, Entity, Label, Mention

__all__ = ["KIND_NAMES", "LABELS", "Entity", "Label", "Mention"]
