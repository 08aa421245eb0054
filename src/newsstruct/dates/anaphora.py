"""Readers of the anaphoric rules (:mod:`newsstruct.dates.grammar_anaphora`): the time
they name is where the story is, the :class:`~newsstruct.dates.focus.Focus`, not
the publication date.

"that day" is the day the text last named; "the following Monday" the Monday
after it; "the quarter" and "the latest period" of a results story the quarter
it reports (the last one it named, else the last one closed at publication);
"the year-ago quarter" and "year-earlier" results the same quarter a year before.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct.dates.calendar import week_value
from newsstruct.dates.context import (
    Context,
    Match,
    Reader,
    Reading,
    month_number,
    norm,
    weekday_number,
    word_after,
    word_before,
    year_of,
)
from newsstruct.dates.fiscal import fiscal_code_year, read_bare_quarter
from newsstruct.dates.lexicons.seasons import SEASONS
from newsstruct.dates.resolve import quarter_value
from newsstruct.dates.times import day_with_part

__all__ = [
    "ANAPHORA_READERS",
    "read_edge_of",
    "read_focus_part",
    "read_focus_weekday",
    "read_ordinal_day",
    "read_period",
    "read_results_code",
    "read_that_unit",
]

#: Leads of "the ... quarter" that name the same quarter a year before.
_YEAR_BEFORE = frozenset(
    {"comparable", "comparable year-ago", "comparable year-earlier", "corresponding",
     "prior-year", "year-ago", "year-before", "year-earlier"}
)  # fmt: skip
#: "today is the eighth day", "it's the second day": the ordinal day is the reference day.
_COPULAS = frozenset({"is", "it's", "it’s", "marks", "marked", "today"})
#: Words after "the year" that make it a length of twelve months ("the year ended June 30").
_PERIOD_ENDS = frozenset({"ended", "ending", "ends", "through", "to"})


def _unit_in_focus(unit: str, ctx: Context) -> str | None:
    """The value of the day, week, month, quarter or year the story is at."""
    if unit in ("day", "week", "weekend"):
        day = ctx.focus.day()
        if day is None:
            return None
        if unit == "day":
            return day.isoformat()
        return week_value(day) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        month = ctx.focus.month()
        return None if month is None else f"{month[0]:04d}-{month[1]:02d}"
    if unit == "quarter":
        quarter = ctx.focus.quarter()
        return None if quarter is None else f"{quarter[0]:04d}-Q{quarter[1]}"
    year = ctx.focus.year()
    return None if year is None else f"{year:04d}"


#: A finite verb right after "that <season>": the "that" opens a reported clause whose
#: subject is the season ("said that summer is the busiest season").
_CLAUSE_AFTER = regex.compile(
    r"\s+(?:is|are|was|were|will|would|could|can|may|might|has|had|brings|brought)\b", regex.I
)


def read_that_unit(m: Match, ctx: Context) -> Reading | None:
    """ "that day", "later that year", "the same week", "that March morning", "that night",
    "that summer"."""
    if m["month"]:
        year, month = year_of(m["year"]) or ctx.focus.year(), month_number(m["month"])
        value = None if year is None or month is None else f"{year:04d}-{month:02d}"
        return Reading(value, anchors=False)
    if m["season"]:  # "that summer": the season of the year the story is at
        opens = ctx.text[m.start() : m.start() + 5] == "that "  # not a sentence's "That"
        if opens and _CLAUSE_AFTER.match(ctx.text, m.end()):
            return None  # "warned that winter would bring outages": "that" opens a clause
        year = ctx.focus.year()
        code = SEASONS[m["season"].lower()]
        return Reading(None if year is None else f"{year:04d}-{code}", anchors=False)
    if m["part"]:
        day = _unit_in_focus("day", ctx)
        return None if day is None else day_with_part(day, m["part"])
    return Reading(_unit_in_focus(m["unit"].lower(), ctx), anchors=False)


def read_focus_weekday(m: Match, ctx: Context) -> Reading | None:
    """ "the previous Friday", "the following Monday", "the Friday before", "the Monday after"
    (nothing after them): next to the day the story is at."""
    weekday = weekday_number(m["weekday"])
    day = ctx.focus.day()
    if weekday is None or day is None:
        return Reading(None)
    if norm(m["rel"]) in ("previous", "preceding", "before"):
        found = day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)
    else:
        found = day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)
    return Reading(found.isoformat())


def read_focus_part(m: Match, ctx: Context) -> Reading | None:
    """ "the next morning", "the previous night": the day after (before) the story's day;
    "in the morning": the story's day."""
    day = ctx.focus.day()
    if day is None:
        return Reading(None)
    rel = norm(m["rel"] or "")
    shift = -1 if rel in ("previous", "preceding") else 0 if not rel else 1
    return day_with_part((day + dt.timedelta(days=shift)).isoformat(), m["part"])


def read_ordinal_day(m: Match, ctx: Context) -> Reading | None:
    """ "today is the eighth day of the strike": the day it is; "the 40th day" elsewhere
    names a day the text does not date (no value)."""
    before = ctx.text[max(ctx.region_start, m.start() - 12) : m.start()].lower().split()
    if before and before[-1] in _COPULAS and ctx.reference is not None:
        return Reading(ctx.reference.isoformat())
    return Reading(None)


