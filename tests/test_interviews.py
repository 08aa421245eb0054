"""Question-and-answer interviews: answers without quote marks are block quotes of the
person interviewed (``newsstruct.quotes.interviews``, rule ``interview-answer``).  The
interviews are written afresh here."""

from __future__ import annotations

import newsstruct

_INTRO = (
    "INTERVIEW\n\nThe keeper of the lighthouse\n\n"
    "Ines Varga has kept the Portree light for 31 years. Varga talked to our reporter "
    "about storms, ferries and the automation of the light.\n\n"
    "Varga, 63, lives in the keeper's cottage with two dogs and a radio.\n\n"
)


def _answers(text: str) -> list[tuple[str, str | None, str | None]]:
    article = newsstruct.parse(text)
    return [
        (q.text, q.speaker and q.speaker.name, q.rule) for q in article.quotes if q.kind == "block"
    ]


def test_labelled_answers_are_the_interviewees() -> None:
    text = _INTRO + (
        "Q: How did you come to this work?\n\nA: My father kept the light before me.\n\n"
        "Q: Will the light be automated?\n\nA: Next year, they tell me. I will miss it.\n"
    )
    assert _answers(text) == [
        ("My father kept the light before me.", "Ines Varga", "interview-answer"),
        ("Next year, they tell me. I will miss it.", "Ines Varga", "interview-answer"),
    ]


def test_unlabelled_answers_after_question_lines_in_an_interview() -> None:
    text = _INTRO + (
        "Edited excerpts:\n\nHow did you come to this work?\n\n"
        "My father kept the light before me.\n\nWill the light be automated?\n\n"
        "Next year, they tell me. I will miss it.\n"
    )
    assert [a[:2] for a in _answers(text)] == [
        ("My father kept the light before me.", "Ines Varga"),
        ("Next year, they tell me. I will miss it.", "Ines Varga"),
    ]


def test_rhetorical_questions_in_a_story_are_no_interview() -> None:
    text = (
        "Harbour talks resume\n\nThe council met on Monday to discuss the harbour.\n\n"
        "Why had the ferry stopped running?\n\nThe company blamed the weather.\n\n"
        "Who pays for the repairs?\n\nThe council has not decided.\n"
    )
    assert _answers(text) == []


def test_one_answer_to_a_question_in_an_interview_story_is_no_interview() -> None:
    text = _INTRO + "Was the storm the worst?\n\nThe storm of 1998 was worse, records show.\n"
    assert _answers(text) == []


def test_an_answer_with_quote_marks_keeps_its_own_quotes() -> None:
    text = _INTRO + (
        "Q: Who taught you?\n\nA: My father. He said, \u201cThe sea is never the same.\u201d\n\n"
        "Q: And now?\n\nA: Now I teach my niece.\n"
    )
    article = newsstruct.parse(text)
    assert [(q.text, q.kind) for q in article.quotes] == [
        ("The sea is never the same.", "full"),
        ("Now I teach my niece.", "block"),
    ]
