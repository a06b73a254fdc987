"""Building the index: the cache makes a second start free, a changed corpus is found again
over its new evidence, a damaged cache is set aside, and an opened article gets its names at
once."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reader.index.build import IndexBuilder
from reader.index.cache import IndexCache, default_cache_path
from reader.index.engine import EntityEngine
from tests.index.helpers import build_index, make_article

PARAGRAPHS = [
    [
        "Presiden Joko Widodo bertemu Vladimir Putin di Moskow pada Selasa.",
        "Widodo mengatakan Indonesia dan Rusia akan bekerja sama.",
    ],
    [
        "Prime Minister Tony Blair met Gordon Brown in London on Monday.",
        "Blair said the Labour Party would win.",
    ],
    ["Komisi Pemberantasan Korupsi (KPK) memeriksa Setya Novanto di Jakarta."],
    ["Chancellor Angela Merkel visited Paris, where Emmanuel Macron welcomed her."],
]


def _articles(variant: str = "") -> list:
    return [
        make_article(f"art{n}", f"Story {n}{variant if n == 1 else ''}", paragraphs, order=n)
        for n, paragraphs in enumerate(PARAGRAPHS)
    ]


class CountingEngine(EntityEngine):
    """The real engine, counting how often it links and counts an article's evidence."""

    def __init__(self, version_suffix: str = "") -> None:
        super().__init__()
        self.version += version_suffix
        self.link_calls = 0
        self.evidence_calls = 0

    def link(self, articles, labelled):
        self.link_calls += 1
        return super().link(articles, labelled)

    def evidence_data(self, article):
        self.evidence_calls += 1
        return super().evidence_data(article)


def _build(cache_path: Path, articles, engine=None, warnings=None):
    engine = engine or CountingEngine()
    warn = warnings.append if warnings is not None else None
    with IndexCache(cache_path, warn=warn) as cache:
        builder = IndexBuilder(engine=engine, cache=cache, warn=warn)
        builder.add_articles(articles)
        index = builder.build()
    return builder, engine, index


def _snapshot(index) -> dict:
    return {a.id: index.mentions_in(a.id) for a in index.articles}


def test_second_start_recognises_and_links_nothing(tmp_path: Path) -> None:
    articles = _articles()
    cold, cold_engine, cold_index = _build(tmp_path / "c.sqlite3", articles)
    assert cold.recognised_count == len(articles) and cold_engine.link_calls == 1
    assert any(_snapshot(cold_index).values())
    warm, warm_engine, warm_index = _build(tmp_path / "c.sqlite3", _articles())
    assert warm.recognised_count == 0 and warm_engine.link_calls == 0
    assert _snapshot(warm_index) == _snapshot(cold_index)
    assert [e.id for e in warm_index.entities()] == [e.id for e in cold_index.entities()]


def test_a_changed_article_changes_the_evidence_and_the_corpus_is_found_again(
    tmp_path: Path,
) -> None:
    _build(tmp_path / "c.sqlite3", _articles())
    changed = _articles(variant=" (updated)")
    builder, engine, index = _build(tmp_path / "c.sqlite3", changed)
    assert engine.evidence_calls == 1  # the others' evidence comes from the cache
    assert builder.recognised_count == len(changed) and engine.link_calls == 1
    _, _, fresh_index = _build(tmp_path / "fresh.sqlite3", changed)
    assert _snapshot(index) == _snapshot(fresh_index)


def test_another_engine_version_does_not_use_the_results(tmp_path: Path) -> None:
    _build(tmp_path / "c.sqlite3", _articles())
    builder, _, _ = _build(tmp_path / "c.sqlite3", _articles(), CountingEngine(":other"))
    assert builder.recognised_count == len(PARAGRAPHS)


def test_a_corrupt_cache_file_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    builder, _, index = _build(path, _articles(), warnings=warnings)
    assert index is not None and builder.recognised_count == len(PARAGRAPHS)
    assert any("damaged" in w for w in warnings)
    aside = list(tmp_path.glob("c.sqlite3.corrupt-*"))
    assert aside and aside[0].read_bytes().startswith(b"this is not a database")
    again, _, _ = _build(path, _articles())
    assert again.recognised_count == 0  # the new cache file works


def test_a_damaged_entry_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    _build(path, _articles())
    with sqlite3.connect(path) as db:
        db.execute("UPDATE article_evidence SET evidence = x'0102'")
        db.execute("DELETE FROM corpus_result")
    warnings: list[str] = []
    builder, _, index = _build(path, _articles(), warnings=warnings)
    assert builder.recognised_count == len(PARAGRAPHS)
    assert any("damaged" in w for w in warnings)
    _, _, fresh_index = _build(tmp_path / "fresh.sqlite3", _articles())
    assert _snapshot(index) == _snapshot(fresh_index)


