"""Short display forms for article metadata, shared by the sidebar and the article view."""

from __future__ import annotations

from datetime import datetime

#: What an article without a date in its metadata says where a date would be.
UNDATED = "undated"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(date: datetime | None, *, with_time: bool = False) -> str:
    """`12 Sep 2023` (plus `10:58` when asked and the time is known), or "undated".

    An article with no date says so rather than leaving a gap a reader could take for a
    missing field. Month names are spelled here rather than with strftime so the output
    does not depend on the process locale.
    """
    if date is None:
        return UNDATED
    text = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    if with_time and (date.hour, date.minute) != (0, 0):
        text += f" {date.hour:02d}:{date.minute:02d}"
    return text


def format_count(count: int, noun: str) -> str:
    """`1 article`, `25,467 articles`."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
