"""Linking rules on articles written for the tests: label-free identity, initials, name
fronts, acronyms, plurals, glued names, shared parts that must not merge."""

from __future__ import annotations

from tests.entities.linking_helpers import Linked, article, mark


def test_one_company_is_one_entity_whatever_its_mentions_were_labelled() -> None:
    first = article("a", "Kerrigo naik. Kerrigo merugi. Kerrigo tumbuh.", "id")
    second = article("b", "Saham Kerrigo turun.", "id")
    linked = Linked(
        (first, mark(first, ("Kerrigo", "ORG"), ("Kerrigo", "MISC"), ("Kerrigo", "ORG"))),
        (second, mark(second, ("Kerrigo", "PER"))),
    )
    assert linked.same("Kerrigo")
    entity = linked.entity("Kerrigo")
    assert (entity.label, entity.mentions, entity.articles) == ("ORG", 4, 2)
    assert {label for _, _, label, _ in linked.rows()} == {"ORG"}


def test_a_surname_labelled_two_ways_in_one_article_goes_to_one_person() -> None:
    doc = article("a", "Menteri Dewi Marlina tiba. Marlina senang. Marlina pulang.", "id")
    found = mark(doc, ("Dewi Marlina", "PER"), ("Marlina", "PER"), ("Marlina", "ORG"))
    linked = Linked((doc, found))
    assert linked.same("Dewi Marlina", "Marlina")


def test_initials_link_to_the_one_full_name_they_abbreviate() -> None:
    first = article("a", "Striker Matteo Ravello scored twice.")
    second = article("b", "M Ravello and J. K. Orwen both played.")
    third = article("c", "Julia Kate Orwen said nothing.")
    linked = Linked(
        (first, mark(first, ("Matteo Ravello", "PER"))),
        (second, mark(second, ("M Ravello", "PER"), ("J. K. Orwen", "PER"))),
        (third, mark(third, ("Julia Kate Orwen", "PER"))),
    )
    assert linked.same("M Ravello", "Matteo Ravello")
    assert linked.same("J. K. Orwen", "Julia Kate Orwen")
    assert linked.entity("M Ravello").name == "Matteo Ravello"


def test_initials_shared_by_two_full_names_stay_apart() -> None:
    first = article("a", "Matteo Ravello and Marco Ravello are brothers.")
    second = article("b", "M Ravello scored.")
    linked = Linked(
        (first, mark(first, ("Matteo Ravello", "PER"), ("Marco Ravello", "PER"))),
        (second, mark(second, ("M Ravello", "PER"))),
    )
    assert len({*linked.ids("M Ravello"), *linked.ids("Matteo Ravello")}) == 2
    assert not linked.same("M Ravello", "Marco Ravello")


def test_the_front_of_a_persons_name_links_to_it_across_the_corpus() -> None:
    first = article("a", "Menteri Sari Wulan Pratiwi berpidato.", "id")
    second = article("b", "Sari Wulan menolak. Sari Wulan pergi.", "id")
    linked = Linked(
        (first, mark(first, ("Sari Wulan Pratiwi", "PER"))),
        (second, mark(second, ("Sari Wulan", "PER"), ("Sari Wulan", "PER"))),
    )
    assert linked.same("Sari Wulan", "Sari Wulan Pratiwi")


def test_a_front_shared_by_two_people_stays_its_own_name() -> None:
    first = article("a", "Sari Wulan Pratiwi dan Sari Wulan Hartati hadir.", "id")
    second = article("b", "Sari Wulan menolak.", "id")
    linked = Linked(
        (first, mark(first, ("Sari Wulan Pratiwi", "PER"), ("Sari Wulan Hartati", "PER"))),
        (second, mark(second, ("Sari Wulan", "PER"))),
    )
    assert len(linked.entities) == 3


