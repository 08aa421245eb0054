"""A range of two bare months runs forward: "from May until October", "between April and
June", "November to February", "April-May"; and a bare month in a sentence about a habit or a norm ("usually peaks in June"),
which is no particular year's.

Each month is a timex of its own, and the two ends are ordered.  Read one at a time, a bare
month in a past sentence may be up to two months ahead and one in a future sentence up to
nine, so "lasted from May until October" (in March) took next May and last October.  In a
sentence that points forward the start is read as a month alone and the end is the first
such month after it ("will run from November to February": 2024-11, 2025-02); otherwise the
end is read as a month alone, or with its printed year, and the start is the last such month
before it ("lasted from May until October": 2023-05, 2023-10).  "and" joins a range only
after "between" ("sales in January and October" are two months read on their own).
"""

from __future__ import annotations

import regex

from newsstruct.dates.context import Context, Match, month_number, year_of
from newsstruct.dates.lexicons.habitual_adverbs import HABITUAL_ADVERBS
from newsstruct.dates.pieces import D_MONTH_ABBR, D_MONTH_FULL
from newsstruct.dates.resolve import month_value

__all__ = ["generic_month", "range_end_after", "range_start_before"]

_JOIN = r"(?:\s{1,3}(?:to|until|till|through|into)\s{1,3}|\s?[-–]\s?)"
_MONTH = rf"(?:{D_MONTH_FULL}|{D_MONTH_ABBR}\.?)"
#: The start of a range, right before its end month: "from May to ", "between April and ",
#: "from June 2022 to ".
_START_BEFORE = regex.compile(
    rf"(?:(?P<month>{_MONTH})(?:,?\s{{1,3}}\d{{4}})?{_JOIN}"
    rf"|(?<=\bbetween\s{{1,3}})(?P<month>{_MONTH})(?:,?\s{{1,3}}\d{{4}})?\s{{1,3}}and\s{{1,3}})$",
    regex.IGNORECASE,
)
#: The end of a range, right after its start month: " until October", "-May 2023".
_END_AFTER = regex.compile(
    rf"(?:{_JOIN}|(?P<and>\s{{1,3}}and\s{{1,3}}))(?P<month>{_MONTH})(?![\p{{L}}])"
    rf"(?:,?\s{{1,3}}(?P<year>\d{{4}})(?!\p{{N}}))?(?!\s{{1,3}}\d|\.?\d)",
    regex.IGNORECASE,
)
_BETWEEN = regex.compile(r"\bbetween\s{1,3}$", regex.IGNORECASE)


def range_end_after(month: int, m: Match, ctx: Context) -> str | None:
    """The value of a bare month that ends a range whose start month the text just named:
    the first such month after the start.  None when no start month comes right before."""
    start = _START_BEFORE.search(ctx.text, max(ctx.region_start, m.start() - 30), m.start())
    in_focus = ctx.focus.month()
    if start is None or in_focus is None or month_number(start["month"]) != in_focus[1]:
        return None
    year, start_month = in_focus
    return f"{year + (month <= start_month):04d}-{month:02d}"


def range_start_before(month: int, m: Match, ctx: Context, *, future: bool) -> str | None:
    """The value of a bare month that starts a range: the last such month before its end,
    read on its own or with its printed year; None when no range end follows, or when the
    sentence points forward and the end has no year (the end then follows the start)."""
    end = _END_AFTER.match(ctx.text, m.end(), min(ctx.region_end, m.end() + 30))
    if end is None or (
        end["and"] and not _BETWEEN.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None
    end_month, end_year = month_number(end["month"]), year_of(end["year"])
    if end_month is None or end_month == month or (future and end_year is None):
        return None
    if end_year is None:
        value = month_value(end_month, ctx.reference, None, future=False)
        if not value[:4].isdigit():
            return None
        end_year = int(value[:4])
    return f"{end_year - (month > end_month):04d}-{month:02d}"


#: The end of the sentence before a month, and the words after it: what the habit check reads.
_SENTENCE_BREAK = regex.compile(r"(?r)[.!?;][\"'”’)]*\s")
_WORD = regex.compile(r"\p{L}+|\d{4}")
#: Words after the habit's adverb that turn to a particular time ("but this year", "in 2023").
_PARTICULAR = frozenset({"but", "this", "last", "next", "yet", "however", "although"})


def generic_month(month: int, m: Match, ctx: Context) -> str | None:
    """``XXXX-06`` for a bare month whose sentence, before it, speaks of a habit or a norm
    ("Flu usually peaks between June and August"); None otherwise."""
    low = max(ctx.region_start, m.start() - 160)
    edge = _SENTENCE_BREAK.search(ctx.text, low, m.start())
    words = _WORD.findall(ctx.text[low if edge is None else edge.end() : m.start()].lower())
    habit = max((at for at, word in enumerate(words) if word in HABITUAL_ADVERBS), default=-1)
    tail = words[habit + 1 :]
    if habit < 0 or _PARTICULAR.intersection(tail) or any(w.isdigit() for w in tail):
        return None  # "usually reports in May but this year reported in June"
    return f"XXXX-{month:02d}"
