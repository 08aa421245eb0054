"""One reader per grammar rule of :func:`newsstruct.dates.grammar.date_grammar`.

Each reader turns a match into a :class:`~newsstruct.dates.context.Reading`
(TIMEX3 value and kind) or rejects it (``None``: "over 2000 people" is no
year).  The absolute forms (dates, years, decades, quarters) are read here,
the relative ones in :mod:`newsstruct.dates.relative`; :data:`READERS` maps
every rule to its reader.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsstruct.dates.anaphora import ANAPHORA_READERS
from newsstruct.dates.bare_days import read_day_of_month, read_new_year
from newsstruct.dates.calendar import safe_date, week_value
from newsstruct.dates.context import (
    Context,
    Match,
    Reader,
    Reading,
    day_of,
    month_number,
    weekday_number,
    word_after,
    word_before,
    year_of,
    year_shift,
)
from newsstruct.dates.durations import (
    read_a_unit,
    read_ago,
    read_clock_duration,
    read_duration,
    read_duration_range,
    read_past_span,
    read_plural,
    read_unit_before,
)
from newsstruct.dates.fiscal import fiscal_code_year, read_year_to_date
from newsstruct.dates.fractions import read_quarter_of
from newsstruct.dates.month_parts import read_nth_of_month
from newsstruct.dates.month_ranges import generic_month, range_end_after, range_start_before
from newsstruct.dates.pieces import D_MONTH_FULL, D_WEEKDAY_FULL
from newsstruct.dates.relative import (
    read_day_word,
    read_holiday,
    read_month_rel,
    read_relative,
    read_season,
    read_vague,
    read_weekday,
    read_weekend,
)
from newsstruct.dates.resolve import day_of_year_value, month_value, quarter_value
from newsstruct.dates.sets import read_set, read_weekday_plural
from newsstruct.dates.strings import read_date_string
from newsstruct.dates.times import read_day_part, read_time

__all__ = ["READERS"]


_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 2,
}
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")  # fmt: skip
_CENTURY_WORDS = {"eighteenth": 17, "nineteenth": 18, "twentieth": 19, "twenty-first": 20}
#: Words before a bare number that make it a quantity, not a year ("over 2000").
_QUANTITY_BEFORE = frozenset(
    {"about", "almost", "approximately", "estimated", "least", "nearly", "no", "no.",
     "number", "over", "roughly", "some", "than", "total", "under"}
)  # fmt: skip
#: Words before a dotted number that make it a version, not a date.
_VERSION_WORDS = frozenset({"build", "release", "v", "ver", "version"})
#: A bare number below this is a year only after a preposition or determiner.
_OLD_YEAR = 1800
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
#: Words before a year that keep it a year before a plural noun: determiners ("the 2016
#: elections") and the prepositions of time ("In 2009 prices rose", "since 2019 sales").
_YEAR_PLURAL_OK = frozenset(
    {"a", "after", "before", "by", "during", "her", "his", "in", "its", "our", "since", "that",
     "the", "their", "this", "through", "until"}
)  # fmt: skip
_MONTH_LEADS = frozenset(
    {"after", "before", "by", "during", "early", "from", "in", "late", "last", "mid", "next",
     "of", "since", "this", "through", "till", "until"}
)  # fmt: skip


def _absolute(m: Match, ctx: Context) -> Reading | None:
    """Month and day with optional year and weekday: "Thursday, April 18, 2024", "18 April"."""
    month = month_number(m["month"])
    if month is None:
        return None
    day = day_of(m["day"])
    year = (
        year_of(m["year"]) or year_shift(m, ctx) or fiscal_code_year(m["fy"])
    )  # "March 3, 2024", "3 March last year"
    if year is not None:
        found = safe_date(year, month, day)
        return None if found is None else Reading(found.isoformat())
    if m["weekday"] and ctx.reference is not None:
        return _day_by_weekday(month, day, weekday_number(m["weekday"]), ctx)
    year = ctx.focus.year_ahead_in_sentence(ctx.text, m.start())
    if year is not None:  # "in 2009 ... on March 3"
        found = safe_date(year, month, day)
        return None if found is None else Reading(found.isoformat())
    value = day_of_year_value(month, day, ctx.reference, future=ctx.is_future(m.start(), m.end()))
    return None if value is None else Reading(_not_after_reference(value, m, ctx))


def _not_after_reference(value: str, m: Match, ctx: Context) -> str:
    """A day or month after "since" or a past speech verb ("since June 1", "said in April")
    came before the reference date: a year back when the window read it ahead."""
    reference = ctx.reference
    if reference is None or not value[:4].isdigit() or value.endswith("-02-29"):
        return value
    if value <= reference.isoformat()[: len(value)] or not ctx.is_said(m.start()):
        return value
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def _day_by_weekday(month: int, day: int, weekday: int | None, ctx: Context) -> Reading | None:
    """A day without year whose weekday is printed: the year (near the reference) that fits."""
    assert ctx.reference is not None
    for year in (ctx.reference.year, ctx.reference.year - 1, ctx.reference.year + 1):
        found = safe_date(year, month, day)
        if found is not None and found.weekday() == weekday:
            return Reading(found.isoformat())
    value = day_of_year_value(month, day, ctx.reference, future=False)
    return None if value is None else Reading(value)


def _day_range(m: Match, ctx: Context) -> tuple[Reading, ...] | None:
    """ "April 13-15", "April 24 and 25": two timexes, "April 13" and "15" (TimeML tags each
    end); the first alone when the second cannot end it ("April 13 and 12")."""
    first = _absolute(m, ctx)
    if first is None or first.value is None:
        return None
    first_end = m.span("day")[1]
    while ctx.text[first_end].isalpha():  # "13th"
        first_end += 1
    alone = (attrs.evolve(first, start=m.start(), end=first_end),)
    month = month_number(m["month2"]) if m["month2"] else int(first.value[5:7])
    if month is None or (int(m["day2"]) <= int(m["day"]) and not m["month2"]):
        return alone
    known = first.value[:4].isdigit()
    year = int(first.value[:4]) if known else 2000
    year += 1 if month < int(first.value[5:7]) else 0
    last = safe_date(year, month, int(m["day2"]))
    if last is None:
        return alone
    second = last.isoformat() if known else f"XXXX-{last.isoformat()[5:]}"
    second_start = m.span("month2")[0] if m["month2"] else m.span("day2")[0]
    return (*alone, Reading(second, start=second_start, end=m.end()))


def _week_of(m: Match, ctx: Context) -> Reading | None:
    """ "the week of March 6": the week that holds the day (``2000-W10``); "the first week of
    May", "the last Saturday in September": :func:`~newsstruct.dates.month_parts.read_nth_of_month`."""
    if m["nth"]:
        return read_nth_of_month(m, ctx)
    day = _absolute(m, ctx)
    if day is None or day.value is None:
        return day
    if not day.value[:4].isdigit():
        return Reading("XXXX-WXX")  # no reference date: the week is unknown
    return Reading(week_value(dt.date.fromisoformat(day.value)))


