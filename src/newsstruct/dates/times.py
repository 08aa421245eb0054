"""Readers of times of day: clock times, noon and midnight, and parts of a day.

TIMEX3 writes a time as the day and a clock time (``2024-04-18T17:03``) or a
part of the day (``2024-04-18TNI``: ``MO`` morning, ``AF`` afternoon, ``EV``
evening, ``NI`` night); a UTC or GMT time carries ``Z``.  A clock time takes
the day printed with it ("9 a.m. Tuesday", "5 p.m. EST, Nov. 9"), else the day
its sentence has just named ("On Monday ... at 7 p.m."), else the reference
date.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsstruct.dates.context import (
    Context,
    Match,
    Reading,
    day_of,
    month_number,
    norm,
    weekday_number,
    year_of,
)
from newsstruct.dates.pieces import D_WEEKDAY_FULL
from newsstruct.dates.resolve import day_of_year_value, shifted_value, weekday_value
from newsstruct.dates.weekday_lists import listed_after

__all__ = ["PART_CODES", "day_with_part", "printed_day", "read_day_part", "read_time"]

#: TIMEX3 codes of the parts of a day.
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "day": "DT"}

#: Zones whose clock is UTC: TIMEX3 marks such a time with ``Z``.
_UTC_ZONES = frozenset({"gmt", "utc", "z"})

#: A weekday right after a time, past a parenthesis: " (0735 GMT) Friday".
_WEEKDAY_NEAR = regex.compile(
    rf"\s{{0,3}}(?:\([^()\n]{{1,24}}\)\s{{0,3}})?,?\s{{0,3}}(?:on\s{{1,3}})?({D_WEEKDAY_FULL})\b"
)

#: The end of a clock range and the weekday printed after it: " until 9pm on Friday", " to
#: 5am Saturday".  A time that starts such a range is on that day, or on the day before when
#: it is later on the clock than the end ("from 10pm until 6am on Saturday").
_RANGE_END_WEEKDAY = regex.compile(
    r"\s{0,3}(?:to|until|till|through|[-–])\s{0,3}(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?"
    r"\s?(?P<ampm>[ap]\.?\s?m\b\.?)?(?:\s{1,3}\p{Lu}{2,4})?,?\s{1,3}(?:on\s{1,3})?"
    rf"({D_WEEKDAY_FULL})\b",
    regex.IGNORECASE,
)

#: How far back a day the text named still dates a bare clock time ("will travel Thursday
#: ... will leave at 4 in the morning"): about two sentences.
_RECENT_DAY_CHARS = 300

_DAY_SHIFTS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def day_with_part(day: str, part: str | None) -> Reading:
    """A day with a part of it ("Friday night"): ``2024-04-12TNI``, a time; without a part, the day."""
    if part is None:
        return Reading(day)
    return Reading(f"{day}T{PART_CODES[part.lower()]}", "time")


def printed_day(m: Match, ctx: Context) -> str | None:
    """The day printed beside a time ("Tuesday", "Nov. 9", "yesterday"), None when none is."""
    if m["month"]:
        month = month_number(m["month"])
        if month is None:
            return None
        if m["year"]:
            return f"{year_of(m['year']) or 0:04d}-{month:02d}-{day_of(m['day']):02d}"
        future = ctx.is_future(m.start(), m.end())
        return day_of_year_value(month, day_of(m["day"]), ctx.reference, future=future)
    if m["weekday"]:
        weekday = weekday_number(m["weekday"]) or 0
        listed = listed_after(weekday, m.start(), ctx)  # "from 6pm Friday until noon Saturday"
        if listed is not None:
            return listed.isoformat()
        future = ctx.is_future(m.start(), m.end())
        sure = future and ctx.is_future_verb(m.start(), leads=False)  # "will speak at 10am on"
        return weekday_value(weekday, ctx.reference, 0, future=future, sure=sure)
    if m["dayword"]:
        return shifted_value("day", _DAY_SHIFTS[m["dayword"].lower()], ctx.reference)
    return None


def _day_of(m: Match, ctx: Context) -> str:
    """The day a time is on: printed beside it, else the day its sentence named before it,
    else a weekday just after it ("10:35 a.m. (0735 GMT) Friday"), else a day the text
    named in the last sentence or two, else today."""
    day = printed_day(m, ctx)
    if day is None:
        named = ctx.focus.day_in_sentence(ctx.text, m.start())
        day = named.isoformat() if named else _weekday_after(m, ctx)
    recent = ctx.focus.day_named_since(m.start() - _RECENT_DAY_CHARS)
    day = day or (recent.isoformat() if recent else None)
    return day or shifted_value("day", 0, ctx.reference) or "XXXX-XX-XX"


def _weekday_after(m: Match, ctx: Context) -> str | None:
    """A weekday printed right after a time, past a parenthesis ("9 a.m. (1400 GMT)
    Tuesday")."""
    limit = min(ctx.region_end, m.end() + 40)
    found = _WEEKDAY_NEAR.match(ctx.text, m.end(), limit)
    ends = None if found else _RANGE_END_WEEKDAY.match(ctx.text, m.end(), limit)
    name = found.group(1) if found else ends.group(4) if ends else None
    weekday = None if name is None else weekday_number(name)
    if weekday is None:
        return None
    future = ctx.is_future(m.start(), m.end())
    day = weekday_value(weekday, ctx.reference, 0, future=future)
    if ends is not None and day is not None and _clock(ends) < _clock(m):
        return shifted_value("day", -1, dt.date.fromisoformat(day)) or day
    return day


def _clock(m: Match | regex.Match[str]) -> int:
    """Minutes past midnight of a clock time's ``hour``, ``minute`` and ``ampm`` groups."""
    hour, meridiem = int(m["hour"]), (m["ampm"] or "").lower()[:1]
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return hour * 60 + int(m["minute"] or 0)


def _split_on(time: Reading, m: Match, ctx: Context) -> Reading | tuple[Reading, ...]:
    """A time and the day printed after it past "on" ("7.45pm on Saturday", "noon on 2
    April") as two timexes, as TimeML tags them ("on" is a signal, no part of either): the
    time with that day's date, then the day.  A time without "on" stays one timex."""
    on_start, on_end = m.span("on")
    if on_start < 0 or time.value is None:
        return time
    day = printed_day(m, ctx) or time.value.split("T")[0]
    time_end = on_start
    while ctx.text[time_end - 1] in " ,\t\n":
        time_end -= 1
    day_start = on_end
    while ctx.text[day_start].isspace():
        day_start += 1
    on_day = day_with_part(day, m["day_part"])  # "11.02pm on Monday night": two, with the night
    return (
        attrs.evolve(time, start=m.start(), end=time_end),
        attrs.evolve(on_day, start=day_start, end=m.end()),
    )


def read_time(m: Match, ctx: Context) -> Reading | tuple[Reading, ...] | None:
    """ "5:03 PM EDT", "9 a.m. Tuesday", "09:30 GMT", "4 in the morning": the day with the time."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    meridiem = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    part = (m["part"] or "").lower()
    if (
        meridiem == "pm" or part in ("afternoon", "evening") or (part == "night" and hour > 6)
    ) and (hour < 12):
        hour += 12
    elif (meridiem == "am" or part == "morning") and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{minute:02d}" + (f":{m['second']}" if m["second"] else "")
    zone = "Z" if (m["zone"] or "").lower() in _UTC_ZONES else ""
    day = _day_of(m, ctx)
    if printed_day(m, ctx) is None and _ends_overnight(hour * 60 + minute, m, ctx):
        day = shifted_value("day", 1, dt.date.fromisoformat(day)) or day
    return _split_on(Reading(f"{day}T{clock}{zone}", "time"), m, ctx)


#: A clock time that starts a range, right before its end: "from 7pm to ", "10.30pm-",
#: "from 8 p.m. Friday until ".
_RANGE_START = regex.compile(
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"(?:\s{1,3}\p{Lu}{2,4})?(?:,?\s{1,3}(?:on\s{1,3})?\p{Lu}\p{Ll}{2,5}day)?"
    r"(?:\s{1,3}(?:to|until|till|through|and)\s{1,3}|\s?[-–]\s?)$",
    regex.IGNORECASE,
)


def _ends_overnight(minutes: int, m: Match, ctx: Context) -> bool:
    """Whether a time ends a range that started at a later clock time the same day ("a
    curfew from 7pm to 6am"): the range runs into the next day.  The start must be a clock
    time (with a.m./p.m. or a colon), not a bare number ("from 5 to 7pm")."""
    start = _RANGE_START.search(ctx.text, max(ctx.region_start, m.start() - 40), m.start())
    if start is None or not (start["ampm"] or start["minute"]):
        return False
    return minutes < _clock(start)


def read_day_part(m: Match, ctx: Context) -> Reading | tuple[Reading, ...] | None:
    """ "noon Thursday", "midnight Friday", "mid-afternoon yesterday", "midnight GMT": ``T12:00``,
    ``T24:00``, ``TAF``, ``T24:00Z``."""
    word = norm(m["noon"]).replace("-", " ")
    if word in ("noon", "midday", "mid day"):
        clock = "12:00"
    elif word == "midnight":
        clock = "24:00"
    else:
        clock = PART_CODES[word.split()[-1]]
    zone = "Z" if (m["zone"] or "").lower() in _UTC_ZONES and ":" in clock else ""
    return _split_on(Reading(f"{_day_of(m, ctx)}T{clock}{zone}", "time"), m, ctx)
