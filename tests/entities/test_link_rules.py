"""Each linking rule on small made-up articles, in Indonesian and English."""

from __future__ import annotations

from tests.entities.linking_helpers import Linked, article, mark


def test_full_name_surname_and_misspelling_are_one_person() -> None:
    doc = article(
        "a",
        "Presiden Jerman Angela Merkel tiba di Jakarta.\n"
        "Merkel bertemu para menteri.\n"
        "Kunjungan Angela Merkle berakhir Selasa.",
        "id",
    )
    found = mark(
        doc,
        ("Jerman", "LOC"),
        ("Angela Merkel", "PER"),
        ("Jakarta", "LOC"),
        ("Merkel", "PER"),
        ("Angela Merkle", "PER"),
    )
    linked = Linked((doc, found))
    assert linked.same("Angela Merkel", "Merkel", "Angela Merkle")
    person = linked.entity("Merkel")
    assert (person.id, person.name, person.label) == ("per:angela-merkel", "Angela Merkel", "PER")
    assert person.mentions == 3 and person.articles == 1
    assert person.aliases == ("Angela Merkle", "Merkel")


def test_surname_in_an_article_without_the_full_name_goes_to_the_prominent_person() -> None:
    first = article("a", "Gubernur Budi Santoso meresmikan jembatan. Santoso senang.")
    second = article("b", "Santoso kembali mengkritik anggaran.")
    linked = Linked(
        (first, mark(first, ("Budi Santoso", "PER"), ("Santoso", "PER"))),
        (second, mark(second, ("Santoso", "PER"))),
    )
    assert linked.same("Budi Santoso", "Santoso")


def test_a_bare_name_with_no_full_form_anywhere_is_its_own_entity() -> None:
    doc = article("a", "Pelatih Rahmat memuji timnya.")
    linked = Linked((doc, mark(doc, ("Rahmat", "PER"))))
    assert linked.entity("Rahmat").id == "per:rahmat"


def test_family_name_first_goes_to_the_person_the_article_is_about() -> None:
    doc = article(
        "a",
        "Pemimpin Park Hyun Woo tiba di Busan bersama Park Ji Sung.\n"
        "Park Hyun Woo akan berpidato. Park mengatakan kerja sama penting.\n"
        "Park juga menyebut Lee Min Ho.",
        "id",
    )
    found = mark(
        doc,
        ("Park Hyun Woo", "PER"),
        ("Busan", "LOC"),
        ("Park Ji Sung", "PER"),
        ("Park Hyun Woo", "PER"),
        ("Park", "PER"),
        ("Park", "PER"),
        ("Lee Min Ho", "PER"),
    )
    linked = Linked((doc, found))
    assert linked.same("Park Hyun Woo", "Park")
    assert linked.ids("Park Ji Sung") != linked.ids("Park Hyun Woo")
    assert linked.entity("Park").name == "Park Hyun Woo"


def test_two_full_names_sharing_a_family_name_never_merge() -> None:
    doc = article("a", "Kim Tae Yong bertemu Kim Sang Hoon di Seoul.")
    linked = Linked((doc, mark(doc, ("Kim Tae Yong", "PER"), ("Kim Sang Hoon", "PER"))))
    assert len(linked.entities) == 2


def test_a_bare_family_name_elsewhere_follows_the_name_shortened_that_way() -> None:
    first = article("a", "Kim Tae Yong tiba. Kim berbicara. Kim pulang. Kim Sang Hoon hadir.", "id")
    second = article("b", "Kim kembali ke ibu kota.", "id")
    linked = Linked(
        (
            first,
            mark(
                first,
                ("Kim Tae Yong", "PER"),
                ("Kim", "PER"),
                ("Kim", "PER"),
                ("Kim Sang Hoon", "PER"),
            ),
        ),
        (second, mark(second, ("Kim", "PER"))),
    )
    assert linked.ids("Kim", "b") == linked.ids("Kim Tae Yong")


def test_hyphen_and_space_variants_are_one_name() -> None:
    first = article("a", "Park Chul-soo menang.")
    second = article("b", "Park Chul Soo kalah. Warga Park Chulsoo hadir.")
    linked = Linked(
        (first, mark(first, ("Park Chul-soo", "PER"))),
        (second, mark(second, ("Park Chul Soo", "PER"), ("Park Chulsoo", "PER"))),
    )
    assert linked.same("Park Chul-soo", "Park Chul Soo", "Park Chulsoo")


