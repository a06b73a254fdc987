"""Properties of recognition that hold for any text: spans inside blocks, disjoint, repeatable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities.evidence import CaseEvidence
from reader.entities.recognize import Recognizer
from tests.entities.recognition_helpers import article

#: Text that looks like news often enough to find names: capitalised words, particles,
#: punctuation, hyphens and quotes, mixed with arbitrary Unicode.
_NEWSY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Presiden",
                "Kim",
                "Jong-un",
                "di",
                "Rusia",
                "Korea Utara",
                "AS",
                "bin",
                "The",
                "kata",
                "Desa",
                "dan",
                "(",
                ")",
                ",",
                ".",
                "“",
                "”",
                "-",
                "Ministry",
                "of",
                "HANOI,",
                "Outlet.com",
                "Jr.",
                "U.S.",
                "al-Assad",
                "bahasa",
                "12",
                "Sep",
            ]
        ),
        st.text(min_size=1, max_size=8),
    ),
    max_size=40,
).map(" ".join)


def _recognised(text: str) -> tuple[list, object]:
    doc = article(text)
    return Recognizer(CaseEvidence.from_articles([doc])).recognize(doc), doc


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_spans_lie_inside_their_block_and_never_overlap(text: str) -> None:
    mentions, doc = _recognised(text)
    previous = (-1, 0)
    for mention in mentions:
        block = doc.blocks[mention.block]
        assert 0 <= mention.start < mention.end <= len(block.text)
        surface = block.text[mention.start : mention.end]
        assert surface == surface.strip()
        assert "\n" not in surface
        assert (mention.block, mention.start) >= previous
        previous = (mention.block, mention.end)
        assert mention.label in ("PER", "LOC", "ORG", "MISC")


@settings(max_examples=75, deadline=None)
@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_recognition_is_deterministic(text: str) -> None:
    first, _ = _recognised(text)
    second, _ = _recognised(text)
    assert first == second
