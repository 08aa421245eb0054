"""The building blocks of the date grammar: month, day and year patterns, counts, units,
time zones and the small word classes the branches of :mod:`newsstruct.dates.grammar`
share.  Month and weekday names are case-sensitive ("March", "MARCH", not
"march"); every repeat is bounded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from newsstruct.dates.lexicons.number_words import NUMBER_WORDS
from newsstruct.dates.lexicons.ordinal_words import ORDINAL_WORDS
from newsstruct.dates.lexicons.time_zones import TIME_ZONES
from newsstruct.dates.lexicons.vague_counts import VAGUE_COUNTS
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "D_APPROX",
    "D_APPROX_WORDS",
    "D_COUNT",
    "D_COUNT_NO_A",
    "D_DAY",
    "D_DAY_ORDINAL",
    "D_DAY_TAIL",
    "D_DUR_ADJ",
    "D_EDGE",
    "D_EDGE_WORDS",
    "D_END",
    "D_HALF",
    "D_MONTH",
    "D_MONTH_ABBR",
    "D_MONTH_FULL",
    "D_MONTH_NOT_MAY",
    "D_NUMBER",
    "D_NUM_START",
    "D_NUM_WORDS",
    "D_ORDINAL_WORD",
    "D_PART",
    "D_POST_END",
    "D_REL",
    "D_REL_WORDS",
    "D_SEASON",
    "D_SP",
    "D_UNIT",
    "D_WEEKDAY",
    "D_WEEKDAY_ABBR",
    "D_WEEKDAY_FULL",
    "D_YEAR",
    "D_YEAR_OR_REL_TAIL",
    "D_YEAR_TAIL",
    "D_ZONE",
    "d_day",
    "d_month",
    "first_words",
    "phrase_alternation",
]


def phrase_alternation(words: Iterable[str]) -> str:
    """An alternation of lexicon phrases, longest first; spaces match 1-3 blanks."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(
        regex.escape(w).replace(r"\ ", r"\s{1,3}").replace("'", "['’]") for w in ordered
    )


def _trie_piece(char: str) -> str:
    """One character of a lexicon phrase as :func:`phrase_alternation` reads it."""
    return r"\s{1,3}" if char == " " else "['’]" if char == "'" else regex.escape(char)


