"""The shapes of text the recogniser scans for: capitalised runs, sentence starts, headlines.

Everything here is compiled regular expressions, built once per process on first use, so that
Python only ever looks at the capitalised parts of a text.
"""

from __future__ import annotations

import functools
import re
import sys

from reader.entities.vocab import NAME_JOINERS, NAME_PARTICLES, word_set

#: Characters after which a capitalised word starts a sentence (or a headline-like line).
SENTENCE_ENDS = frozenset(".!?:;•|—–-·»«*>")
#: Opening quotes and brackets that may stand between a sentence end and its first word.
OPENERS = "\"'“‘(['«‹*"

#: Top-level domains that make a capitalised word an outlet's address ("Outlet.com").
_DOMAINS = "com|co|id|net|org|go|ac|tv|io|info|news|biz|us|uk|my|sg|au|ru|kr"


def _char_class(test: str) -> str:
    """A regex character class (without brackets) of the BMP characters for which `test` holds."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode if sys.maxunicode < 0x10000 else 0x10000):
        char = chr(code)
        if getattr(char, test)():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = []
    for low, high in ranges:
        parts.append(
            re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        )
    return "".join(parts)


@functools.cache
def upper_class() -> str:
    """Every upper-case and title-case letter, as the inside of a character class."""
    return _char_class("isupper") + _char_class("istitle")


@functools.cache
def lower_class() -> str:
    """Every lower-case letter, as the inside of a character class."""
    return _char_class("islower")


@functools.cache
def run_pattern() -> re.Pattern[str]:
    """Runs of capitalised words, with the particles and joiners that may sit inside a name.

    A word starts with a capital and may carry inner apostrophes, hyphens and an outlet's
    domain ("KABAR24.COM"), but not a possessive "'s". Dotted acronyms ("U.S.") and middle
    initials ("George W. Bush") are words too; up to two particles ("bin", "of") or a number
    ("SMA Negeri 4 …") may stand between two words. The parser decides which of them belong.
    """
    upper = upper_class()
    connectors = "|".join(
        sorted({re.escape(w) for w in NAME_PARTICLES | NAME_JOINERS}, key=len, reverse=True)
    )
    rest = (
        rf"(?:\.(?:[{upper}]\.)+"  # U.S., U.N.
        rf"| ?\.(?=[ \u00a0][{upper}])"  # an initial: W. in George W. Bush
        rf"|(?:\w|['’](?!s\b)(?=\w)|-(?=\w)|\.(?=(?i:{_DOMAINS})\b))*)"
    )
    gap = r"[ \u00a0]"
    inner = rf"(?:{connectors}|\d{{1,4}})"
    # the look-behind follows the first capital so that the scan skips lower-case text fast
    first = rf"[{upper}](?<![\w@#/][{upper}])"
    return re.compile(rf"{first}{rest}(?:{gap}(?:{inner}{gap}){{0,2}}[{upper}]{rest})*")


@functools.cache
def word_pattern() -> re.Pattern[str]:
    """One word of a run: a capitalised word or a lower-case particle between them."""
    return re.compile(r"[^ \u00a0]+")


@functools.cache
def lower_word_pattern() -> re.Pattern[str]:
    """Lower-case words, for counting how often a word is written in lower case."""
    lower = lower_class()
    # the first letter is tested before the look-behind, so that the scan skips other text fast
    return re.compile(rf"[{lower}](?<![\w'’-][{lower}])(?:[{lower}'’-]*[{lower}]|(?![\w'’-]))")


@functools.cache
def mid_capital_pattern() -> re.Pattern[str]:
    """Capitalised words after a lower-case word or a comma: capitals no sentence start explains."""
    upper = upper_class()
    lower = lower_class()
    return re.compile(rf"(?<=[{lower}0-9,] )[{upper}][\w'’-]*")


#: Longer words that title case still writes in lower case (Indonesian and English).
_TITLE_CASE_LOWER = word_set(
    "dalam untuk dengan yang dari pada kepada oleh atau akan bagi antara sejak hingga "
    "sampai tentang terhadap with from into that than over upon onto under about after "
    "before amid"
)


@functools.cache
def _long_lower_words() -> re.Pattern[str]:
    """Lower-case words of four letters or more."""
    return re.compile(rf"(?<![\w'’-])[{lower_class()}]{{4,}}(?![\w'’-])")


@functools.cache
def _counted_words() -> re.Pattern[str]:
    """Words of four letters or more."""
    return re.compile(r"\b[^\W\d_]{4,}\b")


def is_sentence_start(text: str, start: int) -> bool:
    """True if the word at `start` begins a sentence, a line, a quotation or a clause after a
    colon."""
    i = start - 1
    while i >= 0 and text[i] in " \u00a0\t":
        i -= 1
    if i >= 0 and text[i] in OPENERS:
        return True  # quoted speech and brackets open with a capital: no evidence of a name
    return i < 0 or text[i] in SENTENCE_ENDS


def is_headline_case(text: str) -> bool:
    """True if most longer words of `text` are capitalised, as in a headline or a tag line."""
    for lower_word in _long_lower_words().finditer(text):
        if lower_word.group() not in _TITLE_CASE_LOWER:
            return False  # title case leaves only short function words in lower case
    words = _counted_words().findall(text)
    if len(words) < 2 or len(words) > 40:
        return len(words) == 1 and words[0][:1].isupper() and len(text) < 60
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.7 * len(words)


def is_all_caps_line(text: str) -> bool:
    """True if `text` is written in capitals throughout (Reuters' headlines)."""
    sample = text[:200]
    return len(sample) >= 8 and sample.isupper()


_INDONESIAN = re.compile(
    r"\b(?:yang|dan|di|dengan|untuk|ini|itu|dari|pada|akan|tidak|dalam|juga|adalah|telah|oleh)\b"
)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|that|for|was|with|said|on|by|has|have|are|from)\b")


def guess_language(text: str) -> str:
    """ "id" or "en" from the commonest function words of a sample, or "" when unsure."""
    sample = text[:3000].lower()
    indonesian = len(_INDONESIAN.findall(sample))
    english = len(_ENGLISH.findall(sample))
    if indonesian + english < 2:
        return ""
    return "id" if indonesian >= english else "en"
