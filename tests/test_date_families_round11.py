"""Dates v2, eleventh round (issue 20): example tables for the general families this round
fixed, each written as fresh news sentences (none from the development sets, none from
``benchmarks/date_sentences*.py``), with the reference Thursday 2024-03-14.  Values follow
the TimeML 1.2.1 guidelines and, where they are silent, TimeBank.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_date_families_news import dates_of


def _table(*rows: tuple[str, list[tuple[str, str | None]]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows)


@_table(
    ("The former treasurer was jailed for four years and nine months.",
     [("four years and nine months", "P4Y9M")]),
    ("Firefighters battled the blaze for 14 hours and 30 minutes.",
     [("14 hours and 30 minutes", "PT14H30M")]),
    ("The winner crossed the line in 3 hours 58 minutes 12 seconds.",
     [("3 hours 58 minutes 12 seconds", "PT3H58M12S")]),
    ("She swam the channel in 9 hours 44 minutes.", [("9 hours 44 minutes", "PT9H44M")]),
    ("The trial ran for two months, one week and three days.",
     [("two months", "P2M"), ("one week and three days", "P10D")]),
    ("He served one year and two months of his sentence.",
     [("one year and two months", "P1Y2M")]),
    ("The lap took a minute and 12.4 seconds.", [("a minute and 12.4 seconds", "PT1M12.4S")]),
    ("The talks lasted three days and three nights.",
     [("three days", "P3D"), ("three nights", "P3D")]),
    ("Expect delays of between two and three hours.",
     [("two", "PT2H"), ("three hours", "PT3H")]),
    ("He served 10 years and his brother 12 years.", [("10 years", "P10Y"), ("12 years", "P12Y")]),
)  # fmt: skip
def test_a_duration_in_several_units_is_one_timex(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """Counts of several units, largest first, joined by "and", a comma or nothing, are one
    duration (weeks with days in days); the same unit twice, or a range, stays two."""
    assert dates_of(text) == expected


@_table(
    ("Profit for the July-September quarter fell 8 per cent.",
     [("the July-September quarter", "2023-Q3")]),
    ("The bank will report its January-March quarter results in May.",
     [("January-March quarter", "2024-Q1"), ("May", "2024-05")]),
    ("Growth slowed in the January-March quarter.", [("the January-March quarter", "2024-Q1")]),
    ("Exports grew in the April–June period, the ministry said.",
     [("the April–June period", "2023-Q2")]),
    ("Sales fell between October and December.", [("October", "2023-10"), ("December", "2023-12")]),
)  # fmt: skip
def test_a_quarter_named_by_its_months(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Two months joined by a dash before "quarter" or "period" are one quarter when they
    bound a calendar quarter (South Asian results copy), the reference's own when it is that
    one; other pairs stay two months."""
    assert dates_of(text) == expected