def test_a_name_glued_once_never_takes_over_a_much_used_short_form() -> None:
    first = article("a", "Pendukung Tim Rendra bersorak.", "id")
    rows = [(first, mark(first, ("Tim Rendra", "PER")))]
    for number in range(30):
        doc = article(f"n{number}", "Rendra berkampanye.", "id")
        rows.append((doc, mark(doc, ("Rendra", "PER"))))
    linked = Linked(*rows)
    assert not linked.same("Rendra", "Tim Rendra")
    assert linked.entity("Rendra", "n0").name == "Rendra"


def test_an_acronym_links_to_its_expansion_in_other_articles() -> None:
    first = article("a", "The Northern Fishing Board (NFB) met. The NFB agreed.")
    second = article("b", "NFB inspectors arrived.")
    linked = Linked(
        (first, mark(first, ("Northern Fishing Board", "ORG"), ("NFB", "ORG"), ("NFB", "ORG"))),
        (second, mark(second, ("NFB", "ORG"))),
    )
    assert linked.same("NFB", "Northern Fishing Board")


def test_a_short_acronym_links_to_the_expansion_written_beside_it() -> None:
    first = article("a", "The Westland Union met. The WU agreed.")
    second = article("b", "WU ministers arrived.")
    linked = Linked(
        (first, mark(first, ("Westland Union", "ORG"), ("WU", "ORG"))),
        (second, mark(second, ("WU", "LOC"))),
    )
    assert linked.same("WU", "Westland Union")


def test_an_article_before_an_expansion_stays_out_of_it() -> None:
    doc = article("a", "A Westland Union spokesman spoke. The Westland Union (WU) agreed.")
    found = mark(doc, ("A Westland Union", "ORG"), ("Westland Union", "ORG"), ("WU", "ORG"))
    linked = Linked((doc, found))
    texts = [text for _, text, _, _ in linked.rows()]
    assert texts == ["Westland Union", "Westland Union", "WU"]
    assert linked.same("Westland Union", "WU")
    assert linked.entity("WU").name == "Westland Union"


def test_a_name_in_the_name_of_an_acronym_is_not_its_expansion() -> None:
    doc = article("a", "KT Mobile grew. KT fell. KT rose.")
    found = mark(doc, ("KT Mobile", "ORG"), ("KT", "ORG"), ("KT", "ORG"))
    assert not Linked((doc, found)).same("KT", "KT Mobile")


def test_plural_acronyms_are_not_another_acronym() -> None:
    first = article("a", "The Public Clerks Society (PCS) union struck. PCS leaders spoke.")
    second = article("b", "Sales of PCs rose.")
    linked = Linked(
        (
            first,
            mark(first, ("Public Clerks Society", "ORG"), ("PCS", "ORG"), ("PCS", "ORG")),
        ),
        (second, mark(second, ("PCs", "MISC"))),
    )
    assert linked.same("PCS", "Public Clerks Society")
    assert not linked.same("PCs", "PCS")


def test_plurals_link_to_their_singular_written_beside_them() -> None:
    doc = article("a", "The Lantern Awards came. A Lantern Award went to the Wessingtons. Tories.")
    found = mark(doc, ("Lantern Awards", "MISC"), ("Lantern Award", "MISC"))
    other = article("b", "The Tories and a Tory spoke.")
    linked = Linked((doc, found), (other, mark(other, ("Tories", "ORG"), ("Tory", "ORG"))))
    assert linked.same("Lantern Awards", "Lantern Award")
    assert linked.same("Tories", "Tory")


def test_plurals_apart_or_of_people_stay_apart() -> None:
    first = article("a", "The Chronicles reported.")
    second = article("b", "The Chronicle reported.")
    third = article("c", "Rhian Hollands met Sam Holland. Hollands said no. Holland said yes.")
    linked = Linked(
        (first, mark(first, ("Chronicles", "ORG"))),
        (second, mark(second, ("Chronicle", "ORG"))),
        (
            third,
            mark(
                third,
                ("Rhian Hollands", "PER"),
                ("Sam Holland", "PER"),
                ("Hollands", "PER"),
                ("Holland", "PER"),
            ),
        ),
    )
    assert not linked.same("Chronicles", "Chronicle")
    assert not linked.same("Hollands", "Holland")


