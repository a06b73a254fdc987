"""The article list as a reader drives it: sort, filter, read marks, next unread, the URL,
duplicates shown once, and the order and filter found again after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.list_bar import ListBar
from tests.ui.conftest import screen_text, settle, wait_for_palette, wait_until, write_articles

SIZE = (110, 32)


def _story(title: str, *, source: str, date: str = "", url: str = "", body: str = "") -> str:
    fields = [f"title: {title}", f"source: {source}"]
    fields += [f"date: {date}"] if date else []
    fields += [f"url: {url}"] if url else []
    body = body or f"Kabar tentang {title.lower()} yang ditulis untuk pembaca di kota itu."
    return "---\n" + "\n".join(fields) + "\n---\n\n" + body + "\n"


ARTICLES = [
    ("jembatan.md", _story("Jembatan baru dibuka", source="Kabar Kota", date="2024-03-04",
                           url="https://kabarkota.example/jembatan")),
    ("anggaran.md", _story("Anggaran kota disetujui", source="Warta Desa", date="2024-03-06")),
    ("banjir.md", _story("Banjir di tepi sungai", source="Kabar Kota", date="2023-09-12")),
    ("catatan.md", _story("Catatan redaksi", source="Warta Desa")),
    ("council.md", _story("Council approves the budget", source="Town Courier", date="2024-01-02",
                          body="The council approved the new budget after a long debate on "
                               "Tuesday night, officials said.")),
    # The same story as jembatan.md, saved again under another name.
    ("salinan.md", _story("Jembatan baru dibuka", source="Kabar Kota", date="2024-03-04",
                          url="https://kabarkota.example/jembatan")),
]  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "kota", ARTICLES)


def rows(app: ReaderApp) -> list[str]:
    listing = app.main_screen.listing  # type: ignore[union-attr]
    return [listing.article_at(row).title for row in range(len(listing))]


def told(app: ReaderApp) -> str:
    """Every notification the reader has shown, one a line."""
    return "\n".join(notice.message for notice in app._notifications)


def marks(app: ReaderApp) -> dict[str, bool]:
    listing = app.main_screen.listing  # type: ignore[union-attr]
    return {a.title: app.reading.is_read(a) for a in listing.articles()}


async def type_filter(pilot: Pilot[None], line: str) -> None:
    """Open the filter field, replace what is in it with `line`, and press enter."""
    await pilot.press("f")
    field = pilot.app.screen.query_one(ListBar).input
    field.value = ""
    await pilot.press(*line, "enter")
    await pilot.pause()


async def test_sort_keys_cycle_date_title_source(make_app, folder: Path) -> None:
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert rows(app) == [
            "Anggaran kota disetujui",
            "Jembatan baru dibuka",
            "Council approves the budget",
            "Banjir di tepi sungai",
            "Catatan redaksi",  # undated: last
        ]
        await pilot.press("s")
        assert rows(app)[:2] == ["Anggaran kota disetujui", "Banjir di tepi sungai"]
        assert "by title" in screen_text(app)
        await pilot.press("s")
        assert rows(app) == [
            "Jembatan baru dibuka",  # Kabar Kota, newest first
            "Banjir di tepi sungai",
            "Council approves the budget",  # Town Courier
            "Anggaran kota disetujui",  # Warta Desa, dated before undated
            "Catatan redaksi",
        ]
        await pilot.press("s")
        assert rows(app)[0] == "Anggaran kota disetujui"
        assert not app.screen.query_one(ListBar).display  # newest first, no filter: no bar


async def test_filter_field_follows_typing_and_escape_puts_it_back(make_app, folder: Path) -> None:
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"kabar")
        assert rows(app) == ["Jembatan baru dibuka", "Banjir di tepi sungai"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows(app)) == 5
        await type_filter(pilot, "lang:en")
        assert rows(app) == ["Council approves the budget"]
        assert "lang:en · 1 of 5" in screen_text(app)
        assert app.screen.focused is app.main_screen.article_list  # type: ignore[union-attr]
        await type_filter(pilot, "source:warta from:2024")
        assert rows(app) == ["Anggaran kota disetujui"]  # the undated one has no date to match
        await type_filter(pilot, "tidak ada yang cocok")
        assert rows(app) == []
        assert "No article matches the filter" in screen_text(app)
        await type_filter(pilot, "from:2024-13")
        assert "YYYY-MM-DD" in told(app)  # said, and the field stays open to fix it
        assert app.screen.query_one(ListBar).editing
        await pilot.press("escape")
        await pilot.pause()
        assert "No article matches the filter" in screen_text(app)


async def test_read_marks_next_unread_and_the_unread_filter(make_app, folder: Path) -> None:
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("u")  # from the first row: the next unread is the second
        assert view.article is not None and view.article.title == "Jembatan baru dibuka"
        assert marks(app)["Jembatan baru dibuka"]
        await pilot.press("h", "m")  # back in the list: unread again
        assert not marks(app)["Jembatan baru dibuka"]
        await pilot.press("m")
        await pilot.press("g", "m")  # the first one read too
        await pilot.press("u")  # skips the two read ones
        assert view.article.title == "Council approves the budget"
        await type_filter(pilot, "unread")
        assert rows(app) == ["Banjir di tepi sungai", "Catatan redaksi"]
        await pilot.press("M")
        await pilot.pause()
        assert all(marks(app).values())
        assert "2 articles marked read" in told(app)
        await pilot.press("u")
        await pilot.pause()
        assert "Every article in the list is read" in told(app)


async def test_sort_and_filter_come_back_after_a_restart(make_app, folder: Path) -> None:
    first: ReaderApp = make_app([folder])
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await type_filter(pilot, "kota")
        expected = rows(first)
        assert expected == ["Anggaran kota disetujui", "Banjir di tepi sungai",
                            "Jembatan baru dibuka"]  # fmt: skip
        await pilot.press("q")

    second: ReaderApp = make_app([folder])
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert rows(second) == expected
        assert "by title · kota · 3 of 5" in screen_text(second)
        await pilot.press("ctrl+p", *"clear the filter")
        await wait_for_palette(pilot, "Clear the filter")
        await pilot.press("enter")
        await pilot.pause()
        assert len(rows(second)) == 5
        assert rows(second)[0] == "Anggaran kota disetujui"  # still by title


async def test_a_duplicate_is_listed_once_and_named_with_the_url(make_app, folder: Path) -> None:
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert rows(app).count("Jembatan baru dibuka") == 1
        assert "5 articles" in screen_text(app)
        await pilot.press("j", "enter")
        text = screen_text(app)
        assert "https://kabarkota.example/jembatan" in text
        assert "also in:" in text and "salinan.md" in text


async def test_url_keys_copy_and_open_in_a_worker(
    make_app, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")  # the first article has no URL: said, nothing opened
        await pilot.pause()
        assert "This article has no web address" in told(app)
        await pilot.press("j", "y")
        assert app.clipboard == "https://kabarkota.example/jembatan"
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == ["https://kabarkota.example/jembatan"]


async def test_only_web_addresses_go_to_the_browser(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    folder = write_articles(tmp_path / "x", [
        ("a.md", _story("Berkas lokal", source="Kabar", url="file:///etc/passwd")),
    ])  # fmt: skip
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == []
        assert "Not a web address" in told(app)


async def test_the_finder_says_undated(make_app, folder: Path) -> None:
    from tests.ui.test_finder import preview_shows_highlighted, result_lines, shown_in

    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"a:catatan")
        await wait_until(pilot, lambda: preview_shows_highlighted(app))
        assert "Catatan redaksi" in result_lines(app)[0]
        assert "Warta Desa · undated" in shown_in(app, app.screen.preview)


async def test_a_copy_loaded_after_its_article_is_shown_is_named_at_once(
    make_app, tmp_path: Path
) -> None:
    story = _story("Jembatan baru dibuka", source="Kabar Kota", date="2024-03-04")
    others = [(f"m{i}.md", _story(f"Kabar nomor {i}", source="Warta", date="2020-01-01"))
              for i in range(30)]  # fmt: skip
    folder = write_articles(tmp_path / "k", [("a.md", story), *others, ("z.md", story)])
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.article.title == "Jembatan baru dibuka"
        assert "also in:" in screen_text(app) and "z.md" in screen_text(app)


async def test_palette_commands_sort_and_filter(make_app, folder: Path) -> None:
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"sort articles by source")
        await wait_for_palette(pilot, "Sort articles by source")
        await pilot.press("enter")
        await pilot.pause()
        assert rows(app)[0] == "Jembatan baru dibuka"
        assert app.main_screen.article_list.highlighted.title == "Anggaran kota disetujui"  # type: ignore[union-attr]
        await pilot.press("g", "enter", "h")  # read the first one
        assert marks(app)["Jembatan baru dibuka"]
        await pilot.press("ctrl+p", *"show only unread")
        await wait_for_palette(pilot, "Show only unread articles")
        await pilot.press("enter")
        await pilot.pause()
        assert rows(app) == ["Banjir di tepi sungai", "Council approves the budget",
                             "Anggaran kota disetujui", "Catatan redaksi"]  # fmt: skip
        assert app.reading.list_choice().filter.unread  # remembered
