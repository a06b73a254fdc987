"""Find the names in an article's blocks and label them PER, LOC, ORG or MISC.

Each block is scanned once with a compiled pattern for runs of capitalised words
(`shape.run_pattern`); each run is parsed into names (`parse.RunParser`, cached per run and
position, since the same runs recur across a corpus) and the words around it adjust the labels
that were only guesses (`context`: the cue before it, a definition after it, quotes around
it). Block kinds are evidence too: a byline is a person, a dateline a place, a source an
organisation, a headline's capitals prove nothing. Last, the block's names are read together
(`adjacent`: lists, spaced hyphens, brackets, scores).

`Recognizer.scan` returns every mention with the strength of its label, for the corpus-wide
pass that makes one surface form one label (`consistency`); `recognize` runs that pass over one
article only. A recogniser's caches live as long as it does: drop it after the scan.
"""

from __future__ import annotations

import functools

from reader.corpus.model import Article, Block
from reader.entities.adjacent import Scored, adjust
from reader.entities.context import (
    Cue,
    acronym_after,
    cue_before,
    defined_as,
    person_follows,
    says_person_after,
    spelled_out_in_lower_case,
)
from reader.entities.evidence import CaseEvidence
from reader.entities.model import Label, Mention
from reader.entities.parse import ROLE_PER, RunParser, Span
from reader.entities.shape import (
    guess_language,
    is_all_caps_line,
    is_headline_case,
    is_sentence_start,
    run_pattern,
)
from reader.entities.words import WordJudge

#: Block kinds whose every name has a known label.
_KIND_LABELS: dict[str, Label] = {"byline": "PER", "dateline": "LOC", "source": "ORG"}
#: Block kinds whose capitals prove nothing (headline case).
_HEADLINE_KINDS = frozenset({"title", "heading", "tags"})
#: Paragraphs this short may be headline-like lines (a plain-text title, a tag line).
_SHORT_BLOCK = 160
#: Parsed runs kept per language: the same runs recur across a corpus, rare ones need not stay.
_PARSE_CACHE = 32_768
_GAPS = " \u00a0"
_NO_CUE = Cue()
_OPENING_QUOTES = "\"“‘'«"
_BEFORE_QUOTED = _OPENING_QUOTES + " \u00a0"
_CLOSING_QUOTES = "\"”’'»"
#: Makes a `Scored` from a tuple without the named tuple's Python-level constructor (hot path).
_new_scored = tuple.__new__
#: Words before a quoted name that make it a character's or a role's name.
_CHARACTER_CUES = frozenset({"karakter", "tokoh", "peran", "sebagai", "character", "as"})