def test_a_misspelt_given_name_across_articles_is_the_same_person() -> None:
    first = article("a", "spokeswoman Katherine Dobbs said on Monday.", "en")
    second = article("b", "spokeswoman Kathrine Dobbs said the talks went well.", "en")
    linked = Linked(
        (first, mark(first, ("Katherine Dobbs", "PER"))),
        (second, mark(second, ("Kathrine Dobbs", "PER"))),
    )
    assert linked.same("Katherine Dobbs", "Kathrine Dobbs")


def test_near_surnames_in_different_articles_stay_apart_without_evidence() -> None:
    first = article("a", "Lawyer John Smith said the case was closed.", "en")
    second = article("b", "Author John Smyth signed copies.", "en")
    linked = Linked(
        (first, mark(first, ("John Smith", "PER"))),
        (second, mark(second, ("John Smyth", "PER"))),
    )
    assert not linked.same("John Smith", "John Smyth")


def test_a_rare_misspelt_surname_of_a_well_known_person_is_linked() -> None:
    known = article(
        "a", "John Smith spoke. John Smith left. John Smith returned. John Smith won.", "en"
    )
    typo = article("b", "Reporters asked John Smyth about it.", "en")
    linked = Linked(
        (known, mark(known, *[("John Smith", "PER")] * 4)),
        (typo, mark(typo, ("John Smyth", "PER"))),
    )
    assert linked.same("John Smith", "John Smyth")


def test_bracketed_acronym_definition_links_across_articles() -> None:
    first = article(
        "a", "Kementerian Luar Negeri (Kemlu) memanggil duta besar. Kemlu menyesalkan.", "id"
    )
    second = article("b", "Juru bicara Kemlu menolak berkomentar.", "id")
    linked = Linked(
        (
            first,
            mark(
                first,
                ("Kementerian Luar Negeri", "ORG"),
                ("Kemlu", "ORG"),
                ("Kemlu", "ORG"),
            ),
        ),
        (second, mark(second, ("Kemlu", "ORG"))),
    )
    assert linked.same("Kementerian Luar Negeri", "Kemlu")
    assert linked.entity("Kemlu").name == "Kementerian Luar Negeri"


def test_english_acronym_defined_after_an_indonesian_name() -> None:
    doc = article(
        "a",
        "Kata juru bicara Badan Keamanan Transportasi Nasional (NTSB) kemarin.\n"
        "NTSB akan merilis laporan.",
        "id",
    )
    found = mark(
        doc, ("Badan Keamanan Transportasi Nasional", "ORG"), ("NTSB", "ORG"), ("NTSB", "ORG")
    )
    assert Linked((doc, found)).same("Badan Keamanan Transportasi Nasional", "NTSB")


def test_a_place_in_brackets_after_a_name_is_not_a_definition() -> None:
    doc = article("a", "Pelabuhan Tanjung Perak (Indonesia) ramai.", "id")
    found = mark(doc, ("Tanjung Perak", "LOC"), ("Indonesia", "LOC"))
    linked = Linked((doc, found))
    assert not linked.same("Tanjung Perak", "Indonesia")
    assert linked.entity("Indonesia").id == "loc:indonesia"


def test_acronym_spelled_by_a_name_in_the_same_article() -> None:
    doc = article("a", "The European Central Bank raised rates. The ECB said inflation fell.", "en")
    found = mark(doc, ("European Central Bank", "ORG"), ("ECB", "ORG"))
    assert Linked((doc, found)).same("European Central Bank", "ECB")


def test_country_names_across_languages_and_acronyms_are_one_place() -> None:
    indonesian = article("a", "Jerman dan AS sepakat. Amerika Serikat menambah bantuan.", "id")
    english = article("b", "Germany and the U.S. agreed. The United States added aid.", "en")
    linked = Linked(
        (
            indonesian,
            mark(indonesian, ("Jerman", "LOC"), ("AS", "ORG"), ("Amerika Serikat", "LOC")),
        ),
        (english, mark(english, ("Germany", "LOC"), ("U.S.", "LOC"), ("United States", "LOC"))),
    )
    assert linked.same("Jerman", "Germany")
    assert linked.same("AS", "U.S.", "Amerika Serikat", "United States")
    usa = linked.entity("AS")
    assert usa.id == "loc:united-states" and usa.label == "LOC"
    assert linked.entity("Germany").id == "loc:germany"


