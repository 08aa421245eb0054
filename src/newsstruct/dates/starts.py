"""Where a date expression can start: the cheap word tests that decide where
:mod:`newsstruct.dates.find` tries the grammar at all, and with which of its rules.

Each set of next words was read off the grammar's branches: a word is in it when some
branch starting at the first word reads it as its second token, always past a space,
hyphen or apostrophe, so that a plain token (ASCII letters and digits) fits only as that
very word; in the sets holding :data:`OTHER_WORD`, any other token fits.  A try skipped
this way is one the grammar would have failed, and a rule left out one that could not
have matched.
"""

from __future__ import annotations

import regex

from newsstruct.dates.grammar import FIRST_WORD_CLASSES, RULES_BY_FIRST_WORD
from newsstruct.dates.grammar_durations import LONG_UNITS, PLURAL_UNITS
from newsstruct.dates.grammar_sets import PLURAL_WEEKDAYS
from newsstruct.dates.lexicons.holidays import HOLIDAYS
from newsstruct.dates.lexicons.number_words import NUMBER_WORDS
from newsstruct.dates.lexicons.ordinal_words import ORDINAL_WORDS
from newsstruct.dates.pieces import D_DUR_ADJ, D_REL_WORDS, first_words
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "DATE_HEAD_WORDS",
    "DATE_NEXT_WORDS",
    "DATE_TOKEN_SPLIT",
    "OTHER_WORD",
    "RULES_BETWEEN",
    "RULE_NEXT_WORDS",
]

_D_UNIT_WORDS = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
    "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year",
    "years", "decade", "decades", "century", "centuries", "millennium", "millennia", "generation",
    "generations",
)  # fmt: skip
#: The words of :data:`newsstruct.dates.pieces.D_DUR_ADJ` ("an additional year").
_D_DURATION_ADJECTIVES = tuple(D_DUR_ADJ.strip("(?:)").split("|"))
_D_PLURAL_UNITS = tuple(w for w in _D_UNIT_WORDS if w.endswith("s"))
#: Number words a count may start with ("the nine months").
_D_NUMBERS = tuple(w for w in NUMBER_WORDS if w not in ("a", "an", "single"))

#: For frequent first words, the words the next token must be for a date to start
#: there ("the" + "1990s", "past", "weekend" ...; "#digit" for a number).
DATE_NEXT_WORDS: dict[str, frozenset[str]] = {
    "the": frozenset(
        {
            "#digit", "end", "beginning", "start", "middle", "rest", "remainder", "early", "late",
            "mid",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties", "eighteenth", "nineteenth", "twentieth", "twenty", "this", "last", "next",
            "fiscal", "financial", "first", "second", "third", "fourth", "past", "coming",
            "previous", "following", "week", "weekend", "day", "month", "future", "near", "distant", "latest",
            "short", "long", "longer",
            "final", "same", "remaining", "preceding", "recent", "initial", "opening",
            "closing", "morning", "afternoon", "evening", "night", "quarter", "period", "year",
            "spring", "summer", "autumn", "winter", "fall", "new", "half",
            "full", "current", "comparable", "corresponding", "prior", *_D_PLURAL_UNITS,
            "better", "best", "greater",
            "march", "june", "september", "december",
            *_D_NUMBERS, *ORDINAL_WORDS, *WEEKDAYS,
        }
    ),
    "that": frozenset(
        {"same", "day", "week", "weekend", "month", "quarter", "year", "morning", "afternoon",
         "evening", "night", "spring", "summer", "autumn", "winter", *MONTHS}
    ),
    "in": frozenset({"the"}),
    "a": frozenset(
        {"few", "couple", "half", "hundred", "later", "mere", "thousand", *_D_UNIT_WORDS,
         *_D_DURATION_ADJECTIVES}
    ),
    "an": frozenset({*_D_UNIT_WORDS, *_D_DURATION_ADJECTIVES}),
    "per": frozenset({*_D_UNIT_WORDS, *_D_DURATION_ADJECTIVES}),
    "at": frozenset({"least"}),
    "more": frozenset({"than", "recently"}),
    "less": frozenset({"than"}),
    "up": frozenset({"to"}),
    "right": frozenset({"now"}),
    "most": frozenset({"recently"}),
    "these": frozenset({"days"}),
}  # fmt: skip

