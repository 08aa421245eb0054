"""Calendar arithmetic for the dates stage: TIMEX3 values, their granularity and the days they cover.

Pure functions of dates and numbers; no text here.

>>> import datetime as dt
>>> week_value(dt.date(2024, 4, 11))
'2024-W15'
>>> describe("2024-FA")
('season', DateRange(first='2024-09-01', last='2024-11-30'))
>>> describe("199")
('decade', DateRange(first='1990-01-01', last='1999-12-31'))
>>> nth_weekday(2024, 11, 3, 4)  # fourth Thursday of November: Thanksgiving
datetime.date(2024, 11, 28)
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools

import regex

from newsstruct.model import DateRange

__all__ = [
    "SEASON_MONTHS",
    "add_months",
    "describe",
    "easter",
    "nth_weekday",
    "safe_date",
    "week_value",
    "within_calendar",
]

#: First and last month of each TIMEX3 season (meteorological seasons; winter
#: starts in December of the value's year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_QUARTER_MONTHS = {
    "Q1": (1, 3),
    "Q2": (4, 6),
    "Q3": (7, 9),
    "Q4": (10, 12),
    "H1": (1, 6),
    "H2": (7, 12),
}

_VALUE_SHAPE = regex.compile(
    r"""^(?:
      (?P<year>\d{4})(?:
          -(?P<month>\d\d)(?:-(?P<day>\d\d)(?P<time>T.*)?)?
        | -W(?P<week>\d\d)(?P<weekend>-WE)?
        | -(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI)
      )?
    | (?P<decade>\d{3})
    | (?P<century>\d{2})
    )$""",
    regex.VERBOSE,
)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)``, or None when there is no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def within_calendar(value: str | None) -> str | None:
    """``value``, or None when its year is outside the calendar (0001-9999): "next year"
    in 9999, "last year" in 0001.

    >>> within_calendar("2024-04"), within_calendar("10000"), within_calendar("0000-12")
    ('2024-04', None, None)
    """
    if not value:
        return value
    digits = len(value) - len(value.lstrip("0123456789"))
    if digits < 4 or (digits < len(value) and value[digits] not in "-T"):
        return value  # "199" (a decade), "P3D", "XXXX-04"
    return value if 1 <= int(value[:digits]) <= 9999 else None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after (or before, if negative) the given one."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``: ``2024-W15``."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    day = (h + l_ - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def _month_span(year: int, first_month: int, last_month: int) -> DateRange:
    end_year, end_month = add_months(year, first_month, last_month - first_month)
    last_day = calendar.monthrange(end_year, end_month)[1]
    return DateRange(
        f"{year:04d}-{first_month:02d}-01", f"{end_year:04d}-{end_month:02d}-{last_day:02d}"
    )


@functools.lru_cache(maxsize=4096)
def describe(value: str | None) -> tuple[str | None, DateRange | None]:
    """The granularity of a TIMEX3 value and the days it covers (None where unknown)."""
    if not value:
        return None, None
    if value.endswith("_REF"):
        return "vague", None
    if value.startswith("P"):
        return "duration", None
    shape = _VALUE_SHAPE.match(value)
    if shape is None:
        return _unresolved_granularity(value), None
    try:
        granularity, covered = _describe_shape(shape)
    except OverflowError:  # the last week of 9999 ends in 10000
        return describe("2000" + value[4:])[0], None
    if covered is not None and len(covered.last) > len("9999-12-31"):
        return granularity, None  # the winter of 9999 ends in 10000
    return granularity, covered


def _describe_shape(shape: regex.Match[str]) -> tuple[str | None, DateRange | None]:
    if shape["decade"]:
        start = int(shape["decade"]) * 10
        return "decade", DateRange(f"{start:04d}-01-01", f"{start + 9:04d}-12-31")
    if shape["century"]:
        start = int(shape["century"]) * 100
        return "century", DateRange(f"{start:04d}-01-01", f"{start + 99:04d}-12-31")
    year = int(shape["year"])
    if year == 0:
        return None, None
    if shape["day"]:
        day = f"{shape['year']}-{shape['month']}-{shape['day']}"
        return ("time" if shape["time"] else "day"), DateRange(day, day)
    if shape["month"]:
        month = int(shape["month"])
        return "month", _month_span(year, month, month)
    if shape["week"]:
        return _describe_week(year, int(shape["week"]), bool(shape["weekend"]))
    part = shape["part"]
    if part:
        months = SEASON_MONTHS.get(part) or _QUARTER_MONTHS[part]
        unit = "season" if part in SEASON_MONTHS else ("half" if part[0] == "H" else "quarter")
        return unit, _month_span(year, *months)
    return "year", _month_span(year, 1, 12)


def _describe_week(year: int, week: int, weekend: bool) -> tuple[str | None, DateRange | None]:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return "week", None
    if weekend:
        return "weekend", DateRange(str(monday + dt.timedelta(5)), str(monday + dt.timedelta(6)))
    return "week", DateRange(str(monday), str(monday + dt.timedelta(6)))


def _unresolved_granularity(value: str) -> str | None:
    """Granularity of a value with X placeholders (``XXXX-04-13``, ``XXXX-WXX-5``)."""
    if "T" in value:
        return "time"
    if "-W" in value:
        return "day" if value.count("-") == 2 and not value.endswith("WE") else "week"
    if value.endswith(("-SP", "-SU", "-FA", "-WI")):
        return "season"
    if value[-3:-1] in ("-Q", "-H"):
        return "quarter" if value[-2] == "Q" else "half"
    return {0: "year", 1: "month", 2: "day"}.get(value.count("-"))
