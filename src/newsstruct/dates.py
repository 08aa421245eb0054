"""Stage 5: recognise date expressions and normalise them to TIMEX3 values.

One precompiled grammar (:data:`newsstruct.patterns.DATE_EXPRESSION`) finds
absolute dates, weekdays, months, seasons, years in context, ranges, decades,
quarters, relative expressions ("last week", "two days ago", "earlier this
month"), clock times, durations and vague references; one reader per rule
(:mod:`newsstruct.dates_rules`) resolves each against the reference date
(:mod:`newsstruct.dates_resolve`).  No dateparser, no search over the text.

>>> import datetime as dt
>>> from newsstruct.config import Config
>>> from newsstruct.model import Span
>>> text = "The talks ended on Friday, after the April 13 meeting."
>>> found = find_dates(text, (Span.of(text, 0, len(text)),), dt.date(2024, 4, 26), Config())
>>> [(d.text, d.value, d.rule) for d in found]
[('Friday', '2024-04-26', 'weekday'), ('April 13', '2024-04-13', 'month_day')]
"""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct.config import Config
from newsstruct.dates_calendar import describe
from newsstruct.dates_rules import READERS, Context, Reading
from newsstruct.model import DateMention, DateRange, Span
from newsstruct.patterns import DATE_EXPRESSION

__all__ = ["find_dates"]

#: (rule, group number) of every top-level branch of the grammar.  ``lastgroup`` cannot
#: name the branch: the branches share sub-group names.
_RULE_GROUPS = tuple(
    (name[2:], index)
    for name, index in sorted(DATE_EXPRESSION.groupindex.items(), key=lambda item: item[1])
    if name.startswith("r_")
)


def find_dates(
    text: str, regions: tuple[Span, ...], reference: dt.date | None, config: Config
) -> tuple[DateMention, ...]:
    """Every date expression inside ``regions``, resolved against ``reference``.

    ``regions`` are the content spans (headline, deck, body paragraphs ...); no
    expression crosses a region boundary.  Without a reference date, relative
    expressions keep ``X`` placeholders (``XXXX-04-13``, ``XXXX-WXX-5``).
    """
    found: list[DateMention] = []
    for region in sorted(regions, key=lambda r: r.start):
        start = max(region.start, found[-1].end if found else 0)
        if start >= region.end:
            continue
        context = Context(text, reference, region.start, region.end)
        for match in DATE_EXPRESSION.finditer(text, start, region.end):
            mention = _read(match, context)
            if mention is not None:
                found.append(mention)
    return tuple(found)


def _read(match: regex.Match[str], context: Context) -> DateMention | None:
    """The mention a grammar match stands for, or None when its rule rejects it."""
    rule = next((name for name, index in _RULE_GROUPS if match.start(index) >= 0), "")
    reader = READERS.get(rule)
    reading = None if reader is None else reader(match, context)
    if reading is None:
        return None
    granularity, covered = _extent(reading)
    start, end = match.span()
    return DateMention(
        start=start,
        end=end,
        text=match.group(),
        value=reading.value,
        kind=reading.kind,
        granularity=granularity,
        range=covered,
        rule=rule,
    )


def _extent(reading: Reading) -> tuple[str | None, DateRange | None]:
    """Granularity and covered days of a reading (a range runs to its last part's end)."""
    granularity, covered = describe(reading.value)
    if reading.kind == "duration":
        return "duration", None
    if reading.kind == "vague":
        return "vague", None
    if reading.through is not None and covered is not None:
        _, last = describe(reading.through)
        if last is not None:
            covered = DateRange(covered.first, last.last)
    return granularity, covered