class Recognizer:
    """Recognises mentions in articles using corpus-wide evidence."""

    def __init__(self, evidence: CaseEvidence | None = None) -> None:
        """A recogniser over `evidence` (none: judge by the word lists alone)."""
        self.evidence = evidence or CaseEvidence()
        self._parsers: dict[str, RunParser] = {}

    def recognize(self, article: Article) -> list[Mention]:
        """The mentions of one article, labels made consistent within it."""
        from reader.entities.consistency import harmonise

        return harmonise({article.id: self.scan(article)}, self.evidence)[article.id]

    def scan(self, article: Article) -> list[Scored]:
        """Every mention of `article` with its label's strength, in block and text order."""
        language = article.language or guess_language(" ".join(b.text for b in article.blocks[:6]))
        parser = self._parser(language)
        found: list[Scored] = []
        for index, block in enumerate(article.blocks):
            found.extend(self._scan_block(parser, index, block))
        return found

    def _parser(self, language: str) -> RunParser:
        """The run parser for `language`, with its cache of parsed runs."""
        parser = self._parsers.get(language)
        if parser is None:
            parser = RunParser(WordJudge(self.evidence, language))
            parser.parse = functools.lru_cache(maxsize=_PARSE_CACHE)(parser.parse)  # type: ignore[method-assign]
            self._parsers[language] = parser
        return parser

    def _scan_block(self, parser: RunParser, index: int, block: Block) -> list[Scored]:
        """The mentions of one block, with their strengths."""
        text = block.text
        headline = _is_headline(block)
        forced = _KIND_LABELS.get(block.kind)
        plain = headline and forced is None
        parse = parser.parse
        name_first = parser.starts_with_name
        found: list[Scored] = []
        for match in run_pattern().finditer(text):
            start, end = match.span()
            run = match.group()
            quoted = _after_quote(text, start) and _quoted(text, start, end)
            initial = not quoted and is_sentence_start(text, start) and not name_first(run)
            number = text[end + 1 : end + 2].isdigit() and text[end : end + 1] in _GAPS
            if forced is not None:  # a byline, dateline or source line: its capitals are names
                spans = parse(run, False, False, ROLE_PER if forced == "PER" else "", number)
                cue = _NO_CUE
            else:
                spans = parse(run, initial, plain, "", number)
                if not spans:
                    continue  # ordinary words only: no cue can make a name of them
                cue = cue_before(text, start)
                if cue.role:
                    spans = parse(run, initial, plain, cue.role, number)
            if run.isupper() and (
                _in_reference_number(text, start, end)
                or (" " not in run and spelled_out_in_lower_case(text, start, end))
            ):
                continue
            spans = _with_context(spans, text, start, end, run, cue, forced)
            if quoted and " " in run:
                spans = _quoted_spans(spans, run, _names_a_character(text, start))
            for span in spans:
                begin, stop = start + span.start, start + span.end
                item = (index, begin, stop, span.label, span.strength, text[begin:stop])
                found.append(_new_scored(Scored, item))
        return adjust(found, text)


def _in_reference_number(text: str, start: int, end: int) -> bool:
    """A code inside a document's number ("No. 25 / HUK / 1991", "Nomor 12/PUU/2022")."""
    before = text[max(0, start - 6) : start].rstrip(" \u00a0")
    after = text[end : end + 6].lstrip(" \u00a0")
    return (before.endswith("/") and before[:-1].rstrip(" \u00a0")[-1:].isdigit()) or (
        after.startswith("/") and after[1:].lstrip(" \u00a0")[:1].isdigit()
    )


def _quoted_spans(spans: list[Span], run: str, character: bool) -> list[Span]:
    """A phrase standing alone in quotes is a title ("Meet the Press", "Road House"), or a
    character's name after "karakter", "sebagai", "as". A person's name inside a longer
    title ("Very Best of …") is left for the corpus to decide."""
    if character:
        return [s if s.gazetteer else _relabel(s, "PER", 2) for s in spans]
    whole = len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(run)
    return [
        s if s.gazetteer else _relabel(s, "MISC", 2 if whole or s.label != "PER" else 1)
        for s in spans
    ]


def _names_a_character(text: str, start: int) -> bool:
    """True if the word before the opening quote at `start` introduces a role's name."""
    before = text[max(0, start - 16) : start].rstrip(_BEFORE_QUOTED).rsplit(None, 1)
    return bool(before) and before[-1].lower() in _CHARACTER_CUES


def _after_quote(text: str, start: int) -> bool:
    """True if an opening quote stands right before `start`, or one space before it."""
    if start == 0:
        return False
    previous = text[start - 1]
    if previous in _OPENING_QUOTES:
        return True
    return start > 1 and previous in _GAPS and text[start - 2] in _OPENING_QUOTES


def _quoted(text: str, start: int, end: int) -> bool:
    """A run standing alone in quotes is a title of a work or a slogan ("Road House")."""
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    after = text[end : end + 2].lstrip(" \u00a0")
    return bool(before) and before[-1] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES


def _is_headline(block: Block) -> bool:
    """True if the capitals of `block` prove nothing: a headline-case title, heading or line."""
    text = block.text
    if block.kind in _HEADLINE_KINDS:
        return is_headline_case(text) or is_all_caps_line(text)
    if len(text) < _SHORT_BLOCK and is_headline_case(text):
        return True
    return is_all_caps_line(text)


