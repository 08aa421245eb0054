"""One reader per grammar rule of :data:`newsstruct.patterns.DATE_EXPRESSION`.

Each reader turns a match into a :class:`Reading` (TIMEX3 value and kind) or
rejects it (``None``: "over 2000 people" is no year).  Readers only compute
values; :mod:`newsstruct.dates` walks the text and builds the mentions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import regex

from newsstruct.dates_calendar import safe_date, week_value
from newsstruct.dates_resolve import (
    day_of_year_value,
    holiday_date,
    month_value,
    quarter_value,
    season_value,
    shifted_value,
    weekday_date,
    weekday_value,
)
from newsstruct.lexicons.holidays import HOLIDAYS
from newsstruct.lexicons.number_words import NUMBER_WORDS
from newsstruct.lexicons.seasons import SEASONS
from newsstruct.lexicons.vague_dates import VAGUE_DATES
from newsstruct.model import DateKind
from newsstruct.patterns import DATE_SENTENCE_END, DATE_WORD_AFTER, DATE_WORD_BEFORE, FUTURE_CUE
from newsstruct.timewords import month_number, weekday_number

__all__ = ["READERS", "Context", "Reading"]

Match = regex.Match[str]


@attrs.frozen
class Context:
    """What a reader may look at: the text, the region the match is in, the reference date."""

    text: str
    reference: dt.date | None
    region_start: int
    region_end: int

    def is_future(self, start: int, end: int) -> bool:
        """Whether the sentence around ``text[start:end]`` points forward ("will", "upcoming")."""
        low = max(self.region_start, start - 160)
        for earlier in DATE_SENTENCE_END.finditer(self.text, low, start):
            low = earlier.end()
        high = min(self.region_end, end + 40)
        later = DATE_SENTENCE_END.search(self.text, end, high)
        return FUTURE_CUE.search(self.text, low, later.start() if later else high) is not None


@attrs.frozen
class Reading:
    """A reader's result: the TIMEX3 value, the kind of expression and, for a range
    ("April 13-15", "2009-2010"), the value of its last part."""

    value: str | None
    kind: DateKind = "date"
    through: str | None = None


Reader = Callable[[Match, Context], "Reading | None"]

_SHIFTS = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "this coming": 1,
}  # fmt: skip
_UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")  # fmt: skip
_CENTURY_WORDS = {"eighteenth": 17, "nineteenth": 18, "twentieth": 19, "twenty-first": 20}
#: Words before a bare number that make it a quantity, not a year ("over 2000").
_QUANTITY_BEFORE = frozenset(
    {"about", "almost", "approximately", "estimated", "least", "nearly", "no", "no.",
     "number", "over", "roughly", "some", "than", "total", "under"}
)  # fmt: skip
#: Capitalised words that may stand before a year ("In 2024", "Since 2020").
_CAPITAL_BEFORE_YEAR = frozenset(
    {"a", "after", "an", "and", "around", "before", "between", "by", "during", "for", "from",
     "her", "his", "in", "its", "of", "or", "our", "since", "that", "the", "their", "this",
     "through", "to", "until"}
)  # fmt: skip
#: Lowercase words ending in "s" after a year that are not plural nouns.
_NOT_PLURAL = frozenset(
    {"across", "as", "has", "his", "is", "its", "plus", "this", "thus", "towards", "was"}
)
_IRREGULAR_COUNTED = frozenset(
    {"children", "feet", "km", "men", "people", "police", "staff", "women"}
)
_YEAR_PLURAL_OK = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "a"})
_MONTH_LEADS = frozenset(
    {"after", "before", "by", "during", "early", "from", "in", "late", "last", "mid", "next",
     "of", "since", "this", "through", "till", "until"}
)  # fmt: skip


def _norm(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def _number(word: str | None) -> int | None:
    """The count a number group holds; None for vague counts ("several")."""
    if not word:
        return 1
    key = _norm(word).replace(",", "")
    if key.isdigit():
        return int(key)
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    tens, _, unit = key.partition("-")
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _year(group: str | None) -> int | None:
    return int(group) if group else None


def _with_part(day: str, part: str | None) -> Reading:
    """A day with a part of it ("Friday night"): TimeBank and AQUAINT mostly give the day."""
    return Reading(day)


def _absolute(m: Match, ctx: Context) -> Reading | None:
    """Month and day with optional year and weekday: "Thursday, April 18, 2024", "18 April"."""
    month = month_number(m["month"])
    if month is None:
        return None
    day = int(m["day"])
    year = _year(m["year"])
    if year is not None:
        found = safe_date(year, month, day)
        return None if found is None else Reading(found.isoformat())
    if m["weekday"] and ctx.reference is not None:
        return _day_by_weekday(month, day, weekday_number(m["weekday"]), ctx)
    value = day_of_year_value(month, day, ctx.reference, future=ctx.is_future(m.start(), m.end()))
    return None if value is None else Reading(value)


def _day_by_weekday(month: int, day: int, weekday: int | None, ctx: Context) -> Reading | None:
    """A day without year whose weekday is printed: the year (near the reference) that fits."""
    assert ctx.reference is not None
    for year in (ctx.reference.year, ctx.reference.year - 1, ctx.reference.year + 1):
        found = safe_date(year, month, day)
        if found is not None and found.weekday() == weekday:
            return Reading(found.isoformat())
    value = day_of_year_value(month, day, ctx.reference, future=False)
    return None if value is None else Reading(value)


def _day_range(m: Match, ctx: Context) -> Reading | None:
    """ "April 13-15": the first day (the mention's range covers the rest)."""
    first = _absolute(m, ctx)
    if (
        first is None
        or first.value is None
        or (int(m["day2"]) <= int(m["day"]) and not m["month2"])
    ):
        return None
    month = month_number(m["month2"]) if m["month2"] else int(first.value[5:7])
    if month is None:
        return None
    year = int(first.value[:4]) if first.value[:4].isdigit() else 2000
    year += 1 if month < int(first.value[5:7]) else 0
    last = safe_date(year, month, int(m["day2"]))
    if last is None:
        return None
    through = last.isoformat() if first.value[:4].isdigit() else f"XXXX-{last.isoformat()[5:]}"
    return attrs.evolve(first, through=through)


def _numeric(m: Match, ctx: Context) -> Reading | None:
    """ "2024-04-18", "4/18/2024", "4/18/24"."""
    year = _year(m["year"])
    if year is None:
        short = m["yy"]
        year = int(short)
        if len(short) == 2:
            pivot = (ctx.reference.year if ctx.reference else dt.date.today().year) % 100 + 10
            year += 1900 if year > pivot else 2000
    found = safe_date(year, int(m["mm"]), int(m["dd"]))
    return None if found is None else Reading(found.isoformat())


def _month_year(m: Match, ctx: Context) -> Reading | None:
    month = month_number(m["month"])
    return None if month is None else Reading(f"{int(m['year']):04d}-{month:02d}")


def _year_range(m: Match, ctx: Context) -> Reading | None:
    """ "2009-2010", "1990-91", "from 2016 to 2020": the first year."""
    first, second = int(m["year"]), m["year2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first or last - first > 100:
        return None
    return Reading(f"{first:04d}", through=f"{last:04d}")


def _decade(m: Match, ctx: Context) -> Reading | None:
    """ "the 1990s", "the '90s", "the nineties": ``199``."""
    if m["decade"]:
        return Reading(m["decade"][:3])
    if m["decade_word"]:
        return Reading(f"19{_DECADE_WORDS.index(m['decade_word'].lower()) + 2}")
    short = int(m["decade2"])
    now = ctx.reference.year if ctx.reference else 2000
    century = now // 100 if short <= now % 100 else now // 100 - 1
    return Reading(f"{century:02d}{short // 10}")


def _century(m: Match, ctx: Context) -> Reading | None:
    """ "the 20th century": ``19``."""
    if m["century_word"]:
        return Reading(f"{_CENTURY_WORDS[m['century_word'].lower()]:02d}")
    return Reading(f"{int(m['century']) - 1:02d}")


def _year_shift(m: Match, ctx: Context) -> int | None:
    """The year "this/last/next year" points to, None when not said or no reference."""
    if m["yrel"] is None or ctx.reference is None:
        return None
    return ctx.reference.year + _SHIFTS[m["yrel"].lower()]


def _quarter(m: Match, ctx: Context) -> Reading | None:
    """ "the third quarter", "Q3 2023", "the first half of 2024"."""
    if m["qcode"]:
        part = m["qcode"].upper()
    else:
        part = ("Q" if m["unit"].lower() == "quarter" else "H") + str(_ORDINALS[m["ord"].lower()])
    year = _year(m["year"]) or _year_shift(m, ctx)
    if part[0] == "H" and year is None and m["yrel"] is None:
        return None  # "the first half" of a match
    future = ctx.is_future(m.start(), m.end())
    return Reading(quarter_value(part, year, ctx.reference, future=future))


def _season(m: Match, ctx: Context) -> Reading | None:
    """ "this fall", "last summer", "spring 2023", "in the winter"."""
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return Reading(f"{int(m['year']):04d}-{code}")
    shift = _SHIFTS[_norm(m["rel"])] if m["rel"] else None
    future = ctx.is_future(m.start(), m.end())
    return Reading(season_value(code, ctx.reference, shift, future=future))


def _past_span(m: Match, ctx: Context) -> Reading | None:
    """ "the past three years": a duration, ``P3Y``."""
    return _duration_value(m["num"], m["unit"])


def _duration(m: Match, ctx: Context) -> Reading | None:
    """ "three-day", "60 days", "several months": ``P3D``, ``P60D``, ``PXM``."""
    return _duration_value(m["num"], m["unit"])


def _duration_value(count: str | None, unit_word: str) -> Reading:
    number = _number(count)
    code = _UNIT_CODES[_unit(unit_word)]
    amount = "X" if number is None else str(number)
    if code.startswith("T"):
        return Reading(f"PT{amount}{code[1]}", "duration")
    return Reading(f"P{amount}{code}", "duration")


def _weekend(m: Match, ctx: Context) -> Reading | None:
    """ "this weekend", "last weekend", "the weekend": ``2024-W15-WE``."""
    if ctx.reference is None:
        return Reading("XXXX-WXX-WE")
    shift = _SHIFTS.get(_norm(m["rel"] or "this"), 0)
    future = ctx.is_future(m.start(), m.end())
    saturday = weekday_date(5, ctx.reference, shift, future=future if shift == 0 else False)
    return Reading(week_value(saturday) + "-WE")


def _relative(m: Match, ctx: Context) -> Reading | None:
    """ "last year", "earlier this month", "next week", "this year's": the unit's value."""
    shift = _SHIFTS[_norm(m["rel"])]
    return Reading(shifted_value(m["unit"].lower(), shift, ctx.reference))


def _ago(m: Match, ctx: Context) -> Reading | None:
    """ "two days ago", "a year ago", "a decade ago", "three weeks later"."""
    number = _number(m["num"])
    direction = 1 if m["dir"].lower().startswith(("later", "from", "hence")) else -1
    if number is None:
        return Reading("FUTURE_REF" if direction > 0 else "PAST_REF", "vague")
    unit = _unit(m["unit"])
    if unit in ("second", "minute", "hour"):
        unit, number = "day", 0
    if unit in ("decade", "century"):
        number *= 10 if unit == "decade" else 100
        unit = "year"
    return Reading(shifted_value(unit, direction * number, ctx.reference))


def _day_word(m: Match, ctx: Context) -> Reading | None:
    """ "yesterday", "today", "tomorrow morning", "last night"."""
    word = _norm(m["dayword"])
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word.startswith("the day"):
        shift = -2 if "before" in word else 2
    day = shifted_value("day", shift, ctx.reference)
    return None if day is None else _with_part(day, m["part"])


def _time(m: Match, ctx: Context) -> Reading | None:
    """ "5:03 PM EDT", "9 a.m. Tuesday": the day's value with the clock time."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    meridiem = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    day: str | None
    if m["weekday"]:
        future = ctx.is_future(m.start(), m.end())
        day = weekday_value(weekday_number(m["weekday"]) or 0, ctx.reference, 0, future=future)
    else:
        word = (m["dayword"] or "today").lower()
        day = shifted_value("day", {"yesterday": -1, "tomorrow": 1}.get(word, 0), ctx.reference)
    return Reading(f"{day or 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}", "time")


def _holiday(m: Match, ctx: Context) -> Reading | None:
    """ "Thanksgiving", "Christmas Eve 2023", "last Memorial Day"."""
    rule = HOLIDAYS[_norm(m["holiday"])]
    year = _year(m["year"])
    if year is None and ctx.reference is None:
        fixed = len(rule) == 5 and rule[2] == "-"
        return Reading(f"XXXX-{rule}" if fixed else None)
    if year is not None:
        found = holiday_date(rule, year)
        return None if found is None else Reading(found.isoformat())
    assert ctx.reference is not None
    shift = _SHIFTS[_norm(m["rel"])] if m["rel"] else None
    future = ctx.is_future(m.start(), m.end()) if shift is None else shift > 0
    candidates = [holiday_date(rule, ctx.reference.year + k) for k in (-1, 0, 1)]
    days = [d for d in candidates if d is not None]
    if shift == 0:
        days = [d for d in days if d.year == ctx.reference.year]
    elif future:
        days = [d for d in days if d > ctx.reference or (shift is None and d == ctx.reference)]
    else:
        days = [d for d in days if d < ctx.reference or (shift is None and d == ctx.reference)]
    if not days:
        return None
    chosen = min(days, key=lambda d: abs((d - ctx.reference).days))  # type: ignore[operator]
    return Reading(chosen.isoformat())


def _vague(m: Match, ctx: Context) -> Reading | None:
    """ "now", "recently", "the future": ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``."""
    return Reading(VAGUE_DATES[_norm(m["vague"])], "vague")


def _weekday(m: Match, ctx: Context) -> Reading | None:
    """ "Friday", "last Monday", "Tuesday night"."""
    weekday = weekday_number(m["weekday"])
    if weekday is None:
        return None
    shift = _SHIFTS.get(_norm(m["rel"] or ""), 0)
    future = ctx.is_future(m.start(), m.end())
    value = weekday_value(weekday, ctx.reference, shift, future=future)
    return _with_part(value, m["part"])


def _month_rel(m: Match, ctx: Context) -> Reading | None:
    """ "last June", "early November", "January this year"."""
    month = month_number(m["month"])
    if month is None:
        return None
    year = _year_shift(m, ctx)
    if year is not None:
        return Reading(f"{year:04d}-{month:02d}")
    shift = _SHIFTS[_norm(m["rel"])] if m["rel"] else None
    future = ctx.is_future(m.start(), m.end())
    return Reading(month_value(month, ctx.reference, shift, future=future))


def _word_before(m: Match, ctx: Context) -> str:
    before = DATE_WORD_BEFORE.search(ctx.text, max(ctx.region_start, m.start() - 40), m.start())
    return before.group(1) if before else ""


def _word_after(m: Match, ctx: Context) -> str:
    after = DATE_WORD_AFTER.match(ctx.text, m.end(), min(ctx.region_end, m.end() + 40))
    return after.group(1) if after else ""


def _year_alone(m: Match, ctx: Context) -> Reading | None:
    """ "in 2024", "the 2016 election", "mid-2023", but not "over 2000 people"."""
    year = int(m["year"])
    if m["edge"] or m["fiscal"]:
        return Reading(f"{year:04d}")
    before = _word_before(m, ctx)
    if before.lower() in _QUANTITY_BEFORE:
        return None
    if before[:1].isupper() and before.lower() not in _CAPITAL_BEFORE_YEAR:
        return None  # "Windows 2000", "Euro 2024"
    after = _word_after(m, ctx)
    counted = after in _IRREGULAR_COUNTED or (
        after.islower() and after.endswith("s") and len(after) > 3 and after not in _NOT_PLURAL
    )
    if counted and before.lower() not in _YEAR_PLURAL_OK:
        return None  # "2000 people", "1500 troops"
    return Reading(f"{year:04d}")


def _month_alone(m: Match, ctx: Context) -> Reading | None:
    """ "November", "in March", but not "April Ryan" (a name)."""
    month = month_number(m["month"])
    if month is None:
        return None
    after = _word_after(m, ctx)
    if after[:1].isupper() and _word_before(m, ctx).lower() not in _MONTH_LEADS:
        return None
    future = ctx.is_future(m.start(), m.end())
    return Reading(month_value(month, ctx.reference, None, future=future))


#: The reader of each rule, by the name of its group in ``DATE_EXPRESSION`` (without ``r_``).
READERS: dict[str, Reader] = {
    "ago": _ago,
    "century": _century,
    "day_month": _absolute,
    "day_range": _day_range,
    "day_word": _day_word,
    "decade": _decade,
    "duration": _duration,
    "holiday": _holiday,
    "month": _month_alone,
    "month_day": _absolute,
    "month_rel": _month_rel,
    "month_year": _month_year,
    "numeric": _numeric,
    "past_span": _past_span,
    "quarter": _quarter,
    "relative": _relative,
    "season": _season,
    "time": _time,
    "vague": _vague,
    "weekday": _weekday,
    "weekday_date": _absolute,
    "weekend": _weekend,
    "year": _year_alone,
    "year_range": _year_range,
}
