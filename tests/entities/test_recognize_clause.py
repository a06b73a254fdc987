"""Where a name stands in its clause (`clause`): after a class noun and a linker, after a
common noun it qualifies, after a number that counts it, as the subject of a clause."""

from __future__ import annotations

from reader.entities.clause import counted, follows_noun, linked_class, opens_clause
from tests.entities.recognition_helpers import names


def _labels(found: list[tuple[str, str]], surface: str) -> set[str]:
    return {label for name, label in found if name == surface}


def test_a_band_named_by_a_linker_is_an_organisation() -> None:
    found = names(
        "Ia sempat bernyanyi untuk sebuah band amatir bernama Lentera Sore di Medan .",
        language="id",
    )
    assert ("Lentera Sore", "ORG") in found


def test_a_club_called_by_a_given_name_is_still_the_club() -> None:
    found = names(
        "Penggemarnya membentuk klub resmi yang disebut dengan Nadia Lovers sejak 2009 .",
        language="id",
    )
    assert ("Nadia Lovers", "ORG") in found


def test_examples_after_a_class_noun_take_its_kind() -> None:
    found = names(
        "Pulau ini memiliki sejumlah pantai seperti Lamaru Indah yang ramai pada hari libur .",
        language="id",
    )
    assert ("Lamaru Indah", "LOC") in found


def test_a_person_named_after_a_kinship_noun_and_a_linker() -> None:
    found = names("Ia dilayani oleh putri Raja Kalinga yang bernama Sekar .", language="id")
    assert ("Sekar", "PER") in found


def test_linked_class_reads_within_the_phrase_only() -> None:
    assert linked_class("sebuah band penutup amatir ", "bernama") == ("ORG", 3)
    assert linked_class("sejumlah pantai ", "seperti") == ("LOC", 2)
    assert linked_class("band itu , ", "seperti") == ("", 0)  # the comma ends the phrase
    assert linked_class("sebuah band ", "bersama") == ("", 0)  # no linker


def test_a_guessed_name_after_a_common_noun_is_no_person() -> None:
    found = names(
        "Pematung itu membuat dua buah patung Kartika yang kini tersimpan di gudang .",
        language="id",
    )
    assert ("Kartika", "PER") not in found


def test_a_name_after_a_noun_that_opens_a_clause_stays_a_person() -> None:
    found = names("Pada tahun yang sama Wiratmoko mengadakan konser di Surabaya .", language="id")
    assert ("Wiratmoko", "PER") in found


def test_follows_noun() -> None:
    text = "patung Kartika | rute perjalanan Laksana | nama Laksana | daripada Laksana"
    assert follows_noun(text, text.index("Kartika"))
    assert follows_noun(text, text.index("Laksana"))  # a pe-…-an noun
    assert not follows_noun(text, text.index("Laksana", text.index("nama")))
    assert not follows_noun(text, text.index("Laksana", text.index("daripada")))


def test_opens_clause() -> None:
    text = "Laksana mengadakan konser . Laksana juga datang . Laksana di sana"
    assert opens_clause(text, text.index(" mengadakan"))
    assert opens_clause(text, text.index(" juga"))
    assert not opens_clause(text, text.index(" di"))


def test_a_counted_kind_of_school_is_no_name() -> None:
    found = names(
        "Pemerintah mendirikan 12 Sekolah Kejuruan di seluruh provinsi itu .", language="id"
    )
    assert not any("Sekolah" in name for name, _ in found)


def test_a_counted_school_with_a_name_of_its_own_is_kept() -> None:
    found = names("Yayasan itu kini mengelola 3 Sekolah Kartini di Kupang .", language="id")
    assert ("Sekolah Kartini", "ORG") in found


def test_counted() -> None:
    text = "didirikan 12 Sekolah , ada ( dua ) buah Sekolah , tiga Desa , di Sekolah"
    assert counted(text, text.index("Sekolah"))
    assert counted(text, text.index("Sekolah", text.index("buah")))
    assert counted(text, text.index("Desa"))
    assert not counted(text, text.index("Sekolah", text.index("di ")))


def test_the_body_of_a_role_after_of() -> None:
    found = names(
        "Pada 2015 Anindya Putri menjadi CEO dari Kirana , menggantikan pendirinya .",
        language="id",
    )
    assert ("Kirana", "ORG") in found


def test_children_of_a_place_are_no_kinship_cue() -> None:
    found = names(
        "Anak - anak Sukamaju biasa bermain di tepi sungai setelah pulang sekolah .",
        language="id",
    )
    assert ("Sukamaju", "PER") not in found


def test_a_guessed_name_that_lies_somewhere_is_a_place() -> None:
    found = names("Selatpanjang terletak di pesisir timur Sumatra .", language="id")
    assert ("Selatpanjang", "LOC") in found
