"""The branches of the date grammar that count units: durations, anchored durations
("three days later"), "N units ago", ranges of counts, frequencies ("twice a week")
and the spans of "the past three years" or "the coming weeks".

:mod:`newsstruct.dates.grammar` splices :data:`DURATION_BRANCHES` into its
alternation; :mod:`newsstruct.dates.durations` reads them.
"""

from __future__ import annotations

from newsstruct.dates.pieces import (
    D_APPROX,
    D_APPROX_WORDS,
    D_COUNT,
    D_COUNT_NO_A,
    D_DUR_ADJ,
    D_END,
    D_HALF,
    D_NUM_START,
    D_NUM_WORDS,
    D_NUMBER,
    D_SP,
    D_UNIT,
    D_ZONE,
)

__all__ = ["DURATION_BRANCHES", "LONG_UNITS", "PLURAL_UNITS"]

_UNIT_ONE = (
    r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century"
    r"|millennium|generation)"
)
#: The plural units a bare plural ("for weeks") can be.
PLURAL_UNITS = (
    "seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months", "quarters",
    "years", "decades", "centuries", "millennia", "generations",
)  # fmt: skip
_UNIT_PLURAL = rf"(?P<unit>{'|'.join(PLURAL_UNITS)})"
#: The units of a duration's "-long" form ("years-long").
LONG_UNITS = (
    "days", "weeks", "months", "years", "decades", "centuries", "day", "week", "month", "year",
    "decade", "century",
)  # fmt: skip
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months "
    "quarter quarters year years decade decades century centuries millennium millennia generation "
    "generations"
)
#: The word before a count that TimeML keeps in the span ("the first nine months").
_LEAD = (
    r"(?P<lead>first|last|past|next|latest|final|previous|coming|following|same|remaining"
    r"|year-earlier|year-ago)"
)
_REL = r"(?P<rel>past|last|next|coming|previous|prior|following|preceding)"
#: "or so" after a count of units belongs to the timex ("a week or so ago", "the next two
#: years or so"), as TimeBank tags it; the value stays (TimeML marks it ``mod="APPROX"``).
_OR_SO = rf"(?:{D_SP}or{D_SP}so{D_END})?"

#: (rule, first words, pattern), in the grammar's order: longer forms first.
DURATION_BRANCHES: tuple[tuple[str, str, str], ...] = (
    (
        "quarter_of",
        f"a one three {D_APPROX_WORDS}",
        rf"""
        (?:{D_APPROX}{D_SP})?(?P<fraction>a|one|three)[-\s]{{1,3}}quarters?{D_SP}of{D_SP}an?{D_SP}
        (?P<unit>hour|year|century){D_END}(?!-)""",
    ),
    (
        "ago",
        f"#num {D_APPROX_WORDS} {D_NUM_WORDS}",
        rf"""
        (?:{D_APPROX}{D_SP})?{D_COUNT}(?:{D_HALF})?{D_SP}(?:{D_DUR_ADJ}{D_SP})?{D_UNIT}
        (?:{D_SP}and{D_SP}a{D_SP}(?P<half2>half))?{_OR_SO}{D_SP}
        (?P<dir>ago|earlier|later|from{D_SP}(?P<now>now)|hence
          |back(?={D_SP}(?:when|then|in{D_SP}(?:19|20)\d\d)\b|\s{{0,3}}[,.;:!?)]|\s{{0,3}}$)){D_END}""",
    ),
    (
        "duration_range",
        f"#num between {D_NUM_WORDS}",
        rf"""
        (?:between{D_SP})?{D_NUM_START}(?P<num>{D_NUMBER})
        (?:(?<!ty)\s?[-–]\s?|{D_SP}(?:to|and|or){D_SP})(?P<num2>{D_NUMBER}){D_SP}
        (?:{D_DUR_ADJ}{D_SP})?{D_UNIT}{D_END}(?!{D_SP}old|-)""",
    ),
    (
        "past_span",
        "the coming recent",
        rf"""
        the{D_SP}{_REL}{D_SP}(?:{D_COUNT}(?:{D_HALF})?{D_SP})?(?:{D_DUR_ADJ}{D_SP})?{D_UNIT}{D_END}
        {_OR_SO}
      |(?:the{D_SP})?(?P<rel>coming|recent){D_SP}{_UNIT_PLURAL}{D_END}
      |the{D_SP}(?P<rel>first|early|final|initial|opening|closing){D_SP}{_UNIT_PLURAL}{D_END}
      |the{D_SP}{_UNIT_PLURAL}{D_SP}(?P<rel>ahead|to{D_SP}come){D_END}
      |(?<=(?:over|during|throughout)\s{{1,3}})the{D_SP}{_UNIT_PLURAL}{D_END}(?!{D_SP}(?:of|before|after))""",
    ),
    (
        "duration",
        f"#num the {D_APPROX_WORDS} {D_NUM_WORDS} several many multi {_UNIT_WORDS}",
        rf"""
        {D_NUM_START}(?P<num>{D_NUMBER}|several|many|multi)(?:-and-a-(?P<half>half))?-
        (?P<unit>second|minute|hour|day|night|week|month|year|decade|century)(?:-long)?
        (?![\p{{L}}\p{{N}}]|-[\p{{L}}\p{{N}}])
      |(?:the{D_SP}(?:{_LEAD}{D_SP})?)?(?:{D_APPROX}{D_SP})?{D_NUM_START}{D_COUNT_NO_A}
        (?:{D_HALF})?{D_SP}(?:{D_DUR_ADJ}{D_SP})?{D_UNIT}{D_END}
        (?:{D_SP}and{D_SP}a{D_SP}(?P<half2>half){D_END})?(?!{D_SP}old|-){_OR_SO}
      |(?:{D_APPROX}{D_SP})?{D_NUM_START}(?P<decimal>\d{{1,3}}\.\d{{1,2}}){D_SP}
        (?:{D_DUR_ADJ}{D_SP})?{D_UNIT}{D_END}(?!{D_SP}old|-)
      |(?P<unit>{"|".join(LONG_UNITS)})
        -long{D_END}(?!-)""",
    ),
    (
        "a_unit",
        f"a an per half once twice thrice the #num {D_APPROX_WORDS} {D_NUM_WORDS}",
        rf"""
        (?:(?P<freq>once|twice|thrice|{D_NUMBER}{D_SP}times){D_SP})?
        (?:{D_APPROX}{D_SP})?
        (?:(?P<half>half){D_SP}(?P<article>an?)|(?P<article>an?|per))
        {D_SP}(?:(?!long|short){D_DUR_ADJ}{D_SP})?{_UNIT_ONE}{D_END}
        (?:{D_SP}and{D_SP}a{D_SP}(?P<half2>half){D_END})?(?!-|{D_SP}old)""",
    ),
    ("plural", _UNIT_WORDS, rf"{_UNIT_PLURAL}{D_END}(?!-)"),
    (
        "clock_duration",
        "#num",
        rf"""
        {D_NUM_START}(?P<hours>\d{{1,2}}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)
        (?:\.(?P<fraction>\d{{1,3}}))?(?![\p{{N}}:])(?!\s?(?:[ap]\.?m\b|{D_ZONE}))
      |{D_NUM_START}(?P<minutes>[0-5]?\d):(?P<seconds>[0-5]\d)\.(?P<fraction>\d{{1,3}})
        (?![\p{{N}}:]|\.\d)""",
    ),
)
