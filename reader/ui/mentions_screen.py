"""The mentions view: every mention of one entity across all articles, with context.

Modelled on Backlinks and "Find All References": a header (name, kind, other names,
"N mentions in M articles", and the names it appears with, each selectable), then the
mentions grouped by article, newest first, each a one-line snippet with the name marked.
`f` switches to one flat list, `/` filters by article title or snippet text, enter jumps to
the mention under the cursor. Dismissed with a `MentionChoice`, or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from reader.entities.model import KIND_NAMES
from reader.index.corpus_index import CorpusIndex
from reader.index.mentions import EntityMentions, appears_with, entity_mentions
from reader.ui.companion_bar import CompanionBar
from reader.ui.hints import HintLine, HintPart
from reader.ui.line_list import LineList
from reader.ui.mention_rows import MentionRows, all_rows, filtered_rows
from reader.ui.mentions_list import MentionsList
from reader.ui.modal import ClosingOnce
from reader.ui.name_keys import MENTIONS_BINDINGS

#: Other names listed in the header.
ALIASES_SHOWN = 8
#: Names offered under "appears with".
COMPANIONS = 6


@dataclass(frozen=True, slots=True)
class MentionChoice:
    """The mention chosen in the view: the entity and the mention's place k (1-based)."""

    entity_id: str
    k: int


