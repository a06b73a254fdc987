"""The line under the article: the name under the cursor, or what the keys for names do.

It also carries the reader's routine news ("Names indexed: …", "At the oldest place in the
jump list.") for a few seconds, so that news never covers the article as a toast would.

"Rina Hartono · person · 12 mentions in 4 articles · also Rina, Hartono". Before the
index has linked the article's names across the corpus, the count is the article's own
and says so. Names and aliases are article text: they are shown as literal `Content`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from reader.ui.formatting import format_count
from reader.ui.name_marks import KIND_OF_LABEL

if TYPE_CHECKING:
    from textual.timer import Timer

    from reader.entities.model import Entity

#: How long a piece of news stays on the line, in seconds.
NEWS_SECONDS = 6.0
#: How many aliases the line lists before "…".
ALIASES_SHOWN = 4
HINT = "tab next name · shift+tab previous · e names in this article"
SEPARATOR = " · "


def entity_summary(entity: Entity, *, corpus_wide: bool) -> str:
    """ "58 mentions in 5 articles", or "3 mentions in this article" before the index."""
    if not corpus_wide:
        return f"{format_count(entity.mentions, 'mention')} in this article (indexing…)"
    return (
        f"{format_count(entity.mentions, 'mention')} in {format_count(entity.articles, 'article')}"
    )


def aliases_text(entity: Entity) -> str:
    """ "also Rina, Hartono" (the first few), or "" when it has none."""
    aliases = [alias for alias in entity.aliases if alias != entity.name]
    if not aliases:
        return ""
    shown = ", ".join(aliases[:ALIASES_SHOWN])
    return "also " + shown + (", …" if len(aliases) > ALIASES_SHOWN else "")


class EntityStatus(Widget):
    """One line: the selected name with its kind, counts and aliases; else a hint."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"entity-status--muted", "entity-status--news"}
    DEFAULT_CSS = """
    EntityStatus {
        height: 1;
        padding: 0 2;
        background: $panel;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    EntityStatus > .entity-status--muted { color: $reader-muted; }
    EntityStatus > .entity-status--news { text-style: bold; }
    """

    def __init__(self, kind_style: Callable[[str], Style], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._kind_style = kind_style
        self._entity: tuple[Entity, bool] | None = None  # (entity, corpus-wide counts)
        self._hint = ""
        self._place = ""
        self._news: tuple[str, str] | None = None  # (title, text) shown over the rest
        self._news_timer: Timer | None = None

    def show_news(self, text: str, title: str = "") -> None:
        """Show a piece of routine news for a few seconds (then the line goes back)."""
        self._news = (title, text)
        if self._news_timer is not None:
            self._news_timer.stop()
        self._news_timer = self.set_timer(NEWS_SECONDS, self.clear_news)
        self.refresh()

    def clear_news(self) -> None:
        self._news = None
        self._news_timer = None
        self.refresh()

    @property
    def news(self) -> str:
        """The news on the line now, as plain text ("" when there is none)."""
        return ": ".join(part for part in self._news if part) if self._news else ""

    def show_entity(self, entity: Entity, *, corpus_wide: bool, place: str = "") -> None:
        """Describe `entity`, the name under the cursor; `place` is which of its mentions
        across the corpus this is ("2/38", after `]`/`[` or a jump), or ""."""
        self._news = None  # the reader has moved on to a name: that is what the line is for
        self._entity = (entity, corpus_wide)
        self._place = place
        self.refresh()

    def show_hint(self, text: str = HINT) -> None:
        """A muted line of help (or of state: "Finding names…")."""
        self._entity = None
        self._hint = text
        self.refresh()

    @property
    def text(self) -> str:
        """What the line says, as plain text."""
        return self.render().plain

    def render(self) -> Content:
        if self._news is not None:
            title, text = self._news
            news = self.get_component_rich_style("entity-status--news", partial=True)
            heading = Content(f"{title}: " if title else "").stylize(Style.from_rich_style(news))
            return heading + Content(text)
        if self._entity is None:
            muted = self.get_component_rich_style("entity-status--muted", partial=True)
            return Content(self._hint).stylize(Style.from_rich_style(muted))
        from reader.entities.model import KIND_NAMES  # not needed before a name is selected

        entity, corpus_wide = self._entity
        kind = KIND_OF_LABEL.get(entity.label, "misc")
        parts: list[Content | str | tuple[str, Style]] = [
            (entity.name, self._kind_style(kind)),
            SEPARATOR,
            *([(self._place, "bold"), SEPARATOR] if self._place else []),
            KIND_NAMES.get(entity.label, "other"),
            SEPARATOR,
            entity_summary(entity, corpus_wide=corpus_wide),
        ]
        if aliases := aliases_text(entity):
            parts += [SEPARATOR, aliases]
        return Content.assemble(*parts)
