"""The line-by-line Markdown reader gives exactly what markdown-it's CommonMark parser gives."""

from __future__ import annotations

import gzip
import importlib.util
import json
from itertools import islice

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.corpus.cleanup import Meta
from reader.corpus.formats.frontmatter import front_matter_blocks
from reader.corpus.formats.markdown import commonmark_blocks
from reader.corpus.formats.mdsimple import simple_markdown_blocks
from reader.corpus.model import Block
from reader.corpus.sanitize import clean_text
from tests.conftest import shared_path

Result = tuple[list[Block], set[int]]

#: Words and inline pieces: plain text, every kind of inline markup, and lookalikes of it.
_PIECES = [
    "Presiden",
    "Budi",
    "berkata",
    "kemarin.",
    "Reuters",
    "·",
    "1987-02-26",
    "12,5",
    "AT&T",
    "&",
    "&amp;",
    "&copy;",
    "&#169;",
    "&nosuch;",
    "*",
    "**",
    "*penting*",
    "**tebal**",
    "_",
    "_miring_",
    "snake_case",
    "`kode`",
    "``",
    "[tautan](http://x.id)",
    "[rujukan][r]",
    "![foto](a.png)",
    "<https://kumparan.com/a>",
    "<rina@contoh.id>",
    "<GM>",
    "<Qantas Airways Ltd>",
    "<b>",
    "\\*",
    "\\",
    "~",
    "~~",
    "!",
    "#tag",
    "#",
    "=",
    "-",
    "+",
    ">",
    "|",
    ":",
    "@",
    "\u00a0",
    "\u2003",
    "\ufeff",
    "\u2028",
    "\t",
    "é",
    "“kutipan”",
]
_WORDS = st.sampled_from(_PIECES)
_SPACES = st.sampled_from([" ", " ", " ", "", "  "])


@st.composite
def _inline(draw: st.DrawFn, min_size: int = 0) -> str:
    """A run of pieces joined by spaces (sometimes none, sometimes two)."""
    pieces = draw(st.lists(_WORDS, min_size=min_size, max_size=8))
    out = ""
    for piece in pieces:
        out += piece + draw(_SPACES)
    return out


#: What a line may start with: block syntax of every kind, and nothing.
_PREFIXES = st.sampled_from(
    ["", "", "", "# ", "## ", "###### ", "####### ", "#", "> ", "- ", "* ", "+ ", "1. ", "2) ",
     "12.", " ", "  ", "   ", "    ", "\t", "```", "~~~", "---", "***", "* * *", "===", "___",
     "--", "[r]: http://x.id", "<div>", "*", "-5 ", "+1 ", "=5 "]
)  # fmt: skip
#: What a line may end with: closing sequences of headings, trailing spaces (hard breaks).
_ENDINGS = st.sampled_from(["", "", "", " #", " ##", "#", "  ", " *", "*", "\\"])
_SEPARATORS = st.sampled_from(["\n", "\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n  \n"])


@st.composite
def _documents(draw: st.DrawFn) -> str:
    """Any Markdown-ish text: block syntax, inline markup and lookalikes, mixed line breaks."""
    out = draw(st.sampled_from(["", "", "---\ntitle: Judul\nsource: Kabar\n---\n"]))
    for _ in range(draw(st.integers(0, 10))):
        line = draw(_PREFIXES) + draw(_inline()) + draw(_ENDINGS)
        out += line + draw(_SEPARATORS)
    return out


@st.composite
def _simple_documents(draw: st.DrawFn) -> str:
    """Headings and paragraphs only, each line starting with a word: the simple shape."""
    out = ""
    for _ in range(draw(st.integers(1, 10))):
        first = draw(st.sampled_from(["Presiden", "Budi", "Reuters", "Kabar", "é", "“Kami"]))
        line = first + " " + draw(_inline())
        shape = draw(st.sampled_from(["text", "text", "heading", "emphasis"]))
        if shape == "heading":
            line = "#" * draw(st.integers(1, 6)) + " " + line + " selesai"
        elif shape == "emphasis":
            line = "*" + line.rstrip() + "*"
        out += line + draw(_SEPARATORS)
    return out