def read_results_code(m: Match, ctx: Context) -> Reading | None:
    """ "the December quarter" (the quarter that ends in December, as Australian and Indian
    results name it), "FY24", "FY 2024", "Q4 FY24": the fiscal year's (quarter's) label."""
    if m["bare"]:
        return read_bare_quarter(m, ctx)
    if m["qmonth"]:
        part = f"Q{(month_number(m['qmonth']) or 3) // 3}"
        future = ctx.is_future(m.start(), m.end())
        return Reading(quarter_value(part, None, ctx.reference, future=future))
    year = fiscal_code_year(m["fy"]) or 0
    return Reading(f"{year:04d}-{m['qcode'].upper()}" if m["qcode"] else f"{year:04d}")


def read_period(m: Match, ctx: Context) -> Reading | None:
    """ "the quarter", "the year-ago period", "the 1988 quarter", "the fiscal year",
    "year-earlier" results, "year-end", "the half-year to August 31"."""
    if m["half_year"]:
        return Reading("P6M", "duration")  # "the half-year to August 31", as "the year to"
    lead = norm(m["lead"] or "")
    unit = (m["unit"] or "year").lower()
    if m["end"]:  # "year-end": the reference year's, or the last one "since year-end"
        if ctx.reference is None:
            return Reading(None)
        since = word_before(m, ctx).lower() == "since"
        return Reading(f"{ctx.reference.year - since:04d}", anchors=False)
    if unit == "year":
        return _the_year(m, ctx, lead)
    explicit = ctx.focus.last_quarter
    if m["year"]:  # "the 1988 period": a point of comparison, not where the story is
        year = year_of(m["year"]) or 0
        value = f"{year:04d}" if explicit is None else f"{year:04d}-Q{explicit[1]}"
        return Reading(value, anchors=False)
    if unit == "period" and (
        (explicit is None and lead != "latest") or word_after(m, ctx).lower() == "of"
    ):
        return None  # "the period" of no quarter named, "the latest period of unrest"
    back = lead in _YEAR_BEFORE or m["ago"] is not None
    if lead == "current" and ctx.reference is not None:
        return Reading(f"{ctx.reference.year:04d}-Q{(ctx.reference.month - 1) // 3 + 1}")
    quarter = ctx.focus.quarter()
    if quarter is None:
        return Reading(None)
    return Reading(f"{quarter[0] - back:04d}-Q{quarter[1]}", anchors=not back)


def _the_year(m: Match, ctx: Context, lead: str) -> Reading | None:
    """ "the year", "the fiscal year", "the latest fiscal year", "year-earlier"."""
    if lead in ("year-ago", "year-earlier"):
        quarter = ctx.focus.last_quarter
        if quarter is not None:
            return Reading(f"{quarter[0] - 1:04d}-Q{quarter[1]}", anchors=False)
        year = ctx.focus.year()
        return Reading(None if year is None else f"{year - 1:04d}", anchors=False)
    if word_after(m, ctx).lower() in _PERIOD_ENDS:
        return Reading("P1Y", "duration")
    if m["unit"] and m["unit"][:1].isupper() and m["unit"][1:].islower():
        return None  # "Player of the Year": a title
    # the year a results story reports: its quarter's, else the publication year
    quarter = ctx.focus.last_quarter
    year = quarter[0] if quarter else None if ctx.reference is None else ctx.reference.year
    if year is None:
        return Reading(None)
    shift = {"latest": -1, "previous": -1, "prior": -1, "last": -1, "next": 1, "coming": 1}
    return Reading(f"{year + shift.get(lead, 0):04d}", anchors=False)


def read_edge_of(m: Match, ctx: Context) -> Reading | None:
    """ "the end of the year", "the start of the month", "the end of the decade", "the end of
    1990", "the end of that year", "the rest of the week": that unit (TimeML marks the edge
    with ``mod``; the value stays the unit's); "that week" is the story's week, "the week"
    (and "the rest of the day") the paper's."""
    year = year_of(m["year"])
    if year is not None:
        return Reading(f"{year:04d}")
    unit = m["unit"].lower()
    if unit == "day":  # "the rest of the day": the paper's
        return Reading(None if ctx.reference is None else ctx.reference.isoformat())
    if unit == "week" and not m["that"]:
        return Reading(None if ctx.reference is None else week_value(ctx.reference))
    if unit in ("decade", "century"):  # "by the end of the decade": 202, "of the century": 20
        year = ctx.focus.year()
        digits = 3 if unit == "decade" else 2
        return Reading(None if year is None else f"{year // 10 ** (4 - digits):0{digits}d}")
    return Reading(_unit_in_focus(unit, ctx))


#: The reader of each of the grammar's anaphora rules (:mod:`newsstruct.dates.grammar_anaphora`),
#: by rule name, for :data:`newsstruct.dates.rules.READERS`.
ANAPHORA_READERS: dict[str, Reader] = {
    "edge_of": read_edge_of,
    "focus_part": read_focus_part,
    "focus_weekday": read_focus_weekday,
    "ordinal_day": read_ordinal_day,
    "period": read_period,
    "results_code": read_results_code,
    "that_unit": read_that_unit,
}
