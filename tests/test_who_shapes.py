"""Who speaks and who is a person: shapes misread on unseen news (session 32).

Each test is a table of fresh sentences in the shape of a class of errors, not the
sentence it was found in.
"""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Budget vote\n\nThe council met on Monday to vote on the budget.\n\n"


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.text, None if r.speaker is None else r.speaker.name)
        for r in newsstruct.parse(text).reported
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Mele Tuilagi taught for years. In later life she campaigned for the school, "
            "arguing that the language would not survive.",
            "Mele Tuilagi",
        ),
        (
            "Mele Tuilagi spoke first. At the meeting she said the budget was short.",
            "Mele Tuilagi",
        ),
        ("Last year the union campaigned, arguing that pay was too low.", "union"),
        ("On Tuesday the ministry said it would appeal.", "ministry"),
        ("After the vote the ministry said it would appeal.", "ministry"),
    ],
)
def test_an_opening_phrase_of_time_or_place_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [s for _, s in _statements(LEAD + sentence)][-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 she campaigned for the school, arguing that the language would not survive.",
        "During the strike they marched, arguing that pay was too low.",
    ],
)
def test_an_opening_preposition_is_no_body(sentence: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert article.organizations == ()
    assert [r.speaker for r in article.reported] == [None]