def _with_context(
    spans: list[Span], text: str, start: int, end: int, run: str, cue: Cue, forced: Label | None
) -> list[Span]:
    """Adjust the parser's guesses with the words around the run and the block's kind."""
    if forced is not None:
        return [_relabel(s, forced, 3) for s in spans]
    first = spans[0]
    last = spans[-1]
    acronym = acronym_after(text, end) if "(" in text[end : end + 3] else ""
    if acronym and _is_titled_body(spans, run):
        return [Span(0, len(run.rstrip()), "ORG", 3)]
    if last.end == len(run) and last.strength <= 2 and not last.gazetteer:
        defined = defined_as(text, start, end)
        if defined and defined != last.label:  # "X adalah sebuah band": what X is, said outright
            spans = [*spans[:-1], _relabel(last, defined, 2)]
            last = spans[-1]
    if (
        last.label == "PER"
        and last.strength == 3
        and last.end == len(run)
        and " " not in run[last.start :]
        and (last.start > 0 or cue.role)
        and person_follows(text, end)
    ):  # "pelatih Persatria, Robert Hanson": the office's body, then the person after a comma
        spans = [*spans[:-1], _relabel(last, "ORG", 2)]
        last = spans[-1]
    if not cue.label and start > 0 and (last.strength > 1 or last.end < len(run)):
        return spans  # nothing around the run can change what its words say
    spans = list(spans)
    if first.start == 0 and cue.unit and first.label in ("LOC", "PER", "MISC"):
        # "desa Sukamaju": an administrative unit's type is part of its name
        spans[0] = Span(-cue.unit, first.end, "LOC", 3, first.gazetteer)
    elif cue.label == "ORG" and not cue.single_only and len(spans) > 1 and first.gazetteer:
        # "kantor berita Tiongkok Xinhua": the country describes the agency after it
        spans[1] = _relabel(spans[1], "ORG", 2) if spans[1].strength <= 1 else spans[1]
    elif first.start == 0 and cue.label:
        spans[0] = _apply_cue(first, cue, run)
    if start == 0 and first.start == 0 and first.strength <= 2 and _dateline_place(text, run):
        spans[0] = _relabel(spans[0], "LOC", 3)
    last = spans[-1]
    if last.end == len(run) and last.strength <= 1:
        if says_person_after(text, end) and not run[last.start : last.end].isupper():
            spans[-1] = _relabel(last, "PER", 1)  # organisations say things too: a weak cue
        elif acronym and last.label == "PER":
            spans[-1] = _relabel(last, "ORG", 2)
    return spans


def _apply_cue(span: Span, cue: Cue, run: str) -> Span:
    """The span relabelled by the cue before it, if the cue is surer than the span."""
    if cue.language:
        return _relabel(span, "MISC", 3) if span.label in ("LOC", "MISC") else span
    words = run[span.start : span.end]
    if cue.single_only and " " in words:
        return span
    if words.isupper() and cue.label != "ORG":  # an acronym is an organisation "di DPR" too
        return span
    if span.strength <= 1 and cue.strength >= span.strength:
        return _relabel(span, cue.label, max(cue.strength, 1))
    if cue.strength >= 3 and span.strength <= 2 and not span.gazetteer:
        return _relabel(span, cue.label, 3)  # "berjudul X": the cue says it, whatever X's words
    if cue.place and span.label == "PER" and span.strength == 2 and not span.gazetteer:
        return _relabel(span, cue.label, 2)  # "di Linda Vista": a given name's guess gives way
    return span


def _relabel(span: Span, label: str, strength: int) -> Span:
    """`span` with another label and strength."""
    return Span(span.start, span.end, label, strength, span.gazetteer)


def _is_titled_body(spans: list[Span], run: str) -> bool:
    """A title-like phrase with an acronym after it names a body: "Kepala Staf Gabungan … (JCS)"."""
    if any(s.label == "PER" for s in spans):
        return False
    words = run.split()
    return len(words) >= 3 and (not spans or spans[0].start > 0)


def _dateline_place(text: str, run: str) -> bool:
    """ "SURABAYA, Outlet —" at the start of a block: a dateline's place, in capitals."""
    after = text[len(run) : len(run) + 2]
    return run.isupper() and len(run) > 2 and after.startswith(",")