#: What may follow a count for a duration to start at it ("two weeks", "three-day", "two to
#: three", "two and a half", "three times a week", "twenty four hours", "two more weeks"), or
#: the first word of a year in words ("nineteen ninety-six", "nineteen oh five", "two thousand
#: and eight").
_D_AFTER_COUNT = frozenset(
    {"#digit", "to", "and", "or", "times", "hundred", "oh", "thousand", *_D_UNIT_WORDS,
     *_D_DURATION_ADJECTIVES, *_D_NUMBERS}
)  # fmt: skip
#: What may follow a number of one to three digits: a count's followers, a month ("18 April",
#: "18 of April"), the rest of a clock time ("5 p.m.", "5 PM", "4 in the morning", "10
#: o'clock") or of a numeric date ("4/18/2024": another number).
_D_AFTER_NUMBER = frozenset(
    {*_D_AFTER_COUNT, *FIRST_WORD_CLASSES["#month"], "of", "a", "p", "am", "pm", "in", "o"}
)
#: Rules that start at a count (or a year in words) and need one of :data:`_D_AFTER_COUNT`
#: after it.
_COUNT_RULES = frozenset({"ago", "duration_range", "duration", "a_unit", "quarter_of", "year"})
DATE_NEXT_WORDS["#num"] = _D_AFTER_NUMBER
DATE_NEXT_WORDS.update(
    {
        word: _D_AFTER_COUNT
        for word in _D_NUMBERS
        if word not in DATE_NEXT_WORDS and set(RULES_BY_FIRST_WORD.get(word, ())) <= _COUNT_RULES
    }
)

#: A word or number of running text, as one capturing group so that ``split``
#: gives gaps and words in turn; dates start at the start of one (or at the
#: apostrophe just before a number: "the '90s").
DATE_TOKEN_SPLIT = regex.compile(r"(\w+)")

#: In a set of :data:`DATE_NEXT_WORDS`: any token that is not plain ASCII letters and
#: digits fits.  The grammar's case-insensitive words also match a few other letters ("ſ"
#: for "s") and its word ends let a token run on with a mark or "_" ("Day_2"), so only
#: for a plain token does "the grammar reads word X here" mean "the token is X".
OTHER_WORD = "#other"
#: The first tokens of a year (:data:`newsstruct.dates.pieces.D_YEAR`: "1996", "nineteen
#: ninety-six", "two thousand and eight").
_D_YEAR_FIRST = ("#digit", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "two")
#: What may follow "early" or "late", rule by rule: a year, decade or century ("early 1990s",
#: "late '90s", "early 20th century"), a month ("early March"), a relative word ("late last
#: year", "early this spring"), a season, a day word ("early today", "late the day before
#: yesterday"), a weekday ("late Friday"), a century in words ("early twenty-first").
_D_AFTER_EDGE = frozenset(
    {OTHER_WORD, *_D_YEAR_FIRST, *FIRST_WORD_CLASSES["#month"], *D_REL_WORDS.split(),
     "spring", "summer", "autumn", "winter", "fall", "the", "today", "tonight", "yesterday",
     "tomorrow", *WEEKDAYS, "eighteenth", "nineteenth", "twentieth", "twenty"}
)  # fmt: skip


def _holiday_next_words() -> dict[str, frozenset[str]]:
    """For a word that starts holiday names only, and no name by itself, the second words of
    those names ("new" -> "year", "labor" -> "day")."""
    second_words: dict[str, set[str]] = {}
    whole_names = set()
    for name in HOLIDAYS:
        first, *rest = DATE_TOKEN_SPLIT.split(name)[1::2]
        if set(RULES_BY_FIRST_WORD.get(first, ())) == {"holiday"}:
            if rest:
                second_words.setdefault(first, {OTHER_WORD}).add(rest[0])
            else:
                whole_names.add(first)
    return {
        first: frozenset(words) for first, words in second_words.items() if first not in whole_names
    }


DATE_NEXT_WORDS.update(
    {
        # The season rule starts at a season only before a year: "fall 2024", "fall of 1996".
        "fall": frozenset({OTHER_WORD, "of", *_D_YEAR_FIRST}),
        # "no more than two weeks"
        "no": frozenset({OTHER_WORD, "more"}),
        "early": _D_AFTER_EDGE,
        "late": _D_AFTER_EDGE,
        **_holiday_next_words(),
    }
)


