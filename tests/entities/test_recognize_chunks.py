"""Names that their own words explain (`chunks`, `heads`, `parse`): particles of people's
names, football clubs, place endings, English titles, schools and their towns, broadcasters,
streets and lakes written with their type in lower case."""

from __future__ import annotations

from reader.entities.words import is_club_word
from tests.entities.recognition_helpers import names


def test_japanese_particle_joins_a_persons_name() -> None:
    found = names(
        "Tanah itu diberikan oleh Taira no Kiyomori , lalu di Taira no Kiyomori berselisih .",
        language="id",
    )
    assert found.count(("Taira no Kiyomori", "PER")) == 2
    assert ("Taira", "PER") not in found


def test_arabic_particle_joins_a_persons_name() -> None:
    found = names("Masjid itu dibangun oleh Umar bin Salim pada abad ke-18 .", language="id")
    assert ("Umar bin Salim", "PER") in found


def test_club_word_with_its_town() -> None:
    found = names(
        "Musim lalu Perseraya Tegal finis ketiga , sedangkan Persikota Jakarta turun kasta .",
        language="id",
    )
    assert ("Perseraya Tegal", "ORG") in found
    assert ("Persikota Jakarta", "ORG") in found


def test_is_club_word() -> None:
    assert is_club_word("Persikota")
    assert is_club_word("Perseraya")
    assert not is_club_word("Persen")  # a word of the dictionary
    assert not is_club_word("Persatuan")
    assert not is_club_word("Persona")
    assert not is_club_word("Perkasa")


def test_sports_club_prefix_opens_an_organisation() -> None:
    found = names("Musim itu Real Castellano menjuarai liga untuk pertama kali .", language="id")
    assert ("Real Castellano", "ORG") in found


def test_raya_and_hulu_end_a_place() -> None:
    found = names("Wilayah itu meliputi Lenggara Raya , Batang Hulu dan Aceh Jaya .", language="id")
    assert ("Lenggara Raya", "LOC") in found
    assert ("Batang Hulu", "LOC") in found
    assert ("Aceh Jaya", "LOC") in found


def test_unknown_word_then_an_ordinary_word_is_a_place_guess() -> None:
    found = names(
        "Sejak dulu Lenggeru Hilang dikenal sebagai penghasil kopi terbaik .",
        language="id",
    )
    assert ("Lenggeru Hilang", "LOC") in found


def test_given_name_then_an_ordinary_word_is_still_a_person() -> None:
    found = names("Lagu itu dinyanyikan oleh Michael Jaya dan kawan-kawannya .", language="id")
    assert ("Michael Jaya", "PER") in found


def test_english_title_opening_with_the_takes_a_work_cue() -> None:
    found = names(
        "Ia juga bermain dalam film The Hollow Hours dan memenangi kontes The Voice Kids .",
        language="id",
    )
    assert ("The Hollow Hours", "MISC") in found
    assert ("The Voice Kids", "MISC") in found


def test_band_opening_with_the_is_an_organisation() -> None:
    found = names("Ia bergabung dengan The Velvet Lanterns pada tahun 1999 .", language="id")
    assert ("The Velvet Lanterns", "ORG") in found


def test_school_name_ends_with_its_region() -> None:
    found = names(
        "Ia mengajar di Politeknik STP Bali setelah lulus dari Institut Seni Budaya Jawa Barat .",
        language="id",
    )
    assert ("Politeknik STP Bali", "ORG") in found
    assert ("Institut Seni Budaya Jawa Barat", "ORG") in found


def test_distinctive_agency_still_leaves_its_country_out() -> None:
    found = names("Kantor Berita Antarmedia Malaysia melaporkan hal itu .", language="id")
    assert ("Kantor Berita Antarmedia", "ORG") in found
    assert ("Malaysia", "LOC") in found


def test_broadcaster_ends_with_tv() -> None:
    found = names("Acara itu disiarkan di saluran Harmoni TV setiap pekan .", language="id")
    assert ("Harmoni TV", "ORG") in found


def test_tv_alone_is_no_name() -> None:
    found = names("Ia menonton TV bersama keluarganya setiap malam .", language="id")
    assert not any("TV" in name for name, _ in found)


def test_street_and_lake_types_in_lower_case_belong_to_the_name() -> None:
    found = names(
        "Kantornya berada di jalan Kenanga Raya , tidak jauh dari danau Lindu .",
        language="id",
    )
    assert ("jalan Kenanga Raya", "LOC") in found
    assert ("danau Lindu", "LOC") in found


def test_street_named_after_a_person_is_a_place() -> None:
    found = names("Pasar itu dipindah ke jalan Cut Nyak Meutia tahun lalu .", language="id")
    assert ("jalan Cut Nyak Meutia", "LOC") in found


def test_boarding_school_is_named_by_its_head() -> None:
    found = names("Ia belajar di Ponpes Nurul Huda Sukamulya selama enam tahun .", language="id")
    assert ("Ponpes Nurul Huda Sukamulya", "LOC") in found


def test_role_word_of_a_team_is_a_title() -> None:
    found = names("Ia menjabat sebagai Team Principal sejak 2010 .", language="id")
    assert not any(label == "ORG" for _, label in found)


def test_class_noun_opening_a_sentence_classes_the_name() -> None:
    found = names("Band Senandung Rimba dibentuk di Medan pada tahun 2001 .", language="id")
    assert ("Senandung Rimba", "ORG") in found
    assert not any(name.startswith("Band") for name, _ in found)


def test_class_noun_beats_a_guess_from_the_words() -> None:
    found = names(
        "Ia kemudian bergabung dengan band Sanggara Raya sebagai drummer .", language="id"
    )
    assert ("Sanggara Raya", "ORG") in found


def test_acronym_with_its_province_is_one_body() -> None:
    found = names("Ia terpilih menjadi anggota DPRD Sulawesi Tengah pada 2009 .", language="id")
    assert ("DPRD Sulawesi Tengah", "ORG") in found


def test_regional_office_names_its_region() -> None:
    found = names("Ia menjabat sebagai Bupati Sleman selama dua periode .", language="id")
    assert ("Sleman", "LOC") in found


def test_possessive_suffix_makes_an_ordinary_word() -> None:
    found = names("Ibunya , Ratih Kusumo , adalah seorang guru .", language="id")
    assert ("Ibunya", "PER") not in found
    assert ("Ratih Kusumo", "PER") in found
