"""Dates v2, tenth round (issue 20): example tables for the general families this round
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
    ("The ferry sailed at 6.30am on Sunday.",
     [("6.30am", "2024-03-10T06:30"), ("Sunday", "2024-03-10")]),
    ("The count will resume at 9 a.m. on Monday.",
     [("9 a.m.", "2024-03-18T09:00"), ("Monday", "2024-03-18")]),
    ("The blast was heard at 03:10 GMT on 2 March.",
     [("03:10 GMT", "2024-03-02T03:10Z"), ("2 March", "2024-03-02")]),
    ("The vote closed at midnight on February 29.",
     [("midnight", "2024-02-29T24:00"), ("February 29", "2024-02-29")]),
    ("The eruption began at 11 p.m. local time on August 3, 2019.",
     [("11 p.m. local time", "2019-08-03T23:00"), ("August 3, 2019", "2019-08-03")]),
    ("Bids close at noon on 28 June 2024.",
     [("noon", "2024-06-28T12:00"), ("28 June 2024", "2024-06-28")]),
    ("The train left at 5 p.m. Tuesday.", [("5 p.m. Tuesday", "2024-03-12T17:00")]),
    ("Doors open at 7pm, on time.", [("7pm", "2024-03-14T19:00")]),
)  # fmt: skip
def test_a_time_and_its_day_after_on_are_two_timexes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A clock time and the day printed after it past "on" are two timexes ("on" is a TimeML
    signal, in neither), the time carrying that day's date; a day printed right after the
    time, with no "on", stays in it."""
    assert dates_of(text) == expected


@_table(
    ("Roads will be closed from 8pm Friday until 6am Monday.",
     [("8pm Friday", "2024-03-15T20:00"), ("6am Monday", "2024-03-18T06:00")]),
    ("A gale warning runs from noon Saturday to midnight Sunday.",
     [("noon Saturday", "2024-03-16T12:00"), ("midnight Sunday", "2024-03-17T24:00")]),
    ("The strike lasted from 6am Monday to 6am Wednesday.",
     [("6am Monday", "2024-03-11T06:00"), ("6am Wednesday", "2024-03-13T06:00")]),
    ("Polls open at 7am Friday and 9am Saturday.",
     [("7am Friday", "2024-03-15T07:00"), ("9am Saturday", "2024-03-16T09:00")]),
    ("The shop opened at 9am Monday. On Sunday it shut.",
     [("9am Monday", "2024-03-11T09:00"), ("Sunday", "2024-03-10")]),
)  # fmt: skip
def test_a_time_on_a_weekday_joined_to_the_weekday_before_runs_forward(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A time printed with a weekday that ends a range or list begun by another weekday ("from
    6pm Friday until noon Saturday") is on the first such weekday after it, as bare weekdays
    joined so are (the eighth round)."""
    assert dates_of(text) == expected


@_table(
    ("The fund has returned 11 per cent year to date.", [("year to date", "2024")]),
    ("Year-to-date passenger numbers are up a fifth.", [("Year-to-date", "2024")]),
    ("The index is flat year-to-date, traders said.", [("year-to-date", "2024")]),
    ("It took a year to date the fossils.", [("a year", "P1Y")]),
)  # fmt: skip
def test_year_to_date_is_the_year_so_far(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "year to date" and "year-to-date" are the reference year, as "this year" of "so far
    this year" is; "a year to date the fossils" is a length of time."""
    assert dates_of(text) == expected


@_table(
    ("The brewer expects Q3 sales to recover.", [("Q3", "2024-Q3")]),
    ("Q4 earnings beat forecasts, the miner said.", [("Q4", "2023-Q4")]),
    ("Margins narrowed in Q1, the bank said.", [("Q1", "2024-Q1")]),
    ("The insurer returned to profit in the fourth quarter of fiscal 2023.",
     [("the fourth quarter of fiscal 2023", "2023-Q4")]),
    ("Sales of the Audi Q2 rose.", []),
    ("The Q7 sold well, the dealer said.", []),
    ("Her Q3 answers were marked.", []),
)  # fmt: skip
def test_quarter_codes_without_a_year_and_quarters_of_a_fiscal_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A bare quarter code is a quarter before a results noun ("Q3 sales") or after a
    preposition ("in Q1"), the reference year's as "the third quarter" is; not after a
    capitalised name or without either ("the Audi Q2", "the Q7"); "the fourth quarter of
    fiscal 2023" is one timex, as "the fourth quarter of 2023" is."""
    assert dates_of(text) == expected


@_table(
    ("The rota changes every fortnight.", [("every fortnight", "P2W")]),
    ("Bins are emptied each fortnight.", [("each fortnight", "P2W")]),
    ("The talks lasted a fortnight.", [("a fortnight", "P2W")]),
)  # fmt: skip
def test_every_fortnight_is_a_set_of_two_weeks(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected


@_table(
    ("The final is on Sunday at the national stadium.", [("Sunday", "2024-03-17")]),
    ("The deadline for bids is Friday.", [("Friday", "2024-03-15")]),
    ("Kick-off is at 3pm on Saturday.", [("3pm", "2024-03-16T15:00"), ("Saturday", "2024-03-16")]),
    ("The hearings are on Monday and Tuesday.", [("Monday", "2024-03-18"), ("Tuesday", "2024-03-19")]),
    ("The final was on Sunday.", [("Sunday", "2024-03-10")]),
    ("The fire was put out at 4am on Tuesday.",
     [("4am", "2024-03-12T04:00"), ("Tuesday", "2024-03-12")]),
    ("The Senate reconvenes on Monday after a two-week break.",
     [("Monday", "2024-03-18"), ("two-week", "P2W")]),
    ("The assembly returns from its recess on Monday.", [("Monday", "2024-03-18")]),
)  # fmt: skip
def test_a_present_copula_before_a_date_is_a_timetable(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A present "is" or "are" right before a date (past "on" or "at" and a time) is the
    simple present of a timetable, so the date is ahead ("The final is on Sunday"); "was"
    keeps it past.  "reconvenes on" and "returns from" are timetable presents too."""
    assert dates_of(text) == expected


@_table(
    ("The minister will open the bridge at 11am on Wednesday.",
     [("11am", "2024-03-20T11:00"), ("Wednesday", "2024-03-20")]),
    ("The court will sit at 10 a.m. Wednesday.", [("10 a.m. Wednesday", "2024-03-20T10:00")]),
    ("The bridge opened at 11am on Wednesday.",
     [("11am", "2024-03-13T11:00"), ("Wednesday", "2024-03-13")]),
)  # fmt: skip
def test_a_time_on_a_weekday_after_a_future_verb_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A weekday printed with a time that a future verb phrase runs into may be up to six
    days ahead, as a bare weekday so placed is (the seventh round)."""
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nominations open at 9 a.m. on Monday.",
            [("9 a.m.", "2024-03-18T09:00"), ("Monday", "2024-03-18")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a plural timetable present ('open') is no cue: only third-person "
                "forms are, which no modal or 'to' can precede",
            ),
        ),
        pytest.param(
            "Parliament was dissolved on Tuesday ahead of elections in October.",
            [("Tuesday", "2024-03-12"), ("October", "2024-10")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a month after 'ahead of' in a past sentence is read as past; 'ahead "
                "of' as a cue would push the sentence's other dates forward",
            ),
        ),
        pytest.param(
            "The plan foresees a vote on November 17.",
            [("November 17", "2024-11-17")],
            marks=pytest.mark.xfail(
                strict=True, reason="'foresees' is no future cue; the day is read as past"
            ),
        ),
    ],
)
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected
