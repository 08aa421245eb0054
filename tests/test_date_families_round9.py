"""Dates v2, ninth round (issue 20): example tables for the general families this round
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
    ("The warning was lifted at 4 p.m. EAT.", [("4 p.m. EAT", "2024-03-14T16:00")]),
    ("Load-shedding ends at 10pm SAST Friday.", [("10pm SAST Friday", "2024-03-15T22:00")]),
    ("The ferry left Halifax at 7:15 a.m. ADT.", [("7:15 a.m. ADT", "2024-03-14T07:15")]),
    ("The count resumes at 9 a.m. NZST.", [("9 a.m. NZST", "2024-03-14T09:00")]),
    ("The curfew starts at 8 p.m. PKT.", [("8 p.m. PKT", "2024-03-14T20:00")]),
    ("Trading opens at 9.30am AWST.", [("9.30am AWST", "2024-03-14T09:30")]),
    ("The ship docked at 6 a.m. Honiara time.", [("6 a.m. Honiara time", "2024-03-14T06:00")]),
    ("The verdict is due at 10 a.m. New York time.",
     [("10 a.m. New York time", "2024-03-14T10:00")]),
    ("Polls shut at 5pm Nairobi time Tuesday.",
     [("5pm Nairobi time Tuesday", "2024-03-12T17:00")]),
    ("The launch is set for 14:00 local time.", [("14:00 local time", "2024-03-14T14:00")]),
    ("The quake struck at 0243 Jakarta time.", [("0243 Jakarta time", "2024-03-14T02:43")]),
    ("The fund lost 1400 Kenyan shillings.", []),
    ("The address airs at 9 p.m. Eastern Standard Time.",
     [("9 p.m. Eastern Standard Time", "2024-03-14T21:00")]),
    ("She clocked off at 5 p.m. The time sheet was signed.", [("5 p.m.", "2024-03-14T17:00")]),
    ("He eats at noon. EAT less sugar, the poster says.", [("noon", "2024-03-14T12:00")]),
)  # fmt: skip
def test_zones_and_place_clocks(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Zone abbreviations of African, South Asian, Atlantic Canadian, Caribbean and Pacific
    copy, and a place's clock named as "local time" is ("Honiara time", "New York time"),
    stay in the time; the value is the local clock (no offset), UTC and GMT alone carry Z.
    A capitalised determiner after a time starts a new sentence, and a zone is read only
    after a clock time."""
    assert dates_of(text) == expected


