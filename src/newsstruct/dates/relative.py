"""Readers of the relative date rules: weekdays, months and seasons near the reference
date, "last week", "two days ago", clock times, holidays, durations and vague references.

Each reader takes a :class:`~newsstruct.dates.context.Match` and its
:class:`~newsstruct.dates.context.Context` and returns a
:class:`~newsstruct.dates.context.Reading`, or None to reject the match.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct.dates.calendar import week_value
from newsstruct.dates.context import (
    SHIFTS,
    Context,
    Match,
    Reading,
    month_number,
    norm,
    weekday_number,
    word_after,
    year_of,
    year_shift,
)
from newsstruct.dates.lexicons.holidays import HOLIDAYS
from newsstruct.dates.lexicons.seasons import SEASONS
from newsstruct.dates.lexicons.vague_dates import VAGUE_DATES
from newsstruct.dates.month_ranges import generic_month
from newsstruct.dates.resolve import (
    holiday_date,
    month_value,
    season_value,
    shifted_value,
    weekday_date,
    weekday_value,
)
from newsstruct.dates.times import day_with_part
from newsstruct.dates.weekday_lists import listed_after

__all__ = [
    "read_day_word",
    "read_holiday",
    "read_month_rel",
    "read_relative",
    "read_season",
    "read_vague",
    "read_weekday",
    "read_weekend",
]


def read_season(m: Match, ctx: Context) -> Reading | None:
    """ "this fall", "last summer", "spring 2023", "the spring of last year", "in the winter"."""
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return Reading(f"{year_of(m['year']) or 0:04d}-{code}")
    year = year_shift(m, ctx)
    if year is not None:  # "the spring of last year"
        return Reading(f"{year:04d}-{code}")
    rel = norm(m["rel"] or "")
    focus_year = ctx.focus.year()
    if rel in ("following", "previous") and focus_year is not None:
        return Reading(f"{focus_year + SHIFTS[rel]:04d}-{code}")  # "the following spring"
    shift = SHIFTS[rel] if rel else None
    future = ctx.is_future(m.start(), m.end())
    return Reading(season_value(code, ctx.reference, shift, future=future))


def read_weekend(m: Match, ctx: Context) -> Reading | None:
    """ "this weekend", "last weekend", "the weekend": ``2024-W15-WE``; "this weekend" ahead
    of a future verb or in a paper of Wednesday to Sunday is the one of the same week."""
    if ctx.reference is None:
        return Reading("XXXX-WXX-WE")
    shift = SHIFTS.get(norm(m["rel"] or "this"), 0)
    future = ctx.is_future(m.start(), m.end())
    if norm(m["rel"] or "") == "this" and (future or ctx.reference.weekday() >= 2):
        return Reading(week_value(ctx.reference) + "-WE")  # the weekend of the same week
    saturday = weekday_date(5, ctx.reference, shift, future=future if shift == 0 else False)
    return Reading(week_value(saturday) + "-WE")


def read_relative(m: Match, ctx: Context) -> Reading | None:
    """ "last year", "earlier this month", "next week", "this year's": the unit's value; not
    "This Week" in title case inside a sentence (a programme's name)."""
    unit = m["unit"]
    title_case = unit[:1].isupper() and unit[1:].islower() and m["rel"][:1].isupper()
    if title_case and not _SENTENCE_OPENING.search(
        ctx.text, max(ctx.region_start, m.start() - 3), m.start()
    ):
        return None
    shift = SHIFTS[norm(m["rel"])]
    return Reading(shifted_value(m["unit"].lower(), shift, ctx.reference))


def read_day_word(m: Match, ctx: Context) -> Reading | None:
    """ "yesterday", "today", "tomorrow morning", "last night"."""
    word = norm(m["dayword"])
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word.startswith("the day"):
        shift = -2 if "before" in word else 2
    day = shifted_value("day", shift, ctx.reference)
    part = "night" if word == "tonight" else m["part"]
    return None if day is None else day_with_part(day, part)


#: "St Patrick's Day", "Saint Patrick's Day": the lexicon writes a saint's day "st. ...".
_SAINT = regex.compile(r"^(?:saint|st\.?) ")


def read_holiday(m: Match, ctx: Context) -> Reading | None:
    """ "Thanksgiving", "Christmas Eve 2023", "last Memorial Day", "Easter week" (the week)."""
    rule = HOLIDAYS[_SAINT.sub("st. ", norm(m["holiday"]))]
    year = year_of(m["year"])
    if year is None and ctx.reference is None:
        fixed = len(rule) == 5 and rule[2] == "-" and not m["week"]
        return Reading(f"XXXX-{rule}" if fixed else None)
    if year is not None:
        found = holiday_date(rule, year)
    else:
        assert ctx.reference is not None
        found = _nearest_holiday(rule, m, ctx, ctx.reference)
    if found is None:
        return None
    return Reading(week_value(found) if m["week"] else found.isoformat())


#: A holiday at most this many days ahead is the coming one even in a sentence that does not
#: look ahead ("as Easter week began" six days before Easter), like a month two months ahead.
_HOLIDAY_DAYS_AHEAD = 31


def _nearest_holiday(rule: str, m: Match, ctx: Context, reference: dt.date) -> dt.date | None:
    """The occurrence of a holiday a sentence means: the last one, or the next one when the
    sentence looks ahead, it is said ("next Easter") or it is less than a month away."""
    shift = SHIFTS[norm(m["rel"])] if m["rel"] else None
    future = ctx.is_future(m.start(), m.end()) if shift is None else shift > 0
    candidates = [holiday_date(rule, reference.year + k) for k in (-1, 0, 1)]
    days = [d for d in candidates if d is not None]
    if shift == 0:
        days = [d for d in days if d.year == reference.year]
    elif future:
        days = [d for d in days if d > reference or (shift is None and d == reference)]
    else:
        soon = _HOLIDAY_DAYS_AHEAD if shift is None else 0
        days = [
            d for d in days if (d - reference).days <= soon and (shift is None or d < reference)
        ]
    return min(days, key=lambda d: abs((d - reference).days), default=None)


#: What comes just before the first word of a sentence (not a quote mark: a quoted "This
#: Week" in title case is a programme's name).
_SENTENCE_OPENING = regex.compile(r"(?:^|[.!?]\s{1,2}|\n\s{0,2})$")


def read_vague(m: Match, ctx: Context) -> Reading | None:
    """ "now", "recently", "the future", "current conditions": ``PRESENT_REF``, ``PAST_REF``,
    ``FUTURE_REF``; not "the future contours" or "the long term care unit" (adjectives), "the
    current" (a noun) or a "current account" (a term of its own)."""
    phrase = norm(m["vague"])
    if phrase.endswith(("future", "past", "term")):
        after = word_after(m, ctx)
        if after.islower() and after not in _AFTER_TIME_NOUN:
            return None
    if phrase.endswith("current"):
        after = word_after(m, ctx)
        if not after.isalpha() or not after.islower() or after in _NOT_AFTER_CURRENT:
            return None
    return Reading(VAGUE_DATES[phrase], "vague")


#: Words after "current" that make it a noun ("the current of the river") or part of a
#: term that holds no time ("current account", "current assets").
_NOT_AFTER_CURRENT = frozenset(
    {"account", "accounts", "and", "assets", "flows", "in", "is", "liabilities", "of", "or",
     "ratio", "was"}
)  # fmt: skip


#: Words that may follow "the future" / "the past" used as a noun ("the future of", "the past is").
_AFTER_TIME_NOUN = frozenset(
    {"and", "are", "as", "at", "because", "been", "but", "by", "can", "could", "for", "from",
     "had", "has", "he", "holds", "i", "if", "in", "is", "it", "looks", "may", "might", "of",
     "on", "or", "remains", "seems", "she", "should", "so", "than", "that", "there", "they",
     "to", "was", "we", "were", "when", "where", "which", "will", "with", "would", "you"}
)  # fmt: skip


def read_weekday(m: Match, ctx: Context) -> Reading | None:
    """ "Friday", "last Monday", "Tuesday night", "Monday week"."""
    weekday = weekday_number(m["weekday"])
    if weekday is None:
        return None
    if m["wrel"]:
        return _weekday_of_week(weekday, m, ctx)
    shift = SHIFTS.get(norm(m["rel"] or m["post"] or ""), 0)
    if m["week_on"] and ctx.reference is not None and not m["rel"]:
        day = weekday_date(weekday, ctx.reference, 1, future=True) + dt.timedelta(days=7)
        return Reading(day.isoformat())  # "Monday week": a week after the coming Monday
    listed = None if m["rel"] or m["post"] else listed_after(weekday, m.start(), ctx)
    if listed is not None:
        return day_with_part(listed.isoformat(), m["part"])
    future = ctx.is_future(m.start(), m.end())
    said = ctx.is_said(m.start())
    sure = future and ctx.is_future_verb(m.start(), leads=False)  # not "as planned Saturday"
    value = weekday_value(weekday, ctx.reference, shift, future=future, said=said, sure=sure)
    if m["week_on"]:  # "last Monday week": the weekday, without "week"
        return Reading(value, start=m.start(), end=m.span("weekday")[1])
    return day_with_part(value, m["part"])


def _weekday_of_week(weekday: int, m: Match, ctx: Context) -> Reading:
    """ "Tuesday last week", "Monday of next week": the weekday in the week named."""
    if ctx.reference is None:
        return day_with_part(f"XXXX-WXX-{weekday + 1}", m["part"])
    monday = ctx.reference - dt.timedelta(days=ctx.reference.weekday())
    day = monday + dt.timedelta(weeks=SHIFTS[m["wrel"].lower()], days=weekday)
    return day_with_part(day.isoformat(), m["part"])


def read_month_rel(m: Match, ctx: Context) -> Reading | None:
    """ "last June", "early November", "January this year"."""
    month = month_number(m["month"])
    if month is None:
        return None
    year = year_shift(m, ctx)
    if year is not None:
        return Reading(f"{year:04d}-{month:02d}")
    rel = norm(m["rel"] or "")
    if rel in ("following", "previous") and ctx.text[m.start() : m.start() + 3].lower() == "the":
        return _month_from_focus(month, SHIFTS[rel], ctx)
    if rel == "following":  # a preposition: "following January's vote"
        future = ctx.is_future(m.start(), m.end())
        value = month_value(month, ctx.reference, None, future=future)
        return Reading(value, start=m.span("month")[0], end=m.end())
    shift = SHIFTS[rel] if rel else None
    generic = None if shift is not None else generic_month(month, m, ctx)
    if generic is not None:
        return Reading(generic)  # "normally reaches Kerala in early June": ``XXXX-06``
    year = None if shift is not None else ctx.focus.year_ahead_in_sentence(ctx.text, m.start())
    if year is not None:
        return Reading(f"{year:04d}-{month:02d}")  # "early March" after "in 2009"
    future = ctx.is_future(m.start(), m.end())
    sure = future and shift is None and ctx.is_future_verb(m.start())
    return Reading(month_value(month, ctx.reference, shift, future=future, sure=sure))


def _month_from_focus(month: int, shift: int, ctx: Context) -> Reading:
    """ "the following January", "the previous March": the first such month after (before)
    the month the story is at, or the year after (before) the year it is at when it named a
    year last ("in 2019 ... the following March" is 2020-03)."""
    focus_month, focus_year = ctx.focus.month(), ctx.focus.year()
    if focus_year is None:
        return Reading(f"XXXX-{month:02d}")
    if focus_month is None or focus_month[0] != focus_year:
        return Reading(f"{focus_year + shift:04d}-{month:02d}")
    year, at = focus_month
    if shift > 0:
        year += month <= at
    else:
        year -= month >= at
    return Reading(f"{year:04d}-{month:02d}")
