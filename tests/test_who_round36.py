"""Who said it and who is a person, session 36: plural titles before a place, family
names that also end places ("Park"), the Canadian "Coun." and the Indian "Collector",
demands after "asked/urged that", and plain present verbs before an adverb in -s
(general shapes written afresh here, none taken from an evaluation set)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _statements(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(s.text, s.speaker and s.speaker.name) for s in article.statements]


def _people(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.is_official) for p in newsstruct.parse(LEAD + text).people]


@pytest.mark.parametrize(("text", "people"), [
    ("Residents of Princes Town said the roads were flooded.", []),
    ("Ministers Kithure Kindiki and Aden Duale said the plan was sound.",
     [("Kithure Kindiki", True), ("Aden Duale", False)]),
    ("Crowds gathered in Stanley Park on Sunday. Coach Jin Park said the team was ready.",
     [("Jin Park", False)]),
    ("Mina Park said the team was ready. Park added that training starts on Monday.",
     [("Mina Park", False)]),
    ("\u201cWe are ready,\u201d said Jin Park, the coach.", [("Jin Park", False)]),
    ("Coun. Mary Pitt said the budget was too thin.", [("Mary Pitt", True)]),
    ("District Collector R. Anand said the roads were closed.", [("R. Anand", True)]),
])  # fmt: skip
def test_places_and_titles_around_names(text: str, people: list[tuple[str, bool]]) -> None:
    assert _people(text) == people


def test_a_plural_title_before_a_place_names_no_one() -> None:
    assert _statements("Residents of Princes Town said the roads were flooded.")[0][1] != "Town"


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Jo Bell asked that residents stay indoors until the storm passes.",
     [("residents stay indoors until the storm passes", "Jo Bell")]),
    ("Mayor Jo Bell urged that the vote not be delayed.",
     [("the vote not be delayed", "Jo Bell")]),
    ("Ana Ruiz asked that her privacy be respected.",
     [("her privacy be respected", "Ana Ruiz")]),
    ("Ana Ruiz asked that question twice.", []),
])  # fmt: skip
def test_a_demand_after_asked_or_urged_that(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected
