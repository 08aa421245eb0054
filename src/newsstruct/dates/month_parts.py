"""The n-th week or weekday of a named month: "the first week of May", "the last week in
April", "the last Saturday in September", "the second Tuesday of May 2023".

Each is one timex: a week (``2024-W18``) or a day (``2024-09-28``).  Without a printed
year the month is the one near the reference date that the sentence means, as a bare
month is ("will be played on the last Saturday in September" in March: this September).
"""

from __future__ import annotations

import datetime as dt

from newsstruct.dates.calendar import add_months, nth_weekday, safe_date, week_value
from newsstruct.dates.context import Context, Match, Reading, month_number, weekday_number, year_of
from newsstruct.dates.resolve import month_value

__all__ = ["read_nth_of_month"]

#: How many weeks after the month's first day the n-th week starts; "last" and "final"
#: are the week that holds the month's last day.
_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}
#: The n-th weekday of a month (-1: the last one).
_NTH_DAY = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def read_nth_of_month(m: Match, ctx: Context) -> Reading | None:
    """ "the first week of May" (the week of May 1), "the last week of April" (the week of
    April 30), "the last Saturday in September" (the day), in the year printed or the one the
    month is in near the reference date."""
    month = month_number(m["month"])
    if month is None:
        return None
    nth = m["nth"].lower()
    year = year_of(m["year"])
    if year is None:
        value = month_value(month, ctx.reference, None, future=ctx.is_future(m.start(), m.end()))
        if not value[:4].isdigit():
            return Reading(None if m["nth_weekday"] else "XXXX-WXX")
        year = int(value.rsplit("-", 1)[0])  # "10000-01" past the calendar: no such day
    if m["nth_weekday"]:
        weekday = weekday_number(m["nth_weekday"])
        if weekday is None or not 1 <= year <= 9999:
            return None
        return Reading(nth_weekday(year, month, weekday, _NTH_DAY[nth]).isoformat())
    return Reading(_nth_week(year, month, nth))


def _nth_week(year: int, month: int, nth: str) -> str | None:
    """The week value of the n-th week of a month, None past the calendar."""
    weeks = _NTH_WEEK.get(nth)
    if weeks is None:  # the last week: the one that holds the month's last day
        after = safe_date(*add_months(year, month, 1), 1)
        return None if after is None else week_value(after - dt.timedelta(days=1))
    first = safe_date(year, month, 1)
    return None if first is None else week_value(first + dt.timedelta(weeks=weeks))
