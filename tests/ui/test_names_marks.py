"""Names placed on the display blocks: title, metadata line, body and tags, in reading order."""

from __future__ import annotations

from reader.corpus.model import Article, Block
from reader.entities.model import Mention
from reader.ui.article_layout import TAGS_LABEL, display_blocks
from reader.ui.name_marks import NameMarks, SourceMap


def article_with_meta() -> Article:
    """Blocks: 0 title, 1 byline, 2 paragraph, 3 paragraph, 4 tags."""
    parts = [
        ("title", "Jokowi tiba di Sydney"),
        ("byline", "Budi Santoso"),
        ("paragraph", "Presiden Joko Widodo tiba di Sydney pada Senin."),
        ("paragraph", "Albanese menyambut Jokowi di bandara."),
        ("tags", "Australia, Indonesia"),
    ]
    blocks, position = [], 0
    for kind, text in parts:
        blocks.append(Block(kind, text, position))  # type: ignore[arg-type]
        position += len(text) + 1
    return Article(
        id="a",
        path="a.txt",
        text="\n".join(text for _, text in parts),
        blocks=blocks,
        title=parts[0][1],
        author="Budi Santoso",
    )


def mention(article: Article, block: int, text: str, label: str, entity: str) -> Mention:
    start = article.blocks[block].text.index(text)
    return Mention(block, start, start + len(text), label, entity)  # type: ignore[arg-type]


def test_source_map_converts_both_ways_for_title_meta_body_and_tags() -> None:
    article = article_with_meta()
    blocks = display_blocks(article)
    source_map = SourceMap(blocks)
    kinds = [block.kind for block in blocks]
    for article_block, text in ((0, "Sydney"), (1, "Santoso"), (2, "Widodo"), (4, "Indonesia")):
        offset = article.blocks[article_block].text.index(text)
        shown = source_map.to_display(article_block, offset)
        assert shown is not None
        display_block, display_offset = shown
        assert blocks[display_block].text[display_offset:].startswith(text)
        assert source_map.to_article(display_block, display_offset) == (article_block, offset)
    tags = kinds.index("tags")
    assert source_map.to_display(4, 0) == (tags, len(TAGS_LABEL))
    rule = kinds.index("rule")  # the rule shows no article text: the next block that does
    assert source_map.to_article(rule, 0) == (2, 0)


def test_marks_are_in_reading_order_and_found_by_position() -> None:
    article = article_with_meta()
    blocks = display_blocks(article)
    found = [
        mention(article, 4, "Indonesia", "LOC", "indonesia"),
        mention(article, 3, "Albanese", "PER", "albanese"),
        mention(article, 2, "Joko Widodo", "PER", "jokowi"),
        mention(article, 0, "Jokowi", "PER", "jokowi"),
        mention(article, 1, "Budi Santoso", "PER", "budi"),
        mention(article, 2, "Sydney", "LOC", "sydney"),
    ]
    marks = NameMarks(SourceMap(blocks), found)
    texts = [blocks[s.display_block].text[s.start : s.end] for s in marks.stops]
    assert texts == ["Jokowi", "Budi Santoso", "Joko Widodo", "Sydney", "Albanese", "Indonesia"]
    widodo = marks.stops[2]
    assert marks.stop_at(widodo.display_block, widodo.start + 3) == 2
    assert marks.stop_at(widodo.display_block, widodo.end) is None
    assert marks.index_of(2, found[2].start) == 2
    assert marks.index_of(2, found[2].start + 2) == 2  # a place inside the name
    assert marks.first_of_entity("jokowi") == 0


def test_stepping_skips_hidden_kinds_and_starts_from_a_position() -> None:
    article = article_with_meta()
    blocks = display_blocks(article)
    found = [
        mention(article, 2, "Joko Widodo", "PER", "jokowi"),
        mention(article, 2, "Sydney", "LOC", "sydney"),
        mention(article, 3, "Albanese", "PER", "albanese"),
    ]
    marks = NameMarks(SourceMap(blocks), found)
    assert marks.step(0, 1) == 1
    assert marks.step(0, 1, hidden={"place"}) == 2
    assert marks.step(2, 1) is None
    assert marks.step(2, -1, hidden={"place"}) == 0
    body = marks.stops[1].display_block
    assert marks.first_from(body, marks.stops[1].start, 1) == 1
    assert marks.first_from(body, marks.stops[1].start, -1) == 0
    spans = marks.spans(len(blocks), hidden={"person"})
    assert [(s.kind) for block in spans for s in block] == ["place"]
