"""Dates v2, fifth round (issue 20): example tables written for held-out news, one per
family the round fixed, with the reference Thursday 2024-03-14. Values follow the TimeML
1.2.1 guidelines and, where they are silent, TimeBank.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct.dates import find_dates
from newsstruct.model import Span

THURSDAY = dt.date(2024, 3, 14)


def dates_of(text: str, reference: dt.date = THURSDAY) -> list[tuple[str, str | None]]:
    found = find_dates(text, (Span.of(text, 0, len(text)),), reference)
    return [(d.text, d.value) for d in found]


def _table(*rows: tuple[str, list[tuple[str, str | None]]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows)


@_table(
    ("The polls close at 8 PM.", [("8 PM", "2024-03-14T20:00")]),
    ("On Saturday, the march began at 2 PM.", [("Saturday", "2024-03-09"), ("2 PM", "2024-03-09T14:00")]),
    ("The rally ends at 9 P.M.", [("9 P.M.", "2024-03-14T21:00")]),
    ("Doors open at 7 AM, officials said.", [("7 AM", "2024-03-14T07:00")]),
)  # fmt: skip
def test_a_sentence_stop_after_am_or_pm_is_no_part_of_the_time(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "PM." at a sentence's end: the stop ends the sentence; "P.M." keeps its own."""
    assert dates_of(text) == expected


@_table(
    ("In 1989 the wall fell. The following spring, elections were held.",
     [("1989", "1989"), ("The following spring", "1990-SP")]),
    ("The plant shut in 2001. The previous summer, it had boomed.",
     [("2001", "2001"), ("The previous summer", "2000-SU")]),
    ("In 2015 the river flooded, and the following winter it froze.",
     [("2015", "2015"), ("the following winter", "2016-WI")]),
    ("Prices will ease in the coming winter.", [("the coming winter", "2024-WI")]),
)  # fmt: skip
def test_the_following_season_follows_the_story(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The talks resume this weekend.", THURSDAY, "2024-W11-WE"),
        ("Crowds are expected this weekend.", dt.date(2024, 3, 13), "2024-W11-WE"),
        ("They will meet this weekend.", dt.date(2024, 3, 11), "2024-W11-WE"),
        ("Protesters marched this weekend.", dt.date(2024, 3, 11), "2024-W10-WE"),
        ("The storm hit over the weekend.", THURSDAY, "2024-W10-WE"),
    ],
)
def test_this_weekend_is_the_weekend_of_the_paper_s_week(
    text: str, reference: dt.date, value: str
) -> None:
    """From Wednesday on, or before a future verb, "this weekend" is the coming one."""
    assert [v for _, v in dates_of(text, reference)] == [value]


@_table(
    ("girls aged 10 to 14 years", []),
    ("children aged between 5 and 11 years", []),
    ("The drug is for patients over 65 years of age.", []),
    ("people 18 years of age and older", []),
    ("Over 65 years, the town grew.", [("65 years", "P65Y")]),
    ("Sentences ranged from 5 to 10 years.", [("5", "P5Y"), ("10 years", "P10Y")]),
)  # fmt: skip
def test_ages_are_no_timexes(text: str, expected: list[tuple[str, str | None]]) -> None:
    """An age ("aged 10 to 14 years", "65 years of age") is a measure, not a duration."""
    assert dates_of(text) == expected


