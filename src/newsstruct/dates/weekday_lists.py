"""Weekdays joined in one range or list ("from Monday to Friday", "Friday and Saturday",
"from 6pm Friday until noon Saturday"): the later one runs forward from the earlier."""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct.dates.context import Context
from newsstruct.dates.pieces import D_WEEKDAY

__all__ = ["listed_after"]

#: What joins a weekday to the weekday before it in one range or list: "from Monday to
#: Friday", "Tuesday night into Wednesday", "Monday-Friday", "Friday and Saturday".
_DAY_JOIN = regex.compile(
    r",?\s{1,3}(?:(?P<list>and|or)|to|through|till|until|into)\s{1,3}|\s?[-–]\s?"
)
#: A weekday (and a part of its day) that ends the text before a join.
_WEEKDAY_BEFORE = regex.compile(
    rf"{D_WEEKDAY}(?:\s{{1,3}}(?:morning|afternoon|evening|night))?$", regex.IGNORECASE
)


def listed_after(weekday: int, start: int, ctx: Context) -> dt.date | None:
    """The day a weekday joined to the weekday just before it stands for: the first such
    weekday after that day, so a range runs forward ("will close from Monday to Friday"), and
    so does a list in the week's order ("a fire ban for Friday and Saturday" in a Thursday
    paper); not a list out of it ("statements made Friday and Thursday"), nor "from Sept. 14
    to Thursday".  The weekday may stand in a time ("from 6pm Friday until noon Saturday"),
    read from ``start``, where the expression that holds it starts.  None when no weekday
    comes right before."""
    before, at = ctx.focus.day_named_since(start - 16), ctx.focus.last_day_at
    joined = None if before is None else _DAY_JOIN.fullmatch(ctx.text, at, start)
    if joined is None or not _WEEKDAY_BEFORE.search(ctx.text, max(0, at - 24), at):
        return None
    assert before is not None
    if joined["list"] and weekday <= before.weekday():
        return None
    return before + dt.timedelta(days=(weekday - before.weekday() - 1) % 7 + 1)