def test_state_forms_and_official_acronyms_name_the_country() -> None:
    doc = article(
        "a",
        "Republik Rakyat Tiongkok (RRT) menolak. Tiongkok menyebut China tidak bersalah.\n"
        "Sikap Tiongkok tegas.\n"
        "Delegasi Republik Federal Jerman tiba di Jerman.",
        "id",
    )
    found = mark(
        doc,
        ("Republik Rakyat Tiongkok", "LOC"),
        ("RRT", "LOC"),
        ("Tiongkok", "LOC"),
        ("China", "LOC"),
        ("Tiongkok", "LOC"),
        ("Republik Federal Jerman", "LOC"),
        ("Jerman", "LOC"),
    )
    linked = Linked((doc, found))
    assert linked.same("Republik Rakyat Tiongkok", "RRT", "Tiongkok", "China")
    assert linked.same("Republik Federal Jerman", "Jerman")
    assert linked.entity("China").name == "Tiongkok"


def test_city_spellings_in_two_languages_are_one_city() -> None:
    first = article("a", "Delegasi tiba di Kairo pada Senin.", "id")
    second = article("b", "The delegation arrived in Cairo on Monday.", "en")
    linked = Linked(
        (first, mark(first, ("Kairo", "LOC"))), (second, mark(second, ("Cairo", "LOC")))
    )
    assert linked.same("Kairo", "Cairo")
    assert linked.entity("Kairo").id == "loc:cairo"


def test_institution_without_its_country_links_to_the_one_named_in_the_article() -> None:
    doc = article(
        "a",
        "Kementerian Pertahanan Jerman membantah. Kementerian Pertahanan menyebut laporan keliru.",
        "id",
    )
    found = mark(doc, ("Kementerian Pertahanan Jerman", "ORG"), ("Kementerian Pertahanan", "ORG"))
    assert Linked((doc, found)).same("Kementerian Pertahanan Jerman", "Kementerian Pertahanan")


def test_a_leading_the_and_legal_forms_do_not_make_another_name() -> None:
    doc = article("a", "The Daily Ledger reported that Daily Ledger Inc. was sold.", "en")
    found = mark(doc, ("The Daily Ledger", "ORG"), ("Daily Ledger Inc.", "ORG"))
    assert Linked((doc, found)).same("The Daily Ledger", "Daily Ledger Inc.")


def test_one_label_per_entity_and_mentions_relabelled() -> None:
    doc = article(
        "a",
        "Bank Sentosa untung. Bank Sentosa rugi. Bank Sentosa tumbuh. Italia dan Italia menang.",
        "id",
    )
    found = mark(
        doc,
        ("Bank Sentosa", "ORG"),
        ("Bank Sentosa", "ORG"),
        ("Bank Sentosa", "LOC"),
        ("Italia", "ORG"),
        ("Italia", "ORG"),
    )
    linked = Linked((doc, found))
    labels = {(text, label) for _, text, label, _ in linked.rows()}
    assert labels == {("Bank Sentosa", "ORG"), ("Italia", "LOC")}


def test_surnames_link_across_labels_only_in_the_article_of_the_person() -> None:
    doc = article("a", "Penyanyi Dewi Lestari merilis album. Lestari tampil memukau.", "id")
    found = mark(doc, ("Dewi Lestari", "PER"), ("Lestari", "MISC"))
    linked = Linked((doc, found))
    assert linked.same("Dewi Lestari", "Lestari")
    assert {label for _, _, label, _ in linked.rows()} == {"PER"}


def test_the_same_input_gives_the_same_ids_every_run() -> None:
    doc = article("a", "Presiden Joko Santoso bertemu Kim Tae Yong. Santoso dan Kim tertawa.")
    found = mark(
        doc,
        ("Joko Santoso", "PER"),
        ("Kim Tae Yong", "PER"),
        ("Santoso", "PER"),
        ("Kim", "PER"),
    )
    first, second = Linked((doc, found)), Linked((doc, list(found)))
    assert first.rows() == second.rows()
    assert first.entities == second.entities