@_table(
    ("It will shape the coming century.", [("the coming century", "P100Y")]),
    ("Sea levels will rise over the coming century.", [("the coming century", "P100Y")]),
    ("Planners look to the coming decade.", [("the coming decade", "P10Y")]),
    ("Rents doubled over the past decade.", [("the past decade", "P10Y")]),
    ("Output will grow over the next decade.", [("the next decade", "P10Y")]),
    ("In 1985 it was founded; the following decade it grew.",
     [("1985", "1985"), ("the following decade", "199")]),
    ("In 1850 it began; the following century was calmer.",
     [("1850", "1850"), ("the following century", "19")]),
)  # fmt: skip
def test_the_coming_decade_or_century_is_a_duration(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the coming/past/next century" measures a length (``P100Y``); "the following decade"
    is the decade after the story's (it was a year, ``2034``)."""
    assert dates_of(text) == expected


@_table(
    ("The temple stood for millennia.", [("millennia", "PXY")]),
    ("The script survived two millennia.", [("two millennia", "P2000Y")]),
    ("It has not flooded for a millennium.", [("a millennium", "P1000Y")]),
    ("the Millennium Dome", []),
)  # fmt: skip
def test_millennia(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


@_table(
    ("Exports were unchanged from the prior month.", [("the prior month", "2024-02")]),
    ("The prior week, it had rained.", [("The prior week", "2024-W10")]),
    ("In 2009 it fell from the prior year.", [("2009", "2009"), ("the prior year", "2008")]),
    ("over the prior three years", [("the prior three years", "P3Y")]),
)  # fmt: skip
def test_prior_is_previous(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


@_table(
    ("The storm hit 48 hours ago.", [("48 hours ago", "2024-03-12")]),
    ("It opened 72 hours ago.", [("72 hours ago", "2024-03-11")]),
    ("He called three hours ago.", [("three hours ago", "2024-03-14")]),
    ("The ship left two nights ago.", [("two nights ago", "2024-03-12")]),
)  # fmt: skip
def test_hours_ago_count_whole_days_back(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


@_table(
    ("The quake struck at 8:15 a.m. local time Wednesday.",
     [("8:15 a.m. local time Wednesday", "2024-03-13T08:15")]),
    ("Shelling began at 9 PM local time on March 2.", [("9 PM local time", "2024-03-02T21:00"), ("March 2", "2024-03-02")]),
    ("at 3 p.m. local time (1900 GMT)", [("3 p.m. local time", "2024-03-14T15:00"), ("1900 GMT", "2024-03-14T19:00Z")]),
)  # fmt: skip
def test_local_time_is_part_of_the_time(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "local time" stands where a zone would, so the day after it is the time's day."""
    assert dates_of(text) == expected


@_table(
    ("In August 2014, rebels seized the town. That autumn, the army returned.",
     [("August 2014", "2014-08"), ("That autumn", "2014-FA")]),
    ("In 1968 he moved. That summer was hot.", [("1968", "1968"), ("That summer", "1968-SU")]),
    ("He left in 2003; later that winter, he came back.",
     [("2003", "2003"), ("later that winter", "2003-WI")]),
    ("that summer-long fight", []),
)  # fmt: skip
def test_that_season_is_the_season_of_the_story_s_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He was faster by half a second.", [],
            marks=pytest.mark.xfail(
                strict=True, reason="a margin after a comparative is read as a duration"
            ),
        ),
        pytest.param(
            "He was found at 6:30 Tuesday morning.", [("6:30 Tuesday morning", "2024-03-12T06:30")],
            marks=pytest.mark.xfail(
                strict=True, reason="a clock time without a.m., p.m. or a zone is not read"
            ),
        ),
        pytest.param(
            "The siege entered its 100th day.", [("its 100th day", "2024-03-14")],
            marks=pytest.mark.xfail(
                strict=True, reason="an event's ordinal day after 'its' is not read"
            ),
        ),
    ],
)  # fmt: skip
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


@_table(
    ("The mill closed in 2019. The next year will be hard, the mayor said.",
     [("2019", "2019"), ("The next year", "2025")]),
    ("The mill closed in 2019, and the next year it was sold.",
     [("2019", "2019"), ("the next year", "2020")]),
)  # fmt: skip
def test_the_next_year_before_a_future_verb_is_the_coming_one(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected


@_table(
    ("She said that summer is the busiest season for the shop.", []),
    ("Officials warned that winter would bring more outages.", []),
    ("The mill shut in 2017. That summer was hot.", [("2017", "2017"), ("That summer", "2017-SU")]),
)  # fmt: skip
def test_that_opening_a_clause_is_no_that_season(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected
