"""Given names of the world: a capitalised pair opening with a listed given name is a
person with no title, honorific or speech cue around it, whatever the culture; the
lists hold no word that opens or names a place, a body or a title."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.stopwords_english import ENGLISH_STOPWORDS
from newsstruct.people.given import KNOWN_GIVEN_NAMES, given_name
from newsstruct.people.lexicons.given_names_africa_asia import AFRICA_ASIA_GIVEN_NAMES
from newsstruct.people.lexicons.given_names_europe_americas_oceania import (
    EUROPE_AMERICAS_OCEANIA_GIVEN_NAMES,
)
from newsstruct.people.lexicons.honorifics import HONORIFICS

#: Made-up people of many cultures, each alone in a plain sentence.
PLAIN_SENTENCES = [
    ("Yasmine Bekhechi crossed the line in third place.", "Yasmine Bekhechi"),
    ("Farzaneh Golestani opened the exhibition on Friday.", "Farzaneh Golestani"),
    ("Barış Yıldırımoğlu missed the penalty.", "Barış Yıldırımoğlu"),
    ("Waqas Chaudhary-Mirani bowled the final over.", "Waqas Chaudhary-Mirani"),
    ("Meenakshi Thirumalai won the chess title.", "Meenakshi Thirumalai"),
    ("Srinivas Kodandaram bought the building in 2019.", "Srinivas Kodandaram"),
    ("Arindam Sengupta-Roy stepped down in March.", "Arindam Sengupta-Roy"),
    ("Gurpreet Dhillonwal ran the restaurant for ten years.", "Gurpreet Dhillonwal"),
    ("Bishnu Thapaliya reached the summit at noon.", "Bishnu Thapaliya"),
    ("Chaminda Wickramaratne took four wickets.", "Chaminda Wickramaratne"),
    ("Wahyu Setiabudi sold the land to a developer.", "Wahyu Setiabudi"),
    ("Maricel Dimaculangan left the city in 2015.", "Maricel Dimaculangan"),
    ("Somchai Rattanawong opened a noodle shop.", "Somchai Rattanawong"),
    ("Olumide Adesanya-Bakare finished second.", "Olumide Adesanya-Bakare"),
    ("Chidinma Okafor-Nwosu joined the board last year.", "Chidinma Okafor-Nwosu"),
    ("Hadiza Danladi-Bello runs the clinic.", "Hadiza Danladi-Bello"),
    ("Akosua Frimpong-Mensah won the seat.", "Akosua Frimpong-Mensah"),
    ("Wanjiru Kamotho planted the first trees.", "Wanjiru Kamotho"),
    ("Tigist Woldemariam led the race from the start.", "Tigist Woldemariam"),
    ("Hodan Warsame-Ali opened the school.", "Hodan Warsame-Ali"),
    ("Nokuthula Mabaso-Dlamini coached the team.", "Nokuthula Mabaso-Dlamini"),
    ("Wynand Kotzé-Mabuza scored the try.", "Wynand Kotzé-Mabuza"),
    ("Caoimhe Breathnach won the final.", "Caoimhe Breathnach"),
    ("Rhodri Vaughan-Iqbal won the seat.", "Rhodri Vaughan-Iqbal"),
    ("Bjørn Hætta sailed alone.", "Bjørn Hætta"),
    ("Łukasz Wiśniewski-Kowal signed for the club.", "Łukasz Wiśniewski-Kowal"),
    ("Oleksandr Hrytsenko drove the truck.", "Oleksandr Hrytsenko"),
    ("Stavros Papadakis-Lambrou owns the ferry.", "Stavros Papadakis-Lambrou"),
    ("Zsófia Kertész painted the mural.", "Zsófia Kertész"),
    ("Mihaela Dumitrescu-Pop won gold.", "Mihaela Dumitrescu-Pop"),
    ("Gonçalo Vasconcelos arrived late.", "Gonçalo Vasconcelos"),
    ("Ximena Arriagada left the party.", "Ximena Arriagada"),
    ("Tommaso Lanzavecchia restored the fresco.", "Tommaso Lanzavecchia"),
    ("Ségolène Vautrin sold the vineyard.", "Ségolène Vautrin"),
    ("Jürgen Pfannkuch-Wendt fixed the roof.", "Jürgen Pfannkuch-Wendt"),
    ("Yoav Ben-Shitrit sold the startup.", "Yoav Ben-Shitrit"),
    ("Tāne Herewini-Kaa kicked the winning goal.", "Tāne Herewini-Kaa"),
    ("Usain Prendergast-Lyn ran the anchor leg.", "Usain Prendergast-Lyn"),
    ("Kazuki Morimoto joined the firm in April.", "Kazuki Morimoto"),
    ("Đorđe Mitrović-Kalin opened the bakery.", "Đorđe Mitrović-Kalin"),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_SENTENCES)
def test_a_listed_given_name_makes_a_person_without_context(text: str, expected: str) -> None:
    assert [p.name for p in newsstruct.parse(text).people] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Rates will rise,” Oluwaseun Adeyemi of the Tidewater Institute said.",
            "Oluwaseun Adeyemi",
        ),
        ("Harsha Venkataraman of Kestrel Advisory said the deal was fair.", "Harsha Venkataraman"),
        (
            "“We are ready,” Gwenllian Prydderch of the Teifi Housing Association said.",
            "Gwenllian Prydderch",
        ),
    ],
)
def test_a_listed_given_name_speaks_before_of_and_a_body(text: str, expected: str) -> None:
    """Without the list, "X of the Tidewater Institute" was one organisation."""
    article = newsstruct.parse(text)
    statements = [*article.quotes, *article.reported]
    assert [s.speaker.name if s.speaker else None for s in statements] == [expected]
    assert [p.name for p in article.people] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in Nandi County on Sunday.",
        "She won the Padma Shri in 2019.",
        "They marched to Uhuru Park at noon.",
        "Tourists queued at Hawa Mahal all day.",
        "Processions marked Rama Navami across the state.",
        "Marine Corps units left on Monday.",
        "Nike Air sales fell.",
    ],
)
def test_words_that_open_places_and_events_are_left_out(text: str) -> None:
    assert newsstruct.parse(text).people == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans filled the Rajiv Gandhi Stadium on Sunday.", []),
        ("Flights left Jomo Kenyatta International Airport late.", []),
        ("Traffic stopped at Anand Vihar and Liaquat Bagh.", []),
        ("She won the Aldo Beckman Memorial Award.", []),
        ("Sunil Gavaskar opened a stand at the Sunil Gavaskar Stadium.", ["Sunil Gavaskar"]),
    ],
)
def test_a_place_or_award_named_after_a_person_is_no_one(text: str, expected: list[str]) -> None:
    assert [p.name for p in newsstruct.parse(text).people] == expected


#: Shared lexicons whose words open or make a place, a body, a title or a sentence.
_NOT_GIVEN = {
    "places": PLACE_WORDS,
    "organizations": ORGANIZATION_WORDS,
    "outlets": frozenset(w for o in OUTLETS for w in o.split()),
    "not_names": NOT_NAME_WORDS,
    "official titles": OFFICIAL_TITLE_HEADS,
    "private titles": PRIVATE_TITLE_HEADS,
    "honorifics": HONORIFICS,
    "demonyms": frozenset(DEMONYMS),
    "stopwords": ENGLISH_STOPWORDS,
}


@pytest.mark.parametrize("lexicon", sorted(_NOT_GIVEN))
def test_world_given_names_share_no_word_with_other_lexicons(lexicon: str) -> None:
    world = AFRICA_ASIA_GIVEN_NAMES | EUROPE_AMERICAS_OCEANIA_GIVEN_NAMES
    assert not world & _NOT_GIVEN[lexicon]


def test_the_world_lists_do_not_overlap() -> None:
    assert not AFRICA_ASIA_GIVEN_NAMES & EUROPE_AMERICAS_OCEANIA_GIVEN_NAMES


@given(st.sampled_from(sorted(KNOWN_GIVEN_NAMES)), st.sampled_from(["\u0301", "\u0308", "\u0304"]))
def test_a_listed_name_with_an_accent_is_still_a_given_name(low: str, accent: str) -> None:
    accented = unicodedata.normalize("NFC", low[0] + accent + low[1:])  # "józef", "äisha"
    assert given_name(low)
    assert given_name(accented)
