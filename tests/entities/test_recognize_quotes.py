"""Names in quotation marks: titles of works, roles' names and nicknames (`quotes`), in the
spaced style of tokenised text and in ordinary typography."""

from __future__ import annotations

from tests.entities.recognition_helpers import names


def _labels(found: list[tuple[str, str]], surface: str) -> set[str]:
    return {label for name, label in found if name == surface}


def test_one_word_in_quotes_after_a_work_noun_is_a_title() -> None:
    found = names(
        'Setelah album pertama , Gemintang merilis singel " Kalandra " yang laris di radio .',
        language="id",
    )
    assert _labels(found, "Kalandra") == {"MISC"}


def test_later_titles_of_a_quoted_list_share_the_work_noun() -> None:
    found = names(
        'Ia membintangi serial " Lorong Waktu " dan " Sarimbit " di televisi swasta .',
        language="id",
    )
    assert _labels(found, "Sarimbit") == {"MISC"}
    assert _labels(found, "Lorong Waktu") == {"MISC"}


def test_a_title_that_goes_on_past_the_run_is_a_title() -> None:
    found = names('Ia tampil dalam film " Arunika 2 " yang laris pada tahun itu .', language="id")
    assert _labels(found, "Arunika") == {"MISC"}


def test_a_number_may_open_a_quoted_title() -> None:
    found = names(
        'Mereka merilis album berjudul " 7 Hari Menuju Pantai " pada tahun 2004 .',
        language="id",
    )
    assert not any(label == "PER" for _, label in found)


def test_one_word_in_quotes_after_a_role_word_is_a_name() -> None:
    found = names(
        'Tokoh kartun itu awalnya dikenal sebagai " Rufus " sebelum berganti nama .',
        language="id",
    )
    assert ("Rufus", "PER") in found


def test_one_word_in_quotes_with_no_cue_keeps_its_guess() -> None:
    found = names('Pelatih itu memanggil penyerang mudanya " Dodit " di lapangan .', language="id")
    assert ("Dodit", "PER") in found


def test_closing_quote_before_a_name_is_no_title_cue() -> None:
    found = names(
        'Lagu " Senja " ditulis oleh Rahardian Putra , yang juga menyanyikannya .',
        language="id",
    )
    assert ("Rahardian Putra", "PER") in found
