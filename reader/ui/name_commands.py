"""Command palette provider: list every mention of a name (entity), typos forgiven.

It asks the same finder as `/` for entities only and yields just the best few dozen (the
palette adds every hit it is given to its list). With an empty query it offers the names
chosen lately. Prompts are literal `Content`: names are untrusted text.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.index.query import ENTITY_CODES, FinderHit, Tier
from reader.ui.finder_results import counts_text, name_content

if TYPE_CHECKING:
    from reader.ui.navigation import Navigation

#: The palette score of each way a name can match (see `palette_score`).
TIER_SCORES = {
    Tier.EXACT: 0.95,
    Tier.WHOLE: 0.95,
    Tier.PREFIX: 0.85,
    Tier.WORD: 0.8,
    Tier.WORDS: 0.75,
    Tier.SUBSTRING: 0.7,
    Tier.TYPO: 0.6,
}
#: How many name hits the palette shows for a query.
NAME_HITS = 30
#: How many recent names it offers for an empty query.
RECENT_NAMES = 8


class EntityNames(Provider):
    """Palette hits that open the mentions of a name."""

    def _navigation(self) -> Navigation | None:
        """The screen's navigation, when its names are indexed (else no hits)."""
        navigation = getattr(self.screen, "navigation", None)
        if navigation is None or navigation.names.finder is None:
            return None
        return navigation

    async def discover(self) -> Hits:
        navigation = self._navigation()
        if navigation is None or navigation.names.finder is None:
            return
        recents = [item for item in navigation.recents.items() if item[0] == "entity"]
        hits = navigation.names.finder.search("", RECENT_NAMES, recents=recents, codes=ENTITY_CODES)
        for hit in hits:
            yield DiscoveryHit(
                name_prompt(hit), partial(navigation.open_mentions, hit.id), text=hit.name
            )

    async def search(self, query: str) -> Hits:
        navigation = self._navigation()
        if navigation is None or navigation.names.finder is None or not query.strip():
            return
        for hit in navigation.names.finder.search(query, NAME_HITS, codes=ENTITY_CODES):
            yield Hit(
                palette_score(hit),
                name_prompt(hit),
                partial(navigation.open_mentions, hit.id),
                text=hit.name,
                help=Content("Show every mention of this name"),
            )


def palette_score(hit: FinderHit) -> float:
    """A 0..1 score that ranks names fairly among the palette's article titles.

    Titles score 1.0 for a prefix, 0.9 for a word start, 0.8 anywhere and at most 0.7 with a
    typo; a name's tier maps to just under the same steps, so an exact name leads but a
    misspelt name does not push a title that matches as well out of the way.
    """
    return TIER_SCORES.get(hit.tier, 0.6) * (hit.score / 100 if hit.tier == Tier.TYPO else 1.0)


def name_prompt(hit: FinderHit) -> Content:
    """The name (matched letters emphasised), the alias that matched, and its counts."""
    name = name_content(hit, "bold underline", "italic")
    return name + Content("  " + counts_text(hit)).stylize("dim")