#: For some first words, rules that start there only before certain next words (a set as
#: in :data:`DATE_NEXT_WORDS`); the others stay.  A unit word ("years", "week") starts a
#: duration only in its "-long" form ("years-long"; the other forms start at a count, an
#: approximation or "the"), and a bare plural ("for weeks") only if it is plural.
RULE_NEXT_WORDS: dict[str, dict[str, frozenset[str]]] = {
    unit: {
        "duration": frozenset({OTHER_WORD, "long"} if unit in LONG_UNITS else {OTHER_WORD}),
        **({} if unit in PLURAL_UNITS else {"plural": frozenset({OTHER_WORD})}),
    }
    for unit in _D_UNIT_WORDS
}


def _after_relative_word() -> dict[str, frozenset[str]]:
    """What may follow "last", "next", "past", "previous" or "following", rule by rule: none
    of their rules matches the word alone."""
    return {
        rule: frozenset({OTHER_WORD, *words})
        for rule, words in (
            ("weekday_date", FIRST_WORD_CLASSES["#weekday"]),  # "last Friday, April 12"
            ("quarter", ("year", "half")),  # "last year's third quarter", "last half"
            ("season", ("spring", "summer", "autumn", "winter", "fall")),
            ("weekend", ("weekend",)),
            ("relative", ("fiscal", "week", "month", "year", "quarter", "decade", "century")),
            ("day_word", ("night",)),  # "last night"
            ("holiday", first_words(HOLIDAYS).split()),  # "last Christmas"
            ("weekday", WEEKDAYS),
            ("month_rel", MONTHS),  # "last March"
        )
    }


RULE_NEXT_WORDS.update(
    dict.fromkeys(("last", "next", "past", "previous", "following"), _after_relative_word())
)
RULE_NEXT_WORDS["year"]["year_to_date"] = frozenset({"to"})  # "year to date", "year-to-date"


#: Words that make a date expression likely within the next few words: numbers aside,
#: months, weekdays, units, seasons, relative days, vague heads and holiday names.
#: A weak first word ("the", "about", "last") is tried only when one of these follows.
DATE_HEAD_WORDS = frozenset(
    {
        *FIRST_WORD_CLASSES["#month"],
        *FIRST_WORD_CLASSES["#weekday"],
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "night",
        "nights",
        "quarters",
        "generation",
        "generations",
        "noon",
        "midnight",
        "midday",
        "day",
        "days",
        "week",
        "weeks",
        "fortnight",
        "fortnights",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "millennium",
        "millennia",
        "quarter",
        "period",
        "half",
        "spring",
        "summer",
        "autumn",
        "winter",
        "fall",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "morning",
        "afternoon",
        "evening",
        "now",
        "then",
        "current",
        "currently",
        "recently",
        "lately",
        "nowadays",
        "future",
        "past",
        "moment",
        "term",
        "date",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "christmas",
        "thanksgiving",
        "easter",
        "halloween",
        "eve",
        "july",
        "daily",
        "hourly",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "nightly",
        "weekends",
        *PLURAL_WEEKDAYS,
        *(w for w in NUMBER_WORDS if w not in ("a", "an", "single")),
        *(w for w in RULES_BY_FIRST_WORD if w.startswith("fy") and w[2:].isdigit()),
    }
)


#: A first word and the word after it that only some rules can start with: "the" before
#: a season word starts a season ("the fall of 2009") and nothing else, so the whole
#: "the" grammar is not tried at every "the fall".
RULES_BETWEEN: dict[tuple[str, str], tuple[str, ...]] = {
    **{("the", season): ("season",) for season in ("spring", "summer", "autumn", "winter", "fall")},
    ("the", "new"): ("new_year",),  # "in the new year"
    ("the", "half"): ("period",),  # "the half-year to August 31"
    **{("the", day): ("focus_weekday",) for day in WEEKDAYS},  # "the Friday before"
    # "the better part of a decade", "the best part of two years"
    **{("the", word): ("duration", "a_unit") for word in ("better", "best", "greater")},
}
