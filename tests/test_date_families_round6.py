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
