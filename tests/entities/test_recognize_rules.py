"""One test per recognition rule, on Indonesian and English sentences written for these tests."""

from __future__ import annotations

from tests.entities.recognition_helpers import article, names, names_in


def test_title_is_stripped_and_the_country_in_it_is_a_place() -> None:
    found = names("Menteri Luar Negeri Norwegia Ingrid Halvorsen tiba di Hanoi pada Selasa.")
    assert ("Norwegia", "LOC") in found
    assert ("Ingrid Halvorsen", "PER") in found
    assert ("Hanoi", "LOC") in found
    assert not any("Menteri" in name or "Selasa" in name for name, _ in found)


def test_english_title_and_reporting_verb() -> None:
    found = names(
        "Prime Minister Helena Marsh visited Nairobi on Monday, a spokesman for the Ministry "
        "of Foreign Affairs said.",
        language="en",
    )
    assert ("Helena Marsh", "PER") in found
    assert ("Nairobi", "LOC") in found
    assert ("Ministry of Foreign Affairs", "ORG") in found
    assert not any(name in ("Prime", "Monday", "Prime Minister") for name, _ in found)


def test_generic_state_body_keeps_its_country() -> None:
    found = names(
        "Hal itu disampaikan juru bicara Kementerian Perdagangan Malaysia, Ahmad Fauzi, di "
        "Kuala Lumpur."
    )
    assert ("Kementerian Perdagangan Malaysia", "ORG") in found
    assert ("Ahmad Fauzi", "PER") in found
    assert ("Kuala Lumpur", "LOC") in found


def test_distinctive_organisation_name_leaves_the_country_out() -> None:
    found = names("Menurut laporan Kantor Berita Xinhua Tiongkok, pertemuan itu berlangsung lama.")
    assert ("Kantor Berita Xinhua", "ORG") in found
    assert ("Tiongkok", "LOC") in found


def test_lower_case_descriptor_is_not_part_of_the_name() -> None:
    found = names("Seperti dilaporkan kantor berita Jepang Kyodo, gempa itu terasa di kota Osaka.")
    assert ("Jepang", "LOC") in found
    assert ("Kyodo", "ORG") in found
    assert ("Osaka", "LOC") in found
    assert not any(name.startswith(("kantor", "kota")) for name, _ in found)


def test_role_then_organisation_then_person() -> None:
    found = names("Pernyataan itu dibacakan juru bicara Interpol Sarah Mitchell kemarin.")
    assert ("Interpol", "ORG") in found
    assert ("Sarah Mitchell", "PER") in found


def test_sentence_initial_common_word_is_dropped_with_corpus_evidence() -> None:
    text = (
        "Kunjungan itu disambut hangat oleh warga.\n"
        "Kunjungan Halvorsen ke Vietnam berlangsung tiga hari, kata pejabat setempat.\n"
        "Para pejabat menyebut kunjungan itu penting."
    )
    found = names(text)
    assert ("Halvorsen", "PER") in found
    assert ("Vietnam", "LOC") in found
    assert not any("Kunjungan" in name or "Para" in name for name, _ in found)


def test_headline_words_are_names_only_with_evidence() -> None:
    text = (
        "Halvorsen Akan Mengunjungi Vietnam Dalam Beberapa Hari\n"
        "Menteri Ingrid Halvorsen akan mengunjungi Hanoi dalam beberapa hari, dan pertemuan "
        "itu dinanti para pengusaha di Vietnam."
    )
    first_line = [n for n in names_in(article(text, kinds={0: "title"}))[0] if n[0] != ""]
    headline = [name for name, _ in first_line[:2]]
    assert headline == ["Halvorsen", "Vietnam"]
    assert not any(word in name for name, _ in first_line for word in ("Akan", "Dalam", "Hari"))


def test_hyphen_between_two_countries_splits_them() -> None:
    found = names("Hubungan Vietnam-Kamboja membaik sejak tahun lalu, kata para analis.")
    assert ("Vietnam", "LOC") in found
    assert ("Kamboja", "LOC") in found


def test_hyphen_inside_a_name_joins_it() -> None:
    found = names("Penyanyi itu tampil bersama Jean-Luc Moreau di Paris.")
    assert ("Jean-Luc Moreau", "PER") in found


