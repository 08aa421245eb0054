"""Dates v2, eighth round (issue 20): example tables for the general families this round
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
    ("Wreaths were laid at the cenotaph on Anzac Day.", [("Anzac Day", "2023-04-25")]),
    ("The citizenship ceremony will be held on Australia Day.",
     [("Australia Day", "2025-01-26")]),
    ("Protesters marched in Abuja on Democracy Day.", [("Democracy Day", "2023-06-12")]),
    ("The Prime Minister spoke at the Remembrance Sunday service.",
     [("Remembrance Sunday", "2023-11-12")]),
    ("Fireworks lit up Ottawa on Canada Day 2023.", [("Canada Day 2023", "2023-07-01")]),
    ("Pubs in Cardiff were busy on St David's Day.", [("St David's Day", "2024-03-01")]),
    ("The parade on Saint Patrick's Day drew 500,000 people.",
     [("Saint Patrick's Day", "2024-03-17")]),
    ("Bonfire Night celebrations were cancelled.", [("Bonfire Night", "2023-11-05")]),
    ("Steve St. George scored twice.", []),
    ("A Canada Goose flew past.", []),
    ("Voters queued for hours on election day.", [("hours", "PTXH")]),
    ("A bonfire night party was cancelled.", []),
    ("The candidates made final appeals on Election Day.", [("Election Day", "2023-11-07")]),
)  # fmt: skip
def test_holidays_of_commonwealth_and_irish_news(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """National days of Commonwealth news, saints' days written "St", "St." or "Saint", and
    the days of Lent tied to Easter; a surname "St. George" or a "Canada Goose" is no day, and
    a holiday is a proper name: "election day" in lower case is some election's day."""
    assert dates_of(text) == expected


@_table(
    ("Voters go to the polls on the first Thursday in May.",
     [("the first Thursday in May", "2024-05-02")]),
    ("The derby is held on the first Saturday of May 2025.",
     [("the first Saturday of May 2025", "2025-05-03")]),
    ("Markets closed early on the last Friday of December.",
     [("the last Friday of December", "2023-12-29")]),
    ("Parliament returns on the second Tuesday in April.",
     [("the second Tuesday in April", "2024-04-09")]),
    ("Trading was thin in the last week in December.",
     [("the last week in December", "2023-W52")]),
)  # fmt: skip
def test_the_nth_weekday_of_a_month_is_one_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the last Saturday in September", "the first Thursday of May": one timex, the day; it
    was "last Saturday" (the one before the paper) and the month on its own."""
    assert dates_of(text) == expected


@_table(
    ("The exhibition runs from May 3 to June 30.",
     [("May 3", "2024-05-03"), ("June 30", "2024-06-30")]),
    ("The smoking ban comes into force on July 1.", [("July 1", "2024-07-01")]),
    ("The festival kicks off on Saturday.", [("Saturday", "2024-03-16")]),
    ("The trial resumes on Monday.", [("Monday", "2024-03-18")]),
    ("Residents are bracing for flooding on Saturday.", [("Saturday", "2024-03-16")]),
    ("The new iPhone goes on sale on Friday.", [("Friday", "2024-03-15")]),
    ("The ceremony takes place on Saturday.", [("Saturday", "2024-03-16")]),
    ("The law, which takes effect in July, was passed in January.",
     [("July", "2024-07"), ("January", "2024-01")]),
)  # fmt: skip
def test_the_present_of_a_schedule_points_ahead(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """The simple present of a timetable or fixed arrangement ("runs from", "kicks off",
    "resumes on", "comes into force") and "are bracing for" put a date ahead; a past verb
    between the cue and a date keeps that date in the past."""
    assert dates_of(text) == expected


@_table(
    ("Schools will close from Monday to Friday.",
     [("Monday", "2024-03-18"), ("Friday", "2024-03-22")]),
    ("A total fire ban applies to Friday and Saturday.",
     [("Friday", "2024-03-15"), ("Saturday", "2024-03-16")]),
    ("The festival runs Thursday through Sunday.",
     [("Thursday", "2024-03-14"), ("Sunday", "2024-03-17")]),
    ("Markets were shut on Monday and Tuesday.",
     [("Monday", "2024-03-11"), ("Tuesday", "2024-03-12")]),
    ("The bank bought shares from March 1 to Tuesday.",
     [("March 1", "2024-03-01"), ("Tuesday", "2024-03-12")]),
)  # fmt: skip
def test_a_weekday_range_or_list_runs_forward(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A weekday joined to the weekday just before it ("to", "through", "into", a dash, or
    "and"/"or" in the week's order) is the first such day after it: "from Monday to Friday"
    ahead ends on the Friday after that Monday, "Friday and Saturday" are two days running;
    a weekday after a date ("from March 1 to Tuesday") is read on its own."""
    assert dates_of(text) == expected


def test_a_list_out_of_the_weeks_order_is_read_day_by_day() -> None:
    """ "statements made Friday and Thursday" in a Friday paper: the list names two past days,
    not a Thursday after that Friday."""
    text = "Following are statements made Friday and Thursday by the lawyer."
    assert dates_of(text, dt.date(2024, 3, 15)) == [
        ("Friday", "2024-03-15"),
        ("Thursday", "2024-03-14"),
    ]


@_table(
    ("Live updates will continue throughout the evening.", [("the evening", "2024-03-14TEV")]),
    ("Talks went on late into the night.", [("the night", "2024-03-14TNI")]),
    ("Snow fell throughout the morning.", [("the morning", "2024-03-14TMO")]),
    ("Crowds gathered again the evening after.", []),
    ("The mood shifted throughout the morning of the vote.", []),
)  # fmt: skip
def test_the_part_of_the_day_after_throughout_and_into(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the evening" alone is a timex after a preposition of time: "throughout" and "into"
    join "in", "by", "during", "until", "through" (which must be whole words: not the end of
    "again"); "the morning of the vote" stays an event's."""
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leinster host Munster at the RDS on Saturday.",
            [("Saturday", "2024-03-16")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a fixture in the present ('host', 'face', 'play') is no cue: those "
                "words are nouns too ('the host nation')",
            ),
        ),
        pytest.param(
            "The first Monday of the month is a bank holiday.",
            [("The first Monday of the month", "2024-03-04")],
            marks=pytest.mark.xfail(
                strict=True, reason="the n-th weekday is read only of a named month"
            ),
        ),
    ],
)
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


def test_phrase_trie_matches_what_the_alternation_matches() -> None:
    """:func:`~newsstruct.dates.pieces.phrase_trie` is a faster spelling of
    :func:`~newsstruct.dates.pieces.phrase_alternation`: on every cue, and on words that
    start like one, both find the same spans."""
    import regex

    from newsstruct.dates.lexicons.future_cues import FUTURE_CUES
    from newsstruct.dates.pieces import phrase_alternation, phrase_trie

    trie = regex.compile(rf"\m(?:{phrase_trie(FUTURE_CUES)})(?![\p{{L}}])", regex.IGNORECASE)
    alternation = regex.compile(
        rf"(?<![\p{{L}}])(?:{phrase_alternation(FUTURE_CUES)})(?![\p{{L}}])", regex.IGNORECASE
    )
    samples = [f"Officials say it {cue} soon." for cue in sorted(FUTURE_CUES) if cue[0].isalpha()]
    samples += ["It is  expected to rain.", "The willow is nextdoor.", "Comings and goings."]
    for text in samples:
        assert [m.span() for m in trie.finditer(text)] == [
            m.span() for m in alternation.finditer(text)
        ], text
