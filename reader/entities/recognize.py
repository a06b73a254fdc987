"""Find the names in an article's blocks and label them PER, LOC, ORG or MISC.

Each block is scanned once with a compiled pattern for runs of capitalised words
(`shape.run_pattern`); each run is parsed into names (`parse.RunParser`, cached per run and
position, since the same runs recur across a corpus) and the words around it adjust the labels
that were only guesses (`context`: the cue before it, a definition after it; `quotes`: quotes
around it; `clause`: its place in the clause; `edges`: an age group, a year or a birth after
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
from reader.entities.clause import counted, follows_noun, opens_clause
from reader.entities.context import (
    Cue,
    acronym_after,
    class_noun_cue,
    cue_before,
    defined_as,
    person_follows,
    says_person_after,
    says_place_after,
    spelled_out_in_lower_case,
)
from reader.entities.edges import (
    age_group,
    born_after,
    club_of_squad,
    person_born,
    work_of_year,
    year_follows,
)
from reader.entities.evidence import CaseEvidence
from reader.entities.model import Label, Mention
from reader.entities.parse import ROLE_PER, RunParser, Span
from reader.entities.quotes import closes_quote, in_quotes, opening_quote
from reader.entities.shape import (
    guess_language,
    is_all_caps_line,
    is_headline_case,
    is_sentence_start,
    run_pattern,
)
from reader.entities.tokens import relabel
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
#: Makes a `Scored` from a tuple without the named tuple's Python-level constructor (hot path).
_new_scored = tuple.__new__


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
        # a capitals headline in English names companies and bodies far more often than people,
        # who the story names with a given name or a title: its bare names are bodies' guesses
        capitals = plain and parser.language == "en" and is_all_caps_line(text)
        parse = parser.parse
        name_first = parser.starts_with_name
        found: list[Scored] = []
        for match in run_pattern().finditer(text):
            start, end = match.span()
            run = match.group()
            team = age_group(run, text, end)
            if team:  # "Persikota U-23": the squad's age group is no part of the club's name
                run = run[:-team]
                end -= team
            opening = opening_quote(text, start)
            quoted = opening >= 0 and closes_quote(text, start, end)
            born = "(" in text[end : end + 3] and born_after(text, end)
            at_start = is_sentence_start(text, start)
            initial = (
                at_start
                and not quoted
                and not born  # a biography opens with the person's name, whatever its words
                and not name_first(run)
            )
            number = text[end + 1 : end + 2].isdigit() and text[end : end + 1] in _GAPS
            if forced is not None:  # a byline, dateline or source line: its capitals are names
                spans = parse(run, False, False, ROLE_PER if forced == "PER" else "", number)
                cue = _NO_CUE
            else:
                cue = _NO_CUE
                if at_start and " " in run:
                    first = run.partition(" ")[0]
                    cue = class_noun_cue(first)
                    if cue.label:  # "Band X dibentuk …": the noun opening the sentence classes X
                        start += len(first) + 1
                        run = run[len(first) + 1 :]
                        initial = False
                spans = parse(run, initial, plain, "", number)
                if not spans:
                    continue  # ordinary words only: no cue can make a name of them
                if not cue.label:
                    cue = cue_before(text, start)
                if cue.role:
                    spans = parse(run, initial, plain, cue.role, number)
            if run.isupper() and (
                _in_reference_number(text, start, end)
                or (" " not in run and spelled_out_in_lower_case(text, start, end))
            ):
                continue
            if not spans:
                continue  # a byline's or a source's words with no name in them
            if (
                spans[0].start == 0
                and counted(text, start)
                and parser.is_generic(run[: spans[0].end])
            ):  # "12 Sekolah Kejuruan": a number counts a kind of thing, not a name
                spans = spans[1:]
                if not spans:
                    continue
            spans = _with_context(spans, text, start, end, run, cue, forced)
            if (
                len(spans) == 1
                and spans[0].strength == 1
                and not cue.label
                and " " not in run
                and parser.language == "id"
            ):
                spans = [_lone_guess(spans[0], text, start, end)]
            if forced is None and "(" in text[end : end + 3] and year_follows(text, end):
                spans = work_of_year(spans)
            if team and spans:
                spans = club_of_squad(spans, run)
            if born and spans and forced is None:
                spans = person_born(spans, run)
            if opening >= 0 and forced is None:
                spans = in_quotes(spans, text, start, run, opening, quoted)
            if capitals:
                spans = [_body_guess(s) for s in spans]
            for span in spans:
                begin, stop = start + span.start, start + span.end
                item = (index, begin, stop, span.label, span.strength, text[begin:stop])
                found.append(_new_scored(Scored, item))
        return adjust(found, text)


def _lone_guess(span: Span, text: str, start: int, end: int) -> Span:
    """A one-word name in Indonesian text that only a guess calls a person, read by its place
    in the clause: after a common noun it says whose or which ("patung Kartika", "klip
    Gemintang"), no sign of a person, unless it opens the next clause as its subject ("pada
    tahun yang sama Hartono mengadakan …")."""
    if span.label == "PER" and follows_noun(text, start) and not opens_clause(text, end):
        return relabel(span, "MISC", 1)
    return span


def _body_guess(span: Span) -> Span:
    """A person's guess in a capitals headline, made a body's ("HOLDEN BUYS …")."""
    return relabel(span, "ORG", 1) if span.label == "PER" and span.strength <= 1 else span


def _in_reference_number(text: str, start: int, end: int) -> bool:
    """A code inside a document's number ("No. 25 / HUK / 1991", "Nomor 12/PUU/2022")."""
    before = text[max(0, start - 6) : start].rstrip(" \u00a0")
    after = text[end : end + 6].lstrip(" \u00a0")
    return (before.endswith("/") and before[:-1].rstrip(" \u00a0")[-1:].isdigit()) or (
        after.startswith("/") and after[1:].lstrip(" \u00a0")[:1].isdigit()
    )


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
        return [relabel(s, forced, 3) for s in spans]
    first = spans[0]
    last = spans[-1]
    acronym = acronym_after(text, end) if "(" in text[end : end + 3] else ""
    if acronym and _is_titled_body(spans, run):
        begin = 4 if run.startswith("The ") else 0  # a determiner is no part of the name
        return [Span(begin, len(run.rstrip()), "ORG", 3)]
    if last.end == len(run) and last.strength <= 2 and not last.gazetteer:
        defined = defined_as(text, start, end)
        if defined and defined != last.label:  # "X adalah sebuah band": what X is, said outright
            spans = [*spans[:-1], relabel(last, defined, 2)]
            last = spans[-1]
    if (
        last.label == "PER"
        and last.strength == 3
        and last.end == len(run)
        and " " not in run[last.start :]
        and (last.start > 0 or cue.role)
        and person_follows(text, end)
    ):  # "pelatih Persatria, Robert Hanson": the office's body, then the person after a comma
        spans = [*spans[:-1], relabel(last, "ORG", 2)]
        last = spans[-1]
    if cue.not_person:  # "the X": a person's guess was wrong, other labels stand
        if first.start == 0 and first.label == "PER" and first.strength <= 1:
            return [relabel(first, "MISC", 1), *spans[1:]]
        return spans
    if not cue.label and start > 0 and (last.strength > 1 or last.end < len(run)):
        return spans  # nothing around the run can change what its words say
    spans = list(spans)
    if first.start == 0 and cue.unit and first.label in ("LOC", "PER", "MISC"):
        # "desa Sukamaju": an administrative unit's type is part of its name
        spans[0] = Span(-cue.unit, first.end, "LOC", 3, first.gazetteer)
    elif cue.label == "ORG" and not cue.single_only and len(spans) > 1 and first.gazetteer:
        # "kantor berita Tiongkok Xinhua": the country describes the agency after it
        spans[1] = relabel(spans[1], "ORG", 2) if spans[1].strength <= 1 else spans[1]
    elif first.start == 0 and cue.label:
        spans[0] = _apply_cue(first, cue, run)
    if start == 0 and first.start == 0 and first.strength <= 2 and _dateline_place(text, run):
        spans[0] = relabel(spans[0], "LOC", 3)
    last = spans[-1]
    if last.end == len(run) and last.strength <= 1:
        if says_person_after(text, end) and not run[last.start : last.end].isupper():
            spans[-1] = relabel(last, "PER", 1)  # organisations say things too: a weak cue
        elif acronym and last.label == "PER":
            spans[-1] = relabel(last, "ORG", 2)
        elif last.label == "PER" and says_place_after(text, end):
            spans[-1] = relabel(last, "LOC", 2)  # "X terletak di …": a person lies nowhere
    return spans


def _apply_cue(span: Span, cue: Cue, run: str) -> Span:
    """The span relabelled by the cue before it, if the cue is surer than the span."""
    if cue.language:
        return relabel(span, "MISC", 3) if span.label in ("LOC", "MISC") else span
    words = run[span.start : span.end]
    if cue.single_only and " " in words:
        return span
    if words.isupper() and cue.label != "ORG":  # an acronym is an organisation "di DPR" too
        return span
    if span.strength <= 1 and cue.strength >= span.strength:
        return relabel(span, cue.label, max(cue.strength, 1))
    if cue.strength >= 3 and span.strength <= 2 and not span.gazetteer:
        return relabel(span, cue.label, 3)  # "berjudul X": the cue says it, whatever X's words
    if cue.noun and span.strength == 2 and span.label != "PER" and not span.gazetteer:
        return relabel(span, cue.label, 2)  # "band Rimba Laut": the noun says what it is
    if cue.place and span.label == "PER" and span.strength == 2 and not span.gazetteer:
        return relabel(span, cue.label, 2)  # "di Linda Vista": a given name's guess gives way
    return span


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
