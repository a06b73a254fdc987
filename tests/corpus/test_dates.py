"""Dates as news pages write them, in Indonesian and English."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.corpus import dates
from reader.corpus.dates import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    find_dates,
    find_trailing_date,
    infer_year,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Sep 2023 10:58", datetime(2023, 9, 12, 10, 58)),
        ("12 September 2023 06:00", datetime(2023, 9, 12, 6, 0)),
        ("12 September 2023, 06:00 WIB", datetime(2023, 9, 12, 6, 0)),
        ("Selasa, 12 September 2023 pukul 14.30 WIB", datetime(2023, 9, 12, 14, 30)),
        ("Selasa (12/9/2023)", datetime(2023, 9, 12)),
        ("Kamis, 05/10/2023 08:15", datetime(2023, 10, 5, 8, 15)),
        ("3 Agu 2022", datetime(2022, 8, 3)),
        ("17 Agustus 1945", datetime(1945, 8, 17)),
        ("1 Okt 2021", datetime(2021, 10, 1)),
        ("25 Des 2020", datetime(2020, 12, 25)),
        ("Sep 12, 2023", datetime(2023, 9, 12)),
        ("September 12, 2023 at 3:45 PM EST", datetime(2023, 9, 12, 15, 45)),
        ("Tuesday, 12 September 2023", datetime(2023, 9, 12)),
        ("March 3rd 2020", datetime(2020, 3, 3)),
        ("2023-09-12", datetime(2023, 9, 12)),
        ("2023-09-12T10:58:00+07:00", datetime(2023, 9, 12, 10, 58)),
        ("1987-02-26T15:01:01", datetime(1987, 2, 26, 15, 1, 1)),
        ("12 SEP 2023", datetime(2023, 9, 12)),
    ],
)
def test_parse_date_reads_the_common_forms(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "kemarin", "31 April 2023", "2023", "11.43", "5.93 mln"])
def test_parse_date_rejects_what_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_weekday_gives_the_missing_year_nearest_the_reference() -> None:
    # 13 September fell on a Wednesday (Rabu) in 2017, 2023 and 2028.
    assert parse_date("Rabu 13 September", reference_year=2024) == datetime(2023, 9, 13)
    assert parse_date("Rabu 13 September", reference_year=2027) == datetime(2028, 9, 13)
    assert parse_date("Rabu 13 September", reference_year=2018) == datetime(2017, 9, 13)
    assert parse_date("Wednesday, September 13", reference_year=2024) == datetime(2023, 9, 13)


def test_a_date_without_year_or_weekday_takes_the_reference_year() -> None:
    assert parse_date("6 September", reference_year=2023) == datetime(2023, 9, 6)
    assert parse_date("6 September") is None  # nothing to tell the year by


def test_infer_year_prefers_the_past_on_a_tie_and_handles_leap_days() -> None:
    # 1 January was a Monday in 2018 and 2024: equally far from 2021, the earlier wins.
    assert infer_year(1, 1, 0, 2021) == 2018
    assert infer_year(29, 2, None, 2023) is None
    assert infer_year(29, 2, 3, 2023) == 2024  # 29 Feb 2024 was a Thursday


def test_find_dates_in_running_text() -> None:
    text = (
        "Pemimpin Korea Utara tiba di Rusia pada Selasa (12/9/2023). Sebelumnya, pada 11 "
        "September, kantor berita melaporkan. Rudal diluncurkan pukul 11.43 dan 11.53, "
        "sejauh 5.93 km, ujar dia Senin (27/3)."
    )
    found = find_dates(text)
    assert [(m.day, m.month, m.year, m.weekday) for m in found] == [
        (12, 9, 2023, 1),
        (11, 9, None, None),
        (27, 3, None, 0),
    ]
    assert text[found[0].start : found[0].end] == "Selasa (12/9/2023)"


def test_year_less_numeric_dates_need_parentheses_or_a_weekday() -> None:
    assert find_dates("Setengah porsi, yaitu 1/2 bagian, dibagikan.") == []
    assert [(m.day, m.month) for m in find_dates("dia tiba (27/3) malam")] == [(27, 3)]


def test_trailing_date_on_headline_and_byline_lines() -> None:
    headline = "INTERNASIONAL Pemimpin Korea Utara Tiba di Rusia 12 Sep 2023 10:58"
    match = find_trailing_date(headline)
    assert match is not None and headline[match.start :] == "12 Sep 2023 10:58"
    assert match.resolve() == datetime(2023, 9, 12, 10, 58)
    assert find_trailing_date("Rapat digelar 12 Sep 2023 di Jakarta") is None
    assert find_trailing_date("Pertemuan pada Rabu 13 September") is None  # no year


def test_month_and_weekday_names_match_cldr() -> None:
    babel = pytest.importorskip("babel")
    for code in ("id", "en"):
        locale = babel.Locale(code)
        for width in ("wide", "abbreviated"):
            for number, name in locale.months["format"][width].items():
                assert name.rstrip(".") in MONTH_NAMES[number], (code, name)
            for number, name in locale.days["format"][width].items():
                assert name.rstrip(".") in WEEKDAY_NAMES[number], (code, name)


def test_with_no_reference_a_weekday_date_is_the_latest_one_so_far() -> None:
    (match,) = find_dates("Rabu 13 September")
    assert match.resolve(latest_year=2026) == datetime(2023, 9, 13)
    assert match.resolve(latest_year=2023) == datetime(2023, 9, 13)
    assert match.resolve() is None


@pytest.mark.parametrize(
    "text",
    [
        "INTERNASIONAL Pemimpin Korea Utara Tiba di Rusia 12 Sep 2023 10:58",
        "Fajar Nugraha • 12 September 2023 06:00",
        "SELASA, 12 SEPTEMBER 2023 | 14.30 WITA",
        "Jakarta - Selasa (12/9/2023) pukul 09.15 WIB, rapat dimulai.",
        "Sept. 4, 2021, 9:15 a.m. EDT; Mar 3rd 2020 and 2023-09-12T10:58:00",
        "dia tiba Senin (27/3) malam, lalu 1/2 bagian dibagikan pada 11.43",
        "Harga naik 5.93 persen sejak 3 Mei 2022; kurs 15.400 per dolar.",
        "Sabtu 30 Februari, Jum'at 13 Oktober 2023 15:01:02 GMT+7",
    ],
)
def test_the_small_first_patterns_find_what_the_full_pattern_finds(text: str) -> None:
    # The first texts of a start are searched with a pattern holding only the names they
    # contain (compiling the full one costs milliseconds); the matches must be the same.
    small = dates._PatternChoice().pattern_for(text)
    assert small.pattern != dates._date_pattern().pattern
    found_small = [dates._to_match(m) for m in small.finditer(text)]
    found_full = [dates._to_match(m) for m in dates._date_pattern().finditer(text)]
    assert found_small == found_full and any(found_full)
