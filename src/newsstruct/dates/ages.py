"""Ages, which TimeML does not mark: "children under 2 years", "aged 10 to 14 years", "65
years of age", "40 years old", "patients over 65 years".  The duration readers
(:mod:`newsstruct.dates.durations`) ask :func:`is_age` before they read a count of units.
"""

from __future__ import annotations

import regex

from newsstruct.dates.context import Context, Match, word_after, word_before

__all__ = ["is_age"]

#: Words around a count of years that make it an age, not a timex (TimeML 1.2.1).
_AGE_LEADS = frozenset({"age", "aged", "ages", "under"})
_AGE_TAILS = frozenset({"old", "older", "younger"})
#: Words before "over" that make the count after it an age: "patients over 65 years".
_OLDER_THAN_LEADS = frozenset(
    {"adults", "aged", "anyone", "children", "citizens", "employees", "everyone", "men",
     "patients", "people", "persons", "residents", "those", "women", "workers"}
)  # fmt: skip
#: "65 years of age": an age whatever comes before it.
_OF_AGE = regex.compile(r"\s{1,3}of\s{1,3}age\b", regex.IGNORECASE)


def is_age(m: Match, ctx: Context) -> bool:
    """ "children under 2 years", "aged 10 to 14 years", "65 years of age", "40 years old",
    "patients over 65 years" (not "built over 65 years")."""
    words = ctx.text[max(ctx.region_start, m.start() - 40) : m.start()].lower().split()[-2:]
    return (
        word_before(m, ctx).lower() in _AGE_LEADS
        or (words[-1:] == ["over"] and words[0] in _OLDER_THAN_LEADS)
        or word_after(m, ctx).lower() in _AGE_TAILS
        or _OF_AGE.match(ctx.text, m.end(), min(ctx.region_end, m.end() + 12)) is not None
    )