@_table(
    ("Car sales rose 6 per cent in June from the same month last year.",
     [("June", "2023-06"), ("the same month last year", "2022-06")]),
    ("Output fell in the fourth quarter from the same quarter a year ago.",
     [("the fourth quarter", "2023-Q4"), ("the same quarter a year ago", "2022-Q4")]),
    ("Traffic in February matched the same month the previous year.",
     [("February", "2024-02"), ("the same month the previous year", "2023-02")]),
)  # fmt: skip
def test_the_same_period_a_year_back(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the same month (quarter) last year (a year ago, the previous year)" is one timex: that
    period a year before."""
    assert dates_of(text) == expected


@_table(
    ("The rupee weakened to 83.4 at end-January.", [("end-January", "2024-01")]),
    ("Deposits stood at 4.2 trillion rupees at December-end.", [("December-end", "2023-12")]),
    ("The scheme will close at end-September.", [("end-September", "2024-09")]),
    ("Talks ended in June.", [("June", "2023-06")]),
    ("The end-user licence was revised.", []),
)  # fmt: skip
def test_end_of_a_month_as_indian_copy_writes_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "end-June", "March-end": the month, the span holding "end"."""
    assert dates_of(text) == expected


@_table(
    ("He won after a two-and-a-half-hour final.", [("two-and-a-half-hour", "PT2H30M")]),
    ("The council approved a one-and-a-half-year pilot.", [("one-and-a-half-year", "P1Y6M")]),
    ("She signed a five-and-a-half-year deal.", [("five-and-a-half-year", "P5Y6M")]),
)  # fmt: skip
def test_a_hyphenated_count_and_a_half(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A duration as a modifier with a half in it: "a three-and-a-half-year battle"."""
    assert dates_of(text) == expected


@_table(
    ("Fares will rise from the spring.", [("the spring", "2024-SP")]),
    ("The road will be resurfaced after the summer.", [("the summer", "2024-SU")]),
    ("Rain fell throughout the winter.", [("the winter", "2023-WI")]),
)  # fmt: skip
def test_a_season_after_a_preposition(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the spring" after "from", "before", "after" and "throughout", as after "in"."""
    assert dates_of(text) == expected


@_table(
    ("Roads will be shut from 7am until 7pm on Saturday.",
     [("7am", "2024-03-16T07:00"), ("7pm", "2024-03-16T19:00"), ("Saturday", "2024-03-16")]),
    ("A curfew ran from 9pm to 6am on Tuesday.",
     [("9pm", "2024-03-11T21:00"), ("6am", "2024-03-12T06:00"), ("Tuesday", "2024-03-12")]),
    ("The alarm sounded at 1.15am on Sunday morning.",
     [("1.15am", "2024-03-10T01:15"), ("Sunday morning", "2024-03-10TMO")]),
    ("Police were called at 10.40pm on Wednesday night.",
     [("10.40pm", "2024-03-13T22:40"), ("Wednesday night", "2024-03-13TNI")]),
    ("The market opens at 9am Monday morning.", [("9am Monday", "2024-03-11T09:00")]),
)  # fmt: skip
def test_times_with_the_day_after_them(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A time that starts a range is on the day printed after the range's end (the day before
    when the range runs overnight); a day after "on" keeps its part of the day."""
    assert dates_of(text) == expected


@_table(
    ("The minister will visit Harare on the 21st.", [("the 21st", "2024-03-21")]),
    ("The strike ended on the 3rd.", [("the 3rd", "2024-03-03")]),
    ("The offer closed on the 2nd, the company said.", [("the 2nd", "2024-03-02")]),
    ("In January, the ferry sank on the 12th.",
     [("January", "2024-01"), ("the 12th", "2024-01-12")]),
    ("Repairs will be finished by the 28th.", [("the 28th", "2024-03-28")]),
    ("He lives on the 5th floor.", []),
    ("The regiment landed on the 3rd and 4th of October.",
     [("3rd", "2023-10-03"), ("4th of October", "2023-10-04")]),
)  # fmt: skip
def test_a_day_of_the_month_without_the_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "on the 21st", "by the 28th": a day of the month the story is at, the next one in a
    sentence that looks ahead and the last one otherwise; not "the 5th floor"."""
    assert dates_of(text) == expected


@_table(
    ("Parliament will reconvene in the new year.", [("the new year", "2025")]),
    ("Prices have risen since the New Year.", [("the New Year", "2024")]),
    ("Shops opened for the New Year holiday sales.", []),
    ("Police made 40 arrests over the New Year's weekend.", []),
)  # fmt: skip
def test_the_new_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "in the new year" is the year after the reference; "since the new year" the reference
    year; "the New Year holiday" no year."""
    assert dates_of(text) == expected


def test_the_new_year_in_january_has_begun() -> None:
    """In a paper of January or February the new year is the reference year."""
    text = "Barely a month into the new year, the fund has lost 4 per cent."
    assert dates_of(text, dt.date(2024, 2, 2)) == [("a month", "P1M"), ("the new year", "2024")]


@_table(
    ("The inquest was adjourned until October.", [("October", "2024-10")]),
    ("The vote has been postponed to Wednesday.", [("Wednesday", "2024-03-20")]),
    ("The judge deferred sentencing until 9 May.", [("9 May", "2024-05-09")]),
    ("The launch was pushed back to August.", [("August", "2024-08")]),
    ("The match was postponed on Saturday.", [("Saturday", "2024-03-09")]),
)  # fmt: skip
def test_a_date_put_back_lies_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A verb that puts a date back ("adjourned until", "postponed to", "deferred until",
    "pushed back to") points the new date ahead of the report, whatever the tense; the day
    the postponement happened stays in the past."""
    assert dates_of(text) == expected


@_table(
    ("Margins widened in the second half of FY24.", [("the second half of FY24", "2024-H2")]),
    ("Revenue for the third quarter of FY2025 will be reported in January.",
     [("the third quarter of FY2025", "2025-Q3"), ("January", "2025-01")]),
    ("The miner swung to a profit in the half-year ended June 30.",
     [("the half-year", "P6M"), ("June 30", "2023-06-30")]),
    ("The retailer's half-year results beat forecasts.", []),
)  # fmt: skip
def test_fiscal_periods(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the second half of FY24": that half of the fiscal year; "the half-year to (ended)" a
    date is six months long, as "the year to" one is twelve."""
    assert dates_of(text) == expected


@_table(
    ("Malaria cases usually peak between May and July.", [("May", "XXXX-05"), ("July", "XXXX-07")]),
    ("The rains normally reach the coast in early June.", [("early June", "XXXX-06")]),
    ("Harvest traditionally begins in October.", [("October", "XXXX-10")]),
    ("Fees usually rise in April, but this year they rose in January.",
     [("April", "XXXX-04"), ("this year", "2024"), ("January", "2024-01")]),
    ("It usually snows. The pass closed in January.", [("January", "2024-01")]),
    ("The board usually meets in May; in 2023 it met in June.",
     [("May", "XXXX-05"), ("2023", "2023"), ("June", "2023-06")]),
)  # fmt: skip
def test_a_month_in_a_sentence_of_habit_is_generic(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A bare month after "usually", "typically", "normally", "traditionally" in its sentence
    is no particular year's (``XXXX-05``), unless the sentence turns to a particular time
    after the adverb ("but this year", a year)."""
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Exports fell in the first three quarters of 2023.",
            [("the first three quarters", "P3Q"), ("2023", "2023")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="'N quarters of' stays no duration: TimeBank tags 'the first two quarters "
                "of 1990' as one date (1990-H1)",
            ),
        ),
        pytest.param(
            "Costs rose in H1 2023 from a year earlier.",
            [("H1 2023", "2023-H1"), ("a year earlier", "2022-H1")],
            marks=pytest.mark.xfail(
                strict=True, reason="the focus keeps quarters, not halves: 'a year earlier' is 2022"
            ),
        ),
        pytest.param(
            "Storms are possible from Saturday night into Sunday.",
            [("Saturday night", "2024-03-16TNI"), ("Sunday", "2024-03-17")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a forecast adjective ('possible', 'likely') is no future cue: it is as "
                "often about the past",
            ),
        ),
        pytest.param(
            "The curfew is in force from 9pm until 6am on Sunday.",
            [("9pm", "2024-03-16T21:00"), ("6am", "2024-03-17T06:00"), ("Sunday", "2024-03-17")],
            marks=pytest.mark.xfail(
                strict=True, reason="'is in force' is no cue: the weekday is read as past"
            ),
        ),
    ],
)
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected
