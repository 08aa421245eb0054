"""Dates v2, twelfth round (issue 20): example tables for the general families this round
fixed, each written as fresh news sentences (none from the development sets, none from
``benchmarks/date_sentences*.py``), with the reference Thursday 2024-03-14.  Values follow
the TimeML 1.2.1 guidelines and, where they are silent, TimeBank.
"""

from __future__ import annotations

import pytest

from test_date_families_news import dates_of


def _table(*rows: tuple[str, list[tuple[str, str | None]]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows)


@_table(
    ("The funeral will be held at 11am on Friday 22 March.",
     [("11am", "2024-03-22T11:00"), ("Friday 22 March", "2024-03-22")]),
    ("Gates open at 6.30pm on Saturday 6th April for the final.",
     [("6.30pm", "2024-04-06T18:30"), ("Saturday 6th April", "2024-04-06")]),
    ("The vigil began at 8pm on Sunday, 10 March.",
     [("8pm", "2024-03-10T20:00"), ("Sunday, 10 March", "2024-03-10")]),
    ("The ferry sails at 7am Monday 25 March.", [("7am Monday 25 March", "2024-03-25T07:00")]),
    ("The raid began at 5am Monday, 23 people were held.", [("5am Monday", "2024-03-11T05:00")]),
)  # fmt: skip
def test_a_time_before_a_weekday_and_a_day_first_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "2pm on Saturday 23 March": the weekday and the day-first date are one day, as "Saturday,
    March 23" is (the time takes that day); it was "Saturday" and "23 March" apart."""
    assert dates_of(text) == expected


@_table(
    ("The Kenyan won the 800m in 1:43.26.", [("1:43.26", "PT1M43.26S")]),
    ("Her winning time of 2:21.4 was a championship record.", [("2:21.4", "PT2M21.4S")]),
    ("He swam the 400m freestyle in 3:41.92 on Tuesday.",
     [("3:41.92", "PT3M41.92S"), ("Tuesday", "2024-03-12")]),
    ("The marathon was won in 2:05:41.", [("2:05:41", "PT2H5M41S")]),
    ("The train leaves at 10:45.", [("10:45", "2024-03-14T10:45")]),
)  # fmt: skip
def test_a_race_time_in_minutes_and_hundredths(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "3:43.13" (minutes, seconds and their fraction: no clock prints a fraction) is a race
    time, a duration; a clock time stays a time."""
    assert dates_of(text) == expected


@_table(
    ("The interview lasted a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
    ("Police arrived three quarters of an hour later.",
     [("three quarters of an hour", "PT45M")]),
    ("She edited the paper for almost a quarter of a century.",
     [("almost a quarter of a century", "P25Y")]),
    ("The reactor was offline for three-quarters of a year.",
     [("three-quarters of a year", "P9M")]),
    ("The party won three quarters of the seats.", []),
    ("A quarter of the budget goes on health.", []),
)  # fmt: skip
def test_a_quarter_of_a_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "a quarter of an hour" (``PT15M``), "three quarters of an hour" (``PT45M``), "a quarter
    of a century" (``P25Y``), as "half an hour" and "half a century" are durations; a quarter
    of anything else is no timex."""
    assert dates_of(text) == expected


@_table(
    ("Sales doubled in a single week.", [("a single week", "P1W")]),
    ("The river rose a metre in a single hour.", [("a single hour", "PT1H")]),
    ("Not a single vote was cast.", []),
)  # fmt: skip
def test_a_single_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "in a single day": a duration of one unit, "single" like "whole" or "full"."""
    assert dates_of(text) == expected


@_table(
    ("Showers will persist for the rest of the week.", [("the rest of the week", "2024-W11")]),
    ("The road stays closed for the remainder of the year.",
     [("the remainder of the year", "2024")]),
    ("Flights were cancelled for the rest of the day.", [("the rest of the day", "2024-03-14")]),
    ("Prices held steady for the rest of 2023.", [("the rest of 2023", "2023")]),
    ("He sided with the rest of the world.", []),
    ("At the end of the day, voters decide.", []),
)  # fmt: skip
def test_the_rest_of_a_period(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the rest (remainder) of the week": that week, the span holding "the rest of", as
    "the end of the week" does; "the rest of the day" is today ("the end of the day" stays an
    idiom)."""
    assert dates_of(text) == expected


@_table(
    ("The border was closed the week before last.", [("the week before last", "2024-W09")]),
    ("Parliament returns the week after next.", [("the week after next", "2024-W13")]),
    ("Rents rose sharply the month before last.", [("the month before last", "2024-01")]),
    ("The games open the year after next.", [("the year after next", "2026")]),
    ("Prices fell the year before, he said.", [("the year before", "2023")]),
)  # fmt: skip
def test_the_unit_before_last_and_after_next(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the week before last", "the month after next": two units from the paper's."""
    assert dates_of(text) == expected


@_table(
    ("A deal is weeks away, negotiators said.", [("weeks", "PXW")]),
    ("The new hospital is years behind schedule.", [("years", "PXY")]),
    ("Some salaries are months overdue.", [("months", "PXM")]),
    ("The ferry docked hours late.", [("hours", "PTXH")]),
    ("The days behind us were hard.", []),
)  # fmt: skip
def test_a_bare_plural_unit_as_a_distance(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "weeks away", "years behind schedule", "months overdue", "hours late": an indefinite
    duration, as "three months behind schedule" is ``P3M``; not after "the"."""
    assert dates_of(text) == expected


@_table(
    ("A ruling is expected on Tuesday.", [("Tuesday", "2024-03-19")]),
    ("The verdict is expected at 2pm on Tuesday.",
     [("2pm", "2024-03-19T14:00"), ("Tuesday", "2024-03-19")]),
    ("The minister is due in Nairobi on Tuesday.", [("Tuesday", "2024-03-19")]),
    ("The verdict was expected on Tuesday.", [("Tuesday", "2024-03-12")]),
    ("The results are expected at noon on Wednesday.",
     [("noon", "2024-03-20T12:00"), ("Wednesday", "2024-03-20")]),
)  # fmt: skip
def test_is_expected_runs_into_its_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "is expected (due) ... on Tuesday" is a future verb phrase that runs into its date, as
    "will" is: a weekday up to six days ahead, past an "at" and a clock time; "was expected"
    is no cue."""
    assert dates_of(text) == expected


@_table(
    ("The strike began in the spring of 2019 and ended that November.",
     [("the spring of 2019", "2019-SP"), ("that November", "2019-11")]),
    ("Profits fell in the second half of 2021; the following year they recovered.",
     [("the second half of 2021", "2021-H2"), ("the following year", "2022")]),
    ("The drought of the summer of 2018 was the worst; that August, wells ran dry.",
     [("the summer of 2018", "2018-SU"), ("that August", "2018-08")]),
)  # fmt: skip
def test_a_season_or_half_moves_the_focus_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A season or half with its year ("the summer of 2021", "H2 2023") names that year: "that
    December" after it is in it."""
    assert dates_of(text) == expected


def _limit(text: str, expected: list[tuple[str, str | None]], reason: str) -> object:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        _limit("Wales face Italy in Cardiff on Saturday afternoon.",
               [("Saturday afternoon", "2024-03-16TAF")],
               "a fixture in the present ('face', 'host') is no cue: as often nouns"),
        _limit("Georgia holds parliamentary elections on October 26.",
               [("October 26", "2024-10-26")],
               "'holds' is no schedule cue (as often a state: 'holds 41 seats')"),
        _limit("Revenue for the week ended March 8 rose 3 percent.",
               [("the week", "P1W"), ("March 8", "2024-03-08")],
               "'the week ended' is not read as 'the year ended' is"),
        _limit("The lender expects margins to recover in the second half.",
               [("the second half", "2024-H2")],
               "a bare 'the second half' is as often a match's"),
        _limit("The attack happened on 29 Feb.", [("29 Feb", "2024-02-29")],
               "a month abbreviation's point at a sentence end stays in the span"),
    ],
)  # fmt: skip
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Strict expected failures, left for a later round."""
    assert dates_of(text) == expected
