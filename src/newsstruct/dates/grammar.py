"""The date grammar: every date expression newsstruct recognises, as one regular expression.

One big alternation: every top-level branch is a named group ``r_<rule>``;
:mod:`newsstruct.dates.find` tries it at the words that can start a date and
:mod:`newsstruct.dates.rules` resolves each rule.  The branches share sub-group
names (``month``, ``day``, ``year``, ``rel`` ...).  Month and weekday names are
case-sensitive ("March", "MARCH", not "march"); everything else ignores case.
Every repeat is bounded, so no input makes the grammar backtrack catastrophically.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.dates.grammar_anaphora import ANAPHORA_BRANCHES
from newsstruct.dates.grammar_durations import DURATION_BRANCHES
from newsstruct.dates.grammar_sets import SET_BRANCHES
from newsstruct.dates.lexicons.holidays import HOLIDAYS
from newsstruct.dates.lexicons.vague_dates import VAGUE_DATES
from newsstruct.dates.pieces import (
    D_DAY,
    D_DAY_ORDINAL,
    D_DAY_TAIL,
    D_EDGE,
    D_EDGE_WORDS,
    D_END,
    D_MONTH,
    D_MONTH_FULL,
    D_MONTH_NOT_MAY,
    D_NUM_START,
    D_ORDINAL_WORD,
    D_PART,
    D_PLACE_TIME,
    D_POST_END,
    D_REL,
    D_REL_WORDS,
    D_SEASON,
    D_SP,
    D_WEEKDAY,
    D_WEEKDAY_FULL,
    D_YEAR,
    D_YEAR_OR_REL_TAIL,
    D_YEAR_TAIL,
    D_ZONE,
    d_day,
    d_month,
    first_words,
    phrase_alternation,
)
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = ["FIRST_WORD_CLASSES", "RULES_BY_FIRST_WORD", "date_grammar", "digit_class"]


#: The holidays' names; a saint's day ("st. patrick's day") also as "St Patrick's Day" and
#: "Saint Patrick's Day", as British, Irish and Commonwealth news print it.  A holiday is a
#: proper name: its first letter is a capital ("on election day", "a bonfire night" are
#: the days of some election or bonfire, no holidays).
_HOLIDAY_NAMES = phrase_alternation(HOLIDAYS).replace(r"st\.", r"(?:st\.?|saint)")

#: The grammar, one branch per rule: (rule, the words a match can start with, pattern).
#: ``#digit``, ``#month`` and ``#weekday`` stand for any number, month or weekday name.
#: Earlier branches win at the same start, so longer forms come first.
_DATE_BRANCHES: tuple[tuple[str, str, str], ...] = (
    (
        "weekday_date",
        "#weekday this last next",
        rf"""
        (?:(?:this{D_SP}(?:coming|past)|this|last|next){D_SP})?{D_WEEKDAY},?{D_SP}(?:the{D_SP})?
        (?:{D_MONTH}{D_SP}(?:{D_DAY}|{D_DAY_ORDINAL})|{D_DAY}(?:{D_SP}of)?{D_SP}{D_MONTH})
        {D_YEAR_TAIL}""",
    ),
    (
        "day_range",
        "#month #num #alnum",
        rf"""
        {D_MONTH}{D_SP}{D_DAY}\s?[-–—]\s?(?:{d_month("month2")}{D_SP})?{d_day("day2")}
        {D_YEAR_OR_REL_TAIL}
      |{D_NUM_START}{D_DAY}(?:\s?[-–—]\s?|{D_SP}(?:and|or|to|through|until|till){D_SP})
        {d_day("day2")}(?:{D_SP}of)?{D_SP}{D_MONTH}{D_YEAR_OR_REL_TAIL}
      |{D_MONTH}{D_SP}{D_DAY}{D_SP}(?:and|or|to|through){D_SP}{d_day("day2")}
        (?!{D_SP}(?!(?:in|at|on|of|and|or|when|after|before|during|for)\b)\p{{Ll}}){D_YEAR_TAIL}""",
    ),
    ("month_day", "#month", rf"{D_MONTH}{D_SP}(?:{D_DAY}|{D_DAY_ORDINAL}){D_YEAR_OR_REL_TAIL}"),
    (
        "week_of",
        "the",
        rf"""
        the{D_SP}week{D_SP}of{D_SP}{D_MONTH}{D_SP}{D_DAY}{D_YEAR_TAIL}
      |the{D_SP}(?P<nth>first|second|third|fourth|last|final){D_SP}
        (?:week|(?P<nth_weekday>{D_WEEKDAY_FULL})){D_SP}(?:of|in){D_SP}
        (?P<month>{D_MONTH_FULL}){D_END}(?:,?{D_SP}{D_YEAR})?""",
    ),
    (
        "day_month",
        "#num #alnum the",
        rf"""
        (?:the{D_SP}|{D_NUM_START}){D_DAY}(?:{D_SP}of)?{D_SP}{D_MONTH}{D_YEAR_OR_REL_TAIL}
      |the{D_SP}(?P<day>{D_ORDINAL_WORD}){D_SP}of{D_SP}{D_MONTH}{D_YEAR_OR_REL_TAIL}""",
    ),
    (
        "numeric",
        "#year #num",
        rf"""
        {D_NUM_START}
        (?:{D_YEAR}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])
          |(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])/(?P<yy>1[5-9]\d\d|20\d\d|\d\d))
        (?![\p{{N}}/]|-\d)""",
    ),
    (
        "numeric_other",
        "#year #num",
        rf"""
        {D_NUM_START}
        (?:(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:1[5-9]\d\d|20\d\d)
          |(?:3[01]|2\d|1[3-9])/(?:1[0-2]|0?[1-9])/(?:1[5-9]\d\d|20\d\d)
          |(?:1[5-9]\d\d|20\d\d)(?P<sep>[./])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9]))
        (?![\p{{N}}/.]\d|[\p{{L}}\p{{N}}])""",
    ),
    (
        "month_year",
        f"#month {D_EDGE_WORDS}",
        rf"""
        (?:{D_EDGE}[-\s]{{1,3}})?{D_MONTH}(?:,?{D_SP}|{D_SP}of{D_SP}){D_YEAR}""",
    ),
    (
        "year_range",
        "#year",
        rf"""
        {D_NUM_START}{D_YEAR}\s?[-–—/]\s?
        (?P<year2>(?:1[5-9]|20)\d\d|\d\d)(?![\p{{L}}\p{{N}}]|[.,:]\d|-)""",
    ),
    (
        "decade",
        "#year #alnum the early late mid",
        rf"""
        (?:the{D_SP})?(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?
        (?:(?<![\p{{N}}$€£¥#.,/:+])(?P<decade>1[5-9]\d0|20\d0)['’]?s|['’](?P<decade2>\d0)s){D_END}
      |the{D_SP}(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?(?P<hundreds>eighteen|nineteen)?[-\s]{{0,3}}
        (?P<decade_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)
        {D_END}""",
    ),
    (
        "century",
        "#alnum the early late mid eighteenth nineteenth twentieth twenty",
        rf"""
        (?:the{D_SP})?(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?
        (?:(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)
          |(?P<century_word>eighteenth|nineteenth|twentieth|twenty-first))[-\s]century{D_END}""",
    ),
    (
        "quarter",
        "#year #alnum the this last next fiscal financial first second third fourth q1 q2 q3 q4 h1 h2",
        rf"""
        (?:the{D_SP}(?:(?P<back>year-ago|year-earlier){D_SP})?)?
        (?:(?P<yrel>this|last|next){D_SP}year['’]s{D_SP}|{D_YEAR}{D_SP}|(?:fiscal|financial){D_SP})?
        (?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?P<sep>[-\s]{{1,3}})(?P<unit>quarter|half)
          |(?P<ord>last)(?P<sep>[-\s]{{1,3}})(?P<unit>half)){D_END}
        (?:{D_SP}(?:of{D_SP})?(?:(?:(?<=of\s{{1,3}})(?:fiscal|financial){D_SP})?{D_YEAR}|(?P<yrel>this|last|next){D_SP}year
          |(?<=of\s{{1,3}})(?P<focus_year>the{D_SP}(?:current{D_SP})?year)
          |(?<=of\s{{1,3}})(?-i:FY)\s?(?P<fy>20\d\d|\d\d)){D_END})?
      |(?P<qcode>Q[1-4]|H[12]){D_SP}{D_YEAR}|{D_YEAR}{D_SP}(?P<qcode>Q[1-4]|H[12]){D_END}""",
    ),
    (
        "season",
        f"the early late mid {D_REL_WORDS} spring summer autumn winter fall",
        rf"""
        (?:the{D_SP}(?=(?:following|previous|coming|past)\b))?
        (?:(?P<edge>early|late|mid)[-\s]{{1,3}})?{D_REL}{D_SP}{D_SEASON}{D_END}
        (?:{D_SP}(?:of{D_SP})?{D_YEAR})?
      |(?:the{D_SP})?(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?{D_SEASON}{D_SP}(?:of{D_SP})?
        (?:{D_YEAR}|(?P<yrel>this|last|next){D_SP}year{D_END})
      |(?:the{D_SP})?(?P<edge>early|late|mid)[-\s]{{1,3}}(?P<season>spring|summer|autumn|winter)
        {D_END}
      |(?<=(?:in|into|during|through|throughout|since|until|by|from|before|after)\s{{1,3}})the{D_SP}
        (?P<season>spring|summer|autumn|winter){D_END}
      |(?<=over\s{{1,3}}the\s{{1,3}})(?P<season>spring|summer|autumn|winter){D_END}""",
    ),
    *DURATION_BRANCHES,
    *ANAPHORA_BRANCHES,
    ("weekend", f"the {D_REL_WORDS}", rf"(?:(?:the{D_SP})?{D_REL}|the){D_SP}weekend{D_END}"),
    (
        "relative",
        f"{D_EDGE_WORDS} {D_REL_WORDS}",
        rf"""
        (?:{D_EDGE}[-\s]{{1,3}})?{D_REL}{D_SP}(?:fiscal{D_SP}(?=year))?
        (?P<unit>week|month|year|quarter|decade|century){D_END}(?:['’]s)?""",
    ),
    (
        "day_word",
        "early late earlier later the today tonight yesterday tomorrow this last",
        rf"""
        (?:(?P<edge>early|late|earlier|later){D_SP})?
        (?<!(?-i:USA)\s)(?P<dayword>the{D_SP}day{D_SP}before{D_SP}yesterday|the{D_SP}day{D_SP}after{D_SP}tomorrow
          |today|tonight|yesterday|tomorrow)(?!{D_SP}show)(?:['’]s)?{D_END}
        (?:{D_SP}{D_PART}{D_END})?
      |(?:(?P<edge>early|late|earlier|later){D_SP})?
        (?:(?P<dayword>this){D_SP}(?P<part>morning|afternoon|evening)|(?P<dayword>last){D_SP}(?P<part>night))
        {D_END}""",
    ),
    (
        "time",
        "#num #year #alnum",
        rf"""
        {D_NUM_START}
        (?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?
           (?P<ampm>(?-i:[ap]\.\s?m\.|[ap]m|[AP]\.M\.?|[AP]M)){D_END}
          |(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)
           (?=(?::[0-5]\d)?{D_SP}(?:{D_ZONE}|{D_PLACE_TIME}){D_END})
           (?::(?P<second>[0-5]\d))?
          |(?<=\bat\s{{1,3}})(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?![\p{{N}}:]|[.,]\d|\s?(?:%|per))
          |(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?={D_SP}(?:{D_ZONE}|{D_PLACE_TIME}){D_END})
          |(?P<hour>1[0-2]|0?[1-9])(?:{D_SP}o['’]clock)?{D_SP}in{D_SP}the{D_SP}
           (?P<part>morning|afternoon|evening|night){D_END})
        (?:{D_SP}{D_ZONE}{D_END}|(?<=[mM]\.?|\d){D_SP}{D_PLACE_TIME}{D_END})?{D_DAY_TAIL}""",
    ),
    (
        "day_part",
        "noon midnight midday mid",
        rf"""
        (?<!high\s)(?P<noon>noon|midnight|midday|mid-?(?P<part>morning|afternoon|day)|mid{D_SP}(?P<part>afternoon))
        {D_END}(?:{D_SP}{D_ZONE}{D_END})?{D_DAY_TAIL}""",
    ),
    (
        "holiday",
        f"{D_REL_WORDS} saint {first_words(HOLIDAYS)}",
        rf"""
        (?:{D_REL}{D_SP})?(?P<holiday>(?-i:(?=\p{{Lu}}))(?:{_HOLIDAY_NAMES})){D_END}
        (?:{D_SP}(?P<week>week){D_END})?(?:{D_SP}{D_YEAR})?""",
    ),
    *SET_BRANCHES,
    (
        "vague",
        first_words(VAGUE_DATES),
        rf"""
        (?P<vague>{phrase_alternation(VAGUE_DATES)}){D_END}(?!-)""",
    ),
    (
        "weekday",
        f"#weekday {D_REL_WORDS} early late earlier later",
        rf"""
        (?:(?P<rel>this\s{{1,3}}past|this\s{{1,3}}coming|this|last|next|past|coming|previous
          |early|late|earlier|later){D_SP})?
        (?P<weekday>{D_WEEKDAY_FULL})
        (?:{D_SP}(?P<week_on>week)(?![\p{{L}}\p{{N}}]|-|{D_SP}(?:of|ago|earlier|later|after|before)\b)
          |(?:['’]s)?{D_END}(?:{D_SP}{D_PART}{D_END})?
           (?:{D_SP}(?:of{D_SP})?(?P<wrel>last|this|next){D_SP}week{D_END}(?!['’])
             |(?<!['’]s){D_SP}(?P<post>last|next){D_POST_END})?)""",
    ),
    (
        "month_rel",
        f"#month {D_EDGE_WORDS} {D_REL_WORDS}",
        rf"""
        (?:(?:{D_EDGE}[-\s]{{1,3}})(?:{D_REL}{D_SP})?|(?:the{D_SP}(?=(?:following|previous)\b))?{D_REL}{D_SP})
        (?P<month>{D_MONTH_FULL}){D_END}
        (?:{D_SP}(?:of{D_SP})?(?P<yrel>last|this|next){D_SP}year{D_END})?
      |(?P<month>{D_MONTH_FULL}){D_SP}(?:of{D_SP})?(?P<yrel>last|this|next){D_SP}year{D_END}""",
    ),
    (
        "year",
        "#year early late mid pre post fiscal the fifteen sixteen seventeen eighteen nineteen two",
        rf"""
        (?:(?P<edge>early|late|mid|pre|post)[-\s]{{1,3}}|(?P<fiscal>fiscal){D_SP}|{D_NUM_START})
        {D_YEAR}(?!\s?%|-\d)(?:['’]s)?
      |(?P<the_year>the{D_SP}year){D_SP}(?:{D_YEAR}|(?P<year>two[-\s]{{1,3}}thousand)){D_END}(?!-)""",
    ),
    (
        "month",
        "#month",
        rf"""
        (?P<month>{D_MONTH_NOT_MAY}
          |(?<=(?:in|since|by|until|till|during|from|through|before|after|of|between)\s{{1,3}})(?-i:May|MAY)
          |(?<=(?:{D_MONTH_NOT_MAY})\.?(?:\s{{1,3}}(?:to|and|or)\s{{1,3}}|\s?[-–]\s?))(?-i:May|MAY))
        {D_END}""",
    ),
)

#: ``#year`` a four-digit token, ``#num`` one of one to three digits, ``#alnum`` digits
#: then letters ("1990s", "20th", "10am"); ``#digit`` any of them.
FIRST_WORD_CLASSES = {
    "#digit": ("#year", "#num", "#alnum"),
    "#month": (
        *MONTHS,
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ),
    "#weekday": (
        *WEEKDAYS,
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ),
}


def _rules_by_first_word() -> dict[str, tuple[str, ...]]:
    rules_by_word: dict[str, list[str]] = {}
    for rule, starts, _ in _DATE_BRANCHES:
        for word in starts.split():
            for key in FIRST_WORD_CLASSES.get(word) or (word,):
                rules_by_word.setdefault(key, []).append(rule)
    return {word: tuple(rules) for word, rules in rules_by_word.items()}


#: For every word a date expression can start with (lowercase; for a token that starts
#: with a digit, its :func:`digit_class`), the rules that may start there, in grammar order.
RULES_BY_FIRST_WORD = _rules_by_first_word()


def digit_class(token: str) -> str:
    """The first-word class of a token that starts with a digit: ``#year`` (four digits),
    ``#num`` (one to three), ``#alnum`` (digits then letters: "1990s", "20th", "10am"),
    ``#long`` (five digits or more: no date starts there)."""
    if not token.isdigit():
        return "#alnum"
    return "#num" if len(token) <= 3 else "#year" if len(token) == 4 else "#long"


@functools.cache
def date_grammar(rules: tuple[str, ...] | None = None) -> regex.Pattern[str]:
    """The date grammar cut down to ``rules`` (all rules when None): one pattern whose
    top-level branches are named groups ``r_<rule>``.

    Compiled on first use and kept: the whole grammar takes a good part of a second
    to compile, which ``import newsstruct`` must not pay.  :mod:`newsstruct.dates`
    tries ``date_grammar(RULES_BY_FIRST_WORD[word]).match`` at the words that
    can start a date, many times faster than scanning every position.
    """
    chosen = [b for b in _DATE_BRANCHES if rules is None or b[0] in rules]
    body = "\n    | ".join(f"(?P<r_{rule}>{pattern})" for rule, _, pattern in chosen)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_])(?:{body})", regex.IGNORECASE | regex.VERBOSE)
