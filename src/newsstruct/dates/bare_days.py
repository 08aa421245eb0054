"""Readers of a day that names no month and of a year that names no number:

- "on the 25th", "ended on the 9th": the day of the month the story is at (the last month it
  named, else the reference month); with no month named, the next such day in a sentence that
  looks ahead and the last one in any other, as British, Indian and African copy prints a
  day already placed by the dateline; "the 25th of last month", "the first of next month"
  count from the reference month, "the 20th of the month" is the story's month;
- "in the new year", "until the New Year" (not "the New Year holiday", "the New Year's
  weekend"): the year after the reference, or the reference year after "since" and in a
  paper of January or February, when the new year has begun.
"""

from __future__ import annotations

import datetime as dt

from newsstruct.dates.calendar import add_months
from newsstruct.dates.context import SHIFTS, Context, Match, Reading, day_of, norm, word_before

__all__ = ["read_day_of_month", "read_new_year"]


def read_day_of_month(m: Match, ctx: Context) -> Reading | None:
    """ "on the 25th": a day of the month in focus (``2024-03-25``); "the 25th of last month",
    "the first of next month", "the 20th of the month": that day of the month named."""
    month = ctx.focus.month()
    day = int(m["dom"]) if m["dom"] else day_of(m["dom_word"])
    if month is None:
        return Reading(f"XXXX-XX-{day:02d}")
    year, number = month
    reference = ctx.reference
    if m["mrel"]:
        if reference is not None and norm(m["mrel"]) in SHIFTS:
            shift = SHIFTS[norm(m["mrel"])]
            year, number = add_months(reference.year, reference.month, shift)
    elif reference is not None and (year, number) == (reference.year, reference.month):
        if ctx.is_future(m.start(), m.end()):
            shift = 1 if day < reference.day else 0
        else:
            shift = -1 if day > reference.day else 0
        year, number = add_months(year, number, shift)
    try:
        return Reading(dt.date(year, number, day).isoformat())
    except ValueError:
        return None  # "the 31st" of a month of 30 days: no date


def read_new_year(m: Match, ctx: Context) -> Reading | None:
    """ "in the new year": the year after the reference (``2025``); "since the new year", and
    any in a paper of January or February ("a week into the new year"), the reference year."""
    if ctx.reference is None:
        return Reading("XXXX")
    begun = ctx.reference.month <= 2 or word_before(m, ctx).lower() == "since"
    return Reading(f"{ctx.reference.year + (0 if begun else 1):04d}")
