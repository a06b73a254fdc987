"""Blocks map exactly back to the article text: property tests and the gold mentions."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.corpus.formats.markdown import article_from_markdown
from reader.corpus.formats.plaintext import article_from_text
from reader.corpus.furniture import is_furniture, tags_label_end
from reader.corpus.lines import EDGE_SPACE
from reader.corpus.loader import load_corpus
from reader.corpus.model import Block
from reader.corpus.sanitize import clean_text
from tests.conftest import shared_path

_WORDS = st.sampled_from(
    [
        "Breaking News",
        "Sukses",
        "Tags:",
        "Komentar",
        "Foto: Reuters",
        "(Foto: Kabar)",
        "JAKARTA, Contoh.com -",
        "Oleh Rina Kusuma",
        "--- Rina Kusuma",
        "12 Sep 2023 10:58",
        "Selasa (12/9/2023)",
        "INTERNASIONAL",
        "Presiden",
        "Budi",
        "berkata",
        "kemarin.",
        "•",
        "Moskow:",
        "*",
        "_",
        "`kode`",
        "[tautan](http://x.id)",
        "&amp;",
        "\\*",
        "> ",
        "- ",
        "# ",
        "\u00a0",
        "\ufeff",
        "\t",
        "\x1b",
        "é",
        "“kutipan”",
        "?",
        "2 dari 2 halaman",
    ]
)
_LINES = st.lists(
    st.one_of(st.lists(_WORDS, max_size=12).map(" ".join), st.text(max_size=40)), max_size=14
)
_SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n"])


@st.composite
def _documents(draw: st.DrawFn) -> str:
    lines = draw(_LINES)
    out = ""
    for line in lines:
        out += line + draw(_SEPARATORS)
    return out


def _unrepaired(block: Block) -> Block:
    return block


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_plain_text_blocks_are_exact_slices(document: str) -> None:
    text = clean_text(document)
    # Repaired mojibake is not a slice but maps by offsets (test_repairs.py): left out here.
    with patch("reader.corpus.cleanup.repair_block", _unrepaired):
        article = article_from_text("x.txt", text, digest="d", reference_year=2023)
    if article is None:  # nothing but blank lines and page furniture
        for line in text.split("\n"):
            line = line.strip(EDGE_SPACE)
            assert not line or is_furniture(line) or tags_label_end(line) is not None, line
        return
    assert article.text == text
    last_end = 0
    for block in article.blocks:
        assert block.offsets is None
        assert text[block.start : block.start + len(block.text)] == block.text
        assert "\n" not in block.text and "\r" not in block.text
        assert block.start >= last_end  # in order, never overlapping
        last_end = block.start + len(block.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_markdown_blocks_map_every_literal_character(document: str) -> None:
    text = clean_text(document)
    with patch("reader.corpus.cleanup.repair_block", _unrepaired):
        article = article_from_markdown("x.md", text, digest="d", reference_year=2023)
    if article is None:
        return
    for block in article.blocks:
        assert "\n" not in block.text
        if block.offsets is None:
            assert text[block.start : block.start + len(block.text)] == block.text
            continue
        assert len(block.offsets) == len(block.text)
        assert list(block.offsets) == sorted(block.offsets)
        assert block.start == block.offsets[0]
        literal = sum(
            text[offset] == ch for ch, offset in zip(block.text, block.offsets, strict=True)
        )
        # Characters written literally map to themselves; only entities, escapes and line
        # breaks shown as spaces may map elsewhere.
        for ch, offset in zip(block.text, block.offsets, strict=True):
            if text[offset] != ch:
                assert (ch == " " and text[offset] in "\r\n") or text[offset] in "&\\", (
                    ch,
                    text[offset],
                )
        assert literal >= len(block.text) - block.text.count(" ") - 2 * text.count("&")


def test_every_gold_mention_lies_in_exactly_one_block(seeds: Path) -> None:
    gold_path = shared_path("eval", "seeds-dev", "gold.jsonl")
    by_file: dict[str, list[dict[str, object]]] = defaultdict(list)
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                by_file[row["file"]].append(row)
    corpus = load_corpus([str(seeds / name) for name in sorted(by_file)])
    assert not corpus.problems and len(corpus.articles) == len(by_file)
    for article in corpus.articles:
        with open(article.path, encoding="utf-8", newline="") as fh:
            assert article.text == fh.read()
        spans = [b.source_span(0, len(b.text)) for b in article.blocks]
        for row in by_file[Path(article.path).name]:
            start, end = int(row["start"]), int(row["end"])  # type: ignore[call-overload]
            holders = [i for i, (s, e) in enumerate(spans) if s <= start and end <= e]
            assert len(holders) == 1, row
            block = article.blocks[holders[0]]
            local = start - block.start
            assert block.text[local : local + end - start] == row["text"]
