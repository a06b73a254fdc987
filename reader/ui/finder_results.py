"""The finder's result rows: a kind badge, the name or title with the matched letters marked,
the alias that matched, and the counts (or, for an article, its source and date).

Every row is built from literal `Content` (names and titles are untrusted text); the badge
is a word as well as a colour, so it reads under `NO_COLOR` and monochrome themes.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from reader.index.query import FinderHit
from reader.ui.formatting import format_count, format_date
from reader.ui.line_list import LineList

#: Label → (component-class kind, badge word).
BADGES: dict[str, tuple[str, str]] = {
    "PER": ("person", "person"),
    "LOC": ("place", "place"),
    "ORG": ("org", "org"),
    "MISC": ("misc", "other"),
    "": ("article", "article"),
}
BADGE_WIDTH = 8
BOLD = Style(bold=True)
#: Below this many cells for the name, the counts are shortened.
SHORT_COUNTS_BELOW = 24


def badge(hit: FinderHit) -> tuple[str, str]:
    """(kind, word) of a hit's badge."""
    return BADGES.get(hit.label if hit.kind == "entity" else "", BADGES["MISC"])


def counts_text(hit: FinderHit, *, short: bool = False) -> str:
    """ "1,234 mentions · 56 articles" (or "1,234×" when short); an article's date · source."""
    if hit.kind == "article":
        return " · ".join(p for p in (format_date(hit.date), hit.source) if p)
    if short:
        return f"{hit.mentions:,}×"
    return f"{format_count(hit.mentions, 'mention')} · {format_count(hit.articles, 'article')}"


def name_content(hit: FinderHit, match: Style | str, alias: Style | str) -> Content:
    """The name (or title) with the matched letters styled, and the alias when that matched."""
    name = Content(hit.name or "(untitled)")
    if not hit.via_alias:
        for start, end in hit.spans:
            name = name.stylize(match, start, end)
        return name
    matched = Content(hit.matched)
    for start, end in hit.spans:
        matched = matched.stylize(match, start, end)
    return (
        name
        + Content("  (as ").stylize(alias)
        + matched.stylize(alias)
        + Content(")").stylize(alias)
    )


class FinderResults(LineList):
    """The finder's results, best first; the screen moves the cursor while the input has focus."""

    STYLE_PREFIX = "finder-results"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "finder-results--cursor",
        "finder-results--match",
        "finder-results--alias",
        "finder-results--meta",
        "finder-results--person",
        "finder-results--place",
        "finder-results--org",
        "finder-results--misc",
        "finder-results--article",
    }
    DEFAULT_CSS = """
    FinderResults { background: $surface; scrollbar-size-vertical: 1; }
    FinderResults > .finder-results--cursor {
        background: $reader-cursor;
        color: $reader-cursor-text;
    }
    FinderResults > .finder-results--match { text-style: bold underline; }
    FinderResults > .finder-results--alias { text-style: italic; }
    FinderResults > .finder-results--meta { color: $reader-muted; }
    FinderResults > .finder-results--person { color: $entity-person; text-style: bold; }
    FinderResults > .finder-results--place { color: $entity-place; text-style: bold; }
    FinderResults > .finder-results--org { color: $entity-org; text-style: bold; }
    FinderResults > .finder-results--misc { color: $entity-misc; text-style: bold; }
    FinderResults > .finder-results--article { color: $text-accent; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[FinderHit] = []

    def show_hits(self, hits: list[FinderHit]) -> None:
        """Show `hits` with the cursor on the first."""
        self.hits = hits
        self.set_row_count(len(hits), cursor=0)

    @property
    def highlighted_hit(self) -> FinderHit | None:
        return self.hits[self.cursor] if 0 <= self.cursor < len(self.hits) else None

    def render_row(self, row: int, width: int, selected: bool) -> Strip:
        hit = self.hits[row]
        base = self.visual_style + (self.style("cursor") if selected else Style.null())
        kind, word = badge(hit)
        # On the cursor row, colours give way to the cursor's (they would clash with it).
        badge_style = BOLD if selected else self.style(kind)
        meta_style = Style.null() if selected else self.style("meta")
        left = Content(f" {word:<{BADGE_WIDTH - 1}}").stylize(badge_style)
        name = name_content(hit, self.style("match"), self.style("alias"))
        room = width - BADGE_WIDTH - 1
        right_text = counts_text(hit)
        if hit.kind == "article":
            # The title comes first: the source goes (the preview shows it), then the date.
            if name.cell_length + 2 + cell_len(right_text) > room:
                # The preview says "undated"; here the title needs the room more.
                right_text = format_date(hit.date) if hit.date else ""
            right_text = _fit(right_text, max(0, room // 3))
        elif room - cell_len(right_text) - 2 < SHORT_COUNTS_BELOW:
            right_text = counts_text(hit, short=True)
        right = Content(right_text).stylize(meta_style)
        name_room = max(1, room - right.cell_length - (2 if right_text else 0))
        name = name.truncate(name_room, ellipsis=True, pad=True)
        row_content = left + Content(" ") + name + Content("  " if right_text else "") + right
        row_content = row_content.truncate(width, ellipsis=True, pad=True)
        strip = Strip(row_content.render_segments(base), row_content.cell_length)
        return strip.crop_extend(0, width, base.rich_style)


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when longer."""
    if cell_len(text) <= width:
        return text
    return Content(text).truncate(width, ellipsis=True).plain
