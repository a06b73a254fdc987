"""The corpus-wide label pass: votes, guesses, name parts, and its packed one-pass form."""

from __future__ import annotations

from reader.entities.adjacent import Scored
from reader.entities.consistency import LabelVotes, harmonise
from reader.entities.evidence import CaseEvidence
from reader.entities.recognize import Recognizer
from tests.entities.recognition_helpers import article


def _item(text: str, label: str, strength: int, start: int = 0) -> Scored:
    return Scored(0, start, start + len(text), label, strength, text)


def test_a_few_sure_votes_do_not_relabel_a_form_guessed_many_times() -> None:
    guesses = {f"g{n}": [_item("Tahun", "MISC", 1)] for n in range(40)}
    odd = {"odd": [_item("Tahun", "PER", 2)]}
    labels = harmonise({**guesses, **odd})
    assert labels["g0"][0].label == "MISC"


def test_sure_votes_relabel_a_few_guesses() -> None:
    labels = harmonise(
        {
            "sure": [_item("Pentavia", "ORG", 2), _item("Pentavia", "ORG", 2, 20)],
            "guess": [_item("Pentavia", "PER", 1)],
        }
    )
    assert labels["guess"][0].label == "ORG"


def test_a_part_of_a_person_named_in_the_same_article_is_that_person() -> None:
    labels = harmonise(
        {"a": [_item("Ingrid Halvorsen", "PER", 3), _item("Halvorsen", "LOC", 1, 40)]}
    )
    assert labels["a"][1].label == "PER"


def test_a_part_the_corpus_surely_names_otherwise_stays_so() -> None:
    places = {f"p{n}": [_item("Korvania", "LOC", 2)] for n in range(3)}
    misread = {"a": [_item("Korvania Kim Song", "PER", 3), _item("Korvania", "LOC", 2, 40)]}
    labels = harmonise({**places, **misread})
    assert labels["a"][1].label == "LOC"


def test_ordinary_words_are_no_name_parts_when_the_corpus_says_so() -> None:
    evidence = CaseEvidence(lower={"tahun": 5})
    scored = {"a": [_item("Tahun Santoso", "PER", 3), _item("Tahun", "MISC", 1, 40)]}
    assert harmonise(scored, evidence)["a"][1].label == "MISC"
    assert harmonise(scored)["a"][1].label == "PER"


def test_an_acronym_nobody_labelled_takes_its_expansions_label() -> None:
    labels = harmonise(
        {"a": [_item("Republik Demokratik Kongo", "LOC", 3), _item("RDK", "ORG", 1, 40)]}
    )
    assert labels["a"][1].label == "LOC"


def test_votes_added_one_article_at_a_time_decide_like_harmonise() -> None:
    docs = [
        article(
            "Pernyataan itu dibacakan juru bicara Interpol Sarah Mitchell di Lyon.",
            ident="one",
        ),
        article("Interpol menolak berkomentar, kata Mitchell kepada wartawan.", ident="two"),
    ]
    evidence = CaseEvidence.from_articles(docs)
    recognizer = Recognizer(evidence)
    scored = {doc.id: recognizer.scan(doc) for doc in docs}
    votes = LabelVotes(evidence)
    for doc in docs:
        votes.add(doc.id, recognizer.scan(doc))
    decided = votes.decide()
    assert decided == harmonise(scored, evidence)
    found = [(docs[1].blocks[m.block].text[m.start : m.end], m.label) for m in decided["two"]]
    assert ("Interpol", "ORG") in found
    assert ("Mitchell", "PER") in found
