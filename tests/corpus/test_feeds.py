"""RSS and Atom feeds: one article per item."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reader.corpus.loader import load_corpus

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Kota</title><link>https://kabarkota.id</link>
<item><title>Jembatan Baru Dibuka untuk Umum</title><link>https://kabarkota.id/jembatan</link>
<author>redaksi@kabarkota.id (Rina Kusuma)</author>
<pubDate>Mon, 04 Mar 2024 08:30:00 +0700</pubDate><category>Kota</category>
<description>&lt;p&gt;SURABAYA, KabarKota.com - Jembatan baru resmi dibuka untuk umum pada
Senin pagi setelah dibangun selama dua tahun.&lt;/p&gt;&lt;p&gt;Warga menyambut gembira.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Council Approves New Budget</title>
<description>The city council approved the new budget on Tuesday after a long debate.</description>
</item></channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Storm Closes Schools</title><id>urn:1</id>
<updated>2024-02-01T07:15:00Z</updated><author><name>Tom Reed</name></author>
<content type="html">&lt;p&gt;Schools were closed on Thursday as a storm hit the coast.&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_items_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "kota.rss"
    path.write_text(RSS, encoding="utf-8")
    corpus = load_corpus([str(path)])
    assert not corpus.problems
    first, second = corpus.articles
    assert (first.id, second.id) == (f"{path}#1", f"{path}#2")
    assert first.path == second.path == str(path)
    assert first.title == "Jembatan Baru Dibuka untuk Umum"
    assert first.author == "Rina Kusuma"
    assert first.date == datetime(2024, 3, 4, 8, 30)
    assert first.source == "Kabar Kota" and first.dateline == "SURABAYA"
    assert first.url == "https://kabarkota.id/jembatan"
    assert first.language == "id" and second.language == "en"
    texts = [b.text for b in first.blocks]
    assert "Warga menyambut gembira." in texts and not any("alert" in t for t in texts)
    assert ("tags", "Kota") in [(b.kind, b.text) for b in first.blocks]
    assert first.digest != second.digest
    for article in corpus.articles:
        for block in article.blocks:
            assert article.text[block.start : block.start + len(block.text)] == block.text


def test_atom_entries_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = load_corpus([str(path)]).articles
    assert article.title == "Storm Closes Schools" and article.author == "Tom Reed"
    assert article.date == datetime(2024, 2, 1, 7, 15)


def test_xml_that_is_not_a_feed_is_skipped_in_folders_reported_when_named(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<config><a>1</a></config>", encoding="utf-8")
    corpus = load_corpus([str(path)])
    assert [p.reason for p in corpus.problems] == ["not an RSS or Atom feed"]
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    folder = load_corpus([str(tmp_path)])
    assert not folder.problems
    assert [a.id for a in folder.articles] == [
        f"{tmp_path / 'feed.xml'}#1",
        f"{tmp_path / 'feed.xml'}#2",
    ]
