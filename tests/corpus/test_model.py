"""The packed article model reads back exactly what was put in: blocks, offsets, metadata."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.corpus.model import Article, Block, Blocks
from reader.corpus.offsets import Offsets

_OFFSET_LISTS = st.lists(st.integers(0, 5_000), max_size=60).map(sorted) | st.lists(
    st.integers(0, 300), max_size=60
)


@given(_OFFSET_LISTS, st.integers(-70, 70), st.integers(-70, 70))
def test_offsets_read_like_the_tuple_they_store(values: list[int], i: int, j: int) -> None:
    offsets = Offsets(values)
    expected = tuple(values)
    assert len(offsets) == len(expected)
    assert list(offsets) == list(expected)
    assert offsets == expected and expected == offsets
    assert offsets[i:j] == expected[i:j]
    assert offsets[i:j:2] == expected[i:j:2]
    if -len(expected) <= i < len(expected):
        assert offsets[i] == expected[i]
    else:
        with pytest.raises(IndexError):
            offsets[i]
    assert hash(offsets) == hash(Offsets(expected))


def test_offsets_store_runs_not_characters() -> None:
    line_one, line_two = range(100, 180), range(181, 260)  # a line break between them
    offsets = Offsets([*line_one, 180, *line_two])
    assert offsets.run_count == 1
    markup_removed = Offsets([*range(10, 20), *range(22, 40)])  # "**" skipped
    assert markup_removed.run_count == 2
    assert markup_removed[10] == 22 and markup_removed[-1] == 39
    assert markup_removed[8:12] == (18, 19, 22, 23)


_KINDS = st.sampled_from(["title", "paragraph", "caption", "dateline", "not-a-kind"])


@st.composite
def _articles(draw: st.DrawFn) -> tuple[str, list[Block]]:
    """A text and blocks over it: slices of it, and blocks that are not (own text, offsets)."""
    text = draw(st.text(st.sampled_from("ab é\n“—"), max_size=80))
    blocks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(_KINDS)
        shape = draw(st.sampled_from(["slice", "own", "offsets", "far"]))
        if shape == "slice":
            blocks.append(Block(kind, text[start:end], start))  # type: ignore[arg-type]
        elif shape == "own":
            blocks.append(Block(kind, "lain" + text[start:end], start))  # type: ignore[arg-type]
        elif shape == "offsets":
            piece = text[start:end]
            blocks.append(Block(kind, piece, start, tuple(range(start, end))))  # type: ignore[arg-type]
        else:
            blocks.append(Block(kind, "x", 2**33))  # type: ignore[arg-type]
    return text, blocks


@given(_articles(), st.integers(-10, 10), st.integers(-10, 10))
def test_article_blocks_read_back_as_given(case: tuple[str, list[Block]], i: int, j: int) -> None:
    text, blocks = case
    article = Article(id="a", path="a.txt", text=text, blocks=blocks, title="t")
    assert isinstance(article.blocks, Blocks)
    assert list(article.blocks) == blocks
    assert article.blocks == blocks
    assert len(article.blocks) == len(blocks)
    assert article.blocks[i:j] == blocks[i:j]
    if -len(blocks) <= i < len(blocks):
        assert article.blocks[i] == blocks[i]
    else:
        with pytest.raises(IndexError):
            article.blocks[i]
    for block in article.blocks:
        if block.offsets is not None:
            assert isinstance(block.offsets, Offsets)


def test_verbatim_blocks_are_made_from_the_text_when_read() -> None:
    text = "Judul berita\n\nIsi berita pertama."
    blocks = [Block("title", "Judul berita", 0), Block("paragraph", "Isi berita pertama.", 14)]
    article = Article(id="a", path="a.txt", text=text, blocks=blocks, title="Judul berita")
    assert article.blocks._kept == ()  # nothing stored but kinds, starts and lengths
    assert [b.text for b in article.blocks] == ["Judul berita", "Isi berita pertama."]
    assert [b.kind for b in article.body] == ["paragraph"]
    assert article.word_count == 5
    copy = replace(article, id="b")
    assert copy.id == "b" and copy.blocks is article.blocks  # kept packed, not copied
    assert repr(article.blocks) == repr(blocks)
