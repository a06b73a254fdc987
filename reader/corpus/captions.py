"""Photo captions: lines that describe a picture and end with its credit.

News pages put the credit last: "… di Pelabuhan Ratu. Foto: Wire Agency",
"… (Foto: Outlet)", "… (ANTARA FOTO/Photographer)", "… (REUTERS/Photographer)",
"(AP Photo/Photographer)". A line that ends so is a caption; the credit may also stand alone
at the start of a paragraph ("(Kredit: outlet.net) Story …"), left where an image was removed.
"""

from __future__ import annotations

import re
from functools import cache

_CREDIT_WORDS = (
    r"(?:[Ff]oto|FOTO|[Pp]hoto(?:graph)?|PHOTO|[Gg]ambar|GAMBAR|[Ii]mages?|IMAGE|"
    r"[Ii]lustrasi|ILUSTRASI|[Ii]llustration|[Dd]ok(?:umentasi)?|DOK|[Cc]redit|CREDIT|"
    r"[Kk]redit|KREDIT|[Ss]umber (?:[Ff]oto|[Gg]ambar)|[Ff]otografer|[Pp]hotographer)"
)

#: "Foto: X", "(Foto: X)", "[Photo: X]", "Photo by X" at the end of a line.
_TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.,;(\[]))[(\[]?{_CREDIT_WORDS}\s*(?::|/|\bby\b)\s*(?P<credit>[^()\[\]]{{1,80}}?)[)\]]?\s*$"
)

#: Lower-case pieces of the credit words: a cheap test before the pattern runs.
_CREDIT_HINTS = ("foto", "photo", "gambar", "image", "ilustrasi", "illustration", "dok", "redit")
_MAX_CREDIT_WORDS = 10
_TAIL = 110


@cache
def _leading_credit() -> re.Pattern[str]:
    """A credit opening a paragraph, "(Foto: X)" or "(Kredit: X)"; compiled on first use."""
    return re.compile(rf"^\s*[(\[]\s*{_CREDIT_WORDS}\s*(?::|/)\s*[^()\[\]]{{1,60}}[)\]]")


@cache
def _agency_credit() -> re.Pattern[str]:
    """An agency credit ending a line, "(AGENCY FOTO/Name)", "(REUTERS/Name)",
    "(AP Photo/Name)"; compiled on first use."""
    return re.compile(
        r"\(\s*(?P<agency>[A-Z][\w.&' -]{0,40}?)\s*/\s*(?P<credit>[^()/]{1,60})\)\s*$"
    )


def is_caption(text: str) -> bool:
    """Whether a whole line is a photo caption (it ends with a photo credit)."""
    # A credit is short and last: only the line's tail can hold one.
    tail_start = max(0, len(text) - _TAIL)
    tail = text[tail_start:]
    if ":" not in tail and "/" not in tail and " by " not in tail:
        return False  # every credit form has one of these
    lowered = tail.lower()
    if not any(hint in lowered for hint in _CREDIT_HINTS) and not text.endswith(")"):
        return False
    match = _TRAILING_CREDIT.search(text, tail_start)
    if match is not None and len(match.group("credit").split()) <= _MAX_CREDIT_WORDS:
        return True
    match = _agency_credit().search(text, tail_start) if text.endswith(")") else None
    if match is None:
        return False
    agency = match.group("agency")
    letters = [ch for ch in agency if ch.isalpha()]
    is_agency = bool(letters) and (
        all(ch.isupper() for ch in letters) or re.search(_CREDIT_WORDS, agency) is not None
    )
    credit = match.group("credit").strip()
    # A photographer's name, not a code: no digits, and written in mixed case.
    return (
        is_agency
        and not any(ch.isdigit() for ch in agency + credit)
        and credit[:1].isupper()
        and any(ch.islower() for ch in credit)
        and len(credit.split()) <= _MAX_CREDIT_WORDS
    )


def leading_credit_end(text: str) -> int | None:
    """Where a parenthesised credit that opens a paragraph ends, if there is one."""
    if text.lstrip()[:1] not in ("(", "["):
        return None  # the pattern's first mark, found without compiling it
    match = _leading_credit().match(text)
    return match.end() if match else None
