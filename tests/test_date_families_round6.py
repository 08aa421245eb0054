"""Dates v2, sixth round (issue 20): example tables for the general families this round
fixed, each written as fresh news sentences (none from the development sets), with the
reference Thursday 2024-03-14.  Values follow the TimeML 1.2.1 guidelines and, where they
are silent, TimeBank.
"""

from __future__ import annotations

import pytest

from test_date_families_news import dates_of


def _table(*rows: tuple[str, list[tuple[str, str | None]]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows)


@_table(
    ("Analysts expect prices to stay high in the near term.", [("the near term", "FUTURE_REF")]),
    ("The cuts may help in the short term but hurt growth in the long term.",
     [("the short term", "FUTURE_REF"), ("the long term", "FUTURE_REF")]),
    ("Over the longer term, the port will need dredging.", [("the longer term", "FUTURE_REF")]),
    ("The bonds will be sold at a later date, the ministry said.", [("a later date", "FUTURE_REF")]),
    ("The vote was postponed to a later date.", [("a later date", "FUTURE_REF")]),
    ("She chairs the long term care committee.", []),
    ("The short-term loans carry high rates.", []),
)  # fmt: skip
def test_the_near_term_and_a_later_date_point_ahead(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the near/short/long term" and "a later date" are ``FUTURE_REF``, as "the near future"
    is (TimeBank tags them so); not "the long term care committee" (an adjective)."""
    assert dates_of(text) == expected


@_table(
    ("A new generation of electric buses entered service.", []),
    ("Four generations of the Okafor family gathered at the farm.", []),
    ("Successive generations of fighter jets were built at the plant.", []),
    ("The feud has divided the valley for generations.", [("generations", "PXY")]),
    ("The reforms will take a generation to bear fruit.", [("a generation", "PXY")]),
)  # fmt: skip
def test_generations_of_something_are_no_length(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "generations of" people or products counts them, not years; "for generations" is a
    duration."""
    assert dates_of(text) == expected


@_table(
    ("The fire broke out in the early hours of Sunday.", [("Sunday", "2024-03-10")]),
    ("Police raided the flat in the early hours.", []),
    ("Talks ran into the small hours of Tuesday.", [("Tuesday", "2024-03-12")]),
    ("Revellers partied into the wee hours.", []),
    ("Rescuers worked for hours in the rain.", [("hours", "PTXH")]),
    ("In the first hours after the quake, roads were cut.", [("the first hours", "PTXH")]),
)  # fmt: skip
def test_the_early_hours_are_a_part_of_the_night(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the early (small, wee) hours" name a part of the night, not a length (it was
    ``PTXH``)."""
    assert dates_of(text) == expected


@_table(
    ("She hopes to one day lead the party.", [("one day", "FUTURE_REF")]),
    ("Engineers say the reactor could one day power the city.", [("one day", "FUTURE_REF")]),
    ("He dreams of one day returning to his village.", [("one day", "FUTURE_REF")]),
    ("He was sentenced to one day in jail.", [("one day", "P1D")]),
    ("The talks were shortened to one day.", [("one day", "P1D")]),
    ("Shares rose 4 percent in one day.", [("one day", "P1D")]),
)  # fmt: skip
def test_one_day_before_a_verb_is_some_day_ahead(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "to one day lead", "of one day returning": some day ahead (``FUTURE_REF``), as after a
    modal; "to one day in jail" is a length."""
    assert dates_of(text) == expected


@_table(
    ("The landlord gave tenants a week to leave the building.", [("a week", "P1W")]),
    ("Regulators have given the bank a month to fix its controls.", [("a month", "P1M")]),
    ("Rebels were offered a day to lay down their arms.", [("a day", "P1D")]),
    ("The council has a year to draw up a new plan.", [("a year", "P1Y")]),
    ("Judges granted him a week to file the appeal.", [("a week", "P1W")]),
    ("The scheme costs taxpayers $40 million a year to run.", []),
    ("They pay him $500 a week to coach.", []),
    ("The clinic sees 300 patients a week.", []),
    ("Crews worked 16 hours a day to clear the rubble.", [("16 hours", "PT16H")]),
)  # fmt: skip
def test_a_week_given_for_something_is_a_duration(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "gave tenants a week to leave", "has a year to draw up": time granted, a duration (it
    was missed); after an amount "a week" stays a rate, no timex."""
    assert dates_of(text) == expected


@_table(
    ("Fuel prices could climb further in the weeks to come.", [("the weeks to come", "PXW")]),
    ("The scandal will shape politics for years to come.", [("years", "PXY")]),
    ("Prices will stay high in the months ahead.", [("the months ahead", "PXM")]),
    ("In the months that followed, the party split.", [("months", "PXM")]),
    ("In the years that followed, the town rebuilt its port.", [("years", "PXY")]),
    ("The days that followed were chaotic.", [("days", "PXD")]),
    ("Neighbours saw the van in the weeks before the fire.", []),
)  # fmt: skip
def test_the_weeks_to_come_and_the_years_that_followed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the weeks to come" reads like "the weeks ahead" (TimeBank ``PXW``, with "the"); "the
    years that followed" tags the plural (AQUAINT ``PXY``).  "the weeks before the fire" stays
    untagged: AQUAINT gives it as a date near the event, which no rule can know."""
    assert dates_of(text) == expected


@_table(
    ("The results will be announced on Friday.", [("Friday", "2024-03-15")]),
    ("The match will be played on Saturday.", [("Saturday", "2024-03-16")]),
    ("The treaty is expected to be signed on Monday.", [("Monday", "2024-03-18")]),
    ("The results were announced on Friday.", [("Friday", "2024-03-08")]),
    ("The talks, which were held on Monday, failed.", [("Monday", "2024-03-11")]),
)  # fmt: skip
def test_a_passive_ahead_is_no_past_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "will be announced on Friday": a participle after "be" points where the modal does
    (it was read as a past verb, so the weekday went back a week)."""
    assert dates_of(text) == expected
