"""Resolve the calendar parts of a date expression against the reference date.

Each function takes the parts a grammar rule read (a month, a weekday, a
shift) and the reference date, and returns a TIMEX3 value; with no reference
date the unknown parts are ``X`` placeholders.  ``future`` says whether the
sentence points forward ("will", "next"); news reports the past, so an
unqualified weekday or month is the nearest past one otherwise.

>>> import datetime as dt
>>> ref = dt.date(2024, 4, 18)  # a Thursday
>>> weekday_value(0, ref, 0, future=False), weekday_value(3, ref, 0, future=False)
('2024-04-15', '2024-04-18')
>>> month_value(6, ref, -1, future=False), month_value(11, ref, None, future=False)
('2023-06', '2023-11')
>>> season_value("FA", ref, 0, future=False), season_value("FA", ref, None, future=False)
('2024-FA', '2023-FA')
"""

from __future__ import annotations

import datetime as dt

from newsstruct.dates.calendar import add_months, easter, nth_weekday, safe_date, week_value

__all__ = [
    "SEASON_ORDER",
    "day_of_year_value",
    "holiday_date",
    "month_value",
    "quarter_value",
    "season_value",
    "shifted_value",
    "weekday_date",
    "weekday_value",
]

#: Seasons in calendar order within a TIMEX3 year (winter of 2024 starts in December 2024).
SEASON_ORDER = ("SP", "SU", "FA", "WI")

#: How many days ahead an unqualified weekday may point, in a past and in a future
#: sentence: "Tuesday" in a Monday paper is tomorrow (TimeBank, AQUAINT).
_WEEKDAYS_AHEAD_PAST = 1
_WEEKDAYS_AHEAD_FUTURE = 4

#: How many months ahead a bare month name may point: "January" written in November is
#: the coming one, "September" written in April the last one (TimeBank, AQUAINT).
_MONTHS_AHEAD_PAST = 2
_MONTHS_AHEAD_FUTURE = 9
#: ... and when a future verb phrase runs into the month ("will be debated in November"
#: written in January): any month but the reference one is ahead.
_MONTHS_AHEAD_SURE = 11