class MentionsScreen(ClosingOnce[MentionChoice | None]):
    """One entity's mentions; enter jumps to one, escape closes."""

    AUTO_FOCUS = "#mentions-list"
    HELP = MentionsList.HELP

    DEFAULT_CSS = """
    MentionsScreen { align: center middle; }
    MentionsScreen > #mentions-box {
        width: 96%;
        max-width: 150;
        height: 94%;
        border: round $primary;
        border-title-color: $text-primary;
        background: $surface;
        padding: 0 1;
    }
    MentionsScreen #mentions-header { height: auto; max-height: 4; }
    MentionsScreen #mentions-companions { margin-bottom: 1; }
    MentionsScreen #mentions-list { height: 1fr; }
    MentionsScreen #mentions-filter { display: none; margin-top: 1; background: $boost; }
    MentionsScreen #mentions-filter.-shown { display: block; }
    """

    BINDINGS: ClassVar[list[BindingType]] = MENTIONS_BINDINGS

    def __init__(self, index: CorpusIndex, entity_id: str, *, k: int = 0) -> None:
        super().__init__()
        self.index = index
        self.entity_id = entity_id
        self._start_k = k
        self.grouped = True
        self.filter_text = ""
        self.mentions: EntityMentions | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="mentions-box"):
            yield Static(id="mentions-header")
            yield CompanionBar(id="mentions-companions")
            yield MentionsList(id="mentions-list")
            yield Input(placeholder="Filter by title or text…", id="mentions-filter", compact=True)
            yield HintLine(id="mentions-status")

    @property
    def mentions_list(self) -> MentionsList:
        return self.query_one(MentionsList)

    def on_mount(self) -> None:
        self.show_entity(self.entity_id, k=self._start_k)

    # ── what is shown ──────────────────────────────────────────────────────────────────

    def show_entity(self, entity_id: str, *, k: int = 0) -> None:
        """List `entity_id`'s mentions (the cursor on mention `k` when given)."""
        if self.is_closing:
            return
        self.entity_id = entity_id
        self.mentions = mentions = entity_mentions(self.index, entity_id)
        entity = mentions.entity
        box = self.query_one("#mentions-box")
        box.border_title = f"Mentions of {entity.name}"
        self.query_one("#mentions-header", Static).update(header_content(mentions))
        self.query_one(CompanionBar).show(None)
        # After the list is painted: the thread would hold the GIL while the frame is made.
        self.call_after_refresh(self._find_companions, entity_id)
        self.filter_text = ""
        field = self.query_one("#mentions-filter", Input)
        field.value = ""
        field.remove_class("-shown")
        self._show_rows(all_rows(mentions, grouped=self.grouped), keep_k=k)
        self.mentions_list.focus()

    def _show_rows(self, rows: MentionRows, *, keep_k: int = 0) -> None:
        self.mentions_list.show_rows(rows, keep_k=keep_k)
        self._show_status(rows)

    def _show_status(self, rows: MentionRows) -> None:
        mentions = rows.mentions
        parts = [
            HintPart("grouped by article", "grouped", 3)
            if self.grouped
            else HintPart("flat", keep=3)
        ]
        if self.filter_text:
            parts.append(
                HintPart(f"{rows.mention_count} of {mentions.mention_count} match", keep=5)
            )
        parts += [
            HintPart("enter jump", "⏎ jump", 4),
            HintPart("then ] [ step", "] [ step", 1),
            HintPart("f grouped" if not self.grouped else "f flat", keep=2),
            HintPart("/ filter", keep=2),
            HintPart("esc close", keep=4),
        ]
        self.query_one("#mentions-status", HintLine).show(parts)

    @work(thread=True, exclusive=True, group="mentions-companions")
    def _find_companions(self, entity_id: str) -> None:
        """Appears-with takes up to a few hundred ms for the busiest names: in a thread."""
        companions = appears_with(self.index, entity_id, limit=COMPANIONS)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_companions, entity_id, companions)

    def _show_companions(self, entity_id: str, companions: list) -> None:
        if entity_id == self.entity_id and not self.is_closing:
            self.query_one(CompanionBar).show(companions)

    # ── actions ────────────────────────────────────────────────────────────────────────

    def action_toggle_flat(self) -> None:
        """Flat or grouped, keeping the cursor on the same mention."""
        if self.is_closing:
            return
        self.grouped = not self.grouped
        self._refilter(keep_k=self.mentions_list.chosen_k)

    def action_filter(self) -> None:
        if self.is_closing:
            return
        field = self.query_one("#mentions-filter", Input)
        field.add_class("-shown")
        field.focus()

    def action_back(self) -> None:
        """escape: leave the filter (clearing it), else close the view."""
        if self.is_closing:  # a second escape typed while the view closes
            return
        field = self.query_one("#mentions-filter", Input)
        if field.has_class("-shown"):
            keep = self.mentions_list.chosen_k
            field.remove_class("-shown")
            if self.filter_text:
                field.value = ""
                self.filter_text = ""
                self._refilter(keep_k=keep)
            self.mentions_list.focus()
            return
        self.dismiss(None)

    @on(Input.Changed, "#mentions-filter")
    def filter_as_typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.is_closing:
            return
        self.filter_text = event.value
        self._refilter(keep_k=self.mentions_list.chosen_k)

    @on(Input.Submitted, "#mentions-filter")
    def filter_done(self, event: Input.Submitted) -> None:
        """enter in the filter: go to the list, keeping the filter."""
        event.stop()
        if not self.is_closing:
            self.mentions_list.focus()

    def _refilter(self, keep_k: int = 0) -> None:
        if self.mentions is None or self.is_closing:
            return
        if not self.filter_text.strip():
            self._show_rows(all_rows(self.mentions, grouped=self.grouped), keep_k=keep_k)
            return
        self._filter_in_thread(self.mentions, self.filter_text, self.grouped, keep_k)

    @work(thread=True, exclusive=True, group="mentions-filter")
    def _filter_in_thread(
        self, mentions: EntityMentions, text: str, grouped: bool, keep_k: int
    ) -> None:
        worker = get_current_worker()
        rows = filtered_rows(mentions, text, grouped=grouped, cancelled=lambda: worker.is_cancelled)
        if rows is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._filtered, text, grouped, rows, keep_k)

    def _filtered(self, text: str, grouped: bool, rows: MentionRows, keep_k: int) -> None:
        if self.is_closing:
            return
        if (text, grouped) == (self.filter_text, self.grouped) and rows.mentions is self.mentions:
            self._show_rows(rows, keep_k=keep_k)

    @on(LineList.Chosen, "#mentions-list")
    def jump_to_chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        if not self.is_closing and (k := self.mentions_list.chosen_k) > 0:
            self.dismiss(MentionChoice(self.entity_id, k))

    @on(CompanionBar.Opened)
    def open_companion(self, event: CompanionBar.Opened) -> None:
        event.stop()
        if not self.is_closing and event.entity_id in self.index:
            self.show_entity(event.entity_id)


def header_content(mentions: EntityMentions) -> Content:
    """Name and kind, its other names, and "N mentions in M articles"."""
    entity = mentions.entity
    kind = KIND_NAMES.get(entity.label, "name")
    parts: list[Content | str | tuple[str, str]] = [
        (entity.name, "bold"),
        "  ",
        (f"[{kind}]", "dim"),
        "  ",
        mentions.summary,
    ]
    if entity.aliases:
        shown = " · ".join(entity.aliases[:ALIASES_SHOWN])
        more = len(entity.aliases) - ALIASES_SHOWN
        parts += ["\n", ("Also: ", "dim"), shown]
        if more > 0:
            parts.append((f" (+{more})", "dim"))
    return Content.assemble(*parts)
