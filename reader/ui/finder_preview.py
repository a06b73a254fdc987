"""The finder's preview of the highlighted result: for a name, who it appears with and its
latest mention in context; for an article, its first lines.

The name, kind and counts show at once. "Appears with" (up to 80 ms for the most mentioned
entity of 25,000 articles) and the latest mention are worked out in a thread a moment after
the highlight stops moving, so they never slow typing down, and are kept for when the
highlight comes back. Everything shown is literal `Content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.corpus.model import META_KINDS, Article
from reader.entities.model import KIND_NAMES, Entity
from reader.index.corpus_index import CorpusIndex
from reader.index.mentions import MentionLocation, appears_with, entity_mentions
from reader.index.query import FinderHit
from reader.index.snippets import snippet
from reader.ui.formatting import format_count, format_date

#: Seconds the highlight must rest on a name before its details are worked out.
DETAIL_DELAY = 0.12
#: Characters of an article's text shown in its preview.
ARTICLE_PREVIEW_CHARS = 900
#: Entities whose details are kept.
DETAIL_CACHE = 64
#: Aliases listed in an entity's preview.
ALIASES_SHOWN = 6


@dataclass(frozen=True, slots=True)
class EntityDetails:
    """The slow part of a name's preview."""

    companions: list[tuple[Entity, int]]
    latest: MentionLocation | None


class FinderPreview(Static):
    """Shows what the highlighted finder result is, before it is chosen."""

    DEFAULT_CSS = """
    FinderPreview { padding: 0 1; color: $foreground; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index: CorpusIndex | None = None
        self._hit: FinderHit | None = None
        self._details: dict[str, EntityDetails] = {}
        self._timer: Timer | None = None

    def show_hit(self, hit: FinderHit | None, article: Article | None = None) -> None:
        """Preview `hit` (`article` is the article of an article hit, when loaded).

        The same target as before is not drawn again: while a name is typed out it stays
        the first result, and repainting the preview would double each keystroke's cost.
        """
        if _target(hit) == _target(self._hit) and hit is not None:
            self._hit = hit
            return
        self._hit = hit
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if hit is None:
            self.update(Content(""), layout=False)
        elif hit.kind == "article":
            self.update(article_preview(hit, article), layout=False)
        else:
            details = self._details.get(hit.id)
            self.update(entity_preview(hit, self.index, details), layout=False)
            if details is None and self.index is not None:
                self._timer = self.set_timer(DETAIL_DELAY, self._work_out_details)

    def _work_out_details(self) -> None:
        self._timer = None
        hit, index = self._hit, self.index
        if hit is not None and hit.kind == "entity" and index is not None:
            self._compute_details(index, hit)

    @work(thread=True, exclusive=True, group="finder-preview")
    def _compute_details(self, index: CorpusIndex, hit: FinderHit) -> None:
        """Appears-with and the latest mention, in a thread; shown if still highlighted."""
        worker = get_current_worker()
        if hit.id not in index:
            return
        latest = latest_mention(index, hit.id)
        if worker.is_cancelled:
            return
        details = EntityDetails(appears_with(index, hit.id), latest)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._details_ready, hit, details)

    def _details_ready(self, hit: FinderHit, details: EntityDetails) -> None:
        if len(self._details) >= DETAIL_CACHE:
            self._details.pop(next(iter(self._details)))
        self._details[hit.id] = details
        if self._hit is not None and self._hit.id == hit.id and self._hit.kind == "entity":
            self.update(entity_preview(hit, self.index, details), layout=False)


def _target(hit: FinderHit | None) -> tuple[str, str] | None:
    return (hit.kind, hit.id) if hit is not None else None


def entity_preview(
    hit: FinderHit, index: CorpusIndex | None, details: EntityDetails | None
) -> Content:
    """Name, kind, counts and aliases; then who it appears with and its latest mention."""
    aliases: tuple[str, ...] = ()
    if index is not None and hit.id in index:
        aliases = index.entity(hit.id).aliases
    kind = KIND_NAMES.get(hit.label, "name")
    summary = f"{format_count(hit.mentions, 'mention')} in {format_count(hit.articles, 'article')}"
    parts: list[Content | str | tuple[str, str]] = [
        (hit.name, "bold"),
        "\n",
        (f"{kind} · {summary}", "dim"),
    ]
    if aliases:
        shown = " · ".join(aliases[:ALIASES_SHOWN])
        more = f" (+{len(aliases) - ALIASES_SHOWN})" if len(aliases) > ALIASES_SHOWN else ""
        parts += ["\n", ("also ", "dim"), shown, (more, "dim")]
    parts += ["\n\n", ("Appears with", "bold underline"), "\n"]
    if details is None:
        parts.append(("…", "dim"))
    elif not details.companions:
        parts.append(("no other name in its articles", "dim"))
    else:
        for number, (other, shared) in enumerate(details.companions):
            if number:
                parts.append(" · ")
            parts += [other.name, (f" {shared}", "dim")]
    parts += ["\n\n", ("Latest mention", "bold underline"), "\n"]
    if details is None:
        parts.append(("…", "dim"))
    elif details.latest is not None:
        parts.append(_mention_context(details.latest))
    parts += ["\n\n", ("enter: every mention", "dim italic")]
    return Content.assemble(*parts)


def latest_mention(index: CorpusIndex, entity_id: str) -> MentionLocation | None:
    """The first mention in the newest article that mentions the entity, preferring one in
    the text to one in the title (the preview shows the title above it anyway)."""
    mentions = entity_mentions(index, entity_id)
    if not mentions.mention_count:
        return None
    newest = mentions.groups[0]
    for mention in newest.mentions():
        if newest.article.blocks[mention.block].kind != "title":
            return MentionLocation(newest.article, mention)
    return mentions.location(1)


def _mention_context(location: MentionLocation) -> Content:
    article, mention = location.article, location.mention
    heading = " · ".join(p for p in (format_date(article.date), article.title) if p)
    line = snippet(article.blocks[mention.block].text, mention.start, mention.end)
    text = Content(line.text).stylize("bold reverse", line.start, line.end)
    return Content.assemble((heading, "dim"), "\n", text)


def article_preview(hit: FinderHit, article: Article | None) -> Content:
    """The title, source and date, then the first lines of the article."""
    details = " · ".join(p for p in (hit.source, format_date(hit.date, with_time=True)) if p)
    parts: list[Content | str | tuple[str, str]] = [(hit.name or "(untitled)", "bold")]
    if details:
        parts += ["\n", (details, "dim")]
    if article is not None:
        body, used = [], 0
        for block in article.blocks:
            if block.kind in META_KINDS or used >= ARTICLE_PREVIEW_CHARS:
                continue
            text = block.text[: ARTICLE_PREVIEW_CHARS - used]
            body.append(text + ("…" if len(text) < len(block.text) else ""))
            used += len(text)
        if body:
            parts += ["\n\n", "\n\n".join(body)]
    parts += ["\n\n", ("enter: open the article", "dim italic")]
    return Content.assemble(*parts)
