"""The finder: tiers, folding, kind filters, highlight spans, aliases, recents, articles."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.index.corpus_index import CorpusIndex
from reader.index.finder import ENTITY_CODES, Finder, Tier, parse_query
from reader.index.tables import LABEL_CODES, EntityTable, MentionTable, label_column, uint_column
from tests.index.helpers import make_article

# name, label, aliases, mentions
ENTITIES = [
    ("Sergei Shoigu", "PER", ("Shoigu",), 50),
    ("Shoichi Saba", "PER", (), 2),
    ("Thomas Müller", "PER", (), 10),
    ("Joko Widodo", "PER", ("Jokowi",), 100),
    ("Jo", "MISC", (), 1),
    ("Jakarta", "LOC", (), 80),
    ("Komisi Pemberantasan Korupsi", "ORG", ("KPK",), 30),
    ("Vladimir Putin", "PER", ("Putin",), 40),
    ("Putina Bay", "LOC", (), 3),
    ("George Bush", "PER", ("Bush",), 60),
    ("Washington", "LOC", (), 20),
    ("Reagan", "PER", (), 70),
    ("Reading", "LOC", (), 5),
    ("Fête de la Musique", "MISC", (), 4),
    ("Rudi Widodo", "PER", ("Widodo",), 4),
    ("Indonesia", "LOC", (), 500),
    ("Indoneia", "MISC", (), 1),
    ("Bush", "MISC", (), 2),
    ("Kim", "PER", (), 30),
    ("Kim Jong Un", "PER", (), 20),
]
TITLES = [
    ("Jakarta floods again", datetime(2018, 1, 2)),
    ("Putin meets Kim in Vladivostok", datetime(2023, 9, 12)),
    ("Ad sales boost Time Warner profit", None),
    ("Bahia cocoa review", datetime(1987, 2, 26)),
]


def _entity_id(name: str) -> str:
    return "e:" + name.lower().replace(" ", "-")


@pytest.fixture(scope="module")
def finder() -> Finder:
    articles = [
        make_article(f"a{n}", title, ["Body text."], date=date, source="Wire", order=n)
        for n, (title, date) in enumerate(TITLES)
    ]
    table = EntityTable(
        ids=[_entity_id(name) for name, *_ in ENTITIES],
        names=[name for name, *_ in ENTITIES],
        labels=label_column(LABEL_CODES[label] for _, label, *_ in ENTITIES),
        aliases=[aliases for _, _, aliases, _ in ENTITIES],
        mention_counts=uint_column(m for *_, m in ENTITIES),
        article_counts=uint_column(1 for _ in ENTITIES),
    )
    return Finder(CorpusIndex(articles, table, MentionTable.empty(len(articles))))


def _names(hits) -> list[str]:
    return [hit.name for hit in hits]


def test_exact_beats_whole_word_beats_prefix_beats_word_start(finder: Finder) -> None:
    assert finder.search("reagan")[0].tier == Tier.EXACT
    hits = finder.search("putin")
    assert hits[0].name == "Vladimir Putin" and hits[0].tier == Tier.WHOLE  # alias "Putin"
    assert hits[0].via_alias and hits[0].matched == "Putin"
    assert (hits[1].kind, hits[1].tier) == ("article", Tier.WHOLE)  # "Putin meets Kim..."
    assert hits[2].name == "Putina Bay" and hits[2].tier == Tier.PREFIX
    for query in ("sa", "j", "re", "ko", "kim", "bush"):
        tiers = [max(h.tier, Tier.WHOLE) for h in finder.search(query)]  # exact ranks as whole
        assert tiers == sorted(tiers)


def test_an_exact_name_weighs_more_but_a_one_off_does_not_hide_a_famous_name(
    finder: Finder,
) -> None:
    hits = finder.search("bush")
    assert _names(hits)[:2] == ["George Bush", "Bush"]
    assert [h.tier for h in hits[:2]] == [Tier.WHOLE, Tier.EXACT]
    assert _names(finder.search("kim"))[:2] == ["Kim", "Kim Jong Un"]  # 30 × 5 > 20


def test_a_whole_word_of_a_famous_name_beats_a_rare_alias(finder: Finder) -> None:
    hits = finder.search("widodo")
    assert _names(hits)[:2] == ["Joko Widodo", "Rudi Widodo"]
    assert {h.tier for h in hits[:2]} == {Tier.WHOLE}


def test_word_start_finds_a_surname_and_popularity_orders_a_tier(finder: Finder) -> None:
    hits = finder.search("shoi")
    assert _names(hits)[:2] == ["Sergei Shoigu", "Shoichi Saba"]  # both prefix; 50 > 2 mentions
    assert hits[0].matched == "Shoigu" and hits[0].spans == ((0, 4),)
    hits = finder.search("musiq")
    assert hits[0].name == "Fête de la Musique" and hits[0].tier == Tier.WORD


def test_short_prefix_prefers_the_most_mentioned(finder: Finder) -> None:
    assert _names(finder.search("jo"))[:2] == ["Jo", "Joko Widodo"]  # exact first
    assert finder.search("jok")[0].name == "Joko Widodo"


def test_case_and_diacritics_are_folded_both_ways(finder: Finder) -> None:
    hit = finder.search("muller")[0]
    assert hit.name == "Thomas Müller"
    assert hit.matched[hit.spans[0][0] : hit.spans[0][1]] == "Müller"
    assert finder.search("MÜLLER")[0].name == "Thomas Müller"
    assert finder.search("fete")[0].name == "Fête de la Musique"


def test_substring_tier_after_word_starts(finder: Finder) -> None:
    hits = finder.search("ush")
    assert hits[0].name == "George Bush" and hits[0].tier == Tier.SUBSTRING
    assert hits[0].matched[hits[0].spans[0][0] : hits[0].spans[0][1]].lower() == "ush"


def test_words_in_order_match_a_name(finder: Finder) -> None:
    hit = finder.search("vla put")[0]
    assert hit.name == "Vladimir Putin" and hit.tier == Tier.WORDS
    assert [hit.matched[s:e] for s, e in hit.spans] == ["Vla", "Put"]


def test_typos_are_found_with_aligned_highlights(finder: Finder) -> None:
    hit = finder.search("reagen")[0]
    assert hit.name == "Reagan" and hit.tier == Tier.TYPO
    assert 70 <= hit.score < 100
    highlighted = "".join(hit.matched[s:e] for s, e in hit.spans)
    assert highlighted == "Reagn"
    assert finder.search("jokowo")[0].name == "Joko Widodo"  # alias with a typo
    assert finder.search("shiogu")[0].name == "Sergei Shoigu"  # transposed letters
    assert finder.search("vladmir putin")[0].name == "Vladimir Putin"


def test_typo_tier_ranks_closer_spelling_first(finder: Finder) -> None:
    hits = finder.search("reaging")
    assert all(h.tier == Tier.TYPO for h in hits)
    assert _names(hits)[:2] == ["Reading", "Reagan"]  # closer beats more mentioned
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_a_much_more_mentioned_name_wins_a_near_tie_among_typos(finder: Finder) -> None:
    hits = finder.search("indonseia")
    assert _names(hits)[:2] == ["Indonesia", "Indoneia"]
    assert hits[0].score < hits[1].score


def test_kind_filters(finder: Finder) -> None:
    assert {h.label for h in finder.search("p:j")} == {"PER"}
    assert _names(finder.search("l:j")) == ["Jakarta"]
    assert _names(finder.search("o:kpk")) == ["Komisi Pemberantasan Korupsi"]
    assert _names(finder.search("m:jo")) == ["Jo"]
    articles = finder.search("a:putin")
    assert [h.kind for h in articles] == ["article"]
    assert articles[0].name == "Putin meets Kim in Vladivostok" and articles[0].source == "Wire"
    assert finder.search("p:washington") == []


def test_articles_are_found_by_title_after_entities(finder: Finder) -> None:
    hits = finder.search("jakarta")
    assert [(h.kind, h.name) for h in hits] == [
        ("entity", "Jakarta"),
        ("article", "Jakarta floods again"),
    ]
    hit = finder.search("bahia cocao")[0]  # typo in a title
    assert hit.kind == "article" and hit.name == "Bahia cocoa review"


def test_entities_only(finder: Finder) -> None:
    assert all(h.kind == "entity" for h in finder.search("putin", codes=ENTITY_CODES))


def test_empty_query_lists_recents_then_most_mentioned(finder: Finder) -> None:
    recents = [("article", "a3"), ("entity", "e:jakarta"), ("entity", "e:nobody")]
    hits = finder.search("", recents=recents, limit=4)
    assert [(h.kind, h.name) for h in hits] == [
        ("article", "Bahia cocoa review"),
        ("entity", "Jakarta"),
        ("entity", "Indonesia"),
        ("entity", "Joko Widodo"),
    ]
    assert all(h.tier == Tier.RECENT for h in hits)
    newest = finder.search("a:", limit=2)
    assert _names(newest) == ["Putin meets Kim in Vladivostok", "Jakarta floods again"]
    assert _names(finder.search("p:", recents=recents, limit=1)) == ["Joko Widodo"]


def test_each_target_appears_once_and_limit_is_kept(finder: Finder) -> None:
    hits = finder.search("j", limit=3)
    assert len(hits) == 3
    assert len({(h.kind, h.id) for h in finder.search("j")}) == len(finder.search("j"))


def test_parse_query() -> None:
    parsed = parse_query("  P:  Müller ")
    assert parsed.codes == {LABEL_CODES["PER"]} and parsed.text == "muller"
    assert parse_query("x: y").text == "x: y"


def test_nothing_matches(finder: Finder) -> None:
    assert finder.search("zzzzqqq") == []


def test_typing_letter_by_letter_gives_what_a_fresh_search_gives(finder: Finder) -> None:
    fresh = Finder(finder.index, finder.candidates)
    for query in ("u", "us", "ush", "a:", "a:o", "a:oc", "a:oco", "i", "in", "in "):
        assert finder.search(query) == Finder(finder.index, finder.candidates).search(query)
    assert fresh.search("usha") == []


def test_articles_matching_alike_come_newest_first() -> None:
    titles = [("Floods again", None), ("Floods in Jakarta", datetime(2018, 1, 2))]
    titles.append(("Floods return", datetime(2020, 3, 4)))
    articles = [
        make_article(f"f{n}", title, ["Body."], date=date, order=n)
        for n, (title, date) in enumerate(titles)
    ]
    empty = EntityTable([], [], label_column(), [], uint_column(), uint_column())
    finder = Finder(CorpusIndex(articles, empty, MentionTable.empty(len(articles))))
    assert _names(finder.search("floods")) == ["Floods return", "Floods in Jakarta", "Floods again"]
