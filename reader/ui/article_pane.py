"""The right-hand pane: the article view, its names and its find bar, and the find flow.

Above the article, the legend of name colours (1-4 hide or show a kind); below it, the line
about the name under the cursor; on the right, when e opens it, the names in this article.

Find is incremental: every keystroke highlights all matches and moves to the first one at
or after where the reader was. enter keeps the place and returns to the article, where
n and N step through the matches; escape clears the find and goes back to where the
reader was before it started.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical

from reader.corpus.model import Article
from reader.ui.article_view import Anchor, ArticleView
from reader.ui.entity_status import EntityStatus
from reader.ui.formatting import format_count
from reader.ui.keys import bind
from reader.ui.legend import NameLegend
from reader.ui.name_marks import KINDS

if TYPE_CHECKING:
    from textual.widgets import Input

    from reader.entities.model import Entity, Mention
    from reader.index.provisional import ArticleNames
    from reader.ui.entity_panel import EntityPanel
    from reader.ui.find_bar import FindBar


class ArticlePane(Vertical):
    """The article view with find; keys here work while the article or the find bar has focus."""

    DEFAULT_CSS = """
    ArticlePane { width: 1fr; height: 1fr; }
    ArticlePane > #article-body { height: 1fr; }
    ArticlePane > #article-body > ArticleView { width: 1fr; height: 1fr; }
    ArticlePane > FindBar { dock: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("n", "step_match(1)", "Next match", show=True, id="find.next",
             tooltip="Go to the next match of the find"),
        bind("N", "step_match(-1)", "Previous match", show=True, id="find.previous",
             tooltip="Go to the previous match of the find"),
        bind("escape", "back", "Back", id="article.back",
             tooltip="Clear the find and return to where you were; else go to the list"),
        bind("h,left", "screen.focus_list", "Articles", show=True, id="article.to-list",
             tooltip="Go back to the list of articles"),
        bind("e", "toggle_names_panel", "Names", show=True, id="names.panel",
             tooltip="Show or hide the names in this article, by kind"),
        bind("1", "toggle_kind('person')", "People", id="names.toggle-person",
             tooltip="Hide or show the highlighting of people"),
        bind("2", "toggle_kind('place')", "Places", id="names.toggle-place",
             tooltip="Hide or show the highlighting of places"),
        bind("3", "toggle_kind('org')", "Organisations", id="names.toggle-org",
             tooltip="Hide or show the highlighting of organisations"),
        bind("4", "toggle_kind('misc')", "Other names", id="names.toggle-misc",
             tooltip="Hide or show the highlighting of other names"),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._finding = False
        self._anchor_before_find: Anchor = (0, 0)
        self._find_bar: FindBar | None = None
        self._panel: EntityPanel | None = None
        self._names_shown: ArticleNames | None = None  # what the legend and panel describe
        self.side_names = False  # a wide terminal: the names panel stays open beside the text

    def compose(self) -> ComposeResult:
        view = ArticleView(id="article-view")
        yield NameLegend(view.name_style, id="name-legend")
        with Horizontal(id="article-body"):
            yield view
        yield EntityStatus(view.name_style, id="entity-status")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    async def _ensure_find_bar(self) -> FindBar:
        """The find bar, mounted the first time it is needed (it is not on the start path)."""
        if self._find_bar is None:
            from reader.ui.find_bar import FindBar

            self._find_bar = FindBar()
            await self.mount(self._find_bar)
        return self._find_bar

    @property
    def finding(self) -> bool:
        """Whether a find is active (its highlights are shown)."""
        return self._finding

    async def start_find(self) -> None:
        """Open the find bar (keeping the last query, selected) and put the cursor in it."""
        if self.view.article is None:
            return
        bar = await self._ensure_find_bar()
        if not self._finding:
            self._finding = True
            self._anchor_before_find = self.view.anchor()
        bar.display = True
        field = bar.input
        self.screen.set_focus(field)
        field.select_all()
        if field.value:
            self._run_find(field.value)
        self.refresh_bindings()

    def stop_find(self, *, restore: bool, focus_view: bool = True) -> None:
        """Clear the highlights and hide the bar; with `restore`, go back to the pre-find place."""
        if not self._finding:
            return
        self._finding = False
        self.view.clear_find()
        if self._find_bar is not None:
            self._find_bar.display = False
        if restore:
            self.view.go_to_anchor(self._anchor_before_find)
        if focus_view:
            self.screen.set_focus(self.view)
        self.refresh_bindings()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Highlight the matches of what has been typed so far."""
        event.stop()
        if self._finding:
            self._run_find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """enter: keep the current match and go back to reading (n/N step through matches)."""
        event.stop()
        if not event.value or self.view.match_count == 0:
            self.stop_find(restore=True)
            return
        self.screen.set_focus(self.view)
        self.refresh_bindings()

    def _run_find(self, query: str) -> None:
        view = self.view
        if view.find(query):
            view.select_match(view.first_match_from(self._anchor_before_find))
        else:
            view.go_to_anchor(self._anchor_before_find)
        if self._find_bar is not None:
            self._find_bar.show_count(view.current_match, view.match_count, searched=bool(query))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_match":
            return self._finding and self.view.match_count > 0
        return True

    def action_step_match(self, step: int) -> None:
        """Move to the next (1) or previous (-1) match, wrapping around."""
        view = self.view
        if view.match_count:
            view.select_match(view.current_match + step)
            if self._find_bar is not None:
                self._find_bar.show_count(view.current_match, view.match_count, searched=True)

    async def action_back(self) -> None:
        """escape: clear an active find, close the names panel, take the cursor off a name,
        or else return to the list of articles (one step each)."""
        if self._finding:
            self.stop_find(restore=True)
        elif self._panel is not None and self._panel.display and self.side_names:
            if self._panel.has_focus:
                self.screen.set_focus(self.view)
            elif self.view.current_mention is not None:
                self.view.clear_name_cursor()
            else:
                await self.run_action("screen.focus_list")
        elif self._panel is not None and self._panel.display:
            self.close_names_panel()
        elif self.view.current_mention is not None:
            self.view.clear_name_cursor()
        else:
            await self.run_action("screen.focus_list")

    # ── names ──────────────────────────────────────────────────────────────────────────

    def show_names(self, article: Article, names: ArticleNames) -> None:
        """Paint `names` in the article view (when `article` is still the one shown)."""
        if self.view.article is article:
            self.view.set_names(names)
            self._describe_names()

    @on(ArticleView.NameSelected)
    def describe_selected_name(self, message: ArticleView.NameSelected) -> None:
        """The name cursor moved (or the article changed): update the lines about names."""
        message.stop()
        if self.view.names is not self._names_shown:
            self._describe_names()
        self._describe_cursor(message.mention)
        if message.mention is not None and self._panel is not None and self._panel.display:
            self._panel.highlight_entity(message.mention.entity)

    def _describe_names(self) -> None:
        """The legend's note and the panel, for the names the view now shows."""
        view = self.view
        names = self._names_shown = view.names
        if view.article is None:
            note = ""
        elif names is None:
            note = "finding names…"
        else:
            entities = len({mention.entity for mention in view.shown_mentions()})
            note = f"{format_count(entities, 'name')} · {format_count(view.name_count, 'mention')}"
        self.query_one(NameLegend).show(hidden=view.hidden_kinds, note=note)
        if self._panel is not None and self._panel.display:
            self._panel.show_names(names, view.hidden_kinds)

    def _describe_cursor(self, mention: Mention | None) -> None:
        status = self.query_one(EntityStatus)
        view = self.view
        if view.article is None:
            status.show_hint("")
        elif view.names is None:
            status.show_hint("Finding names…")
        elif mention is None and view.name_count == 0:
            status.show_hint("No names found in this article.")
        elif mention is None:
            status.show_hint()
        else:
            entity, corpus_wide = self._entity_of(view.names, mention)
            place_of = getattr(self.screen, "mention_place", None)  # "k/N" after a jump
            place = place_of(view.article, mention) if place_of is not None else ""
            status.show_entity(entity, corpus_wide=corpus_wide, place=place)

    def _entity_of(self, names: ArticleNames, mention: Mention) -> tuple[Entity, bool]:
        """The entity of `mention`, and whether its counts are the corpus's (not this article's)."""
        from dataclasses import replace

        from reader.entities.model import Entity

        index = getattr(self.screen, "index", None)
        entity = names.entities.get(mention.entity)
        if not names.provisional or (index is not None and mention.entity in index):
            if entity is None and index is not None and mention.entity in index:
                entity = index.entity(mention.entity)
            if entity is not None:
                return entity, True
        here = sum(1 for m in names.mentions if m.entity == mention.entity)
        if entity is None:
            article = self.view.article
            text = (
                article.blocks[mention.block].text[mention.start : mention.end] if article else ""
            )
            entity = Entity(mention.entity, text, mention.label)
        return replace(entity, mentions=here, articles=1), False

    def action_toggle_kind(self, kind: str) -> None:
        """Hide the names of `kind` in the article, or show them again."""
        if kind in KINDS:
            self.view.set_hidden_kinds(set(self.view.hidden_kinds) ^ {kind})
            self._describe_names()

    async def action_toggle_names_panel(self) -> None:
        """e: open the names in this article (and move into them), or close them. Beside the
        article in a wide terminal the panel stays: e moves into it and back out."""
        if self._panel is not None and self._panel.display:
            if not self.side_names:
                self.close_names_panel()
            elif self._panel.has_focus:
                self.screen.set_focus(self.view)
            else:
                self.screen.set_focus(self._panel)
            return
        panel = await self._open_panel()
        self.screen.set_focus(panel)

    async def _open_panel(self) -> EntityPanel:
        """Show the names panel (mounted the first time), describing the article on screen."""
        if self._panel is None:
            from reader.ui.entity_panel import EntityPanel

            self._panel = EntityPanel(self.view.name_style, id="names-panel")
            await self.query_one("#article-body", Horizontal).mount(self._panel)
        self._panel.display = True
        self.screen.add_class("-names-open")
        self._panel.show_names(self.view.names, self.view.hidden_kinds)
        if (mention := self.view.current_mention) is not None:
            self._panel.highlight_entity(mention.entity)
        return self._panel

    async def set_side_names(self, on: bool) -> None:
        """Keep the names panel open beside the article (a wide terminal), or stop."""
        if on == self.side_names:
            return
        self.side_names = on
        if on:
            await self._open_panel()
        else:
            self.close_names_panel()

    def close_names_panel(self) -> None:
        """Hide the names panel, handing its focus back to the article (beside the article in
        a wide terminal it stays: only its focus goes back)."""
        if self._panel is not None and self.side_names:
            if self._panel.has_focus:
                self.screen.set_focus(self.view)
            return
        if self._panel is not None:
            had_focus = self._panel.has_focus
            self._panel.display = False
            self.screen.remove_class("-names-open")
            if had_focus:
                self.screen.set_focus(self.view)

    def on_entity_panel_highlighted(self, message: EntityPanel.Highlighted) -> None:
        """A name highlighted in the panel: the status line shows it whole, with its counts."""
        message.stop()
        names = self.view.names
        if names is None or self._panel is None or not self._panel.has_focus:
            return
        mention = next((m for m in names.mentions if m.entity == message.entity_id), None)
        if mention is not None:
            entity, corpus_wide = self._entity_of(names, mention)
            self.query_one(EntityStatus).show_entity(entity, corpus_wide=corpus_wide)

    def on_entity_panel_chosen(self, message: EntityPanel.Chosen) -> None:
        """A name chosen in the panel: put the name cursor on its first mention."""
        message.stop()
        view = self.view
        if message.kind in view.hidden_kinds:
            self.action_toggle_kind(message.kind)
        if view.select_entity(message.entity_id):
            self.screen.set_focus(view)
