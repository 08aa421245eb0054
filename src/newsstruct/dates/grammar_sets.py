"""The branches of the date grammar for sets, times that recur (TIMEX3 type SET): "every
Monday night", "each July", "every summer", "every two weeks", "every weekend", "daily",
"twice weekly", and plural weekdays ("on Mondays", "Tuesday nights").  Not "quarterly":
TimeBank leaves the "quarterly dividend" of results stories alone.

:mod:`newsstruct.dates.grammar` splices :data:`SET_BRANCHES` into its alternation;
:mod:`newsstruct.dates.sets` reads them.  Frequencies with an article ("twice a week",
"$5 million a year") are counted units: :mod:`newsstruct.dates.grammar_durations`.
"""

from __future__ import annotations

from newsstruct.dates.pieces import (
    D_COUNT_NO_A,
    D_END,
    D_MONTH_FULL,
    D_PART,
    D_SEASON,
    D_SP,
    D_WEEKDAY_FULL,
)
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["PLURAL_WEEKDAYS", "SET_BRANCHES"]

#: Plural weekdays, which start a set of their own ("Mondays", "on Tuesday nights").
PLURAL_WEEKDAYS = tuple(f"{day}s" for day in WEEKDAYS)

#: In lower case only: a capitalised "Daily" names a paper ("the Business Daily").
_ADVERBS = r"(?P<adverb>(?-i:hourly|daily|weekly|monthly|annually|yearly|nightly))"
_COUNT_UNIT = r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades)"

#: (rule, first words, pattern), in the grammar's order: longer forms first.
SET_BRANCHES: tuple[tuple[str, str, str], ...] = (
    (
        "set",
        "every each daily weekly monthly annually yearly nightly hourly once twice thrice",
        rf"""
        (?P<quant>every|each){D_SP}(?P<other>other{D_SP})?
        (?:(?P<weekday>{D_WEEKDAY_FULL})(?:{D_SP}{D_PART})?
          |(?P<month>{D_MONTH_FULL})|{D_SEASON}|(?P<weekend>weekend)
          |(?P<unit>hour|day|week|fortnight|month|quarter|year|morning|afternoon|evening|night|decade))
        {D_END}
      |(?P<quant>every){D_SP}{D_COUNT_NO_A}{D_SP}{_COUNT_UNIT}{D_END}
      |(?:(?P<freq>once|twice|thrice){D_SP})?{_ADVERBS}{D_END}""",
    ),
    (
        "weekday_plural",
        f"#weekday {' '.join(PLURAL_WEEKDAYS)} weekends",
        rf"""
        (?P<weekday>{D_WEEKDAY_FULL})(?:s(?:{D_SP}{D_PART}s?)?|{D_SP}{D_PART}s){D_END}
      |(?P<weekend>weekends){D_END}""",
    ),
)