def phrase_trie(words: Iterable[str]) -> str:
    """The phrases of :func:`phrase_alternation` as a trie ("are due|are expected" ->
    "are\\s{1,3}(?:due|expected)"): the same matches, longest first, but a word that starts
    no phrase fails at its first letters instead of once per phrase (for patterns tried at
    every word, such as the future cues)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_trie_piece(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _date_names(names: Iterable[str]) -> str:
    """Title-case and upper-case forms of names, case-sensitive."""
    forms = [f for n in names for f in (n.title(), n.upper())]
    return "(?-i:" + "|".join(forms) + ")"


D_MONTH_FULL = _date_names(MONTHS)
D_MONTH_ABBR = _date_names(
    ("sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
D_MONTH_NOT_MAY = _date_names(m for m in MONTHS if m != "may")
D_WEEKDAY_FULL = _date_names(WEEKDAYS)
D_WEEKDAY_ABBR = _date_names(
    ("tues", "thurs", "thur", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
)
D_END = r"(?![\p{L}\p{N}])"
D_SP = r"\s{1,3}"


def d_month(group: str) -> str:
    return rf"(?P<{group}>{D_MONTH_FULL}|{D_MONTH_ABBR}\.?){D_END}"


def d_day(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{{L}}\p{{N}}]|[:.]\d)"


D_MONTH = d_month("month")
D_DAY = d_day("day")
#: A day as an ordinal word after its month ("March eighth"), not before a hyphen or a
#: lowercase word other than a year ("March first-quarter sales", "in March second reading").
D_ORDINAL_WORD = "|".join(
    w.replace("-", r"[-\s]") for w in sorted(ORDINAL_WORDS, key=lambda w: (-len(w), w))
)
D_DAY_ORDINAL = (
    f"(?P<day>{D_ORDINAL_WORD})"
    r"(?![\p{L}\p{N}]|-|\s{1,3}(?!(?:fifteen|sixteen|seventeen|eighteen|nineteen|two)[-\s])(?-i:[a-z]))"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TWO_DIGITS = rf"(?:{_TENS})(?:[-\s]{{1,3}}(?:{_UNITS}))?|{_TEENS}"
#: A year in words, as broadcast transcripts print them: "nineteen ninety-six", "nineteen
#: hundred", "nineteen oh five", "two thousand and eight" (bare "two thousand" is a count).
D_YEAR_WORDS = rf"""
    (?:fifteen|sixteen|seventeen|eighteen|nineteen)[-\s]{{1,3}}
    (?:{_TWO_DIGITS}|hundred|oh[-\s]{{1,3}}(?:{_UNITS}))
  |two[-\s]{{1,3}}thousand[-\s]{{1,3}}(?:and[-\s]{{1,3}})?(?:{_TWO_DIGITS}|{_UNITS})"""
D_YEAR = (
    rf"(?P<year>1[5-9]\d\d|20\d\d|(?:{D_YEAR_WORDS})(?!-|[-\s]{{1,3}}(?:hundred|thousand)))"
    r"(?![\p{L}\p{N}]|[.,:]\d)"
)
D_WEEKDAY = rf"(?P<weekday>{D_WEEKDAY_FULL}|{D_WEEKDAY_ABBR}(?:\.|(?=,))){D_END}"
D_YEAR_TAIL = rf"(?:,?{D_SP}{D_YEAR})?"
#: A year or a year relative to the reference after a day: "March 3, 2024", "3 March last year".
D_YEAR_OR_REL_TAIL = rf"(?:,?{D_SP}{D_YEAR}|{D_SP}(?P<yrel>this|last|next){D_SP}year{D_END})?"
#: A digit may not follow money signs, other digits, decimal points or letters ("G20", "$2,024").
D_NUM_START = r"(?<![\p{L}\p{N}_$€£¥#.,/:+\-]|\d[.,])"
D_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})?|(?:a|one|two|three|four|five|six|seven|eight|nine)[-\s](?:hundred|thousand)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{phrase_alternation(NUMBER_WORDS)}){D_END}"
)
D_COUNT = rf"(?P<num>{D_NUMBER}|{phrase_alternation(VAGUE_COUNTS)})"
#: A count without the article: "a day" is rarely a duration worth reporting.
D_COUNT_NO_A = rf"(?!(?:a|an|single){D_SP}(?!few|couple|hundred|thousand)){D_COUNT}"
D_UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|millennium|millennia)"
)
#: Words between a count and its unit that leave the duration as it is ("two more weeks",
#: "eight trading days", "five consecutive nights", "three long years"; "long" and "short"
#: not after "a": "a long day" is as often a hard day as a length).
D_DUR_ADJ = (
    r"(?:more|additional|consecutive|straight|full|whole|extra|further|trading|business"
    r"|calendar|working|successive|single|long|short)"
)
#: Half a unit: "5 1/2 hours", "two and a half years", "a minute and a half".
D_HALF = r"(?:\s{0,3}(?P<half>1/2|½)|\s{1,3}and\s{1,3}a\s{1,3}(?P<half>half))"
D_EDGE = (
    r"(?P<edge>early|late|mid|earlier|later|the\s{1,3}(?:end|beginning|start|middle|rest)\s{1,3}of)"
)
D_REL = r"(?P<rel>this\s{1,3}past|this\s{1,3}coming|this|last|next|past|coming|previous|current|following)"
D_PART = r"(?P<part>morning|afternoon|evening|night)"
D_SEASON = r"(?P<season>spring|summer|autumn|winter|fall)"
D_ZONE = (
    "(?P<zone>(?-i:"
    + "|".join(sorted((z.upper() for z in TIME_ZONES), key=lambda z: (-len(z), z)))
    + "))"
)
#: A place's clock named after a time, as "local time" is: "3:30 p.m. Manila time", "4am Fiji
#: time", "10 a.m. New York time", "9 p.m. Eastern time" (up to three capitalised words, not
#: a determiner, a weekday or a month: "at 5 p.m. The time ..." and "9 p.m. Monday" are no
#: such clock).
#: The end of a "last" or "next" after its weekday ("on Tuesday last.", "Monday next to
#: decide"): a stop, the text's end, or a preposition or conjunction ("Tuesday last year",
#: "Monday next week" are no such).
D_POST_END = (
    r"(?=\s{0,3}(?:[,.;:!?)\]—–]|$)"
    r"|\s{1,3}(?:at|in|on|to|when|and|or|but|after|before|for|by|with|from|as)\b)"
)
D_PLACE_TIME = (
    r"(?:local|(?-i:(?!(?:The|This|That|Some|Any|Each|Every|No|Next|Last|First|Half|Full|Prime"
    r"|Extra|Injury|Stoppage|Added|Over|Tea|Lunch|Dinner|Closing|Opening|Question|Summer"
    r"|Winter|Daylight|Standard|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun|\p{Lu}\p{Ll}+day|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}))\s{1,3}time"
)
#: The day a clock time is on, printed after it: "5 p.m. EST Nov. 9", "9 a.m. Tuesday"; after
#: "on" ("7.45pm on Saturday", "2pm on Saturday 23 March") the day is a timex of its own, "on"
#: being a TimeML signal.
D_DAY_TAIL = rf"""
    (?:,?{D_SP}(?:(?P<on>on){D_SP})?(?:{D_WEEKDAY}(?:,?{D_SP}(?:{D_MONTH}{D_SP}{D_DAY}{D_YEAR_TAIL}
          |{D_DAY}{D_SP}{D_MONTH}{D_YEAR_TAIL})
        |(?(on){D_SP}(?P<day_part>morning|afternoon|evening|night){D_END}|(?!)))?
      |{D_MONTH}{D_SP}{D_DAY}{D_YEAR_TAIL}
      |(?<=on{D_SP}){D_DAY}{D_SP}{D_MONTH}{D_YEAR_TAIL})
      |{D_SP}(?P<dayword>today|yesterday|tomorrow|tonight){D_END})?"""
#: Modifiers TimeML keeps inside a duration ("nearly two weeks", "at least 30 days", "the
#: better part of a decade"); "about", "over", "just" and "only" stay outside it.
D_APPROX = (
    r"(?P<approx>almost|nearly|roughly|approximately|some|(?:a\s{1,3})?mere"
    r"|(?:no\s{1,3})?more\s{1,3}than"
    r"|less\s{1,3}than|around|at\s{1,3}least|up\s{1,3}to"
    r"|the\s{1,3}(?:better|best|greater)\s{1,3}part\s{1,3}of)"
)


def first_words(phrases: Iterable[str]) -> str:
    """The first ``\\w+`` token of each phrase ("father's day" -> "father"), space-separated."""
    return " ".join(sorted({regex.match(r"\w+", p).group() for p in phrases}))  # type: ignore[union-attr]


D_NUM_WORDS = first_words((*NUMBER_WORDS, *VAGUE_COUNTS))
D_EDGE_WORDS = "early late mid earlier later the"
D_REL_WORDS = "this last next past coming previous current following"
D_APPROX_WORDS = "almost nearly roughly approximately some a mere no more less around at up"