_WEEKDAY_CODES = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def weekday_date(
    weekday: int,
    reference: dt.date,
    shift: int,
    *,
    future: bool,
    said: bool = False,
    sure: bool = False,
) -> dt.date:
    """The day of ``weekday`` (0 = Monday) meant near ``reference``.

    ``shift`` -1 is the last one strictly before, +1 the next one strictly after,
    0 the reference day itself if it matches, else the last one, except that the day
    after the reference ("Tuesday" in a Monday paper) is the coming one, and so is any
    of the next four days when the sentence points forward, and of the next six when a
    future verb runs straight into it (``sure``: "will be held on Tuesday" in a Thursday
    paper).  ``said``: the weekday is when something was said ("said Tuesday", "was told
    on Wednesday"), never ahead.

    >>> monday = dt.date(2024, 4, 15)
    >>> weekday_date(1, monday, 0, future=False), weekday_date(1, monday, 0, future=False, said=True)
    (datetime.date(2024, 4, 16), datetime.date(2024, 4, 9))
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if shift < 0:
        return reference - dt.timedelta(days=back or 7)
    if shift > 0:
        return reference + dt.timedelta(days=ahead or 7)
    window = 6 if future and sure else _WEEKDAYS_AHEAD_FUTURE if future else _WEEKDAYS_AHEAD_PAST
    if ahead == 0 or (not said and ahead <= window):
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back)


def weekday_value(
    weekday: int,
    reference: dt.date | None,
    shift: int,
    *,
    future: bool,
    said: bool = False,
    sure: bool = False,
) -> str:
    """:func:`weekday_date` as a value; ``XXXX-WXX-5`` without a reference."""
    if reference is None:
        return f"XXXX-WXX-{weekday + 1}"
    return weekday_date(weekday, reference, shift, future=future, said=said, sure=sure).isoformat()


def month_value(
    month: int, reference: dt.date | None, shift: int | None, *, future: bool, sure: bool = False
) -> str:
    """The month ``month`` meant near ``reference``: ``2023-06``.

    ``shift`` -1/+1: strictly before/after the reference month ("last June",
    "next June"); 0: in the reference year ("this June"); None: the last one (the
    reference month included) unless it is at most two months ahead, or nine
    when the sentence points forward, eleven when a future verb governs it (``sure``).
    """
    if reference is None:
        return f"XXXX-{month:02d}"
    year = reference.year
    if shift is None:
        ahead = (month - reference.month) % 12
        limit = (
            _MONTHS_AHEAD_SURE if sure else _MONTHS_AHEAD_FUTURE if future else _MONTHS_AHEAD_PAST
        )
        if ahead > limit:
            year -= month > reference.month
        else:
            year += month < reference.month
    elif shift < 0 and month >= reference.month:
        year -= 1
    elif shift > 0 and month <= reference.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def day_of_year_value(
    month: int, day: int, reference: dt.date | None, *, future: bool
) -> str | None:
    """A month and day without a year, placed in the year the sentence points to."""
    if reference is None:
        return f"XXXX-{month:02d}-{day:02d}" if safe_date(2000, month, day) else None
    year = reference.year
    candidate = safe_date(year, month, day)
    if candidate is None:
        candidate = safe_date(year - 1, month, day) if month == 2 else None
        return None if candidate is None else candidate.isoformat()
    if future and (reference - candidate).days > 90:
        candidate = safe_date(year + 1, month, day) or candidate
    elif not future and (candidate - reference).days > 90:
        candidate = safe_date(year - 1, month, day) or candidate
    return candidate.isoformat()


def _season_index(year: int, code: str) -> int:
    return year * 4 + SEASON_ORDER.index(code)


def _current_season(day: dt.date) -> int:
    """Index of the season holding ``day`` (January and February belong to last year's winter)."""
    if day.month <= 2:
        return _season_index(day.year - 1, "WI")
    code = SEASON_ORDER[(day.month - 3) // 3] if day.month < 12 else "WI"
    return _season_index(day.year, code)


def season_value(code: str, reference: dt.date | None, shift: int | None, *, future: bool) -> str:
    """A season near ``reference``: ``2024-FA``.

    ``shift`` 0 is the season of the reference year ("this fall"), -1 the last one
    strictly before the current season, +1 the next one after it, None the
    nearest in the sentence's direction.
    """
    if reference is None:
        return f"XXXX-{code}"
    current = _current_season(reference)
    order = SEASON_ORDER.index(code)
    if shift == 0:
        year = reference.year - (1 if code == "WI" and reference.month <= 2 else 0)
        return f"{year:04d}-{code}"
    latest = current - (current - order) % 4  # the last one at or before now
    if shift is None:
        found = latest + 4 if future and latest < current else latest
    elif shift < 0:
        found = latest if latest < current else latest - 4
    else:
        found = latest + 4
    return f"{found // 4:04d}-{code}"


def quarter_value(part: str, year: int | None, reference: dt.date | None, *, future: bool) -> str:
    """``2023-Q3`` / ``2024-H1``; without a year, the one of the reference year (or the year
    before when that quarter has not started yet and the sentence is not about the future)."""
    if year is not None:
        return f"{year:04d}-{part}"
    if reference is None:
        return f"XXXX-{part}"
    number = int(part[1])
    first_month = (number - 1) * (3 if part[0] == "Q" else 6) + 1
    year = reference.year
    if first_month > reference.month and not future:
        year -= 1
    return f"{year:04d}-{part}"


def shifted_value(unit: str, shift: int, reference: dt.date | None) -> str | None:
    """The ``unit`` (day, week, month, quarter, year, decade, century) ``shift`` units from
    the reference one: ``("year", -1)`` is last year."""
    if reference is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}.get(unit)  # fmt: skip
    if unit == "day":
        return (reference + dt.timedelta(days=shift)).isoformat()
    if unit == "week":
        return week_value(reference + dt.timedelta(weeks=shift))
    if unit == "month":
        year, month = add_months(reference.year, reference.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = add_months(reference.year, reference.month, 3 * shift)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{reference.year + shift:04d}"
    if unit == "decade":
        decade = reference.year // 10 + shift
        return f"{decade:03d}" if 0 <= decade <= 999 else None
    if unit == "century":
        century = reference.year // 100 + shift
        return f"{century:02d}" if 0 <= century <= 99 else None
    return None


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day a holiday rule (``12-25``, ``11-TH-4``, ``11-TH-4+1``, ``easter-2``, ``11-TU-E``)
    gives in ``year``."""
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:]))
    parts = rule.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return safe_date(year, month, int(parts[1]))
    weekday = _WEEKDAY_CODES[parts[1]]
    if parts[2] == "E":  # US Election Day: the Tuesday after the first Monday
        return nth_weekday(year, month, 0, 1) + dt.timedelta(days=1)
    nth, _, after = parts[2].partition("+")  # "4+1": the day after the fourth such weekday
    return nth_weekday(year, month, weekday, int(nth)) + dt.timedelta(days=int(after or 0))
