"""Readers of sets, times that recur (TIMEX3 type SET), with TimeML's ``quant`` and ``freq``.

A set's value is the period it recurs with (``P1W`` for "every week", ``P2W`` for
"every other week" and "every two weeks") or the calendar slot it recurs in, with
``X`` for the parts that vary (``XXXX-WXX-1`` every Monday, ``XXXX-07`` each July,
``XXXX-SU`` every summer, ``XXXX-WXX-WE`` every weekend, ``XXXX-XX-XXTMO`` every
morning).  ``quant`` keeps the quantifier ("EVERY", "EACH"), ``freq`` how often
within the period ("2X" for "twice weekly").

>>> import datetime as dt
>>> from newsstruct.dates import find_dates
>>> from newsstruct.model import Span
>>> text = "Orangemen march each July; flights leave on Tuesday nights and twice weekly."
>>> found = find_dates(text, (Span.of(text, 0, len(text)),), dt.date(2024, 4, 18))
>>> [(d.text, d.value, d.quant, d.freq) for d in found]
[('each July', 'XXXX-07', 'EACH', None), ('Tuesday nights', 'XXXX-WXX-2TNI', None, None), ('twice weekly', 'P1W', None, '2X')]
"""

from __future__ import annotations

import regex

from newsstruct.dates.context import UNIT_CODES, Context, Match, Reading, count_of, month_number
from newsstruct.dates.context import weekday_number as _weekday_number
from newsstruct.dates.lexicons.seasons import SEASONS

__all__ = ["read_set", "read_weekday_plural"]

_ADVERB_UNITS = {
    "daily": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year", "nightly": "night", "hourly": "hour",
}  # fmt: skip
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_FREQS = {"once": "1X", "twice": "2X", "thrice": "3X"}
#: Words of a quantity right before a set adverb that make it a rate ("20% annually",
#: "$5 million yearly"), which TimeML leaves alone like "$5 million a year".
_QUANTITY_WORDS = frozenset({"billion", "cents", "dollars", "million", "percent", "thousand"})
_AMOUNT = regex.compile(r"[%$€£¥]|\d[.,]\d")
#: Units whose period is counted in years ("every decade": ``P10Y``).
_YEARS_IN = {"decade": 10}


def _part(word: str | None) -> str:
    """ "T" and the TIMEX3 code of a part of the day ("nights": ``TNI``), "" for none."""
    return "" if not word else "T" + _PART_CODES[word.lower().rstrip("s")]


def _weekday(word: str) -> int:
    return (_weekday_number(word) or 0) + 1


def read_set(m: Match, ctx: Context) -> Reading | None:
    """ "every Monday night", "each July", "every summer", "every other week", "every two
    weeks", "every weekend", "daily", "twice weekly": a set with its ``quant`` and ``freq``."""
    if m["adverb"] and _after_a_quantity(m, ctx):
        return None  # "rise 8.5% annually", "10,000 units annually": a rate
    quant = m["quant"].upper() if m["quant"] else None
    freq = _FREQS[m["freq"].lower()] if m["freq"] else None
    if m["weekday"]:
        return Reading(f"XXXX-WXX-{_weekday(m['weekday'])}{_part(m['part'])}", "set", quant=quant)
    if m["month"]:
        return Reading(f"XXXX-{month_number(m['month']) or 0:02d}", "set", quant=quant)
    if m["season"]:
        return Reading(f"XXXX-{SEASONS[m['season'].lower()]}", "set", quant=quant)
    if m["weekend"]:
        return Reading("XXXX-WXX-WE", "set", quant=quant)
    unit = _ADVERB_UNITS[m["adverb"].lower()] if m["adverb"] else m["unit"].lower().rstrip("s")
    if unit in _PART_CODES:
        return Reading(f"XXXX-XX-XXT{_PART_CODES[unit]}", "set", quant=quant)
    every: int | None = 2 if m["other"] else 1
    if unit == "fortnight":  # "every fortnight": two weeks
        unit, every = "week", 2 * (every or 1)
    if m["num"]:
        every = count_of(m["num"])  # "every two weeks"; None for "every few years"
    amount = "X" if every is None else str(every)
    if unit in _YEARS_IN:
        years = "X" if every is None else str(every * _YEARS_IN[unit])
        return Reading(f"P{years}Y", "set", quant=quant)
    code = UNIT_CODES[unit]
    if code.startswith("T"):  # "hourly": PT1H
        return Reading(f"PT{amount}{code[1]}", "set", quant=quant, freq=freq)
    return Reading(f"P{amount}{code}", "set", quant=quant, freq=freq)


def _after_a_quantity(m: Match, ctx: Context) -> bool:
    """Whether one of the two words before the match is an amount (a percentage, money, a
    number with a comma or a point) or a word of quantity ("by 20% annually", "10,000 units
    annually", "$2 million yearly"), not a count of events ("2 pills daily", "3 times daily")."""
    words = ctx.text[max(ctx.region_start, m.start() - 40) : m.start()].lower().split()[-2:]
    return any(_AMOUNT.search(word) or word in _QUANTITY_WORDS for word in words)


def read_weekday_plural(m: Match, ctx: Context) -> Reading | None:
    """ "Mondays", "on Tuesday nights", "weekends": every such day (no quantifier said)."""
    if m["weekend"]:
        return Reading("XXXX-WXX-WE", "set")
    return Reading(f"XXXX-WXX-{_weekday(m['weekday'])}{_part(m['part'])}", "set")
