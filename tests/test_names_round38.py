"""People's names, session 38: surname particles after a given name that is also a
month's short form and after an honorific, quote marks that never go into a name,
lower-case nicknames, the Faroese "við" and Māori "Te" inside names, clergy
honorifics, "X alias Y", names that open with initials, and bodies whose names look
like a person's (general shapes written afresh here, none taken from an evaluation
set)."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.text.marks import CLOSING, OPENING

LEAD = "Harbour talks resume after the storm\n\n"
_MARKS = frozenset(OPENING + CLOSING) - {"'", "’"}


def _article(text: str) -> newsstruct.Article:
    return newsstruct.parse(LEAD + text)


def _people(text: str) -> list[str]:
    return [p.name for p in _article(text).people]


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker and s.speaker.name) for s in _article(text).statements]


@pytest.mark.parametrize(("text", "people"), [
    ('Jan de Groot said the sluice would hold. "It held in 1995," De Groot said.',
     ["Jan de Groot"]),
    ("Jan van den Bosch said the sluice would hold. Van den Bosch is an engineer.",
     ["Jan van den Bosch"]),
    ("April Okonkwo said the sluice would hold.", ["April Okonkwo"]),
    ("Mr van Dijkhuis said the sluice would hold.", ["van Dijkhuis"]),
    ("Mrs ter Brugge said the sluice would hold.", ["ter Brugge"]),
    ("Dr. von Hallwyl said the sluice would hold.", ["von Hallwyl"]),
    ("On Jan 5 the sluice held, Kowalczyk said.", ["Kowalczyk"]),
])  # fmt: skip
def test_particles_after_a_given_name_or_an_honorific(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "name", "nicknames"), [
    ('Teodoro "Teo" Marras said the ferry was late.', "Teodoro Marras", ["Teo"]),
    ("Teodoro “Teo” Marras said the ferry was late.", "Teodoro Marras", ["Teo"]),
    ("Teodoro ‘Teo’ Marras said the ferry was late.", "Teodoro Marras", ["Teo"]),
    ('Sione Latu "Bill" Fakatava said the ferry was late.', "Sione Latu Fakatava", ["Bill"]),
    ("Their pilot, Rodrigo “el Zurdo” Mamani, told reporters that the ferry was late.",
     "Rodrigo Mamani", ["el Zurdo"]),
    ('Their pilot, Rodrigo "la Bala" Mamani, told reporters that the ferry was late.',
     "Rodrigo Mamani", ["la Bala"]),
])  # fmt: skip
def test_a_nickname_stays_out_of_the_name(text: str, name: str, nicknames: list[str]) -> None:
    people = _article(text).people
    assert [(p.name, [n.text for n in p.nicknames]) for p in people] == [(name, nicknames)]


@pytest.mark.parametrize("text", [
    'Teodoro "Teo" Marras said the ferry was late.',
    'Ulisse "Uli" Porcu said the ferry was late.',
    'Mata "Sam" Tuilagi said the ferry was late. "We waited," Tuilagi said.',
    "Walter Aldo “Wally” Brennan said the ferry was late.",
    "Their pilot, Rodrigo “el Zurdo” Mamani, said the ferry was late.",
])  # fmt: skip
def test_no_quote_mark_in_a_name(text: str) -> None:
    for person in _article(text).people:
        assert not _MARKS & set(person.name), person.name
        for mention in person.mentions:
            assert mention.text[:1] not in _MARKS and mention.text[-1:] not in _MARKS


def test_a_lower_case_nickname_is_no_statement() -> None:
    text = "Their pilot, Rodrigo “el Zurdo” Mamani, told reporters that the ferry was late."
    assert _statements(text) == [("the ferry was late", "Rodrigo Mamani")]


@pytest.mark.parametrize(("text", "people"), [
    ("Health Minister Jóannes við Sandá said the clinic would open.", ["Jóannes við Sandá"]),
    ("The fullback Rangi Te Awhitu-Parata scored twice. Te Awhitu-Parata was sent to the bin.",
     ["Rangi Te Awhitu-Parata"]),
    ("Coach Aroha Te Whare said the side was ready.", ["Aroha Te Whare"]),
])  # fmt: skip
def test_particles_inside_names(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    ("Her brother, Fr. Declan Mulcahy, a priest in Ballina, said the hall was full.",
     ["Declan Mulcahy"]),
    ("Fr Declan Mulcahy said the hall was full.", ["Declan Mulcahy"]),
    ("Msgr. Aurelio Pinna said the hall was full.", ["Aurelio Pinna"]),
])  # fmt: skip
def test_clergy_honorifics(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "name", "nicknames"), [
    ("Her cousin, Anish alias Kannan, a retired fisherman, said the nets were torn.",
     "Anish", ["Kannan"]),
    ("Venu Gopal alias Kunju, a boatman, said the nets were torn.", "Venu Gopal", ["Kunju"]),
])  # fmt: skip
def test_alias_is_a_nickname(text: str, name: str, nicknames: list[str]) -> None:
    article = _article(text)
    assert [(p.name, [n.text for n in p.nicknames]) for p in article.people] == [(name, nicknames)]
    assert [(s.text, s.speaker and s.speaker.name) for s in article.statements] == [
        ("the nets were torn", name)
    ]


@pytest.mark.parametrize(("text", "statements", "people"), [
    ("Assistant Commissioner of Police P. V. Anand, who leads the inquiry, said outside the "
     "court that more arrests were likely.",
     [("more arrests were likely", "P. V. Anand")], ["P. V. Anand"]),
    ("The court rejected the bail plea of M. T. Sudheer, the former treasurer, on Monday.",
     [], ["M. T. Sudheer"]),
])  # fmt: skip
def test_names_that_open_with_initials(
    text: str, statements: list[tuple[str, str | None]], people: list[str]
) -> None:
    assert _statements(text) == statements
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    "The Concello de Ribadeo said the boats would stay in port.",
    "The Cofradía de Mariscadores de Arousa said the catch was small.",
    "The Asociación de Vecinos de Lugo said the road was closed.",
    "The Sindikato di Trahadó di Haf said the strike would go on.",
    "Kutaisi City Hall said on Friday that the road would close.",
    "Rustavi Town Hall said the road would close.",
    "Prices rose, according to Statistics Iceland.",
    "Prices rose, according to Statistics Faroe Islands.",
    "The club was relegated to Lega Dilettanti last year.",
    "She lived at the Edith Carver Home for ten years.",
    "He died at the Ruth Hollis House, a hospice.",
    "The crew of the trawler, the Ann Marie Flynn, said the sea was rough.",
    "The crew of the ketch Rosalind Kerr said the sea was rough.",
])  # fmt: skip
def test_bodies_and_things_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "people"), [
    ("Laura de Castro said the boats would stay in port.", ["Laura de Castro"]),
    ("Pablo Hall said the boats would stay in port.", ["Pablo Hall"]),
    ("Fisheries Minister Ana Home said the boats would stay in port.", ["Ana Home"]),
])  # fmt: skip
def test_people_whose_names_look_like_bodies(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_a_city_hall_named_for_a_given_name_speaks_as_a_body() -> None:
    text = "Santiago City Hall said in a note that it had repaired the slope."
    article = _article(text)
    assert article.people == ()
    assert _statements(text) == [("it had repaired the slope", "Santiago City Hall")]