def test_a_damaged_scan_in_the_journal_is_scanned_again(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with IndexCache(path) as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(_articles())
        assert builder.build(cancelled=lambda: builder.recognised_count >= 2) is None
    with sqlite3.connect(path) as db:
        db.execute("UPDATE article_scan SET scan = x'789c6360606060000000100001'")
    warnings: list[str] = []
    builder, _, index = _build(path, _articles(), warnings=warnings)
    assert builder.recognised_count == len(PARAGRAPHS)
    assert any("damaged" in w for w in warnings)
    _, _, fresh_index = _build(tmp_path / "fresh.sqlite3", _articles())
    assert _snapshot(index) == _snapshot(fresh_index)


def test_an_unusable_cache_location_only_warns(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    warnings: list[str] = []
    builder, _, index = _build(blocker / "c.sqlite3", _articles(), warnings=warnings)
    assert index is not None and builder.recognised_count == len(PARAGRAPHS)
    assert any("unavailable" in w for w in warnings)


def test_the_default_cache_lives_in_the_user_cache_dir() -> None:
    path = default_cache_path()
    assert str(path).startswith(os.environ["XDG_CACHE_HOME"])
    assert path.parent.name == "reader"
    build_index(_articles())
    assert path.exists()


def test_progress_goes_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(_articles())
        builder.build(progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(PARAGRAPHS), len(PARAGRAPHS))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_cancelled_build_keeps_what_it_recognised(tmp_path: Path) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(_articles())
        assert builder.build(cancelled=cancelled) is None
        assert builder.recognised_count == 2
    again, _, _ = _build(tmp_path / "c.sqlite3", _articles())
    assert again.recognised_count == len(PARAGRAPHS) - 2


def test_articles_added_in_batches_give_the_index_of_the_whole_corpus(tmp_path: Path) -> None:
    articles = _articles()
    engine = CountingEngine()
    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(engine=engine, cache=cache)
        builder.add_articles(articles[:2])
        first = builder.build()
        builder.add_articles(articles[1:])  # one already added: ignored
        second = builder.build()
    assert len(first.articles) == 2 and len(second.articles) == len(articles)
    assert engine.evidence_calls == len(articles)  # each article's evidence counted once
    _, _, fresh = _build(tmp_path / "fresh.sqlite3", articles)
    assert _snapshot(second) == _snapshot(fresh)


def test_an_opened_article_gets_its_names_before_the_build(tmp_path: Path) -> None:
    articles = _articles()
    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(articles)
        early = builder.article_names(articles[1])
        assert early.provisional and early.mentions
        assert {m.entity for m in early.mentions} <= set(early.entities)
        index = builder.build()
        late = builder.article_names(articles[1])
    assert builder.provisional_count == 1 and builder.recognised_count == len(articles)
    assert not late.provisional
    assert late.mentions == index.mentions_in("art1")


def test_an_article_outside_the_index_is_linked_to_known_entities(tmp_path: Path) -> None:
    articles = _articles()
    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(articles[:2])
        index = builder.build()
        extra = make_article("extra", "Another story", [PARAGRAPHS[1][0]], order=9)
        names = builder.article_names(extra)
    assert names.provisional
    known = {m.entity for m in index.mentions_in("art1")}
    assert {m.entity for m in names.mentions} <= known | set(names.entities)
    assert {m.entity for m in names.mentions} & known


def test_the_names_file_is_part_of_the_cache_key(tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text('ignore = ["Story"]\n')
    plain = EntityEngine()
    with_names = EntityEngine(str(names))
    assert plain.version != with_names.version
    names.write_text('ignore = ["Story"]\n[[name]]\nname = "Kim"\nlabel = "PER"\n')
    assert EntityEngine(str(names)).version != with_names.version


def test_results_of_other_code_versions_are_dropped(tmp_path: Path) -> None:
    _build(tmp_path / "c.sqlite3", _articles())
    newer = CountingEngine()
    newer.version = "newer-code:" + newer.version.split(":", 1)[1]
    _build(tmp_path / "c.sqlite3", _articles(), newer)
    with sqlite3.connect(tmp_path / "c.sqlite3") as db:
        engines = {row[0] for row in db.execute("SELECT engine FROM article_evidence")}
    assert engines == {newer.version}


def test_names_can_be_asked_for_while_the_build_runs_in_a_worker(tmp_path: Path) -> None:
    import threading

    articles = _articles()
    results: dict[str, object] = {}
    with IndexCache(tmp_path / "c.sqlite3") as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(articles)
        worker = threading.Thread(target=lambda: results.setdefault("index", builder.build()))
        worker.start()
        early = [builder.article_names(article) for article in reversed(articles)]
        worker.join()
    index = results["index"]
    assert index is not None
    assert all(names.provisional for names in early)
    # each article scanned for the build once, early (over the build's evidence) or in turn
    scans = builder.recognised_count + builder.provisional_count
    assert len(articles) <= scans <= 2 * len(articles)
    _, _, fresh = _build(tmp_path / "fresh.sqlite3", articles)
    assert _snapshot(index) == _snapshot(fresh)
