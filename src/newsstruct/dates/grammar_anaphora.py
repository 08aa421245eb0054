"""The branches of the date grammar that refer back to the time a story is at: "that
day", "later that year", "the same week", "the previous Friday", and the periods
of company results ("the quarter", "the year-ago period", "year-end").

:mod:`newsstruct.dates.grammar` splices :data:`ANAPHORA_BRANCHES` into its
alternation; :mod:`newsstruct.dates.anaphora` reads them against the
:class:`~newsstruct.dates.focus.Focus`.
"""

from __future__ import annotations

from newsstruct.dates.lexicons.ordinal_words import ORDINAL_WORDS
from newsstruct.dates.pieces import (
    D_END,
    D_MONTH_FULL,
    D_ORDINAL_WORD,
    D_SP,
    D_WEEKDAY_FULL,
    D_YEAR,
    phrase_alternation,
)

__all__ = ["ANAPHORA_BRANCHES"]

_UNIT = r"(?P<unit>day|week|weekend|month|quarter|year)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
#: What comes before "quarter" or "period" in results: "the latest quarter", "the year-ago period".
_PERIOD_LEAD = (
    r"(?P<lead>latest|current|comparable(?:\s{1,3}year-(?:ago|earlier))?|corresponding|same"
    r"|year-ago|year-earlier|prior-year|year-before)"
)

#: The tokens a fiscal year code starts with: "FY24", "FY2024" ("FY 2024" starts at "fy").
_FY_TOKENS = " ".join([*(f"fy{n:02d}" for n in range(100)), *(f"fy20{n:02d}" for n in range(100))])

#: (rule, first words, pattern), in the grammar's order.
ANAPHORA_BRANCHES: tuple[tuple[str, str, str], ...] = (
    (
        "that_unit",
        "that the earlier later",
        rf"""
        (?:(?P<edge>earlier|later){D_SP})?(?:that(?:{D_SP}same)?|the{D_SP}same){D_SP}
        (?:(?P<month>{D_MONTH_FULL})(?:{D_SP}{_PART})?{D_END}(?:{D_SP}(?:in|of){D_SP}{D_YEAR})?
          |{_UNIT}|{_PART}|(?P<season>spring|summer|autumn|winter)){D_END}(?!-)
      |(?P<edge>earlier|later){D_SP}in{D_SP}the{D_SP}(?P<unit>day|week|month|quarter|year){D_END}""",
    ),
    (
        "focus_weekday",
        "the",
        rf"""
        the{D_SP}(?P<rel>previous|preceding|following|next){D_SP}
        (?P<weekday>{D_WEEKDAY_FULL}){D_END}
      |the{D_SP}(?P<weekday>{D_WEEKDAY_FULL}){D_SP}(?P<rel>before|after)
        (?=\s{{0,3}}[,.;:!?)]|\s{{0,3}}$|{D_SP}(?:and|but|when|while)\b)""",
    ),
    (
        "focus_part",
        "the",
        rf"""
        the{D_SP}(?P<rel>previous|preceding|following|next){D_SP}{_PART}{D_END}
      |(?<=\b(?:in|into|by|during|until|through|throughout)\s{{1,3}})the{D_SP}{_PART}{D_END}
        (?!{D_SP}of)""",
    ),
    (
        "ordinal_day",
        "the",
        rf"""
        the{D_SP}(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{phrase_alternation(ORDINAL_WORDS)}){D_SP}
        (?P<unit>day|night){D_END}(?!{D_SP}of{D_SP}{D_MONTH_FULL})""",
    ),
    (
        "day_of_month",
        "the",
        rf"""
        (?<=\b(?:on|by|until|till|since)\s{{1,3}})the{D_SP}(?P<dom>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
        (?=\s{{0,3}}[,.;:!?)]|\s{{0,3}}$|{D_SP}(?:and|at|when|but|after|before|until)\b)
        (?!{D_SP}and{D_SP}(?:the{D_SP})?\d{{1,2}}(?:st|nd|rd|th)?(?:{D_SP}of)?{D_SP}{D_MONTH_FULL})
      |the{D_SP}(?:(?P<dom>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|(?P<dom_word>{D_ORDINAL_WORD}))
        {D_SP}of{D_SP}(?P<mrel>the|this|last|next){D_SP}month{D_END}(?!['’])""",
    ),
    (
        "new_year",
        "the",
        rf"""
        (?<=\b(?:in|into|until|till|by|after|since|before|early|during)\s{{1,3}})
        the{D_SP}new{D_SP}year{D_END}(?!-|['’]|{D_SP}(?:holiday|break|period|eve|day)\b)""",
    ),
    (
        "unit_before",
        "the",
        rf"""
        the{D_SP}(?P<unit>week|month|year){D_SP}(?P<beyond>before{D_SP}last|after{D_SP}next){D_END}
      |the{D_SP}(?P<unit>day|night|week|month|year){D_SP}(?P<rel>before|after|earlier|later)
        (?=\s{{0,3}}[,.;:!?)]|\s{{0,3}}$|{D_SP}(?:and|but|when|while)\b)""",
    ),
    (
        "period",
        "the year",
        rf"""
        the{D_SP}(?:{_PERIOD_LEAD}{D_SP})?(?P<unit>quarter|period){D_END}(?!-)
        (?:{D_SP}a{D_SP}year{D_SP}(?P<ago>ago|earlier){D_END})?
      |the{D_SP}{D_YEAR}{D_SP}(?P<unit>quarter|period){D_END}(?!-)
      |the{D_SP}(?:(?P<lead>latest|current|full|previous|prior|last|next|coming)
        {D_SP})?(?P<fiscal>fiscal{D_SP})?(?P<unit>year){D_END}(?!-|{D_SP}(?:\d|two|nineteen))
      |the{D_SP}(?P<half_year>half[-\s]year)(?={D_SP}(?:to|ended|ending|through)\b)
      |(?P<lead>year-ago|year-earlier){D_END}(?!-)
      |(?P<end>year[-\s]end|year['’]s{D_SP}end){D_END}""",
    ),
    (
        "results_code",
        f"the fy h1 h2 q1 q2 q3 q4 {_FY_TOKENS}",
        rf"""
        the{D_SP}(?P<qmonth>(?-i:March|June|September|December)){D_SP}quarter{D_END}(?!-)
      |(?:(?P<qcode>(?-i:Q[1-4]|H[12])){D_SP})?(?-i:FY)\s?(?P<fy>20\d\d|\d\d)(?![\p{{L}}\p{{N}}]|[-/.,]\d)
      |(?P<bare>(?-i:Q[1-4]))(?![\p{{L}}\p{{N}}]|[-/.,]\d)""",
    ),
    (
        "year_to_date",
        "year",
        rf"""year(?P<sep>[-\s]{{1,3}})to(?P=sep)date{D_END}""",
    ),
    (
        "edge_of",
        "the",
        rf"""
        the{D_SP}(?P<edge>end|beginning|start|middle|rest|remainder){D_SP}of{D_SP}
        (?:(?:the|(?P<that>that)){D_SP}(?P<unit>week|month|quarter|year|decade|century
            |(?<=(?:rest|remainder)\s{{1,3}}of\s{{1,3}}the\s{{1,3}})day)
          |{D_YEAR}){D_END}(?!-)""",
    ),
)