def test_a_person_glued_to_a_party_acronym_is_split_off() -> None:
    doc = article("a", "Ketua PKXR Budi Wicaksono hadir. Budi mengatakan PKXR menang.", "id")
    found = mark(doc, ("PKXR Budi Wicaksono", "PER"), ("Budi", "PER"), ("PKXR", "ORG"))
    rows = [(text, label) for _, text, label, _ in Linked((doc, found)).rows()]
    assert rows == [("PKXR", "ORG"), ("Budi Wicaksono", "PER"), ("Budi", "PER"), ("PKXR", "ORG")]


def test_a_person_glued_to_an_agency_or_a_club_is_split_off() -> None:
    doc = article(
        "a",
        "Juru bicara BNKR Rina Wulandari berkata. Rina menolak. "
        "Pelatih Partai Sentosa, Contoh United Rudi Hartono, tiba. Contoh United kalah. Hartono sedih.",
        "id",
    )
    found = mark(
        doc,
        ("BNKR Rina Wulandari", "ORG"),
        ("Rina", "PER"),
        ("Contoh United Rudi Hartono", "PER"),
        ("Contoh United", "ORG"),
        ("Hartono", "PER"),
    )
    linked = Linked((doc, found))
    rows = [(text, label) for _, text, label, _ in linked.rows()]
    assert rows[:2] == [("BNKR", "ORG"), ("Rina Wulandari", "PER")]
    assert ("Contoh United", "ORG") in rows and ("Rudi Hartono", "PER") in rows
    assert linked.same("Rina Wulandari", "Rina")


def test_names_that_only_look_glued_stay_whole() -> None:
    doc = article(
        "a",
        "Jordan Hendarto menang di Jordan. Hendarto senang. BXR Sport tumbuh. Sport sehat.",
        "id",
    )
    found = mark(
        doc,
        ("Jordan Hendarto", "PER"),
        ("Jordan", "LOC"),
        ("Hendarto", "PER"),
        ("BXR Sport", "ORG"),
    )
    texts = [text for _, text, _, _ in Linked((doc, found)).rows()]
    assert texts == ["Jordan Hendarto", "Jordan", "Hendarto", "BXR Sport"]


def test_a_shared_part_alone_never_merges_two_bodies() -> None:
    doc = article(
        "a",
        "Komisi Sebelas Dewan Contoh bersidang. Dewan Contoh setuju. "
        "Bank of Westmoor and Bank of Eastmoor merged talks. Bank of Westmoor said.",
        "id",
    )
    found = mark(
        doc,
        ("Komisi Sebelas Dewan Contoh", "ORG"),
        ("Dewan Contoh", "ORG"),
        ("Bank of Westmoor", "ORG"),
        ("Bank of Eastmoor", "ORG"),
        ("Bank of Westmoor", "ORG"),
    )
    linked = Linked((doc, found))
    assert not linked.same("Komisi Sebelas Dewan Contoh", "Dewan Contoh")
    assert not linked.same("Bank of Westmoor", "Bank of Eastmoor")


def test_short_words_of_a_short_form_do_not_link_by_near_spelling() -> None:
    doc = article("a", "The Lib Dems and the Lib Demos met. Lib Dems won.")
    found = mark(doc, ("Lib Dems", "ORG"), ("Lib Demos", "ORG"), ("Lib Dems", "ORG"))
    assert not Linked((doc, found)).same("Lib Dems", "Lib Demos")


def test_a_name_split_at_its_and_is_joined_where_its_acronym_is_written() -> None:
    doc = article("a", "The Harbour and Canal Board fined Kessel and Marlow. The HCB said so.")
    found = mark(
        doc,
        ("Harbour", "ORG"),
        ("Canal Board", "ORG"),
        ("Kessel", "ORG"),
        ("Marlow", "ORG"),
        ("HCB", "ORG"),
    )
    linked = Linked((doc, found))
    texts = [text for _, text, _, _ in linked.rows()]
    assert texts == ["Harbour and Canal Board", "Kessel", "Marlow", "HCB"]
    assert linked.same("Harbour and Canal Board", "HCB")


