"""Reported speech, session 35: a "that" far after its cue, past a phrase holding a time
clause or a participle (sentences written afresh here)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _reported(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(r.text, r.speaker and r.speaker.name) for r in article.reported]


@pytest.mark.parametrize(("text", "expected"), [
    ("The commission said in a statement after Ana Ruiz was charged last year that its "
     "inquiry had begun with a complaint.",
     [("its inquiry had begun with a complaint", "commission")]),
    ("The Chamber of Commerce said in a letter sent to council members before the vote "
     "that the tax would hurt tourism.", [("the tax would hurt tourism", "Chamber of Commerce")]),
    ("The port authority said in a statement read to the council on Monday that the pier "
     "was safe.", [("the pier was safe", "port authority")]),
    # the content's own "that": no statement starts there
    ("She said in an interview on Tuesday this was the last time that she would run.", []),
])  # fmt: skip
def test_that_past_a_long_phrase_after_the_cue(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _reported(text) == expected