@_table(
    ("Patients in Mombasa have waited months for surgery.", [("months", "PXM")]),
    ("Families waited hours outside the morgue.", [("hours", "PTXH")]),
    ("The rivalry between the two clans goes back centuries.", [("centuries", "PXY")]),
    ("The records date back decades.", [("decades", "PXY")]),
    ("Her career spanned decades.", [("decades", "PXY")]),
    ("It has been weeks since the last shipment arrived.", [("weeks", "PXW")]),
    ("It has been a year since the landslide.", [("a year", "P1Y")]),
    ("The rider won back a quarter of the points.", []),
    ("The weeks before the vote were tense.", []),
)  # fmt: skip
def test_bare_units_after_verbs_of_waiting_and_reaching_back(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A bare plural or "a" unit after "waited", "goes back", "spanned" or "has been" is a
    length (``PXM``, ``P1Y``), as after "lasted" or "took"; "a quarter of" stays a share."""
    assert dates_of(text) == expected


@_table(
    ("A year on from the crash, families want answers.", [("A year", "P1Y")]),
    ("Decades on, the scars of the war remain.", [("Decades", "PXY")]),
    ("Six months on from the election, little has changed.", [("Six months", "P6M")]),
    ("A fortnight on, the roads are still shut.", [("A fortnight", "P2W")]),
    ("Students spend $5 a day on food.", []),
)  # fmt: skip
def test_units_on_as_later(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "A year on from the crash", "Decades on,": "on" for "later", an anchored duration
    whose span leaves out the signal; not before a noun ("a day on food")."""
    assert dates_of(text) == expected


@_table(
    ("Ghana's cedi slumped in June 2022 and by the end of that year had lost half its value.",
     [("June 2022", "2022-06"), ("the end of that year", "2022")]),
    ("The mine reopened on May 3, 2019; by the end of that week it had closed again.",
     [("May 3, 2019", "2019-05-03"), ("the end of that week", "2019-W18")]),
    ("The deal was signed in March 2021 and undone by the end of that month.",
     [("March 2021", "2021-03"), ("the end of that month", "2021-03")]),
    ("Prices will fall by the end of the year.", [("the end of the year", "2024")]),
)  # fmt: skip
def test_the_edge_of_that_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "the end of that year (week, month)": the unit the story is at, span and all; it was
    "that year" alone."""
    assert dates_of(text) == expected


@_table(
    ("The bushfire season lasted from November until February.",
     [("November", "2023-11"), ("February", "2024-02")]),
    ("The dry spell lasted from May to September.", [("May", "2023-05"), ("September", "2023-09")]),
    ("Cocoa prices rose between April and June.", [("April", "2023-04"), ("June", "2023-06")]),
    ("The outbreak ran from May-August 2022.", [("May", "2022-05"), ("August 2022", "2022-08")]),
    ("The roadworks ran from June 2022 to March.", [("June 2022", "2022-06"), ("March", "2023-03")]),
    ("The exhibition will run from November to February.",
     [("November", "2024-11"), ("February", "2025-02")]),
    ("The fair runs from April to May.", [("April", "2024-04"), ("May", "2024-05")]),
    ("Exports in January and October were weak.", [("January", "2024-01"), ("October", "2023-10")]),
    ("The minister talked to May on Tuesday.", [("Tuesday", "2024-03-12")]),
)  # fmt: skip
def test_a_month_range_runs_forward(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Two bare months joined as a range ("from ... to", "until", a dash, "between ... and")
    are ordered: ahead, the end is the first such month after the start; otherwise the start
    is the last such month before the end, read alone or with its year.  "May" after another
    month and "to" is the month; a list ("January and October") is read month by month."""
    assert dates_of(text) == expected


@_table(
    ("Uganda's budget for the 2024/25 financial year will be read in June.",
     [("2024", "2024"), ("25", "2025"), ("June", "2024-06")]),
    ("The 2024-25 season will kick off in August.",
     [("2024", "2024"), ("25", "2025"), ("August", "2024-08")]),
    ("The Games will be held in 2026 and open in July.", [("2026", "2026"), ("July", "2026-07")]),
)  # fmt: skip
def test_a_year_range_names_its_start(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A year that ends a range ("2024/25") does not put a month of its sentence in that
    year; a year ahead named alone still does."""
    assert dates_of(text) == expected


@_table(
    ("The opposition won a second consecutive election.", []),
    ("She was sworn in for a second term in 2022.", [("2022", "2022")]),
    ("He paused for a second, then answered.", [("a second", "PT1S")]),
    ("A second later the roof gave way.", [("A second", "PT1S")]),
)  # fmt: skip
def test_a_second_before_a_noun_is_the_ordinal(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "a second term", "a second consecutive election": the ordinal, no duration; "for a
    second," and "a second later" stay ``PT1S``."""
    assert dates_of(text) == expected


@_table(
    ("A curfew is in force from 10pm to 5am.",
     [("10pm", "2024-03-14T22:00"), ("5am", "2024-03-15T05:00")]),
    ("The curfew lasted from 8 p.m. Saturday until 6 a.m.",
     [("8 p.m. Saturday", "2024-03-09T20:00"), ("6 a.m.", "2024-03-10T06:00")]),
    ("Polling stations open from 7am to 5pm.",
     [("7am", "2024-03-14T07:00"), ("5pm", "2024-03-14T17:00")]),
    ("The concert runs from 5 to 7pm.", [("7pm", "2024-03-14T19:00")]),
)  # fmt: skip
def test_a_clock_range_runs_forward(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A clock time that ends a range started at a later clock time ("from 10pm to 5am") is on
    the next day; a range within the day keeps its day."""
    assert dates_of(text) == expected


@_table(
    ("At least 40 people have died in the floods since May 1.", [("May 1", "2023-05-01")]),
    ("The cash rate has been on hold since April.", [("April", "2023-04")]),
    ("Nothing has moved at the port since Saturday.", [("Saturday", "2024-03-09")]),
    ("The bridge will reopen on May 1.", [("May 1", "2024-05-01")]),
    ("Forecasters predict heavy snow on Saturday.", [("Saturday", "2024-03-16")]),
    ("The central bank expects inflation to ease in the first week of May.",
     [("the first week of May", "2024-W18")]),
)  # fmt: skip
def test_since_looks_back_and_expects_looks_ahead(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A day or month after "since" came before the reference date, even when the window of a
    past sentence would read it up to three months ahead; "expects", "expect", "predict(s)"
    put a sentence in the future as "expects to" did."""
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The curfew runs from 10.30pm-5am.",
            [("10.30pm", "2024-03-14T22:30"), ("5am", "2024-03-15T05:00")],
            marks=pytest.mark.xfail(
                strict=True, reason="a time after a dash with no space starts no date"
            ),
        ),
        pytest.param(
            "The hearing resumes a week on Friday.",
            [("a week on Friday", "2024-03-22")],
            marks=pytest.mark.xfail(
                strict=True, reason="'a week on Friday' (the Friday after next) is read as Friday"
            ),
        ),
    ],
)
def test_known_limits(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected
