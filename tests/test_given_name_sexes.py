"""The men's and women's given-name lists: the world's names, no name on both lists,
no name used for both sexes on either, and what they decide for ``he`` and ``she``."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.model import Person
from newsstruct.people.genders import sex_of
from newsstruct.people.lexicons.east_asian_surnames import EAST_ASIAN_SURNAMES
from newsstruct.people.lexicons.female_given_names import FEMALE_GIVEN_NAMES
from newsstruct.people.lexicons.male_given_names import MALE_GIVEN_NAMES

#: Made-up people of many cultures with the sex their given name says.
WORLD_NAMES = [
    ("Seumas Macleod", "m"),
    ("Lachlan Fraser", "m"),
    ("Hēmi Parata", "m"),
    ("Hemi Parata", "m"),
    ("Tawanda Moyo", "m"),
    ("Ulugbek Karimov", "m"),
    ("Kwabena Owusu", "m"),
    ("Zurab Beridze", "m"),
    ("Siosaia Fifita", "m"),
    ("Jean-Pierre Lacroix", "m"),
    ("Michał Nowicki", "m"),
    ("Rumbidzai Chikore", "f"),
    ("Petrona Quispe", "f"),
    ("Dilfuza Yusupova", "f"),
    ("Ketevan Gelashvili", "f"),
    ("Akua Mensah", "f"),
    ("Aigerim Seitkali", "f"),
    ("Ifeoma Okafor", "f"),
    ("Saramma Varghese", "f"),
    ("Losana Waqa", "f"),
    ("Marie-Hélène Dufour", "f"),
    ("Şule Demir", "f"),
]

#: Given names that men and women bear (in one culture or across cultures).
BOTH_SEXES = [
    "tinashe",
    "chinedu",
    "oluwaseun",
    "kim",
    "jordan",
    "andrea",
    "nikola",
    "jean",
    "sasha",
    "ashley",
    "nino",
    "moana",
    "joan",
    "michal",
    "jan",
    "deniz",
    "kiran",
    "tendai",
    "lindsey",
]


def test_no_name_is_on_both_lists() -> None:
    assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES


def test_the_lists_hold_the_worlds_names() -> None:
    assert len(MALE_GIVEN_NAMES) >= 3000 and len(FEMALE_GIVEN_NAMES) >= 3000


def test_no_listed_name_is_an_east_asian_family_name() -> None:
    # East Asian names are written family name first ("Dai Bingguo").
    assert not (MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES) & EAST_ASIAN_SURNAMES


@pytest.mark.parametrize("name", BOTH_SEXES)
def test_a_name_of_both_sexes_is_on_neither_list(name: str) -> None:
    assert name not in MALE_GIVEN_NAMES and name not in FEMALE_GIVEN_NAMES


@pytest.mark.parametrize(("name", "sex"), WORLD_NAMES)
def test_a_world_given_name_says_the_sex(name: str, sex: str) -> None:
    assert sex_of(Person("p1", name)) == sex


def test_a_name_of_both_sexes_leaves_the_pronoun_free() -> None:
    assert sex_of(Person("p1", "Tinashe Moyo")) is None


def test_he_goes_past_a_woman_with_a_world_name() -> None:
    text = (
        "Akua Mensah and Kwabena Owusu run the cooperative in Kumasi.\n\n"
        '"Prices doubled in a year," he said.'
    )
    quote = newsstruct.parse(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Kwabena Owusu"


def test_she_is_not_a_man_with_a_maori_name() -> None:
    text = 'Hēmi Walker talked to Aroha Ngata after the hui.\n\n"We need the land back," she said.'
    quote = newsstruct.parse(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Aroha Ngata"