def test_a_body_without_its_country_in_front_and_its_acronym_are_one() -> None:
    first = article("a", "The Harbour and Exchange Board (HEB) fined a bank. The HEB said so.")
    second = article("b", "The US Harbour and Exchange Board met. The HEB agreed.")
    linked = Linked(
        (
            first,
            mark(first, ("Harbour and Exchange Board", "ORG"), ("HEB", "ORG"), ("HEB", "ORG")),
        ),
        (second, mark(second, ("US Harbour and Exchange Board", "ORG"), ("HEB", "ORG"))),
    )
    assert linked.same("Harbour and Exchange Board", "US Harbour and Exchange Board", "HEB")


def test_a_club_is_no_short_form_of_a_name_glued_to_a_place_once() -> None:
    first = article("a", "Kaus Jersey Contoh United dijual.", "id")
    rows = [(first, mark(first, ("Jersey Contoh United", "ORG")))]
    for number in range(30):
        doc = article(f"n{number}", "Contoh United menang lagi.", "id")
        rows.append((doc, mark(doc, ("Contoh United", "ORG"))))
    linked = Linked(*rows)
    assert not linked.same("Contoh United", "Jersey Contoh United")
    assert linked.entity("Contoh United", "n0").name == "Contoh United"


def test_a_person_named_by_initials_more_often_is_shown_by_the_full_name() -> None:
    first = article("a", "J. Ravelli bowled. J. Ravelli batted.")
    second = article("b", "Jacopo Ravelli retired.")
    linked = Linked(
        (first, mark(first, ("J. Ravelli", "PER"), ("J. Ravelli", "PER"))),
        (second, mark(second, ("Jacopo Ravelli", "PER"))),
    )
    assert linked.same("J. Ravelli", "Jacopo Ravelli")
    assert linked.entity("J. Ravelli").name == "Jacopo Ravelli"


def test_a_name_repeated_in_brackets_defines_nothing() -> None:
    first = article("a", "REGULATOR ASKS DISMISSAL OF KRW (KRW) FILING")
    second = article("b", "Kerwin Rail Works (KRW) said. KRW shares rose.")
    linked = Linked(
        (first, mark(first, ("REGULATOR ASKS DISMISSAL OF KRW", "ORG"), ("KRW", "ORG"))),
        (second, mark(second, ("Kerwin Rail Works", "ORG"), ("KRW", "ORG"), ("KRW", "ORG"))),
    )
    assert linked.same("KRW", "Kerwin Rail Works")
    assert not linked.same("KRW", "REGULATOR ASKS DISMISSAL OF KRW")


def test_a_city_nickname_made_of_ordinary_words_is_not_the_city() -> None:
    doc = article("a", "The White House spoke. Casablanca was calm. The White House met.")
    found = mark(doc, ("White House", "LOC"), ("Casablanca", "LOC"), ("White House", "LOC"))
    linked = Linked((doc, found))
    assert not linked.same("White House", "Casablanca")
    assert linked.entity("White House").id == "loc:white-house"


def test_initials_shared_by_two_people_go_to_the_one_named_in_the_article() -> None:
    first = article("a", "Marco Ravello retired.")
    second = article("b", "Matteo Ravello scored. M Ravello then left.")
    third = article("c", "M Ravello was absent.")
    linked = Linked(
        (first, mark(first, ("Marco Ravello", "PER"))),
        (second, mark(second, ("Matteo Ravello", "PER"), ("M Ravello", "PER"))),
        (third, mark(third, ("M Ravello", "PER"))),
    )
    assert linked.ids("M Ravello", "b") == linked.ids("Matteo Ravello")
    assert linked.ids("M Ravello", "c").isdisjoint(
        linked.ids("Matteo Ravello") | linked.ids("Marco Ravello")
    )
