"""Moving between articles by name: the finder, the mentions view, `]`/`[` and the jump list.

`Navigation` belongs to the main screen and does what its keys ask (`NavigationKeys` binds
them). Every jump (to a mention, to an article from the finder or the palette, `]`/`[`)
first records where the reader was in the `JumpList` (article and exact text position, kept
in SQLite), so ctrl+o and ctrl+i walk back and forth, and escape right after a run of jumps
returns to where it started. `]`/`[` step through the mentions of the name under the cursor,
or else of the last name chosen, across articles, wrapping, and say "k/N".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.index.mentions import EntityMentions, MentionLocation, entity_mentions
from reader.state.jumps import JumpList, Place, RecentTargets
from reader.ui.listing import article_key
from reader.ui.name_search import NameSearch

if TYPE_CHECKING:
    from reader.corpus.model import Article
    from reader.entities.model import Mention
    from reader.index.corpus_index import CorpusIndex
    from reader.index.finder import Finder
    from reader.index.query import FinderHit
    from reader.ui.article_view import ArticleView
    from reader.ui.mentions_screen import MentionChoice
    from reader.ui.reader_screen import ReaderScreen

STILL_INDEXING = "Names are still being indexed; they will be ready in a moment."
NO_NAME_CHOSEN = "No name chosen yet: put the cursor on a name (tab), or find one with /."


class Navigation:
    """The main screen's jumps: what to open, where to scroll, and what to remember."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        store = screen.reading.store
        self.jumps = JumpList(store)
        self.recents = RecentTargets(store)
        self.names = NameSearch(screen.title_index)
        #: The name `]`/`[` step through when the cursor is on no name.
        self.stepping_entity: str | None = None
        self._mentions: tuple[CorpusIndex, EntityMentions] | None = None
        self._groups_by_article: dict[str, int] | None = None
        #: Where the current run of jumps started, while escape may still return there.
        self.fresh_origin: Place | None = None
        self._run_origin: Place | None = None  # the run's start, while a key is handled

    @property
    def view(self) -> ArticleView:
        return self.screen.article_pane.view

    @property
    def index(self) -> CorpusIndex | None:
        return self.screen.index

    # ── the index ──────────────────────────────────────────────────────────────────────

    def index_ready(self, index: CorpusIndex) -> None:
        """A new index: build its finder in a thread (about a second at 25,000 articles)."""
        self._mentions = None
        self.screen.run_worker(
            lambda: self._build_finder(index),
            thread=True,
            exclusive=True,
            group="finder-build",
            exit_on_error=False,
        )

    def _build_finder(self, index: CorpusIndex) -> None:
        from reader.index.finder import Finder

        try:
            finder = Finder(index)
        except Exception as err:  # a finder bug must not take the reader down: say so
            message = f"Names cannot be searched: {type(err).__name__}: {err}"
            self.screen.app.call_from_thread(self._finder_failed, message)
            return
        self.screen.app.call_from_thread(self._finder_ready, finder)

    def _finder_failed(self, message: str) -> None:
        self.screen.log.error(message)
        self.screen.notify(message, title="Names", severity="error", markup=False, timeout=10)

    def _finder_ready(self, finder: Finder) -> None:
        if finder.index is not self.index:
            return  # a newer index has arrived meanwhile
        self.names.set_finder(finder)
        from reader.ui.finder_screen import FinderScreen

        for screen in self.screen.app.screen_stack:
            if isinstance(screen, FinderScreen):
                screen.names_arrived()

    # ── the finder and the mentions view ───────────────────────────────────────────────

    def open_finder(self, query: str = "") -> None:
        """Show the finder (`/`)."""
        from reader.ui.finder_screen import FinderScreen

        finder = FinderScreen(self.names, self.recents.items(), query)
        self.screen.app.push_screen(finder, self._finder_chosen)

    def _finder_chosen(self, hit: FinderHit | None) -> None:
        if hit is None:
            return
        self.recents.add(hit.kind, hit.id)
        if hit.kind == "entity":
            self.open_mentions(hit.id)
        elif (article := self.names.article(hit.id)) is not None:
            self.jump_to_article(article)

    def open_mentions(self, entity_id: str, *, at: tuple[str, int, int] | None = None) -> None:
        """Show every mention of `entity_id`, the cursor on the one `at` (article id, block,
        offset) when given; the name becomes the one `]`/`[` step through."""
        index = self.index
        if index is None or entity_id not in index:
            self.screen.tell(STILL_INDEXING, title="Names")
            return
        from reader.ui.mentions_screen import MentionsScreen

        self.stepping_entity = entity_id
        k = 0
        if at is not None:
            place = self.mentions_of(entity_id).position(*at)
            k = int(place) if place == int(place) else 0
        self.screen.app.push_screen(MentionsScreen(index, entity_id, k=k), self._mention_chosen)

    def _mention_chosen(self, choice: MentionChoice | None) -> None:
        if choice is None or self.index is None or choice.entity_id not in self.index:
            return
        self.stepping_entity = choice.entity_id
        mentions = self.mentions_of(choice.entity_id)
        self.jump_to_mention(mentions.location(choice.k))

    def mentions_of(self, entity_id: str) -> EntityMentions:
        """The entity's mentions in the current index (the last one asked for is kept)."""
        index = self.index
        assert index is not None
        if self._mentions is None or self._mentions[0] is not index:
            self._mentions = None
        if self._mentions is None or self._mentions[1].entity.id != entity_id:
            self._mentions = (index, entity_mentions(index, entity_id))
            self._groups_by_article = None
        return self._mentions[1]

    def place_of(self, article: Article | None, mention: Mention) -> str:
        """ "k/N" when `mention` is one of the name `]`/`[` step through, else ""."""
        index = self.index
        entity_id = mention.entity
        if article is None or index is None or entity_id != self.stepping_entity:
            return ""
        if entity_id not in index:
            return ""
        mentions = self.mentions_of(entity_id)
        if self._groups_by_article is None:  # once per name: a lookup, not a scan per key
            self._groups_by_article = {g.article.id: n for n, g in enumerate(mentions.groups)}
        number = self._groups_by_article.get(article.id)
        if number is None:
            return ""
        group = mentions.groups[number]
        for offset, other in enumerate(group.mentions()):
            if (other.block, other.start) == (mention.block, mention.start):
                return f"{group.first + offset + 1}/{mentions.mention_count}"
        return ""

    # ── jumps ──────────────────────────────────────────────────────────────────────────

    def here(self) -> Place | None:
        """Where the reader is: the article shown, the text at the top of the view and the
        name under the cursor."""
        view = self.view
        if view.article is None:
            return None
        block, offset = view.position()
        current = view.current_mention
        mention = None if current is None else (current.block, current.start)
        return Place(article_key(view.article), block, offset, mention)

    def _record_jump(self) -> None:
        """A jump is about to be made: remember where from."""
        origin = self.here()
        if origin is None:
            return
        self.jumps.record(origin)
        self.fresh_origin = self._run_origin or origin
        self._run_origin = None

    def jump_to_article(self, article: Article) -> None:
        """Open `article` where the reader left it (from the finder or the palette),
        recording the jump."""
        self._record_jump()
        self.screen.open_article(article)

    def jump_to_mention(self, location: MentionLocation) -> None:
        """Open the mention's article, put the mention a third down with the cursor on it,
        and flash it."""
        self._record_jump()
        article, mention = location.article, location.mention
        self.screen.open_article(article)
        view = self.view
        view.go_to(mention.block, mention.start, flash=True)
        view.select_mention(mention.block, mention.start)  # the status line says "k/N"

    def step(self, direction: int) -> None:
        """`]` (1) or `[` (-1): the next or previous mention of the name, across articles."""
        index = self.index
        view = self.view
        current = view.current_mention
        entity_id = current.entity if current is not None else self.stepping_entity
        if index is None:
            self.screen.tell(STILL_INDEXING, title="Names")
            return
        if not entity_id or entity_id not in index:
            self.screen.tell(NO_NAME_CHOSEN, title="Names")
            return
        self.stepping_entity = entity_id
        mentions = self.mentions_of(entity_id)
        article = view.article
        if article is None:
            found = mentions.step(direction)
        elif current is not None:
            found = mentions.step(direction, article.id, current.block, current.start)
        else:
            found = mentions.step(direction, article.id, *view.position())
        self.jump_to_mention(found.location)

    # ── the jump list ──────────────────────────────────────────────────────────────────

    def back(self) -> None:
        """ctrl+o: back to where the reader was before the last jump."""
        here = self.here()
        if here is None:
            return
        target = self.jumps.back(here)
        while target is not None and not self._in_corpus(target):
            target = self.jumps.back(target)  # a place in another corpus opened earlier
        if target is None:
            self.screen.tell("At the oldest place in the jump list.")
            return
        self.go_to_place(target)

    def forward(self) -> None:
        """ctrl+i: forward again after going back."""
        here = self.here()
        if here is None:
            return
        target = self.jumps.forward(here)
        while target is not None and not self._in_corpus(target):
            target = self.jumps.forward(target)
        if target is None:
            self.screen.tell("At the newest place in the jump list.")
            return
        self.go_to_place(target)

    def _in_corpus(self, place: Place) -> bool:
        """True when `place` is in an article of the corpus on screen (the jump list is kept
        across corpora, so it also holds places in others)."""
        return self.screen.listing.find_key(place.article_key) is not None

    def go_to_place(self, place: Place) -> None:
        """Show the article of `place` with its text at the top of the view."""
        article = self.screen.listing.find_key(place.article_key)
        if article is None:
            self.screen.tell("That article is not in this corpus.")
            return
        self.screen.open_article(article)
        view = self.view
        view.go_to(place.block, place.offset, top=True)
        if place.mention is not None:
            view.select_mention(*place.mention)
        else:
            view.clear_name_cursor()

    def saw_key(self, key: str) -> None:
        """A key reached the main screen: a run of jumps goes on only if this key jumps."""
        self._run_origin = self.fresh_origin
        self.fresh_origin = None

    def return_from_jumps(self) -> bool:
        """escape right after jumps: back to where they started, as that many ctrl+o would
        (so ctrl+i goes forward through them again); False when not right after jumps."""
        origin = self.fresh_origin
        if origin is None:
            return False
        self.fresh_origin = None
        here = self.here()
        target = self.jumps.back(here) if here is not None else None
        while target is not None and not target.same_spot(origin):
            target = self.jumps.back(target)  # walk back over the run's own places
        self.go_to_place(origin if target is None else target)
        return True
