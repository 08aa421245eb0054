"""Officials: titles before and after names, across sentences, and who holds office."""

from __future__ import annotations

import pytest

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.model import Person, Span
from newsstruct.people import find_people
from newsstruct.people.names import tokenize
from newsstruct.people.officials import appositive_title, sign_off_title, title_before


def person(text: str, name: str) -> Person:
    found = {p.name: p for p in find_people(text, (Span.of(text, 0, len(text)),))}
    return found[name]


def _title_before(text: str, name_start: str) -> tuple[str | None, str | None, str | None, bool]:
    tokens = tokenize(text, 0, len(text))
    index = next(i for i, t in enumerate(tokens) if t.base == name_start)
    found = title_before(text, tokens, index)
    assert found is not None
    span = None if found.span is None else found.span.text
    return span, found.country, found.organization, found.official


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("with Secretary of State Antony Blinken", "Antony", ("Secretary of State", None, None, True)),
        ("U.S. Secretary of State Antony Blinken", "Antony", ("Secretary of State", "United States", None, True)),
        ("Chinese leader Xi Jinping", "Xi", ("leader", "China", None, True)),
        ("U.S. national security adviser Jake Sullivan", "Jake", ("national security adviser", "United States", None, True)),
        ("FBI Director Christopher Wray", "Christopher", ("FBI Director", None, "FBI", True)),
        ("and Shanghai Party Secretary Chen Jining", "Chen", ("Shanghai Party Secretary", None, "Shanghai", True)),
        ("Minister of Public Security Wang Xiaohong", "Wang", ("Minister of Public Security", None, None, True)),
        ("Deputy Secretary of State Kurt Campbell", "Kurt", ("Deputy Secretary of State", None, None, True)),
        ("former President Donald Trump", "Donald", ("former President", None, None, True)),
        ("Sen. Claire McCaskill", "Claire", ("Sen.", None, None, True)),
        ("CNN correspondent Kylie Atwood", "Kylie", ("CNN correspondent", None, "CNN", False)),
        ("Microsoft President Brad Smith", "Brad", ("Microsoft President", None, "Microsoft", False)),
    ],
)  # fmt: skip
def test_title_before_name(
    text: str, first: str, expected: tuple[str | None, str | None, str | None, bool]
) -> None:
    assert _title_before(text, first) == expected


def test_appositive_title_and_organisation() -> None:
    text = "Yang Jiechi, a top official in the Chinese Communist Party who heads the office"
    found = appositive_title(text, tokenize(text, 0, len(text)), len("Yang Jiechi"))
    assert found is not None and found.span is not None
    assert (found.span.text, found.organization, found.country, found.official) == (
        "top official",
        "Chinese Communist Party",
        "China",
        True,
    )


def test_who_led_an_agency_is_an_official_without_a_title() -> None:
    text = (
        "“It will be hard,” said Chris Krebs, who led the U.S. Cybersecurity and "
        "Infrastructure Security Agency’s work in 2020."
    )
    krebs = person(text, "Chris Krebs")
    assert krebs.is_official and not krebs.titles
    assert krebs.organization == "U.S. Cybersecurity and Infrastructure Security Agency"


def test_title_across_sentences_in_a_credit_line() -> None:
    text = "Blinken opposes it. The spokesman said in a statement. For the State Department, Ned Price."
    found = sign_off_title(text, text.index("Ned"))
    assert found is not None and found.span is not None
    assert (found.span.text, found.organization, found.official) == (
        "spokesman",
        "State Department",
        True,
    )
    price = person(text, "Ned Price")
    assert price.is_official and [t.text for t in price.titles] == ["spokesman"]


def test_predecessor_is_a_former_official() -> None:
    text = "US President Joe Biden kept the policy of his predecessor, Donald Trump, in place."
    assert person(text, "Donald Trump").is_official


def test_private_people_are_not_officials() -> None:
    text = "Hillary Clinton’s campaign hired Professor Jane Whitfield and CBS News’ Eena Ruffini."
    assert not person(text, "Jane Whitfield").is_official
    assert not person(text, "Eena Ruffini").is_official


def test_lower_case_appositive_private_role() -> None:
    text = "Vann Newkirk, a writer for The Atlantic, disagreed."
    newkirk = person(text, "Vann Newkirk")
    assert not newkirk.is_official and [t.text for t in newkirk.titles] == ["writer"]


def test_demonyms_map_to_countries() -> None:
    assert DEMONYMS["chinese"] == "China"
    assert DEMONYMS["u.s."] == DEMONYMS["american"] == "United States"
    assert all(country[:1].isupper() for country in DEMONYMS.values())


def test_no_title_no_crash_on_edges() -> None:
    text = "Antony"
    assert title_before(text, tokenize(text, 0, len(text)), 0) is None
    assert appositive_title(text, tokenize(text, 0, len(text)), len(text)) is None
    assert sign_off_title(text, 0) is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Gareth Pryce, chairman of the residents' group, said the council had failed.", "Gareth Pryce", "chairman"),
        ("Chidi Okonkwo, director of the trade union, said the deal was fair.", "Chidi Okonkwo", "director"),
        ("Ngozi Adaeze, executive director of Harbor Watch, said the plan was late.", "Ngozi Adaeze", "executive director"),
    ],
)  # fmt: skip
def test_an_appositive_title_without_an_article(text: str, name: str, title: str) -> None:
    """``Name, chairman of the group, said``: an appositive title with no article names a
    person whatever the given name (no list of given names decides it)."""
    found = person(text, name)
    assert [t.text for t in found.titles] == [title]


def test_a_lower_case_appositive_that_is_no_title_names_no_one() -> None:
    text = "Harbor Lane, capital of the county, flooded again."
    assert find_people(text, (Span.of(text, 0, len(text)),)) == ()
