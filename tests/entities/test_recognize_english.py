"""Recognition in English news: place phrases at a sentence start, place heads, nationality
nouns, contractions and ordinary words, capitals headlines, towns that are surnames."""

from __future__ import annotations

from tests.entities.recognition_helpers import article, names, names_in


def test_place_phrase_opening_a_paragraph_keeps_its_first_word() -> None:
    assert names("New Mexico officials said the fires were out.", "en") == [("New Mexico", "LOC")]
    assert names("West Virginia miner Tom Raddle was rescued on Monday.", "en") == [
        ("West Virginia", "LOC"),
        ("Tom Raddle", "PER"),
    ]


def test_english_place_heads_open_a_place() -> None:
    assert names("The climbers reached the top of Mount Kilimanjaro in March.", "en") == [
        ("Mount Kilimanjaro", "LOC")
    ]
    assert names("Fishing boats crossed Lake Tanganyika and sailed up the River Severn.", "en") == [
        ("Lake Tanganyika", "LOC"),
        ("River Severn", "LOC"),
    ]


def test_a_head_before_an_organisation_tail_is_part_of_the_organisation() -> None:
    assert names("She studied history at Lake Forest College for two years.", "en") == [
        ("Lake Forest College", "ORG")
    ]


def test_nations_of_the_united_kingdom_are_places() -> None:
    assert names("Scotland will play England and then meet Wales in the final.", "en") == [
        ("Scotland", "LOC"),
        ("England", "LOC"),
        ("Wales", "LOC"),
    ]


def test_plural_nationality_words_are_misc() -> None:
    assert names("The Germans beat the Koreans on penalties.", "en") == [
        ("Germans", "MISC"),
        ("Koreans", "MISC"),
    ]


def test_a_nationality_noun_is_no_part_of_the_name_after_it() -> None:
    assert names("She finished ahead of Frenchman Pierre Lacombe in the sprint.", "en") == [
        ("Frenchman", "MISC"),
        ("Pierre Lacombe", "PER"),
    ]


def test_contractions_are_never_names() -> None:
    text = "\"We're ready and I'm confident, but I've seen worse,\" said Tom Raddle."
    assert names(text, "en") == [("Tom Raddle", "PER")]


def test_hyphenated_ordinary_words_are_never_names() -> None:
    text = "Prices made a U-turn after Part-time deals and Under-pressure talks."
    assert names(text, "en") == []


def test_hyphenated_capitalised_words_inside_a_sentence_are_names() -> None:
    text = "Shares of Coca-Cola and Hewlett-Packard rose on Monday."
    assert [name for name, _ in names(text, "en")] == ["Coca-Cola", "Hewlett-Packard"]


def test_a_hyphenated_surname_after_a_given_name_stays_in_the_name() -> None:
    assert names("The award went to Anna Young-Smith on Friday.", "en") == [
        ("Anna Young-Smith", "PER")
    ]


def test_ordinary_words_capitalised_are_not_a_person() -> None:
    found = dict(names("Money from the National Lottery paid for the new stand.", "en"))
    assert found == {"National Lottery": "MISC"}
    found = dict(names("Support for Labour fell by four points in the poll.", "en"))
    assert found == {"Labour": "MISC"}


def test_the_before_an_unknown_name_says_it_is_no_person() -> None:
    assert names("Fans queued all night to see the Brexley Thunderbolts.", "en") == [
        ("Brexley Thunderbolts", "MISC")
    ]


def test_words_of_a_capitals_headline_need_evidence() -> None:
    text = "STEEL OUTPUT FALLS SHARPLY IN BELGIUM\nSteel output in Belgium fell 12 pct in March."
    found = names_in(article(text, language="en", kinds={0: "title"}))[0]
    assert found == [("BELGIUM", "LOC"), ("Belgium", "LOC")]


def test_an_ordinary_word_in_capitals_opening_a_line_is_no_acronym() -> None:
    assert names("NOTE: the figures are unaudited.", "en") == []
    assert dict(names("FSB shares rose 3 pct, the bank said.", "en")) == {"FSB": "ORG"}


def test_initials_before_family_names_are_people() -> None:
    assert names("The side: full-back R Ellery, T Bascombe, M Fairley.", "en") == [
        ("R Ellery", "PER"),
        ("T Bascombe", "PER"),
        ("M Fairley", "PER"),
    ]


def test_a_town_named_like_a_person_in_the_article_is_that_person() -> None:
    text = (
        "Ashford demands more effort\n"
        "England coach Peter Ashford has asked his players for more effort.\n"
        '"We can do better," said Ashford.'
    )
    found = names_in(article(text, language="en", kinds={0: "title"}))[0]
    assert found == [
        ("Ashford", "PER"),
        ("England", "LOC"),
        ("Peter Ashford", "PER"),
        ("Ashford", "PER"),
    ]


def test_a_town_after_a_preposition_of_place_stays_a_place() -> None:
    assert names("The factory in Ashford closed last year.", "en") == [("Ashford", "LOC")]


def test_a_bare_name_in_a_capitals_headline_is_a_body_unless_the_story_says_otherwise() -> None:
    text = (
        "BRANTLEY SAVINGS YEAR NET\n"
        "Net 52.9 mln vs 21.9 mln.\n"
        "HALLORAN SAYS TALKS WILL RESUME\n"
        "Trade minister Peter Halloran said the talks will resume."
    )
    found = names_in(article(text, language="en", kinds={0: "title", 2: "heading"}))[0]
    assert found == [
        ("BRANTLEY", "ORG"),
        ("HALLORAN", "PER"),
        ("Peter Halloran", "PER"),
    ]
