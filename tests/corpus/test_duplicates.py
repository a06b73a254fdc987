"""Identical articles are shown once, the first loaded naming the files that repeat it."""

from __future__ import annotations

import json
from pathlib import Path

from reader.corpus.duplicates import Duplicates
from reader.corpus.loader import load_corpus

STORY = "Jembatan Baru Dibuka untuk Umum\n12 Sep 2023\n\nWarga menyambut gembira jembatan baru.\n"


def test_the_same_cleaned_text_is_one_article_whatever_the_furniture(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    # Another page around the same story: a toast, doubled spaces, a promotion, a byline.
    (tmp_path / "b.txt").write_text(
        "Sukses\n\nJembatan Baru  Dibuka untuk Umum\n12 Sep 2023\nOleh Rina Kusuma\n\n"
        "Warga menyambut   gembira jembatan baru.\n\nBaca juga: Harga Cabai Naik\n"
    )
    (tmp_path / "c.txt").write_text(STORY)
    (tmp_path / "d.txt").write_text(STORY.replace("gembira", "dengan gembira"))
    articles = load_corpus([str(tmp_path)]).articles
    unique = Duplicates().unique(articles)
    assert [Path(a.path).name for a in unique] == ["a.txt", "d.txt"]
    first = unique[0]
    assert [Path(p).name for p in first.also_in] == ["b.txt", "c.txt"]
    assert unique[1].also_in == ()


def test_copies_within_one_file_are_named_by_their_place_in_it(tmp_path: Path) -> None:
    record = {"title": "Harga Cabai Naik", "text": "Harga cabai di pasar naik dua kali lipat."}
    other = {"title": "Harga Cabai Turun", "text": "Harga cabai di pasar turun."}
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, other, record)) + "\n")
    unique = Duplicates().unique(load_corpus([str(path)]).articles)
    assert [a.title for a in unique] == ["Harga Cabai Naik", "Harga Cabai Turun"]
    assert unique[0].also_in == (f"{path}#3",)


def test_batches_added_later_find_copies_of_earlier_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "z.txt").write_text(STORY)
    first, copy = load_corpus([str(tmp_path)]).articles
    duplicates = Duplicates()
    assert duplicates.unique([first]) == [first]
    assert duplicates.unique([copy]) == []
    assert first.also_in == (copy.id,)
