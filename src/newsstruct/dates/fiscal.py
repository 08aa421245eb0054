"""Readers of company-results periods that name no year: a bare quarter code ("Analysts
expect Q2 revenue to rise", "in Q3") and "year to date" ("shares have risen 18% year to
date", "year-to-date sales"), the year so far, as "so far this year" is (``2024``); and the
year of a fiscal year's code ("FY25" in "the first half of FY25")."""

from __future__ import annotations

from newsstruct.dates.context import Context, Match, Reading, word_after, word_before
from newsstruct.dates.resolve import quarter_value

__all__ = ["fiscal_code_year", "read_bare_quarter", "read_year_to_date"]

#: Words after a bare quarter code that make it a results period: "Q2 revenue", "Q3 results".
_RESULTS_NOUNS = frozenset(
    {"deliveries", "dividend", "earnings", "ebitda", "eps", "figures", "gdp", "growth",
     "guidance", "income", "loss", "losses", "margin", "margins", "net", "numbers", "output",
     "profit", "profits", "results", "revenue", "revenues", "sales", "shipments", "update"}
)  # fmt: skip

#: Prepositions before a bare quarter code that make it a period: "in Q2", "for Q4".
_PERIOD_PREPOSITIONS = frozenset({"by", "during", "for", "in", "since", "through", "until"})


def read_bare_quarter(m: Match, ctx: Context) -> Reading | None:
    """ "Q2 revenue", "in Q3": a quarter code without a year, the reference year's (ahead in
    a sentence that looks forward).  Only before a results noun or after a preposition, and
    not after a capitalised name: "the Audi Q2", "a Q5 sale" name products."""
    before = word_before(m, ctx)
    after = word_after(m, ctx).lower()
    preposition = before.lower() in _PERIOD_PREPOSITIONS
    if before[:1].isupper() and not preposition:
        return None
    if after not in _RESULTS_NOUNS and not preposition:
        return None
    future = ctx.is_future(m.start(), m.end())
    return Reading(quarter_value(m["bare"], None, ctx.reference, future=future))


def read_year_to_date(m: Match, ctx: Context) -> Reading | None:
    """ "year to date", "year-to-date": the reference year (``2024``; TimeBank tags "this
    year" of "so far this year" so), ``XXXX`` without a reference date."""
    if ctx.reference is None:
        return Reading("XXXX")
    return Reading(f"{ctx.reference.year:04d}")


def fiscal_code_year(code: str | None) -> int | None:
    """The year of a fiscal year's code ("FY25", "FY2025": 2025), None without one."""
    return None if code is None else int(code) + (2000 if len(code) == 2 else 0)
