"""A fraction of a unit as a duration: "a quarter of an hour" (``PT15M``), "three quarters of
an hour" (``PT45M``), "a quarter of a century" (``P25Y``), "three-quarters of a year"
(``P9M``).  "Half an hour" and "half a century" are read by
:func:`~newsstruct.dates.durations.read_a_unit`.

The grammar branch (``quarter_of``, in :mod:`newsstruct.dates.grammar_durations`) takes only
hours, years and centuries, whose quarters are whole minutes, months and years; "a quarter
of the vote" and "three quarters of a mile" are no timexes.
"""

from __future__ import annotations

from newsstruct.dates.context import Context, Match, Reading, norm

__all__ = ["read_quarter_of"]

#: A quarter of each unit the branch takes: (amount, TIMEX3 unit code with its "T").
_QUARTERS = {"hour": (15, "TM"), "year": (3, "M"), "century": (25, "Y")}


def read_quarter_of(m: Match, ctx: Context) -> Reading | None:
    """ "a quarter of a century": ``P25Y``; "three quarters of an hour": ``PT45M``."""
    amount, code = _QUARTERS[norm(m["unit"])]
    count = 3 if norm(m["fraction"]) == "three" else 1
    return Reading(f"P{code[:-1]}{amount * count}{code[-1]}", "duration")
