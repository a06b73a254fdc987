"""Rules over neighbouring names in a block, and word-shape rules that drop what is no name."""

from __future__ import annotations

from tests.entities.recognition_helpers import names


def test_spaced_hyphen_joins_one_name() -> None:
    found = names(
        "Pada tahun 2009 grup itu bubar , kemudian Ji - Woo bersolo karier di Busan .",
        language="id",
    )
    assert ("Ji - Woo", "PER") in found


def test_spaced_hyphen_between_two_countries_keeps_them_apart() -> None:
    found = names("Hubungan Vietnam - Kamboja membaik sejak tahun lalu .", language="id")
    assert ("Vietnam", "LOC") in found
    assert ("Kamboja", "LOC") in found


def test_dateline_before_a_spaced_hyphen_stays_a_place() -> None:
    found = names(
        "JAKARTA - Wiratmo mengatakan bahwa rapat itu akan digelar pekan depan.", language="id"
    )
    assert ("Wiratmo", "PER") in found
    assert not any(" - " in name for name, _ in found)


def test_generational_suffix_is_part_of_the_name() -> None:
    found = names(
        "Thomas Whitfield Jr. was born in Ohio, the son of Thomas Whitfield, Sr., a carpenter.",
        language="en",
    )
    assert ("Thomas Whitfield Jr.", "PER") in found
    assert ("Thomas Whitfield, Sr.", "PER") in found


def test_a_word_takes_the_kind_of_its_expansion_in_brackets() -> None:
    found = names(
        "Ia lama menjadi pengurus Kopdasi (Koperasi Desa Sejahtera) sebelum pindah ke Medan.",
        language="id",
    )
    assert ("Kopdasi", "ORG") in found
    assert ("Koperasi Desa Sejahtera", "ORG") in found


def test_a_short_name_in_brackets_takes_the_kind_of_the_body_before_it() -> None:
    found = names(
        "Kementerian Kelautan dan Perikanan (Kemkaper) menolak rencana itu pada Selasa.",
        language="id",
    )
    assert ("Kemkaper", "ORG") in found


def test_a_person_and_a_country_in_brackets_stay_what_they_are() -> None:
    found = names(
        "Di final, Hendrawan (Malaysia) mengalahkan pemain unggulan pertama.", language="id"
    )
    assert ("Malaysia", "LOC") in found
    assert ("Hendrawan", "LOC") not in found


def test_names_around_a_score_are_teams() -> None:
    found = names(
        "Di laga itu Wolverton ditahan Ashbury 2 - 2 pada pekan ketiga liga musim ini.",
        language="id",
    )
    assert ("Wolverton", "ORG") in found
    assert ("Ashbury", "ORG") in found
    english = names("Linfield beat Portavon 3-1 on Saturday, the club said.", language="en")
    assert ("Linfield", "ORG") in english
    assert ("Portavon", "ORG") in english


def test_a_number_of_times_is_no_score() -> None:
    found = names(
        "Menurut warga, Hartono bertemu Wicaksono 2 - 3 kali setiap bulan di pasar.",
        language="id",
    )
    assert ("Hartono", "ORG") not in found
    assert ("Wicaksono", "ORG") not in found


def test_national_teams_stay_countries() -> None:
    found = names("Indonesia mengalahkan Filipina 3 - 0 di Manila tadi malam.", language="id")
    assert ("Indonesia", "LOC") in found
    assert ("Filipina", "LOC") in found


def test_degree_after_a_name_is_not_part_of_it() -> None:
    found = names(
        "Camat pertama adalah Bapak Hartono Wicaksono BA yang kemudian diganti oleh Rudi "
        "Santoso S.H. pada tahun berikutnya.",
        language="id",
    )
    assert ("Hartono Wicaksono", "PER") in found
    assert ("Rudi Santoso", "PER") in found
    assert not any(name in ("BA", "S.H.") for name, _ in found)


def test_code_inside_a_document_number_is_no_name() -> None:
    found = names(
        "Izin itu diberikan lewat surat Nomor 25 / HKM / 1991 dari Departemen Sosial.",
        language="id",
    )
    assert not any(name == "HKM" for name, _ in found)
    assert ("Departemen Sosial", "ORG") in found


def test_short_word_in_capitals_is_an_acronym_not_a_town() -> None:
    found = names(
        "Pasukan gabungan dari PAU dan polisi berjaga di sekitar lokasi sejak pagi hari.",
        language="id",
    )
    assert ("PAU", "LOC") not in found


def test_unit_after_a_number_is_no_name() -> None:
    found = names(
        "Ponsel itu ditopang RAM 4 GB dan memori 64 GB, kata produsennya di Jakarta.",
        language="id",
    )
    assert not any(name == "GB" for name, _ in found)


def test_acronym_and_the_country_of_its_branch_are_one_company() -> None:
    found = names(
        "Album itu dirilis di bawah bendera label RKM Indonesia pada akhir tahun.", language="id"
    )
    assert ("RKM Indonesia", "ORG") in found


def test_side_of_a_village_is_no_place() -> None:
    found = names(
        "Desa ini dibatasi Kecamatan Ngrampal di utara, Sebelah Selatan berbatasan dengan sawah "
        "milik warga.",
        language="id",
    )
    assert ("Sebelah Selatan", "LOC") not in found
    assert ("Kecamatan Ngrampal", "LOC") in found


def test_words_no_person_bears_end_before_a_person() -> None:
    found = names(
        "Film itu hasil kerja sama Produksi Kilat Merah Daniel Moore dengan sebuah studio di "
        "Jakarta.",
        language="id",
    )
    assert ("Daniel Moore", "PER") in found


def test_word_with_a_particle_is_an_ordinary_word() -> None:
    found = names("Ia menjawab, “Itulah sebabnya kami datang ke Surabaya hari ini.”", language="id")
    assert [name for name, _ in found] == ["Surabaya"]
