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
