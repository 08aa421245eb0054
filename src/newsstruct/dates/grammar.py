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
from collections.abc import Iterable

import regex

from newsstruct.dates.lexicons.holidays import HOLIDAYS
from newsstruct.dates.lexicons.number_words import NUMBER_WORDS
from newsstruct.dates.lexicons.time_zones import TIME_ZONES
from newsstruct.dates.lexicons.vague_counts import VAGUE_COUNTS
from newsstruct.dates.lexicons.vague_dates import VAGUE_DATES
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = ["FIRST_WORD_CLASSES", "RULES_BY_FIRST_WORD", "date_grammar", "phrase_alternation"]


def phrase_alternation(words: Iterable[str]) -> str:
    """An alternation of lexicon phrases, longest first; spaces match 1-3 blanks."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(
        regex.escape(w).replace(r"\ ", r"\s{1,3}").replace("'", "['’]") for w in ordered
    )


def _date_names(names: Iterable[str]) -> str:
    """Title-case and upper-case forms of names, case-sensitive."""
    forms = [f for n in names for f in (n.title(), n.upper())]
    return "(?-i:" + "|".join(forms) + ")"


_D_MONTH_FULL = _date_names(MONTHS)
_D_MONTH_ABBR = _date_names(
    ("sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
_D_MONTH_NOT_MAY = _date_names(m for m in MONTHS if m != "may")
_D_WEEKDAY_FULL = _date_names(WEEKDAYS)
_D_WEEKDAY_ABBR = _date_names(
    ("tues", "thurs", "thur", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
)
_D_END = r"(?![\p{L}\p{N}])"
_D_SP = r"\s{1,3}"


def _d_month(group: str) -> str:
    return rf"(?P<{group}>{_D_MONTH_FULL}|{_D_MONTH_ABBR}\.?){_D_END}"


def _d_day(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{{L}}\p{{N}}]|[:.]\d)"


_D_MONTH = _d_month("month")
_D_DAY = _d_day("day")
_D_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,:]\d)"
_D_WEEKDAY = rf"(?P<weekday>{_D_WEEKDAY_FULL}|{_D_WEEKDAY_ABBR}(?:\.|(?=,))){_D_END}"
_D_YEAR_TAIL = rf"(?:,?{_D_SP}{_D_YEAR})?"
#: A digit may not follow money signs, other digits, decimal points or letters ("G20", "$2,024").
_D_NUM_START = r"(?<![\p{L}\p{N}_$€£¥#.,/:+\-]|\d[.,])"
_D_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{phrase_alternation(NUMBER_WORDS)}){_D_END}"
)
_D_COUNT = rf"(?P<num>{_D_NUMBER}|{phrase_alternation(VAGUE_COUNTS)})"
#: A count without the article: "a day" is rarely a duration worth reporting.
_D_COUNT_NO_A = rf"(?!(?:a|an|single){_D_SP}(?!few|couple)){_D_COUNT}"
_D_UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)"
)
_D_EDGE = (
    r"(?P<edge>early|late|mid|earlier|later|the\s{1,3}(?:end|beginning|start|middle|rest)\s{1,3}of)"
)
_D_REL = r"(?P<rel>this\s{1,3}past|this\s{1,3}coming|this|last|next|past|coming|previous|current|following)"
_D_PART = r"(?P<part>morning|afternoon|evening|night)"
_D_SEASON = r"(?P<season>spring|summer|autumn|winter|fall)"
_D_ZONE = (
    "(?P<zone>(?-i:"
    + "|".join(sorted((z.upper() for z in TIME_ZONES), key=lambda z: (-len(z), z)))
    + "))"
)
_D_APPROX = (
    r"(?P<approx>about|almost|nearly|roughly|some|more\s{1,3}than|less\s{1,3}than|over|under"
    r"|just|only|around|at\s{1,3}least|up\s{1,3}to)"
)


def _first_words(phrases: Iterable[str]) -> str:
    """The first ``\\w+`` token of each phrase ("father's day" -> "father"), space-separated."""
    return " ".join(sorted({regex.match(r"\w+", p).group() for p in phrases}))  # type: ignore[union-attr]


_D_NUM_WORDS = _first_words((*NUMBER_WORDS, *VAGUE_COUNTS))
_D_EDGE_WORDS = "early late mid earlier later the"
_D_REL_WORDS = "this last next past coming previous current following"
_D_APPROX_WORDS = "about almost nearly roughly some more less over under just only around at up"

#: The grammar, one branch per rule: (rule, the words a match can start with, pattern).
#: ``#digit``, ``#month`` and ``#weekday`` stand for any number, month or weekday name.
#: Earlier branches win at the same start, so longer forms come first.
_DATE_BRANCHES: tuple[tuple[str, str, str], ...] = (
    (
        "weekday_date",
        "#weekday",
        rf"""
        {_D_WEEKDAY},?{_D_SP}(?:the{_D_SP})?
        (?:{_D_MONTH}{_D_SP}{_D_DAY}|{_D_DAY}(?:{_D_SP}of)?{_D_SP}{_D_MONTH}){_D_YEAR_TAIL}""",
    ),
    (
        "day_range",
        "#month",
        rf"""
        {_D_MONTH}{_D_SP}{_D_DAY}\s?[-–—]\s?(?:{_d_month("month2")}{_D_SP})?{_d_day("day2")}
        {_D_YEAR_TAIL}""",
    ),
    ("month_day", "#month", rf"{_D_MONTH}{_D_SP}{_D_DAY}{_D_YEAR_TAIL}"),
    (
        "day_month",
        "#digit the",
        rf"""
        (?:the{_D_SP}|{_D_NUM_START}){_D_DAY}(?:{_D_SP}of)?{_D_SP}{_D_MONTH}{_D_YEAR_TAIL}""",
    ),
    (
        "numeric",
        "#digit",
        rf"""
        {_D_NUM_START}
        (?:{_D_YEAR}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])
          |(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])/(?P<yy>1[5-9]\d\d|20\d\d|\d\d))
        (?![\p{{N}}/]|-\d)""",
    ),
    (
        "month_year",
        f"#month {_D_EDGE_WORDS}",
        rf"""
        (?:{_D_EDGE}[-\s]{{1,3}})?{_D_MONTH}(?:,?{_D_SP}|{_D_SP}of{_D_SP}){_D_YEAR}""",
    ),
    (
        "year_range",
        "#digit",
        rf"""
        {_D_NUM_START}{_D_YEAR}\s?[-–—/]\s?
        (?P<year2>(?:1[5-9]|20)\d\d|\d\d)(?![\p{{L}}\p{{N}}]|[.,:]\d|-)""",
    ),
    (
        "decade",
        "#digit the early late mid",
        rf"""
        (?:the{_D_SP})?(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?
        (?:(?<![\p{{N}}$€£¥#.,/:+])(?P<decade>1[5-9]\d0|20\d0)['’]?s|['’](?P<decade2>\d0)s){_D_END}
      |the{_D_SP}(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?
        (?P<decade_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)
        {_D_END}""",
    ),
    (
        "century",
        "#digit the early late mid eighteenth nineteenth twentieth twenty",
        rf"""
        (?:the{_D_SP})?(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?
        (?:(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)
          |(?P<century_word>eighteenth|nineteenth|twentieth|twenty-first))[-\s]century{_D_END}""",
    ),
    (
        "quarter",
        "#digit the this last next fiscal financial first second third fourth q1 q2 q3 q4 h1 h2",
        rf"""
        (?:the{_D_SP})?
        (?:(?P<yrel>this|last|next){_D_SP}year['’]s{_D_SP}|{_D_YEAR}{_D_SP}|(?:fiscal|financial){_D_SP})?
        (?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]{{1,3}}(?P<unit>quarter|half){_D_END}
        (?:{_D_SP}(?:of{_D_SP})?(?:{_D_YEAR}|(?P<yrel>this|last|next){_D_SP}year))?
      |(?P<qcode>Q[1-4]|H[12]){_D_SP}{_D_YEAR}|{_D_YEAR}{_D_SP}(?P<qcode>Q[1-4]|H[12]){_D_END}""",
    ),
    (
        "season",
        f"early late mid {_D_REL_WORDS} spring summer autumn winter fall",
        rf"""
        (?:(?P<edge>early|late|mid)[-\s]{{1,3}})?{_D_REL}{_D_SP}{_D_SEASON}{_D_END}
        (?:{_D_SP}(?:of{_D_SP})?{_D_YEAR})?
      |(?:(?P<edge>early|late|mid)[-\s]{{1,3}})?{_D_SEASON}{_D_SP}(?:of{_D_SP})?{_D_YEAR}
      |(?P<edge>early|late|mid)[-\s]{{1,3}}(?P<season>spring|summer|autumn|winter){_D_END}
      |(?<=(?:in|during|over|through|since|until|by|this)\s{{1,3}}the\s{{1,3}})
        (?P<season>spring|summer|autumn|winter){_D_END}""",
    ),
    (
        "past_span",
        "the",
        rf"""
        the{_D_SP}(?P<rel>past|last|next|coming|previous|following){_D_SP}
        (?:{_D_COUNT}{_D_SP})?{_D_UNIT}{_D_END}""",
    ),
    ("weekend", f"the {_D_REL_WORDS}", rf"(?:{_D_REL}|the){_D_SP}weekend{_D_END}"),
    (
        "relative",
        f"{_D_EDGE_WORDS} {_D_REL_WORDS}",
        rf"""
        (?:{_D_EDGE}[-\s]{{1,3}})?{_D_REL}{_D_SP}
        (?P<unit>week|month|year|quarter|decade|century){_D_END}(?:['’]s)?""",
    ),
    (
        "ago",
        f"#digit {_D_APPROX_WORDS} {_D_NUM_WORDS}",
        rf"""
        (?:{_D_APPROX}{_D_SP})?{_D_COUNT}{_D_SP}{_D_UNIT}{_D_SP}
        (?P<dir>ago|earlier|later|from{_D_SP}now|hence){_D_END}""",
    ),
    (
        "day_word",
        "early late earlier later the today tonight yesterday tomorrow this last",
        rf"""
        (?:(?P<edge>early|late|earlier|later){_D_SP})?
        (?<!(?-i:USA)\s)(?P<dayword>the{_D_SP}day{_D_SP}before{_D_SP}yesterday|the{_D_SP}day{_D_SP}after{_D_SP}tomorrow
          |today|tonight|yesterday|tomorrow)(?!{_D_SP}show)(?:['’]s)?{_D_END}
        (?:{_D_SP}{_D_PART}{_D_END})?
      |(?P<dayword>this){_D_SP}(?P<part>morning|afternoon|evening){_D_END}
      |(?P<dayword>last){_D_SP}(?P<part>night){_D_END}""",
    ),
    (
        "time",
        "#digit",
        rf"""
        {_D_NUM_START}(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s?
        (?P<ampm>(?-i:[ap]\.\s?m\.|[ap]m|[AP]\.?M\.?)){_D_END}
        (?:{_D_SP}{_D_ZONE}{_D_END})?
        (?:{_D_SP}(?:on{_D_SP})?(?P<weekday>{_D_WEEKDAY_FULL}){_D_END}
          |{_D_SP}(?P<dayword>today|yesterday|tomorrow){_D_END})?
      |{_D_NUM_START}(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d){_D_SP}{_D_ZONE}{_D_END}""",
    ),
    (
        "holiday",
        f"{_D_REL_WORDS} {_first_words(HOLIDAYS)}",
        rf"""
        (?:{_D_REL}{_D_SP})?(?P<holiday>{phrase_alternation(HOLIDAYS)}){_D_END}(?:{_D_SP}{_D_YEAR})?""",
    ),
    (
        "duration",
        f"#digit {_D_APPROX_WORDS} {_D_NUM_WORDS} day week month year decade century",
        rf"""
        {_D_NUM_START}(?P<num>{_D_NUMBER})-
        (?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?
        (?![\p{{L}}\p{{N}}]|-[\p{{L}}\p{{N}}])
      |(?:{_D_APPROX}{_D_SP})?{_D_NUM_START}{_D_COUNT_NO_A}{_D_SP}{_D_UNIT}{_D_END}
        (?!{_D_SP}old)
      |(?P<unit>day|week|month|year|decade|century)-long{_D_END}(?!-)""",
    ),
    (
        "set",
        "every each daily weekly monthly annually yearly nightly",
        rf"""
        (?:every|each){_D_SP}(?P<other>other{_D_SP})?
        (?:(?P<weekday>{_D_WEEKDAY_FULL})|(?P<unit>day|week|month|year|morning|afternoon|evening|night))
        {_D_END}
      |(?P<adverb>daily|weekly|monthly|annually|yearly|nightly){_D_END}""",
    ),
    (
        "vague",
        _first_words(VAGUE_DATES),
        rf"""
        (?P<vague>{phrase_alternation(VAGUE_DATES)}){_D_END}(?!-)""",
    ),
    (
        "weekday",
        f"#weekday {_D_REL_WORDS} early late earlier later",
        rf"""
        (?:(?P<rel>this\s{{1,3}}past|this\s{{1,3}}coming|this|last|next|past|coming|previous
          |early|late|earlier|later){_D_SP})?
        (?P<weekday>{_D_WEEKDAY_FULL})(?:['’]s)?{_D_END}(?:{_D_SP}{_D_PART}{_D_END})?""",
    ),
    (
        "month_rel",
        f"#month {_D_EDGE_WORDS} {_D_REL_WORDS}",
        rf"""
        (?:(?:{_D_EDGE}[-\s]{{1,3}})(?:{_D_REL}{_D_SP})?|{_D_REL}{_D_SP})
        (?P<month>{_D_MONTH_FULL}){_D_END}(?:{_D_SP}(?P<yrel>last|this|next){_D_SP}year{_D_END})?
      |(?P<month>{_D_MONTH_FULL}){_D_SP}(?P<yrel>last|this|next){_D_SP}year{_D_END}""",
    ),
    (
        "year",
        "#digit early late mid pre post fiscal",
        rf"""
        (?:(?P<edge>early|late|mid|pre|post)[-\s]{{1,3}}|(?P<fiscal>fiscal){_D_SP}|{_D_NUM_START})
        {_D_YEAR}(?!\s?%|-\d)(?:['’]s)?""",
    ),
    (
        "month",
        "#month",
        rf"""
        (?P<month>{_D_MONTH_NOT_MAY}
          |(?<=(?:in|since|by|until|till|during|from|through|before|after|of)\s{{1,3}})(?-i:May|MAY))
        {_D_END}""",
    ),
)

FIRST_WORD_CLASSES = {
    "#digit": (),
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
    for rule, first_words, _ in _DATE_BRANCHES:
        for word in first_words.split():
            for key in FIRST_WORD_CLASSES.get(word) or (word,):
                rules_by_word.setdefault(key, []).append(rule)
    return {word: tuple(rules) for word, rules in rules_by_word.items()}


#: For every word a date expression can start with (lowercase; ``"#digit"`` for a
#: number), the rules that may start there, in grammar order.
RULES_BY_FIRST_WORD = _rules_by_first_word()


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
