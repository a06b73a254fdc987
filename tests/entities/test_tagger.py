"""The trained tagger: its tokens, features and training data, the shipped model, and how its
names and the rules' findings are joined."""

from __future__ import annotations

from reader.corpus.formats.plaintext import article_from_text
from reader.entities.adjacent import Scored
from reader.entities.evidence import CaseEvidence
from reader.entities.tagger import model
from reader.entities.tagger.data import Span, detokenise, project, spans_of
from reader.entities.tagger.features import Featurizer, line_features, shape, short_shape
from reader.entities.tagger.recognise import TaggerRecognizer, combine, rule_features
from reader.entities.tagger.tokens import islands, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_tokens_keep_initials_and_inner_apostrophes_but_split_possessives_and_hyphens() -> None:
    assert _words("The U.S. envoy met O'Rourke's aide in Vandoria-Kestria.") == [
        "The", "U.S.", "envoy", "met", "O'Rourke", "'s", "aide", "in", "Vandoria", "-",
        "Kestria", ".",
    ]  # fmt: skip


def test_token_offsets_index_the_text() -> None:
    text = "Dr. Anya Brell, 41, left Portvale."
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_islands_cover_capitalised_words_and_two_neighbours_only() -> None:
    tokens = tokenize("we walked on and on for hours until we saw Lake Orrin and then we went home")
    ranges = islands(tokens)
    assert len(ranges) == 1
    lo, hi = ranges[0]
    assert [t.text for t in tokens[lo:hi]] == ["we", "saw", "Lake", "Orrin", "and", "then"]
    assert islands(tokenize("all in lower case")) == []


def test_detokenised_text_reads_as_written_and_offsets_point_at_the_tokens() -> None:
    tokens = ["Marta", "Velk", "(", "Kestria", ")", "said", "it", "'s", '"', "fine", '"', "."]
    text, offsets = detokenise(tokens)
    assert text == 'Marta Velk (Kestria) said it\'s "fine".'
    assert [text[s:e] for s, e in offsets] == tokens


def test_labels_are_projected_onto_the_readers_tokens_by_offsets() -> None:
    text, offsets = detokenise(["Talks", "in", "Port", "Orrin", "ended", "."])
    spans = spans_of(["O", "O", "B-LOC", "I-LOC", "O", "O"], offsets)
    assert spans == [Span(9, 19, "LOC")]
    assert project(tokenize(text), spans) == ["O", "O", "B-LOC", "I-LOC", "O", "O"]


def test_shapes() -> None:
    assert shape("Brell-2") == "Xxxxx-d"
    assert short_shape("Brell-2") == "Xx-d"
    assert short_shape("ÉCOLE") == "X"


def test_features_of_a_written_sentence() -> None:
    text = "Presiden Anya Brell tiba di Jakarta kemarin."
    tokens = tokenize(text)
    features = Featurizer("id").block(tokens, text)
    anya = features[1]
    assert {"w=Anya", "l=anya", "sh=Xx", "cap", "-1l=presiden", "-1wl=title", "+1l=brell"} <= set(
        anya
    )
    assert "start" in features[0] and "bos" in features[0]
    jakarta = features[5]
    assert any(f.startswith("gz=LOC") for f in jakarta)
    assert "-1wl=cue_loc" in jakarta
    assert "eos" in features[-1]


def test_corpus_case_evidence_is_a_feature() -> None:
    evidence = CaseEvidence({"harbour": 9}, {"brell": 4})
    featurizer = Featurizer("en", evidence)
    text = "Harbour talks with Brell"
    features = featurizer.block(tokenize(text), text)
    assert "ev=low" in features[0]
    assert "ev=cap" in features[3]


def test_all_caps_and_title_case_lines_are_features() -> None:
    assert line_features("PORTVALE MAYOR QUITS AFTER VOTE") == ["line=caps"]
    assert line_features("Portvale Mayor Quits After Vote") == ["line=title"]
    assert line_features("The mayor of Portvale quit after the vote.") == []


def test_rule_findings_become_features_of_their_tokens() -> None:
    text = "kata Anya Brell di Portvale"
    tokens = tokenize(text)
    found = [Scored(0, 5, 15, "PER", 2, "Anya Brell"), Scored(0, 19, 27, "LOC", 1, "Portvale")]
    assert rule_features(tokens, found, "id") == [
        ["r=O"], ["r=B-PER", "rs=PER2"], ["r=I-PER", "rs=PER2"], ["r=O"], ["r=B-LOC", "rs=LOC1"],
    ]  # fmt: skip