def _both(document: str, clean: bool = True) -> tuple[Result | None, Result]:
    """The line-by-line reader's result (None when it declines) and markdown-it's, for the
    document as the loader gives it (`clean`: sanitized, tabs made spaces) or as it is."""
    source = clean_text(document) if clean else document
    _, blanked = front_matter_blocks(source, Meta())
    parse_text = source if blanked is None else blanked
    return simple_markdown_blocks(parse_text, source), commonmark_blocks(parse_text, source)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_any_markdown_is_read_as_markdown_it_reads_it_or_left_to_it(document: str) -> None:
    for clean in (True, False):
        fast, slow = _both(document, clean)
        if fast is not None:
            assert fast == slow


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_simple_documents())
def test_headings_and_paragraphs_are_read_line_by_line(document: str) -> None:
    fast, slow = _both(document)
    assert fast is not None
    assert fast == slow


def test_metadata_line_and_title() -> None:
    document = (
        "# BAHIA COCOA REVIEW\n\n*Reuters · 1987-02-26T15:01:01*\n\n"
        "Showers continued throughout the week in the Bahia cocoa zone.\n\n"
        "Comissaria Smith <CSMT> said spot bean prices rose, AT&T said.\n"
    )
    fast, slow = _both(document)
    assert fast == slow
    assert fast is not None
    blocks, emphasised = fast
    assert [(b.kind, b.text) for b in blocks] == [
        ("title", "BAHIA COCOA REVIEW"),
        ("paragraph", "Reuters · 1987-02-26T15:01:01"),
        ("paragraph", "Showers continued throughout the week in the Bahia cocoa zone."),
        ("paragraph", "Comissaria Smith <CSMT> said spot bean prices rose, AT&T said."),
    ]
    assert emphasised == {blocks[1].start}


def test_emphasis_lookalikes_read_the_same() -> None:
    for line in (
        "*Reuters · 1987*",
        "*(Reuters)*",
        "*Presiden *",
        "* Presiden*",
        "*\u00a0Presiden*",
        "*Presiden\u2003*",
        "**",
        "***",
        "*a*b*",
        "**Reuters**",
        "*Reuters*.",
        "*Reuters · <https://x.id/a>*",
        "_Reuters_",
    ):
        fast, slow = _both(f"# Judul\n\n{line}\n\nIsi berita.\n")
        assert fast is None or fast == slow, line


def test_tabs_in_raw_text_read_the_same() -> None:
    for document in ("#\tJudul\n\nIsi.\n", "Isi\tberita.\n", "\tkode\n", "Isi.\n\t\nLagi.\n"):
        fast, slow = _both(document, clean=False)
        assert fast is None or fast == slow, document


def test_other_block_syntax_is_left_to_markdown_it() -> None:
    for document in (
        "# Judul\n\n- satu\n- dua\n",
        "Judul\n=====\n\nIsi.\n",
        "# Judul\n\n> kutipan\n",
        "# Judul\n\n    kode\n",
        "Isi.\n\n1. pertama\n",
        "Isi.\n\n***\n\nLagi.\n",
        "[r]: http://x.id\n\nIsi [r].\n",
    ):
        fast, _ = _both(document)
        assert fast is None, document


def test_real_articles_as_markdown_read_the_same() -> None:
    """The shared corpora written as .md files the way expand_corpus.py writes them."""
    spec = importlib.util.spec_from_file_location(
        "expand_corpus", shared_path("tools", "expand_corpus.py")
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for name in ("reuters21578", "bbc-news-2225", "indosum-dev"):
        with gzip.open(shared_path("corpora", name, "articles.jsonl.gz"), "rt") as fh:
            records = [json.loads(line) for line in islice(fh, 300)]
        read_fast = 0
        for copy, record in enumerate(records):
            fast, slow = _both(tool.render(record, "md", copy % 3))
            if fast is not None:
                assert fast == slow, record.get("title")
                read_fast += 1
        assert read_fast >= 0.9 * len(records), name
