"""What stands at a run's edges (`edges`, `adjacent`): a squad's age group after a club, a
year in brackets after a work, a score after a team."""

from __future__ import annotations

from tests.entities.recognition_helpers import names


def _labels(found: list[tuple[str, str]], surface: str) -> set[str]:
    return {label for name, label in found if name == surface}


def test_age_group_is_no_part_of_the_club() -> None:
    found = names(
        "Ia pernah memperkuat Persikota U - 21 sebelum pindah ke klub lain .", language="id"
    )
    assert ("Persikota", "ORG") in found
    assert not any(name.endswith("U") for name, _ in found)


def test_team_word_and_age_group_around_a_club() -> None:
    found = names(
        "Saat ini ia melatih Tim Bintang Timur U-18 yang berlaga di liga remaja .",
        language="id",
    )
    assert ("Bintang Timur", "ORG") in found


def test_a_country_with_an_age_group_stays_a_country() -> None:
    found = names("Ia dipanggil ke Malaysia U-23 untuk turnamen itu .", language="id")
    assert ("Malaysia", "LOC") in found


def test_a_work_with_its_year_in_brackets() -> None:
    found = names(
        "Ia kemudian tampil di Nightfall ( 2003 ) dan Harbour Lights ( 2005 ) .", language="id"
    )
    assert _labels(found, "Nightfall") == {"MISC"}
    assert _labels(found, "Harbour Lights") == {"MISC"}


def test_an_english_title_with_of_inside_is_one_work() -> None:
    found = names(
        "Ia menyutradarai The Keeper of Lanterns ( 1998 ) bersama rekannya .", language="id"
    )
    assert ("The Keeper of Lanterns", "MISC") in found


def test_a_date_range_after_a_person_is_no_year_of_a_work() -> None:
    found = names(
        "Ia adalah anak Maria Kowalczyk ( 3 Mei 1901 - 8 Juni 1975 ) dari Polandia .",
        language="id",
    )
    assert ("Maria Kowalczyk", "PER") in found


def test_a_team_beaten_with_a_score() -> None:
    found = names(
        "Pada final mereka mengalahkan Kordovan 3 - 1 di hadapan pendukungnya .", language="id"
    )
    assert ("Kordovan", "ORG") in found


def test_a_lone_team_with_a_score_in_english() -> None:
    found = names("In the final they beat Wexbury 2-0 at home.", language="en")
    assert ("Wexbury", "ORG") in found


def test_a_biography_opens_with_the_persons_name_whatever_its_words() -> None:
    found = names(
        "Cahaya Lestari ( lahir di Padang , 2 Mei 1980 ) adalah seorang penyanyi .",
        language="id",
    )
    assert ("Cahaya Lestari", "PER") in found


def test_born_in_brackets_in_english() -> None:
    found = names("Harlan Voss (born 12 March 1950) is a painter.", language="en")
    assert ("Harlan Voss", "PER") in found
