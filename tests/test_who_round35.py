"""Who said it, session 35: spokespeople, passive "quoted ... as saying", asides after a
preposition, post-nominal honours, forms of address, acronyms spelled out, bodies named
in Romance languages and portfolios joined by "and" (general shapes written afresh here,
none taken from an evaluation set)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _statements(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(s.text, s.speaker and s.speaker.name) for s in article.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson for the fisheries department said the quota would be cut.",
     [("the quota would be cut", "fisheries department")]),
    ("The Ministry of Health opened a ward. A spokesman for the ministry said the ward "
     "would stay open.", [("the ward would stay open", "Ministry of Health")]),
    ("A spokeswoman for Ana Ruiz said the trip was cancelled.",
     [("the trip was cancelled", "Ana Ruiz")]),
    ("A lawyer for the family said the appeal was ready.", [("the appeal was ready", None)]),
])  # fmt: skip
def test_a_spokesperson_speaks_for_the_body(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Energy Minister Nurlan Abenov was quoted by the state news agency Kabar as saying "
     "the plant would open in May.", [("the plant would open in May", "Nurlan Abenov")]),
    ("Nurlan Abenov was quoted in the daily Vremya as saying the government \u201cremains "
     "fully committed\u201d to the plant.",
     [("the government \u201cremains fully committed\u201d to the plant", "Nurlan Abenov"),
      ("remains fully committed", "Nurlan Abenov")]),
    ("The Union of Market Traders, of which she was honorary president, said the stalls "
     "would close.", [("the stalls would close", "Union of Market Traders")]),
    ("Crown prosecutor Daniel Kirkwood SC told the court the driver had been speeding.",
     [("the driver had been speeding", "Daniel Kirkwood")]),
    ("\u201cWe will appeal,\u201d Ann Lee MP said.", [("We will appeal,", "Ann Lee")]),
])  # fmt: skip
def test_subjects_past_passives_asides_and_honours(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Justice Ruth Ashby-Clarke sentenced him on Friday. Her Honour said the remorse was "
     "genuine.", [("the remorse was genuine", "Ruth Ashby-Clarke")]),
    ("Magistrate Ola Berg heard the case. Her Worship said the fine was fair.",
     [("the fine was fair", "Ola Berg")]),
])  # fmt: skip
def test_a_form_of_address_is_the_titled_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    article = newsstruct.parse(LEAD + text)
    assert [(s.text, s.speaker and s.speaker.name) for s in article.statements] == expected
    assert all(p.name not in ("Honour", "Worship") for p in article.people)


def test_a_statement_cue_with_a_time_gives_one_statement() -> None:
    text = (
        "The Gabon Directorate of Petroleum Products (GDPP) held the tanker. In a "
        "statement on Monday, the GDPP said the tanker had been cleared."
    )
    assert _statements(text) == [
        ("the tanker had been cleared", "Gabon Directorate of Petroleum Products")
    ]


def test_a_body_and_its_acronym_that_both_speak_are_one_body() -> None:
    text = (
        "The Eswatini Football Association fined the club, the Eswatini Football "
        "Association said. According to the EFA, a crowd of 6,800 attended."
    )
    article = newsstruct.parse(LEAD + text)
    assert [o.name for o in article.organizations] == ["Eswatini Football Association"]
    assert {s.speaker and s.speaker.name for s in article.statements} == {
        "Eswatini Football Association"
    }


@pytest.mark.parametrize(("text", "body"), [
    ("The Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec said it would invest.",
     "Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec"),
    ("The Soci\u00e9t\u00e9 d'habitation du Qu\u00e9bec said it would build.",
     "Soci\u00e9t\u00e9 d'habitation du Qu\u00e9bec"),
    ("The Uni\u00f3 Sindical de la Neu, which represents ski instructors, said wages "
     "should rise.", "Uni\u00f3 Sindical de la Neu"),
])  # fmt: skip
def test_a_body_named_in_a_romance_language_is_one_body(text: str, body: str) -> None:
    article = newsstruct.parse(LEAD + text)
    assert [s.speaker and s.speaker.name for s in article.statements] == [body]
    assert article.people == ()


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Minister of Local Government and Disaster Risk Management Dharmendra Sooknah said "
     "he understood.", "Dharmendra Sooknah",
     "Minister of Local Government and Disaster Risk Management"),
    ("Minister of Basic Education Mariatu Koroma said schools would open.", "Mariatu Koroma",
     "Minister of Basic Education"),
    ("The Minister of Tourism, Culture and the Arts, Randall Boodoosingh, said the "
     "carnival would go ahead.", "Randall Boodoosingh", "Minister of Tourism, Culture and the Arts"),
])  # fmt: skip
def test_a_portfolio_joined_by_and_before_a_name(text: str, name: str, title: str) -> None:
    (person,) = newsstruct.parse(LEAD + text).people
    assert person.name == name and [t.text for t in person.titles] == [title]
    assert person.is_official


def test_a_hyphenated_surname_with_an_elided_particle_is_one_name() -> None:
    text = "Her daughter, Mawuena Amegah-d'Almeida, said the family would hold a wake."
    article = newsstruct.parse(LEAD + text)
    assert [p.name for p in article.people] == ["Mawuena Amegah-d'Almeida"]


@pytest.mark.parametrize(("text", "name"), [
    ("Goalkeeper Juan C\u00e1mara said the defence had been poor.", "Juan C\u00e1mara"),
    ("Spanish defender Javier Banco said the pitch was hard.", "Javier Banco"),
    ("Honor Blackman said she loved the role.", "Honor Blackman"),
])  # fmt: skip
def test_surnames_that_are_body_heads_elsewhere_stay_people(text: str, name: str) -> None:
    """Heads that are common surnames too stay out of the foreign body heads (review)."""
    assert [p.name for p in newsstruct.parse(LEAD + text).people] == [name]


def test_a_romance_body_name_keeps_its_lower_case_adjective() -> None:
    text = "The Institut national de sant\u00e9 publique du Qu\u00e9bec said cases were falling."
    assert _statements(text) == [
        ("cases were falling", "Institut national de sant\u00e9 publique du Qu\u00e9bec")
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry of Fisheries announced a ban. A ministry spokeswoman said the ban was "
     "firm.", [("the ban was firm", "Ministry of Fisheries")]),
    ("A police spokesman said the road was closed.", [("the road was closed", "police")]),
    ("A White House spokesman said the road was closed.",
     [("the road was closed", "White House")]),
])  # fmt: skip
def test_a_body_before_its_spokesperson_speaks(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Spanish first surname alone is the person named in full before
    ("Coach Diego Alonso Cuesta was unhappy. \u201cWe lost,\u201d Alonso said.",
     [("We lost,", "Diego Alonso Cuesta")]),
    # an initial and a name with an appositive or a verb after it is a person
    ("P. Rajendran, president of the Flower Merchants' Association, blamed middlemen. He "
     "said the association had asked the Collector to act.",
     [("the association had asked the Collector to act", "P. Rajendran")]),
])  # fmt: skip
def test_first_surnames_and_initials(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text)[: len(expected)] == expected
