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
    ("Two men were arrested in Lincoln Park, the police chief said.", []),
    ("Visitors to Hyde Park said the concert was too loud.", []),
    ("Coun. Mary Pitt said the budget was too thin.", [("Mary Pitt", True)]),
    ("District Collector R. Anand said the roads were closed.", [("R. Anand", False)]),
    ("The painting was bought by collector Ann Lee.", [("Ann Lee", False)]),
    ("Senators Ann B. Lee and Bo Kim said the bill failed.",
     [("Ann B. Lee", True), ("Bo Kim", False)]),
    ("Senators Ann Lee (D-Calif.) and Bo Kim (R-Texas) said the bill failed.",
     [("Ann Lee", True), ("Bo Kim", False)]),
    ("Vi Lyles said the city would reopen parks.", [("Vi Lyles", False)]),
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
    ("The family asked that the names of the victims not be released.",
     [("the names of the victims not be released", "family")]),
])  # fmt: skip
def test_a_demand_after_asked_or_urged_that(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Her daughter, Rose Alexie-Nicholai, said her mother died peacefully.",
     [("her mother died peacefully", "Rose Alexie-Nicholai")]),
    ("Tom Rix said the driver fled the scene.", [("the driver fled the scene", "Tom Rix")]),
    ("The auditor, Ana Ruiz, told the court that bank records showed Rs. 21 million had "
     "been moved.", [("bank records showed Rs. 21 million had been moved", "Ana Ruiz")]),
    ("Eric Garner said before he died.", []),
    ("Ana Ruiz said until they pay she will not leave.",
     [("they pay she will not leave", "Ana Ruiz")]),
])  # fmt: skip
def test_plain_past_clauses_and_abbreviated_rupees(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("Her predecessor, \u00c1ngel Luis \u201cTito\u201d Carrasquillo Osorio, said in an "
     "interview that the town had asked for money.", "\u00c1ngel Luis Carrasquillo Osorio"),
    ("Carmen Delia \u201cCuca\u201d Pizarro Rivera runs the kiosk. \u201cPeople think of "
     "Lo\u00edza as a problem,\u201d Pizarro said.", "Carmen Delia Pizarro Rivera"),
    ("Majority Leader Mohamed Hassan Mbaruk, popularly known as \u201cChidzipha\u201d, said "
     "the committee had held only one forum.", "Mohamed Hassan Mbaruk"),
])  # fmt: skip
def test_nicknames_and_double_surnames(text: str, speaker: str) -> None:
    said = [s for s in newsstruct.parse(LEAD + text).statements if len(s.text) > 20]
    assert [s.speaker and s.speaker.name for s in said] == [speaker]


def test_an_according_to_aside_inside_a_statement_is_the_speakers() -> None:
    text = (
        "Councillor Anne Guillou said the council could not give away a building worth, "
        "according to the valuation office, around \u20ac420,000."
    )
    assert [s.speaker and s.speaker.name for s in newsstruct.parse(LEAD + text).statements] == [
        "Anne Guillou"
    ]


@pytest.mark.parametrize(("text", "people"), [
    ("Gandaki Chief Minister Hari Prasad Baral said the stadium would open.",
     [("Hari Prasad Baral", True)]),
    ("Ferryland MHA Loyola O'Brien-Sweeney said the road would be paved.",
     [("Loyola O'Brien-Sweeney", True)]),
    ("Bamburi MCA Fatma Swaleh Bakari said the market must stay.",
     [("Fatma Swaleh Bakari", True)]),
    ("Acme Corp Chief Executive Jo Bell said sales rose.", [("Jo Bell", False)]),
    ("Church minister Ann Lee said the hall would open.", [("Ann Lee", False)]),
    ("MCA president Wee Ka Siong said the party would contest.", [("Wee Ka Siong", False)]),
    ("King Tupou VI opened the session on Monday.", [("Tupou VI", True)]),
    ("Chinese leader Xi Jinping said the talks went well.", [("Xi Jinping", True)]),
    ("Traders chanted \u201cMarikiti ni yetu\u201d - Marikiti is ours.", []),
    ("\u201cThe sea gives and the sea takes.\u201d \u2015 Mele Fonua, fisherman",
     [("Mele Fonua", False)]),
    ("\u201cMusic is the one incorporeal entrance.\u201d \u2014 Ludwig van Beethoven",
     [("Ludwig van Beethoven", False)]),
])  # fmt: skip
def test_offices_numerals_and_credits(text: str, people: list[tuple[str, bool]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    "The company, which announced layoffs last month, will, according to a source, close "
    "two plants.",
    "The deal, which was announced on Monday, is worth, according to analysts, about $3 "
    "billion.",
])  # fmt: skip
def test_an_according_to_aside_after_a_relative_clause_keeps_its_source(text: str) -> None:
    assert [s.rule for s in newsstruct.parse(LEAD + text).statements] == ["according-to"]


def test_a_credit_dash_takes_a_phrase_after_the_name() -> None:
    text = (
        "Mayor Ann Lee said the town was ready. \u201cWe will not back down.\u201d "
        "\u2014 Jane Doe of Springfield"
    )
    quote = newsstruct.parse(LEAD + text).quotes[0]
    assert (quote.speaker and quote.speaker.name, quote.rule) == ("Jane Doe", "dash-credit")