def test_every_mention_gets_an_entity_that_counts_it() -> None:
    doc = article("a", "Rapat di Surabaya. Surabaya hujan. Warga Bandung datang.")
    found = mark(doc, ("Surabaya", "LOC"), ("Surabaya", "LOC"), ("Bandung", "LOC"))
    linked = Linked((doc, found))
    assert all(m.entity in linked.entities for m in linked.mentions["a"])
    assert sum(e.mentions for e in linked.entities.values()) == 3


def test_an_organisation_with_descriptive_words_is_the_organisation() -> None:
    first = article("a", "Menurut kantor berita Sinarpos, harga naik.", "id")
    second = article("b", "Kantor Berita Sinarpos melaporkan banjir. Dewan Pengawas LPS bersidang.")
    third = article("c", "Kantor LPS di Medan sepi.")
    linked = Linked(
        (first, mark(first, ("Sinarpos", "ORG"))),
        (
            second,
            mark(second, ("Kantor Berita Sinarpos", "ORG"), ("Dewan Pengawas LPS", "ORG")),
        ),
        (third, mark(third, ("LPS", "ORG"))),
    )
    assert linked.same("Sinarpos", "Kantor Berita Sinarpos")
    assert not linked.same("LPS", "Dewan Pengawas LPS")


def test_a_name_extended_by_two_organisations_stays_apart() -> None:
    doc = article("a", "Bank Mandala dan Mandala Sekuritas serta Mandala berbeda.")
    found = mark(doc, ("Bank Mandala", "ORG"), ("Mandala Sekuritas", "ORG"), ("Mandala", "ORG"))
    linked = Linked((doc, found))
    assert len(linked.entities) == 3


def test_linked_counts_match_the_mentions_and_articles() -> None:
    first = article(
        "a", "Presiden Budi Santoso tiba. Santoso senang. Kim Tae Yong dan Kim hadir.", "id"
    )
    second = article("b", "Santoso kembali. Kim juga. Santoso lagi.", "id")
    linked = Linked(
        (
            first,
            mark(
                first,
                ("Budi Santoso", "PER"),
                ("Santoso", "PER"),
                ("Kim Tae Yong", "PER"),
                ("Kim", "PER"),
            ),
        ),
        (second, mark(second, ("Santoso", "PER"), ("Kim", "PER"), ("Santoso", "PER"))),
    )
    for entity in linked.entities.values():
        rows = [row for row in linked.rows() if row[3] == entity.id]
        assert entity.mentions == len(rows)
        assert entity.articles == len({row[0] for row in rows})


def test_a_one_word_typo_in_the_same_article_is_the_same_place() -> None:
    doc = article("a", "Warga Malaysia dan pejabat Malysia bertemu.", "id")
    found = mark(doc, ("Malaysia", "LOC"), ("Malysia", "LOC"))
    assert Linked((doc, found)).same("Malaysia", "Malysia")


def test_near_spelled_places_in_different_articles_stay_apart() -> None:
    first = article("a", "Hujan deras di Bandung sejak pagi.", "id")
    second = article("b", "Wisatawan memadati Badung.", "id")
    linked = Linked(
        (first, mark(first, ("Bandung", "LOC"))), (second, mark(second, ("Badung", "LOC")))
    )
    assert not linked.same("Bandung", "Badung")


def test_legal_forms_join_the_company_but_not_a_country() -> None:
    doc = article("a", "PT Sentosa Abadi dan Sentosa Abadi Tbk sama. PT Indonesia lain.", "id")
    found = mark(
        doc,
        ("PT Sentosa Abadi", "ORG"),
        ("Sentosa Abadi Tbk", "ORG"),
        ("PT Indonesia", "ORG"),
    )
    linked = Linked((doc, found))
    assert linked.same("PT Sentosa Abadi", "Sentosa Abadi Tbk")
    assert linked.entity("PT Indonesia").label == "ORG"


def test_a_place_name_labelled_misc_is_kept_apart_as_the_other_thing_it_names() -> None:
    doc = article("a", "Warga Jerman belajar bahasa Jerman di Jerman.", "id")
    found = mark(doc, ("Jerman", "LOC"), ("Jerman", "MISC"), ("Jerman", "LOC"))
    linked = Linked((doc, found))
    rows = linked.rows()
    assert [(label, entity) for _, _, label, entity in rows] == [
        ("LOC", "loc:germany"),
        ("MISC", "misc:jerman"),
        ("LOC", "loc:germany"),
    ]
    assert linked.entities["misc:jerman"].mentions == 1
