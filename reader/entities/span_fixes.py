"""Span fixes linking makes before it counts an article's mentions.

Recognition sometimes glues a person's name to the party, agency or club written just before
it ("PKX Budi Santoso", "Contoh United Rudi Hartono"): one span that is neither an
organisation nor a person. Linking splits it when the article itself says so: the front is
an acronym of three capitals or more, or is named elsewhere in the article as something
other than a person (on its own, or as the last word of such a name: "Partai PKX"), and the
rest (or its first or last word) is named on its own elsewhere as a person. A one-word rest
needs an acronym front and itself named as a person, so "Jordan Henderson" stays whole even
where Jordan is a country.

Recognition also splits a name at its "and" ("Harbour" + "Canal Board"): two names joined
by a function word become one where their initials spell an acronym the article also uses
("HCB"). A leading "A" or "An" ("A European Union spokesman…") is no part of a name other
than a work's title, so it is trimmed off the span of people, places and organisations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.corpus.model import Article
from reader.entities.aliases import STOPWORDS, initials, key_tokens
from reader.entities.link_words import link_words
from reader.entities.model import Label, Mention

_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-Z]{3,}")
_ACRONYM_MENTION = re.compile(r"[A-Z]{2,8}")
_FIXABLE = frozenset({"PER", "ORG"})
_END = "\x00end:"  # + the last word of a longer name that is not a person's


def fix_spans(article: Article, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """The article's mentions with glued names split, split names joined and leading articles
    trimmed."""
    if not mentions:
        return mentions
    blocks = article.blocks
    block_texts: dict[int, str] = {}
    texts: list[str] = []
    for mention in mentions:
        block = block_texts.get(mention.block)
        if block is None:
            block = block_texts[mention.block] = blocks[mention.block].text
        texts.append(block[mention.start : mention.end])
    acronyms = {text.casefold() for text in texts if _ACRONYM_MENTION.fullmatch(text)}
    if acronyms:
        mentions, texts = _joined(mentions, texts, block_texts, acronyms)
    people = {_plain(text) for text, m in zip(texts, mentions, strict=True) if m.label == "PER"}
    determiners = link_words("determiners")
    fixable = [
        index
        for index, text in enumerate(texts)
        if " " in text
        and (
            (mentions[index].label in _FIXABLE and people and _may_hold_person(text, people))
            or text.split(" ", 1)[0].casefold() in determiners
        )
    ]
    if not fixable:
        return mentions
    labels_of: dict[str, set[str]] = {}
    for text, mention in zip(texts, mentions, strict=True):
        key = _plain(text)
        labels_of.setdefault(key, set()).add(mention.label)
        if mention.label != "PER" and " " in key:  # "Partai Contoh": "Contoh" is a body too
            labels_of.setdefault(_END + key.rsplit(" ", 1)[1], set()).add(mention.label)
    fixed = list(mentions[: fixable[0]])
    for index in range(fixable[0], len(mentions)):
        mention = mentions[index]
        if " " not in texts[index]:
            fixed.append(mention)
            continue
        mention = _trimmed(texts[index], mention)
        text = block_texts[mention.block][mention.start : mention.end]
        fixed.extend(_split(text, mention, labels_of) if mention.label in _FIXABLE else [mention])
    return fixed


def _joined(
    mentions: Sequence[Mention], texts: list[str], block_texts: dict[int, str], acronyms: set[str]
) -> tuple[Sequence[Mention], list[str]]:
    """Two names joined by a function word made one where their initials spell an acronym
    the article uses ("Harbour and Canal Board" when "HCB" is written too)."""
    found: list[Mention] = []
    found_texts: list[str] = []
    index = 0
    while index < len(mentions):
        mention, text = mentions[index], texts[index]
        if index + 1 < len(mentions):
            after = mentions[index + 1]
            gap = block_texts[mention.block][mention.end : after.start]
            if (
                after.block == mention.block
                and gap.startswith(" ")
                and gap.endswith(" ")
                and gap.strip().casefold() in STOPWORDS
            ):
                whole = text + gap + texts[index + 1]
                if initials(key_tokens(whole)) in acronyms:
                    label = next(
                        (lab for lab in (after.label, mention.label) if lab != "PER"), "ORG"
                    )
                    found.append(Mention(mention.block, mention.start, after.end, label))  # type: ignore[arg-type]
                    found_texts.append(whole)
                    index += 2
                    continue
        found.append(mention)
        found_texts.append(text)
        index += 1
    if len(found) == len(mentions):
        return mentions, texts
    return found, found_texts


def _may_hold_person(text: str, people: set[str]) -> bool:
    """Whether a word after the first, or the end of the name, is named as a person here."""
    words = text.casefold().split()
    return any(word in people for word in words[1:]) or any(
        " ".join(words[cut:]) in people for cut in range(1, len(words) - 1)
    )


def _plain(text: str) -> str:
    """A name as the article's other mentions are compared with it: folded, single-spaced."""
    return " ".join(text.split()).casefold()


def _trimmed(text: str, mention: Mention) -> Mention:
    """The mention without a leading "A " or "An " (works keep theirs)."""
    if mention.label == "MISC":
        return mention
    first, _, rest = text.partition(" ")
    if not rest or first.casefold() not in link_words("determiners") or not rest[0].isupper():
        return mention
    start = mention.start + len(text) - len(rest)
    return Mention(mention.block, start, mention.end, mention.label, mention.entity)


def _split(text: str, mention: Mention, labels_of: dict[str, set[str]]) -> list[Mention]:
    """The mention as a name and a person, when the article names each on its own."""
    words = [(match.start(), match.group()) for match in _WORD.finditer(text)]
    if len(words) < 2 or not all(word[:1].isupper() for _, word in words[1:]):
        return [mention]
    best: tuple[int, int, Label] | None = None  # (evidence, cut, front label)
    for cut in range(1, len(words)):
        front = text[: words[cut - 1][0] + len(words[cut - 1][1])]
        tail = [word for _, word in words[cut:]]
        front_label = _front_label(front, cut, labels_of)
        if front_label is None:
            continue
        evidence = _person_evidence(tail, labels_of)
        if len(tail) == 1 and (evidence < 2 or not _ACRONYM.fullmatch(front)):
            continue
        if evidence and (best is None or evidence > best[0]):
            best = (evidence, cut, front_label)
    if best is None:
        return [mention]
    _, cut, front_label = best
    front_end = mention.start + words[cut - 1][0] + len(words[cut - 1][1])
    tail_start = mention.start + words[cut][0]
    return [
        Mention(mention.block, mention.start, front_end, front_label),
        Mention(mention.block, tail_start, mention.end, "PER"),
    ]


def _front_label(front: str, cut: int, labels_of: dict[str, set[str]]) -> Label | None:
    """What the front is named as on its own in the article (ORG for an acronym), or None."""
    key = _plain(front)
    named = (labels_of.get(key, set()) | labels_of.get(_END + key, set())) - {"PER"}
    if named:
        for label in ("ORG", "LOC", "MISC"):
            if label in named:
                return label  # type: ignore[return-value]
    if cut == 1 and _ACRONYM.fullmatch(front):
        return "ORG"
    return None


def _person_evidence(tail: list[str], labels_of: dict[str, set[str]]) -> int:
    """2 when the article names the whole rest as a person, 1 its first or last word, else 0."""
    if "PER" in labels_of.get(_plain(" ".join(tail)), ()):
        return 2
    if len(tail) > 1 and any("PER" in labels_of.get(_plain(w), ()) for w in (tail[0], tail[-1])):
        return 1
    return 0
