"""Reported speech, session 34: subjects set off by typed dashes, asides and opening
participles, found reading PolNeAR train's wrong speakers (general constructions
written afresh here, none copied from the corpus)."""

from __future__ import annotations

import pytest

import newsstruct


def _reported(text: str) -> list[tuple[str, str | None]]:
    """Each statement's content and its speaker's name, else the words standing for it."""
    article = newsstruct.parse(f"Harbour talks resume after the storm\n\n{text}\n")
    return [
        (r.text, r.speaker.name if r.speaker else r.source.text if r.source else None)
        for r in article.reported
    ]


@pytest.mark.parametrize(("body", "expected"), [
    # a hyphen with a space on each side is a dash: the aside it opens is no subject
    ("Dara Quill - a neighbour and longtime friend of the family - told the Gazette that "
     "the house had stood empty for years.",
     [("the house had stood empty for years", "Dara Quill")]),
    ("Piet Venter - who spent the weekend with his family in Durban - has vowed to fight on.",
     [("to fight on", "Piet Venter")]),
    ("Councillor Luis Ortiz opposes the levy, but - after a court ruling made it binding - he urged members "
     "to pay it.",
     [("members to pay it", "Luis Ortiz")]),
    # a relative clause between dashes ends at its closing dash
    ("Senator Ioana Brad - who previously said she would back the bill - said on Friday that "
     "she would abstain.",
     [("she would back the bill", "Ioana Brad"), ("she would abstain", "Ioana Brad")]),
    ("Senator Ioana Brad — who said she would back the bill — voted against it.",
     [("she would back the bill", "Ioana Brad")]),
    # an adverb between the dash and a participle cue
    ("Mayor Tess Ondine declined to claim victory - only saying that she was relieved.",
     [("she was relieved", "Tess Ondine")]),
    # a trailing cue closed by a typed dash after a time phrase
    ("Talks will resume, the ministry said on Friday - a sign of progress.",
     [("Talks will resume", "ministry")]),
])  # fmt: skip
def test_typed_dashes_around_a_subject(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reported(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "for one" and "of course" are linking asides, no subject
    ("Northgate Radio, for one, noted that the two rulings differ.",
     [("the two rulings differ", "Northgate Radio")]),
    # an opening participle phrase is no subject: the main clause's is
    ("Speaking to farmers in Kisii, Agnes Moraa promised to cut fertiliser prices.",
     [("to cut fertiliser prices", "Agnes Moraa")]),
    ("Rallying dozens of nurses who are owed back pay, Agnes Moraa tried to calm them and "
     "promised to settle the arrears.",
     [("to settle the arrears", "Agnes Moraa")]),
    # ... but a role in -ing before a name is part of the subject
    ("Nursing assistant Ana Ruiz, 52, said the ward was full.",
     [("the ward was full", "Ana Ruiz")]),
    # a capitalised word before a title is no body's name either
    ("The GOP nominee complained about his microphone after the debate, even suggesting he "
     "may have been sabotaged.",
     [("he may have been sabotaged", "The GOP nominee")]),
    # after "a" a capitalised word is no body's name
    ("A spokeswoman for Kellerman Trust also declined to comment, saying that no one "
     "involved still works there.",
     [("no one involved still works there", "Kellerman Trust")]),
])  # fmt: skip
def test_asides_and_opening_phrases(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reported(body) == expected


@pytest.mark.parametrize(("body", "speaker"), [
    # a name or a city in -ing with a finite verb before its comma is a subject
    ("Beijing on Tuesday summoned the ambassador, saying the visit was a provocation.",
     "Beijing"),
    ("Dana Fleming on Tuesday denied the charges through her lawyer, saying she was innocent.",
     "Dana Fleming"),
])  # fmt: skip
def test_an_ing_name_is_no_opening_participle(body: str, speaker: str) -> None:
    assert [s for _, s in _reported(body)] == [speaker]
