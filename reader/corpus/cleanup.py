"""Clean-up of scraped news text: blocks in, story blocks and metadata out.

The rules run in order over an article's blocks (one per line or element):
0. double-encoded UTF-8 is repaired (`repair`);
1. page furniture (promotional lines among it) is dropped; captions and tag lines are marked
   (`furniture`, `captions`);
2. the header is read: rubric, headline, timestamp, byline (`headline`, `bylines`);
3. sign-offs at the foot become bylines;
4. the lead's dateline is split into place, outlet and story (`datelines`);
5. short lines between paragraphs become subheadings;
6. the article's date is taken from the header and the dateline when no field gave it: never
   from the story's sentences, where a date is what the story is about (a birth, a deadline,
   the end of a fiscal year), not when it was written;
7. an article without a headline gets its lead sentence as title.
Whatever holds a name (title, byline, dateline place, outlet, caption, tags) stays a block with
its exact source offsets; only pure furniture goes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from reader.corpus import bylines as byline_rules
from reader.corpus.captions import is_caption, leading_credit_end
from reader.corpus.datelines import parse_dateline
from reader.corpus.dates import DateMatch
from reader.corpus.furniture import is_furniture, tags_label_end
from reader.corpus.headline import date_line, is_kicker, looks_like_headline, split_headline
from reader.corpus.lines import blank_line_between, bounded_blocks, retyped, sub_block
from reader.corpus.model import Block
from reader.corpus.record import Record
from reader.corpus.repair import repair_block
from reader.corpus.sentences import lead_sentence

_STORY_KINDS = frozenset({"paragraph", "heading", "quote", "item"})
_HEADER_SPAN = 6  # how many leading blocks may hold header lines
_FOOTER_SPAN = 4  # how many trailing blocks may hold sign-offs
_LEAD_SPAN = 3  # how many body paragraphs may hold the dateline
_MAX_TAG_WORDS = 20


class Meta(Record):
    """Article metadata gathered from fields and from the text."""

    __slots__ = (
        "author",
        "category",
        "date",
        "dateline",
        "extra",
        "source",
        "title",
        "title_derived",
        "url",
    )

    def __init__(
        self,
        title: str = "",
        title_derived: bool = False,
        source: str = "",
        author: str = "",
        date: datetime | None = None,
        category: str = "",
        dateline: str = "",
        url: str = "",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.title = title
        self.title_derived = title_derived
        self.source = source
        self.author = author
        self.date = date
        self.category = category
        self.dateline = dateline
        self.url = url
        self.extra: dict[str, str] = extra if extra is not None else {}


class CleanupOptions(NamedTuple):
    """Which rules apply: formats with structure (Markdown, HTML, JSON) already know some parts."""

    find_headline: bool = True  # the title is not known: look for it in the first lines
    subheadings: bool = True  # short lines between paragraphs are subheadings
    lone_byline: bool = True  # a lone name line under the headline is the author
    known_sources: tuple[str, ...] = ()  # outlet names already known (from fields)
    reference_year: int | None = None  # for dates written without a year
    #: A weekday date with no other clue to its year is the latest such date up to this year
    #: (None: the current year).
    latest_year: int | None = None


def clean_blocks(
    text: str, blocks: list[Block], meta: Meta, options: CleanupOptions
) -> list[Block]:
    """Apply the clean-up rules to `blocks` of `text`, filling `meta`; returns the new blocks."""
    blocks = bounded_blocks(text, blocks)  # first: every rule below then reads bounded blocks
    blocks = _furniture_captions_tags(text, [repair_block(block) for block in blocks])
    blocks, body_from, header_dates = _read_header(blocks, meta, options)
    blocks = _read_signoffs(blocks, meta, body_from)
    blocks, lead_date = _read_dateline(blocks, meta, options, body_from)
    if options.subheadings:
        blocks = _mark_subheadings(blocks, body_from)
    if meta.date is None:
        meta.date = _article_date(header_dates + lead_date, options)
    if not meta.title:
        for block in blocks[body_from:]:
            if block.kind == "paragraph":
                meta.title = lead_sentence(block.text)
                meta.title_derived = True
                break
    return blocks


def _furniture_captions_tags(text: str, blocks: list[Block]) -> list[Block]:
    """Rule 1: drop furniture, mark captions and tag lines, split off leading credits."""
    out: list[Block] = []
    tag_anchor: Block | None = None  # the tags label or the last tag line, while in a tag list
    for block in blocks:
        if block.kind not in _STORY_KINDS:
            out.append(block)
            continue
        # Tag lines follow the label, the first maybe after a blank line, the others at once.
        if (
            tag_anchor is not None
            and _is_tag_line(block.text)
            and (tag_anchor.kind != "tags" or not blank_line_between(text, tag_anchor, block))
        ):
            out.append(retyped(block, "tags"))
            tag_anchor = out[-1]
            continue
        tag_anchor = None
        label_end = tags_label_end(block.text)
        rest = block.text[label_end:].strip() if label_end is not None else ""
        if label_end is not None and (not rest or _is_tag_line(rest)):
            tags = sub_block(block, label_end, len(block.text), "tags", ",;|")
            if tags is not None:
                out.append(tags)
            tag_anchor = tags or block
            continue
        if is_furniture(block.text):
            continue
        if block.kind == "paragraph" and is_caption(block.text):
            out.append(retyped(block, "caption"))
            continue
        credit_end = leading_credit_end(block.text) if block.kind == "paragraph" else None
        if credit_end is not None:
            out.extend(
                b
                for b in (
                    sub_block(block, 0, credit_end, "caption"),
                    sub_block(block, credit_end, len(block.text), "paragraph"),
                )
                if b is not None
            )
            continue
        out.append(block)
    return out


def _is_tag_line(line: str) -> bool:
    """A short line without closing punctuation, as tag lists are."""
    return len(line.split()) <= _MAX_TAG_WORDS and line[-1:] not in '.!?"”'


def _read_header(
    blocks: list[Block], meta: Meta, options: CleanupOptions
) -> tuple[list[Block], int, list[DateMatch]]:
    """Find the headline, rubric and bylines in the first lines; where the body starts."""
    out: list[Block] = []
    dates: list[DateMatch] = []
    has_title = bool(meta.title) or not options.find_headline
    after_title = bool(meta.title)
    last_story = max((i for i, b in enumerate(blocks) if b.kind in _STORY_KINDS), default=-1)
    index = 0
    while index < len(blocks) and index < _HEADER_SPAN:
        block = blocks[index]
        later = index < last_story
        if block.kind not in _STORY_KINDS:
            out.append(block)
            after_title = after_title or block.kind == "title"
            index += 1
            continue
        if block.kind != "paragraph":
            break
        if later and (stamp := date_line(block.text)) is not None:
            dates.append(stamp)  # a timestamp line: shown in the metadata line, not the body
            index += 1
            continue
        lone = options.lone_byline and after_title
        pieces = _byline_blocks(block, meta, dates, lone) if later else None
        after_title = False
        if pieces is not None:
            out.extend(pieces)
            index += 1
            continue
        if has_title:
            break
        if is_kicker(block.text) and _next_is_headline(blocks, index):
            meta.category = meta.category or block.text
            index += 1
            continue
        parts = split_headline(block.text)
        title = sub_block(block, *parts.title, "title")
        if title is None or not looks_like_headline(title.text) or not later:
            break
        out.append(title)
        meta.title = title.text
        if parts.category is not None:
            meta.category = block.text[parts.category[0] : parts.category[1]]
        if parts.date is not None:
            dates.append(parts.date)
        has_title = after_title = True
        index += 1
    body_from = len(out)
    return out + blocks[index:], body_from, dates


def _byline_blocks(
    block: Block, meta: Meta, dates: list[DateMatch], lone: bool
) -> list[Block] | None:
    """The blocks a header byline line becomes, or None when it is not a byline."""
    byline = byline_rules.parse_byline(block.text)
    if byline is None:
        if not (lone and byline_rules.is_lone_name_line(block.text)):
            return None
        byline = byline_rules.Byline(authors=[(0, len(block.text))])
    if byline.date is not None:
        dates.append(byline.date)
    return _name_blocks(block, byline, meta)


def _name_blocks(block: Block, byline: byline_rules.Byline, meta: Meta) -> list[Block]:
    """Blocks for the names (and outlets) on a byline line; fills author, editor, source."""
    spans = [(s, e, "byline") for s, e in byline.authors + byline.editors]
    spans += [(s, e, "source") for s, e in byline.sources]
    pieces = [sub_block(block, s, e, kind) for s, e, kind in sorted(spans)]  # type: ignore[arg-type]
    if byline.authors and not meta.author:
        meta.author = ", ".join(block.text[s:e] for s, e in byline.authors)
    if byline.editors and "editor" not in meta.extra:
        meta.extra["editor"] = ", ".join(block.text[s:e] for s, e in byline.editors)
    if byline.sources and not meta.source:
        meta.source = block.text[byline.sources[0][0] : byline.sources[0][1]]
    return [p for p in pieces if p is not None]


def _next_is_headline(blocks: list[Block], index: int) -> bool:
    """Whether one of the next two blocks reads as a headline."""
    for block in blocks[index + 1 : index + 3]:
        if block.kind == "paragraph":
            parts = split_headline(block.text)
            return looks_like_headline(block.text[parts.title[0] : parts.title[1]])
    return False


def _read_signoffs(blocks: list[Block], meta: Meta, body_from: int) -> list[Block]:
    """Turn sign-off lines among the last few blocks into bylines."""
    first = max(body_from + 1, len(blocks) - _FOOTER_SPAN)
    out = blocks[:first]
    for block in blocks[first:]:
        signoff = byline_rules.parse_signoff(block.text) if block.kind == "paragraph" else None
        if signoff is None:
            out.append(block)
        else:
            out.extend(_name_blocks(block, signoff, meta))
    return out


def _read_dateline(
    blocks: list[Block], meta: Meta, options: CleanupOptions, body_from: int
) -> tuple[list[Block], list[DateMatch]]:
    """Split the dateline off the first lead paragraph that opens with one."""
    known = (*options.known_sources, meta.source)
    seen = 0
    for index in range(body_from, len(blocks)):
        block = blocks[index]
        if block.kind != "paragraph":
            continue
        dateline = parse_dateline(block.text, known, first=seen == 0)
        seen += 1
        if dateline is not None:
            spans = [(s, e, "dateline") for s, e in dateline.places]
            spans += [(s, e, "source") for s, e in dateline.sources]
            pieces = [sub_block(block, s, e, kind) for s, e, kind in sorted(spans)]  # type: ignore[arg-type]
            rest = sub_block(block, dateline.body_start, len(block.text), "paragraph")
            pieces.append(rest)
            if dateline.places and not meta.dateline:
                meta.dateline = block.text[slice(*dateline.places[0])]
            if dateline.sources and not meta.source:
                meta.source = block.text[slice(*dateline.sources[0])]
            new = [p for p in pieces if p is not None]
            return blocks[:index] + new + blocks[index + 1 :], [
                dateline.date
            ] if dateline.date else []
        if seen >= _LEAD_SPAN:
            break
    return blocks, []


def _mark_subheadings(blocks: list[Block], body_from: int) -> list[Block]:
    """A short line with no closing punctuation between two prose paragraphs is a subheading."""
    out = list(blocks)
    story = [i for i in range(body_from, len(blocks)) if blocks[i].kind in _STORY_KINDS]
    for position in range(1, len(story) - 1):
        block = blocks[story[position]]
        before, after = blocks[story[position - 1]], blocks[story[position + 1]]
        if (
            block.kind == "paragraph"
            and _is_subheading(block.text)
            and _ends_sentence(before.text)
            and _is_prose(after.text)
            and _starts_sentence(after.text)
        ):
            out[story[position]] = retyped(block, "heading")
    return out


def _is_subheading(line: str) -> bool:
    """Short, capitalised, no closing punctuation, few digits (not a table row)."""
    if len(line) > 90 or line[-1] in ".,;:!?\"”'’…" or not line[0].isupper():
        return False
    if not 2 <= len(line.split()) <= 12:
        return False
    return sum(map(str.isdigit, line)) * 5 <= len(line)


def _is_prose(line: str) -> bool:
    """A paragraph of running text: long, or a finished sentence."""
    return len(line.split()) >= 12 or _ends_sentence(line)


def _ends_sentence(line: str) -> bool:
    """Whether the line ends with closing punctuation (quotes aside)."""
    return line.rstrip("\"”’')]")[-1:] in ".!?…"


def _starts_sentence(line: str) -> bool:
    """Whether the line starts like a sentence (capital or digit, quotes aside)."""
    first = line.lstrip("\"“‘'([")[:1]
    return first.isupper() or first.isdigit()


def _article_date(found: list[DateMatch], options: CleanupOptions) -> datetime | None:
    """The article's date from its header and dateline dates (`found`, in order), or None.

    A full date wins over one without a year; a year left out is the first full date's, else
    the corpus's reference year (with a weekday, the nearest year it fits).
    """
    if not found:
        return None
    full = [m for m in found if m.year is not None]
    latest = options.latest_year or date.today().year
    reference = full[0].year if full else options.reference_year
    for pick in (full, [m for m in found if m.weekday is not None], found):
        for match in pick:
            value = match.resolve(reference, latest)
            if value is not None:
                return value
    return None