def test_place_heads_are_part_of_the_place() -> None:
    found = names(
        "Banjir melanda Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, dekat Gunung Gede."
    )
    for place in ("Desa Sukamaju", "Kecamatan Cibeber", "Kabupaten Cianjur", "Gunung Gede"):
        assert (place, "LOC") in found


def test_lower_case_administrative_unit_joins_but_city_descriptor_does_not() -> None:
    found = names("Warga desa Sukamaju mengungsi ke kota Bandung sejak Senin.")
    assert ("desa Sukamaju", "LOC") in found
    assert ("Bandung", "LOC") in found


def test_state_and_event_heads() -> None:
    found = names("Republik Demokratik Kongo mengenang Perang Kongo Kedua di Kinshasa.")
    assert ("Republik Demokratik Kongo", "LOC") in found
    assert ("Perang Kongo Kedua", "MISC") in found


def test_language_after_bahasa_is_misc_but_the_country_is_a_place() -> None:
    found = names("Ia menulis surat dalam bahasa Jepang kepada warga Jepang di Kobe.")
    assert found.count(("Jepang", "MISC")) == 1
    assert found.count(("Jepang", "LOC")) == 1


def test_state_acronyms_are_places() -> None:
    found = names("Pejabat AS dan UEA bertemu membahas minyak, kata pejabat RRT.")
    assert ("AS", "LOC") in found
    assert ("UEA", "LOC") in found


def test_english_companies_and_nationalities() -> None:
    found = names(
        "Shares of Acme Holdings Inc rose after British regulators approved the deal with "
        "Northwind Airways in London.",
        language="en",
    )
    assert ("Acme Holdings Inc", "ORG") in found
    assert ("British", "MISC") in found
    assert ("Northwind Airways", "ORG") in found
    assert ("London", "LOC") in found


def test_dateline_and_outlet_at_the_start_of_a_paragraph() -> None:
    found = names("SURABAYA, BeritaKita.co.id — Pemerintah kota menutup jalan itu.")
    assert ("SURABAYA", "LOC") in found
    assert ("BeritaKita.co.id", "ORG") in found


def test_block_kinds_fix_labels() -> None:
    doc = article(
        "Rina Wulandari\nMakassar\nBanjir surut pada pagi hari.",
        kinds={0: "byline", 1: "dateline"},
    )
    found = names_in(doc)[0]
    assert ("Rina Wulandari", "PER") in found
    assert ("Makassar", "LOC") in found


def test_one_surface_one_label_across_the_corpus() -> None:
    first = article("Pernyataan itu dibacakan juru bicara Interpol Sarah Mitchell.", ident="one")
    second = article("Interpol menolak berkomentar soal laporan itu.", ident="two")
    _, later = names_in(first, second)
    assert ("Interpol", "ORG") in later


def test_short_form_of_a_person_named_in_full() -> None:
    found = names(
        "Menteri Ingrid Halvorsen tiba pagi ini. Menurut Halvorsen, kerja sama itu penting."
    )
    assert ("Halvorsen", "PER") in found


def test_acronym_takes_the_label_of_the_name_it_abbreviates() -> None:
    found = names(
        "Republik Demokratik Kongo menolak tuduhan itu. Pemerintah RDK meminta penyelidikan."
    )
    assert ("RDK", "LOC") in found


def test_acronym_of_ordinary_words_is_not_a_name() -> None:
    found = names("Korban dibawa ke unit gawat darurat (UGD) rumah sakit setempat.")
    assert found == []


def test_quoted_title_is_misc() -> None:
    found = names('Film "Langit Biru Malam" diputar di Jakarta pekan ini.')
    assert ("Langit Biru Malam", "MISC") in found
    assert ("Jakarta", "LOC") in found


def test_dates_pronouns_and_furniture_are_not_names() -> None:
    found = names("Baca Juga: Dia tiba pada Senin 12 Sep 2023 bersama Mereka.")
    assert found == []


def test_listed_names_share_the_label_of_the_sure_ones() -> None:
    found = names("Banjir merendam Bandung, Cimahi, Sumedang dan Garut sejak pagi.")
    assert [label for _, label in found] == ["LOC"] * 4
