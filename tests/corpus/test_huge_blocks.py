"""Huge blocks and huge articles: a 2,000-row Markdown table, a text with no line break. Every
block is cut to a bounded length (offsets kept exactly), an article holds a bounded amount of
text, and the cut is reported."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from reader.corpus import lines as lines_module
from reader.corpus.loader import load_corpus
from reader.corpus.model import Article
from reader.entities.pipeline import analyse


def _table(path: Path, columns: int, rows: int) -> Path:
    lines = ["# Tabel Harga Pangan", "", "Data dari dinas pangan kota.", ""]
    lines.append("| " + " | ".join(f"Kolom {c}" for c in range(columns)) + " |")
    lines.append("|" + "---|" * columns)
    for r in range(rows):
        lines.append("| " + " | ".join(f"R{r}C{c} Wahyu" for c in range(columns)) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _assert_blocks_map_back(article: Article) -> None:
    for block in article.blocks:
        assert len(block.text) <= lines_module.MAX_BLOCK_CHARS
        for i in (0, len(block.text) // 2, len(block.text) - 1):
            char = block.text[i]
            source = article.text[block.source_offset(i)]
            assert char == source or (char == " " and source in "\n\r"), (block, i)


def test_a_big_markdown_table_is_cut_row_by_row_and_capped(tmp_path: Path) -> None:
    path = _table(tmp_path / "table.md", columns=200, rows=2000)  # 6.5 MB, one paragraph
    tracemalloc.start()
    corpus = load_corpus([str(path)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 120 * 1024 * 1024, f"peak {peak >> 20} MB"  # parsed whole, it took 350 MB
    (article,) = corpus.articles
    _assert_blocks_map_back(article)
    rows = [b for b in article.blocks if b.text.startswith("| R")]
    assert rows[0].text.startswith("| R0C0 Wahyu") and rows[0].text.endswith("R0C199 Wahyu |")
    assert rows[1].text.startswith("| R1C0 Wahyu")  # one row per block
    assert sum(len(b.text) for b in article.blocks) <= lines_module.MAX_ARTICLE_CHARS
    (problem,) = corpus.problems
    assert not problem.fatal and "only the first shown" in problem.reason
    assert "Only the first 500,000 characters" in article.notes[-1]


def test_the_names_of_a_capped_table_are_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lines_module, "MAX_ARTICLE_CHARS", 40_000)
    path = _table(tmp_path / "table.md", columns=50, rows=2000)
    (article,) = load_corpus([str(path)]).articles
    mentions = analyse([article]).mentions[article.id]
    assert 0 < len(mentions) <= 40_000 // len("R0C0 Wahyu | ")
    for mention in mentions:
        start, end = article.blocks[mention.block].source_span(mention.start, mention.end)
        assert article.text[start:end] == article.blocks[mention.block].text[mention.start : mention.end]


def test_one_huge_line_is_cut_at_sentences_then_spaces(tmp_path: Path) -> None:
    sentences = "Warga kota mengungsi sejak pagi. " * 400  # 13,200 characters, one line
    words = "kata " * 3000  # no sentence end at all
    path = tmp_path / "long.txt"
    path.write_text(f"Judul Berita Panjang\n\n{sentences}\n\n{words}\n", encoding="utf-8")
    (article,) = load_corpus([str(path)]).articles
    _assert_blocks_map_back(article)
    sentence_pieces = [b for b in article.blocks if b.text.startswith("Warga")]
    assert len(sentence_pieces) >= 4
    assert all(b.text.endswith("pagi.") for b in sentence_pieces)
    word_pieces = [b for b in article.blocks if b.text.startswith("kata")]
    assert len(word_pieces) >= 4 and all(b.text.endswith("kata") for b in word_pieces)
    for block in article.blocks:  # verbatim slices: no per-character offsets needed
        assert article.text[block.start : block.start + len(block.text)] == block.text


def test_a_huge_html_page_skips_extraction_and_keeps_its_cells_apart(tmp_path: Path) -> None:
    rows = "".join(
        "<tr>" + "".join(f"<td>R{r}C{c} Wahyu</td>" for c in range(60)) + "</tr>"
        for r in range(2000)
    )  # about 2.6 MB: past the extraction limit
    page = f"<html><head><title>Tabel Besar</title></head><body><table>{rows}</table></body></html>"
    path = tmp_path / "table.html"
    path.write_text(page, encoding="utf-8")
    (article,) = load_corpus([str(path)]).articles
    assert article.title == "Tabel Besar"
    assert any("Too large for article extraction" in note for note in article.notes)
    first_row = next(b for b in article.blocks if b.text.startswith("R0C0"))
    assert first_row.text.startswith("R0C0 Wahyu R0C1 Wahyu")
    assert all(len(b.text) <= lines_module.MAX_BLOCK_CHARS for b in article.blocks)
