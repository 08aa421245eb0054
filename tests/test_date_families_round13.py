"""Dates v2, thirteenth round (issue 20): example tables for the general families this round
fixed, each written as fresh news sentences (none from the development sets, none from
``benchmarks/date_sentences*.py``), with the reference Thursday 2024-03-14 (ISO week 11;
last week ran from Monday 4 March, next week from Monday 18 March).  Values follow the
TimeML 1.2.1 guidelines and, where they are silent, TimeBank.
"""

from __future__ import annotations

import pytest

from test_date_families_news import dates_of


def _table(*rows: tuple[str, list[tuple[str, str | None]]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows)


@_table(
    ("The minister resigned on Tuesday last week.", [("Tuesday last week", "2024-03-05")]),
    ("Talks resume on Monday next week, the union said.",
     [("Monday next week", "2024-03-18")]),
    ("The bill was tabled on Wednesday of last week.",
     [("Wednesday of last week", "2024-03-06")]),
    ("The board will meet on Thursday of next week.",
     [("Thursday of next week", "2024-03-21")]),
    ("Results are due Friday this week.", [("Friday this week", "2024-03-15")]),
    ("Police were called on Saturday night last week.",
     [("Saturday night last week", "2024-03-09TNI")]),
    ("Police said on Tuesday last week's attack was planned.",
     [("Tuesday", "2024-03-12"), ("last week", "2024-W10")]),
    ("Shares rose on Monday; last week they fell.",
     [("Monday", "2024-03-11"), ("last week", "2024-W10")]),
)  # fmt: skip
def test_a_weekday_of_a_named_week(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "Tuesday last week", "Monday of next week": one timex, the weekday in that week; it was
    the weekday nearest the paper and the week apart (so "Tuesday last week" was this week's)."""
    assert dates_of(text) == expected


@_table(
    ("The accused was arrested on Tuesday last.", [("Tuesday last", "2024-03-12")]),
    ("He died on Friday last at his home in Galway.", [("Friday last", "2024-03-08")]),
    ("The council will meet on Monday next to decide.", [("Monday next", "2024-03-18")]),
    ("The court sits again on Wednesday next, the registrar said.",
     [("Wednesday next", "2024-03-20")]),
)  # fmt: skip
def test_last_or_next_after_the_weekday(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "on Tuesday last", "Monday next" (court and parish notices, Irish, Indian and African
    copy): "last Tuesday", "next Monday", the word after the weekday in the span."""
    assert dates_of(text) == expected


@_table(
    ("The storm hit the coast early this morning.", [("early this morning", "2024-03-14TMO")]),
    ("The mayor conceded late last night.", [("late last night", "2024-03-13TNI")]),
    ("Flights resumed late this afternoon.", [("late this afternoon", "2024-03-14TAF")]),
    ("The fire started early Sunday morning.", [("early Sunday morning", "2024-03-10TMO")]),
    ("Crews worked late into the night.", [("the night", "2024-03-14TNI")]),
)  # fmt: skip
def test_early_or_late_before_a_part_of_today(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "early this morning", "late last night": "early" and "late" stay in the timex, as in
    "late tonight" and "late yesterday" (TimeBank keeps them)."""
    assert dates_of(text) == expected


@_table(
    ("The trial opened on March 4; the Friday before, the jury was chosen.",
     [("March 4", "2024-03-04"), ("the Friday before", "2024-03-01")]),
    ("The summit ended on 2 February. The Monday after, the talks collapsed.",
     [("2 February", "2024-02-02"), ("The Monday after", "2024-02-05")]),
    ("He was last seen on the Sunday before.", [("the Sunday before", "2024-03-10")]),
    ("The ship sank on 9 January 2019; the Saturday after, divers found it.",
     [("9 January 2019", "2019-01-09"), ("the Saturday after", "2019-01-12")]),
)  # fmt: skip
def test_the_weekday_before_or_after_the_story_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the Friday before", "the Monday after" with nothing after them: anaphoric, the weekday
    before (after) the day the story is at, as "the day before" is."""
    assert dates_of(text) == expected


@_table(
    ("The siege ended after three long years.", [("three long years", "P3Y")]),
    ("For two long weeks the town waited for news.", [("two long weeks", "P2W")]),
    ("The mine closed four long years ago.", [("four long years ago", "2020")]),
    ("The deal came after a few short months of talks.", [("a few short months", "PXM")]),
    ("She won the seat back after five short weeks.", [("five short weeks", "P5W")]),
    ("The hostages had mere minutes to escape.", [("minutes", "PTXM")]),
    ("Nurses work long hours.", []),
)  # fmt: skip
def test_long_or_short_between_the_count_and_its_unit(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "three long years", "a few short months": the adjective leaves the duration as it is, as
    "two more weeks" does; "mere minutes" is an indefinite duration, as "minutes" is."""
    assert dates_of(text) == expected


@_table(
    ("He spent the better part of a decade in exile.",
     [("the better part of a decade", "P10Y")]),
    ("Repairs took the best part of two years.", [("the best part of two years", "P2Y")]),
    ("The plant was idle for the better part of a week.",
     [("the better part of a week", "P1W")]),
    ("She led the party for the greater part of 20 years.",
     [("the greater part of 20 years", "P20Y")]),
    ("The better part of the budget went on roads.", []),
)  # fmt: skip
def test_the_better_part_of_a_duration(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the better (best, greater) part of a decade": the duration, the phrase in the span as
    "almost" is; "a decade" after it was lost."""
    assert dates_of(text) == expected


@_table(
    ("Recovery takes six months to a year.", [("six months", "P6M"), ("a year", "P1Y")]),
    ("The drug works within 30 minutes to an hour.",
     [("30 minutes", "PT30M"), ("an hour", "PT1H")]),
    ("Delays of 45 minutes to an hour are expected.",
     [("45 minutes", "PT45M"), ("an hour", "PT1H")]),
    ("Jail terms of nine months to a year are common.",
     [("nine months", "P9M"), ("a year", "P1Y")]),
)  # fmt: skip
def test_a_range_of_durations_ending_in_a_unit(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "six months to a year": both ends of the range are durations, as in "a week to 10
    days"; the end with "a" was lost."""
    assert dates_of(text) == expected


@_table(
    ("The new fares took effect on the first of March.", [("the first of March", "2024-03-01")]),
    ("Bonfires are lit on the fifth of November.", [("the fifth of November", "2023-11-05")]),
    ("The ceasefire began on the twenty-third of February 2022.",
     [("the twenty-third of February 2022", "2022-02-23")]),
    ("The first of many protests took place in January.", [("January", "2024-01")]),
)  # fmt: skip
def test_an_ordinal_word_of_a_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the first of March", "the fifth of November": the day, as "the 1st of March" is; it
    gave the month alone."""
    assert dates_of(text) == expected


@_table(
    ("The rule applies from the first of next month.", [("the first of next month", "2024-04-01")]),
    ("Payment is due on the 15th of next month.", [("the 15th of next month", "2024-04-15")]),
    ("Wages were paid on the 25th of last month.", [("the 25th of last month", "2024-02-25")]),
    ("The new fares took effect on the first of the month.",
     [("the first of the month", "2024-03-01")]),
    ("The strike began in June 2019; by the 20th of the month, ports were shut.",
     [("June 2019", "2019-06"), ("the 20th of the month", "2019-06-20")]),
)  # fmt: skip
def test_a_day_of_a_named_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the first of next month", "the 25th of last month", "the 20th of the month": that day of
    the month named, "the month" being the one the story is at."""
    assert dates_of(text) == expected


@_table(
    ("The ceasefire lasted twenty-four hours.", [("twenty-four hours", "PT24H")]),
    ("Forty-eight hours after the vote, the premier quit.", [("Forty-eight hours", "PT48H")]),
    ("He served thirty-five years in the army.", [("thirty-five years", "P35Y")]),
    ("The talks lasted twenty to thirty minutes.",
     [("twenty", "PT20M"), ("thirty minutes", "PT30M")]),
)  # fmt: skip
def test_a_hyphenated_count_before_its_unit(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "twenty-four hours", "thirty-five years": one count, not the range "twenty to four
    hours" (which the range reader dropped, so the duration was lost)."""
    assert dates_of(text) == expected


def _limit(text: str, expected: list[tuple[str, str | None]], reason: str) -> object:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        _limit("The repairs could take as long as a month.", [("a month", "P1M")],
               "'as' before 'a month' is no duration cue ('as long as' is not read)"),
        _limit("The law took effect on April the 1st.", [("April the 1st", "2024-04-01")],
               "'Month the Nth' is not read (only 'the Nth of Month')"),
        _limit("In the first decade of this century, exports boomed.",
               [("the first decade of this century", "200")],
               "an ordinal decade of a century is not read"),
    ],
)  # fmt: skip
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Strict expected failures, left for a later round."""
    assert dates_of(text) == expected