def _numeric(m: Match, ctx: Context) -> Reading | None:
    """ "2024-04-18", "4/18/2024", "4/18/24"."""
    year = year_of(m["year"])
    if year is None:
        short = m["yy"]
        year = int(short)
        if len(short) == 2:
            pivot = (ctx.reference.year if ctx.reference else dt.date.today().year) % 100 + 10
            year += 1900 if year > pivot else 2000
    found = safe_date(year, int(m["mm"]), int(m["dd"]))
    return None if found is None else Reading(found.isoformat())


def _numeric_other(m: Match, ctx: Context) -> Reading | None:
    """ "18.04.2024", "21/10/2019", "2024/4/18": day-first and year-first numeric dates,
    read by dateparser (:mod:`newsstruct.dates.strings`)."""
    if word_before(m, ctx).lower() in _VERSION_WORDS:
        return None  # "version 2.1.2024"
    found = read_date_string(ctx.text[m.start() : m.end()])
    return None if found is None else Reading(found.value)


def _month_year(m: Match, ctx: Context) -> Reading | None:
    month = month_number(m["month"])
    year = year_of(m["year"])
    return None if month is None or year is None else Reading(f"{year:04d}-{month:02d}")


def _year_range(m: Match, ctx: Context) -> tuple[Reading, ...] | None:
    """ "2009-2010", "1990-91": two timexes, one per year."""
    first, second = year_of(m["year"]) or 0, m["year2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first or last - first > 100:
        return None
    start, end = m.span("year2")
    return (
        Reading(f"{first:04d}", end=m.span("year")[1]),
        Reading(f"{last:04d}", start=start, end=end),
    )


def _decade(m: Match, ctx: Context) -> Reading | None:
    """ "the 1990s", "the '90s", "the nineties": ``199``."""
    if m["decade"]:
        return Reading(m["decade"][:3])
    if m["decade_word"]:
        hundreds = 18 if (m["hundreds"] or "").lower() == "eighteen" else 19
        return Reading(f"{hundreds}{_DECADE_WORDS.index(m['decade_word'].lower()) + 2}")
    short = int(m["decade2"])
    now = ctx.reference.year if ctx.reference else 2000
    century = now // 100 if short <= now % 100 else now // 100 - 1
    return Reading(f"{century:02d}{short // 10}")


def _century(m: Match, ctx: Context) -> Reading | None:
    """ "the 20th century": ``19``."""
    if m["century_word"]:
        return Reading(f"{_CENTURY_WORDS[m['century_word'].lower()]:02d}")
    return Reading(f"{int(m['century']) - 1:02d}")


def _quarter(m: Match, ctx: Context) -> Reading | None:
    """ "the third quarter", "Q3 2023", "the first half of 2024", "the first half of FY25"."""
    if m["qcode"]:
        part = m["qcode"].upper()
    else:
        part = ("Q" if m["unit"].lower() == "quarter" else "H") + str(_ORDINALS[m["ord"].lower()])
    year = year_of(m["year"]) or year_shift(m, ctx) or fiscal_code_year(m["fy"])
    if year is None and m["focus_year"]:
        year = ctx.focus.year()  # "the first half of the year": the year the story is at
        if year is None:
            return Reading(f"XXXX-{part}")
    if part[0] == "H" and year is None and m["yrel"] is None:
        return None  # "the first half" of a match
    future = ctx.is_future(m.start(), m.end())
    value = quarter_value(part, year, ctx.reference, future=future)
    if m["back"] and value[:4].isdigit():  # "the year-ago third quarter"
        return Reading(f"{int(value[:4]) - 1:04d}{value[4:]}", anchors=False)
    # A quarter not yet over in a sentence that looks ahead ("will result in a fourth-quarter
    # charge" in November) is a forecast, not the quarter the story reports: it leaves the
    # focus that "the latest quarter" and "a year ago" read.
    anchors = not (future and _not_over(value, ctx.reference))
    if m["sep"] and "-" in m["sep"] and not m["back"] and m.start() < m.span("ord")[0]:
        return Reading(value, start=m.span("ord")[0], anchors=anchors)  # not "the" of it
    return Reading(value, anchors=anchors)


def _not_over(value: str, reference: dt.date | None) -> bool:
    """Whether a quarter or half (``2024-Q2``, ``2024-H1``) had not ended by ``reference``."""
    if reference is None or not value[:4].isdigit():
        return False
    last_month = int(value[-1]) * (3 if value[5] == "Q" else 6)
    return (int(value[:4]), last_month) >= (reference.year, reference.month)


def _year_alone(m: Match, ctx: Context) -> Reading | None:
    """ "in 2024", "the 2016 election", "mid-2023", "nineteen ninety-six", "the year two
    thousand", but not "over 2000 people"."""
    year = year_of(m["year"]) or 0
    if m["edge"] or m["fiscal"] or m["the_year"]:
        return Reading(f"{year:04d}")
    before = word_before(m, ctx)
    if before.lower() in _QUANTITY_BEFORE:
        return None
    if year < _OLD_YEAR and before.lower() not in _CAPITAL_BEFORE_YEAR:
        return None  # "1600 Pennsylvania Avenue": an old year needs "in", "the", "since" ...
    digits = m["year"][:1].isdigit()
    if digits and before[:1].isupper() and before.lower() not in _CAPITAL_BEFORE_YEAR:
        return None  # "Windows 2000", "Euro 2024"; not "Atlanta, nineteen ninety-six"
    after = word_after(m, ctx)
    counted = after in _IRREGULAR_COUNTED or (
        after.islower() and after.endswith("s") and len(after) > 3 and after not in _NOT_PLURAL
    )
    if counted and before.lower() not in _YEAR_PLURAL_OK:
        return None  # "2000 people", "1500 troops"
    return Reading(f"{year:04d}")


def _month_alone(m: Match, ctx: Context) -> Reading | None:
    """ "November", "in March" (``XXXX-03`` in a sentence of a habit: "usually peaks in March"),
    but not "April Ryan" (a name) nor "the March for Life" (an event's name)."""
    month = month_number(m["month"])
    if month is None:
        return None
    after = word_after(m, ctx)
    lead = word_before(m, ctx).lower() in _MONTH_LEADS
    if after[:1].isupper() and not lead:
        return None
    if not lead and _NAME_AFTER_MONTH.match(ctx.text, m.end(), min(ctx.region_end, m.end() + 40)):
        return None
    ranged = generic_month(month, m, ctx) or range_end_after(month, m, ctx)  # "usually", "from"
    if ranged is not None:
        return Reading(ranged)
    year = ctx.focus.year_ahead_in_sentence(ctx.text, m.start())
    if year is not None:
        return Reading(f"{year:04d}-{month:02d}")  # "in 2009 ... in March"
    future = ctx.is_future(m.start(), m.end())
    ranged = range_start_before(month, m, ctx, future=future)
    if ranged is not None:
        return Reading(ranged)
    sure = future and ctx.is_future_verb(m.start())
    value = month_value(month, ctx.reference, None, future=future, sure=sure)
    return Reading(_not_after_reference(value, m, ctx))


#: What follows a month in an event's name: "March for Life", "March of the Combatant Mothers",
#: "March on Washington" (a capitalised word that is no weekday or month).
_NAME_AFTER_MONTH = regex.compile(
    rf"\s{{1,3}}(?:for|of|on|against)\s{{1,3}}(?:the\s{{1,3}})?(?!{D_WEEKDAY_FULL}|{D_MONTH_FULL})\p{{Lu}}"
)


#: The reader of each rule, by the name of its group in ``date_grammar()`` (without ``r_``).
READERS: dict[str, Reader] = {
    **ANAPHORA_READERS,
    "day_of_month": read_day_of_month,
    "new_year": read_new_year,
    "quarter_of": read_quarter_of,
    "a_unit": read_a_unit,
    "clock_duration": read_clock_duration,
    "duration_range": read_duration_range,
    "plural": read_plural,
    "ago": read_ago,
    "century": _century,
    "day_month": _absolute,
    "day_range": _day_range,
    "day_part": read_day_part,
    "day_word": read_day_word,
    "decade": _decade,
    "duration": read_duration,
    "holiday": read_holiday,
    "month": _month_alone,
    "month_day": _absolute,
    "month_rel": read_month_rel,
    "month_year": _month_year,
    "numeric": _numeric,
    "numeric_other": _numeric_other,
    "past_span": read_past_span,
    "quarter": _quarter,
    "relative": read_relative,
    "season": read_season,
    "set": read_set,
    "weekday_plural": read_weekday_plural,
    "time": read_time,
    "vague": read_vague,
    "weekday": read_weekday,
    "unit_before": read_unit_before,
    "weekday_date": _absolute,
    "week_of": _week_of,
    "weekend": read_weekend,
    "year": _year_alone,
    "year_range": _year_range,
    "year_to_date": read_year_to_date,
}
