"""When "a week" (one unit after "a") is a length of time by what surrounds it, beyond the
cue word before it (:data:`~newsstruct.dates.lexicons.duration_cues.DURATION_CUES`): time
granted someone ("gave tenants a week to leave"), the far end of a range ("six months to a
year") and how far an event moved ("delayed by an hour").  Read by
:func:`newsstruct.dates.durations.read_a_unit`.
"""

from __future__ import annotations

import regex

from newsstruct.dates.context import Context, Match
from newsstruct.dates.lexicons.duration_cues import DURATION_CUES
from newsstruct.dates.lexicons.number_words import NUMBER_WORDS
from newsstruct.dates.lexicons.shift_words import SHIFT_WORDS

__all__ = ["granted_to", "range_end", "shifted_by"]

#: A count, its unit and "to" (or "and") before "a year": the far end of a range ("six months
#: to a year"; not "from a fiscal year to a calendar year").
_RANGE_END = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:\d{{1,3}}|{'|'.join(sorted(NUMBER_WORDS))})\s{{1,3}}"
    r"(?:minute|hour|day|week|month|year)s?\s{1,3}(?:to|and)\s{1,3}$",
    regex.I,
)
#: The verb before the object before "a week to": "gave tenants (the bank) a week to".
_TWO_WORDS_BACK = regex.compile(
    r"\b(\p{L}+)\s{1,3}(?:(?:the|its|his|her|their)\s{1,3})?\p{L}+\s{1,3}$", regex.I
)
_OBJECT_PRONOUNS = frozenset({"her", "him", "it", "me", "them", "us", "you"})


def granted_to(m: Match, ctx: Context, before: str) -> bool:
    """ "gave tenants a week to leave", "granted him a week to file": time given someone for
    something, not a rate ("costs $40 million a year to run")."""
    if before in _OBJECT_PRONOUNS:
        return True
    back = _TWO_WORDS_BACK.search(ctx.text, max(ctx.region_start, m.start() - 40), m.start())
    return back is not None and back[1].lower() in DURATION_CUES


def range_end(m: Match, ctx: Context) -> bool:
    """ "six months to a year", "between 30 minutes and an hour": the far end of a range."""
    start = max(ctx.region_start, m.start() - 32)
    return _RANGE_END.search(ctx.text, start, m.start()) is not None


def shifted_by(m: Match, ctx: Context) -> bool:
    """ "delayed by an hour", "extended the lockdown by a month": how far an event moved, a
    length (the verb at most four words before "by", in the same clause)."""
    before = ctx.text[max(ctx.region_start, m.start() - 60) : m.start()]
    words = regex.split(r"[,;:.!?]", before)[-1].lower().split()
    return any(word in SHIFT_WORDS for word in words[-5:-1])
