"""Who said it, session 38: the body before ``, which said`` (past a bracketed short
form, with its whole name), an appositive that a name's tokens skip, regional demonyms
as descriptors (general shapes written afresh here, none taken from an evaluation set)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _statements(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(s.text, s.speaker and s.speaker.name) for s in article.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("The case was built by the Anti-Fraud Office (AFO), which said in a statement that "
     "it welcomed the verdict.", [("it welcomed the verdict", "Anti-Fraud Office")]),
    ("The figures came from the Ministry of Water and Sanitation, which said on Monday that "
     "40 wells had failed.", [("40 wells had failed", "Ministry of Water and Sanitation")]),
    ("Data came from the Coastal Policy Institute, which said the wall would cost $3 million.",
     [("the wall would cost $3 million", "Coastal Policy Institute")]),
    ("The government, which said the plan was sound, lost the vote.",
     [("the plan was sound", "government")]),
    ("Rosa Mendez, who chairs the trust, said the plan would fail.",
     [("the plan would fail", "Rosa Mendez")]),
])  # fmt: skip
def test_the_body_before_which_said(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "Ann Lee, a herder, told reporters the winter had been harsh.",
    "Tomas Berg, a farmer, told journalists the spring came late.",
])  # fmt: skip
def test_no_title_from_the_listener(text: str) -> None:
    """The listener of ``told reporters`` is no title of the appositive before it."""
    (person,) = newsstruct.parse(LEAD + text).people
    assert person.titles == ()


@pytest.mark.parametrize(("text", "speaker"), [
    ('Jordi Puigvert Sala finished second. "He was simply stronger," the Catalan said.',
     "Jordi Puigvert Sala"),
    ('Mikel Etxeberria won the stage. "The last climb hurt," the Basque said.',
     "Mikel Etxeberria"),
])  # fmt: skip
def test_a_regional_demonym_names_the_person(text: str, speaker: str) -> None:
    (statement,) = newsstruct.parse(LEAD + text).statements
    assert statement.speaker is not None and statement.speaker.name == speaker