def test_indonesian_keeps_the_rules_sure_names_and_adds_the_models_elsewhere() -> None:
    rules = [Scored(0, 0, 10, "LOC", 3, "Korvania X"), Scored(0, 30, 35, "PER", 1, "Brell")]
    spans = [(0, 10, "ORG", 0.6), (15, 22, "ORG", 0.95), (30, 35, "LOC", 0.4)]
    assert combine(spans, rules, "id") == [
        (0, 10, "LOC", 3),
        (15, 22, "ORG", 2),
        (30, 35, "LOC", 1),  # the model's name where the rules only guessed
    ]


def test_indonesian_rules_glued_names_are_split_where_the_model_is_sure() -> None:
    rules = [Scored(0, 0, 20, "PER", 2, "XYZ Anya Brell Dore")]
    spans = [(0, 3, "ORG", 0.97), (4, 20, "PER", 0.99)]
    assert combine(spans, rules, "id") == [(0, 3, "ORG", 2), (4, 20, "PER", 2)]


def test_english_follows_the_model() -> None:
    rules = [Scored(0, 0, 8, "LOC", 3, "Portvale"), Scored(0, 20, 25, "PER", 2, "Brell")]
    spans = [(0, 8, "LOC", 0.99), (10, 15, "ORG", 0.5)]
    assert combine(spans, rules, "en") == [(0, 8, "LOC", 3), (10, 15, "ORG", 1)]


def _article(text: str, name: str = "a.txt"):
    article = article_from_text(name, text, digest=name)
    assert article is not None
    return article


STORY = (
    "Portvale council rejects harbour plan\n\n"
    "The mayor of Portvale, Anya Brell, said on Monday that the council of Portvale would not "
    'sell the old harbour to Kestrel Shipping Ltd. "We will keep it," Brell told reporters '
    "in Marlow.\n"
)


def test_the_shipped_models_load_and_give_the_same_names_on_every_run() -> None:
    assert model.available("en") and model.available("id")
    article = _article(STORY)
    first = TaggerRecognizer().scan(article)
    second = TaggerRecognizer().scan(article)
    assert first == second
    found = {(s.text, s.label) for s in first}
    assert ("Anya Brell", "PER") in found
    assert ("Kestrel Shipping Ltd", "ORG") in found or ("Kestrel Shipping", "ORG") in found


def test_weights_files_are_small() -> None:
    total = sum(model.weights_path(lang).stat().st_size for lang in ("en", "id"))
    assert total <= 25_000_000


def _names(text: str) -> list[tuple[str, str, str]]:
    from reader.entities.pipeline import analyse

    article = _article(text)
    analysis = analyse([article])
    return [
        (article.blocks[m.block].text[m.start : m.end], m.label, article.blocks[m.block].kind)
        for m in analysis.mentions[article.id]
    ]


def test_titles_and_roles_stay_out_of_the_spans() -> None:
    english = _names("Prime Minister Anya Brell met Governor Tomas Velk in Portvale, aides said.\n")
    assert ("Anya Brell", "PER", "paragraph") in english
    assert ("Tomas Velk", "PER", "paragraph") in english
    indonesian = _names(
        "Presiden Anya Brell bertemu Gubernur Tomas Velk di Portvale, kata juru bicara "
        "Kementerian Luar Negeri kepada wartawan.\n"
    )
    assert {("Anya Brell", "PER"), ("Tomas Velk", "PER")} <= {(t, lab) for t, lab, _ in indonesian}


def test_days_and_months_are_no_names() -> None:
    found = _names("Menteri Tomas Velk tiba di Portvale pada Senin, 3 Januari, kata dia.\n")
    assert not [t for t, _, _ in found if t in {"Senin", "Januari"}]


def test_a_headline_name_is_cut_and_labelled_as_the_body_writes_it() -> None:
    found = _names(
        "Kestrel Wins Harbour Deal\n\n"
        "The shipping group Kestrel said on Monday it had won the harbour contract. "
        "Kestrel will pay four million.\n\nKestrel shares rose.\n"
    )
    headline = [(t, lab) for t, lab, kind in found if kind == "title"]
    body = {lab for t, lab, kind in found if kind != "title" and t == "Kestrel"}
    assert len(body) == 1
    assert headline == [("Kestrel", next(iter(body)))]
