"""Who said it, session 37: gerund cues after "by", second verbs of a named subject,
cue idioms that report nothing, fronted adverbs and numbers before a trailing cue, a
"but she also insisted" that opens a second statement, and a time phrase after an
appositive (general shapes written afresh here, none taken from an evaluation set)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _statements(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(s.text, s.speaker and s.speaker.name) for s in article.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Ana Ruiz responded by saying the bridge was safe.",
     [("the bridge was safe", "Ana Ruiz")]),
    ("Mayor Ana Ruiz closed the meeting by announcing that the bridge would reopen.",
     [("the bridge would reopen", "Ana Ruiz")]),
    ("Mayor Ana Ruiz began by telling residents that the bridge was safe.",
     [("the bridge was safe", "Ana Ruiz")]),
    ("The council widened the district by adding two streets to the map.", []),
    ("The panel may act by asking prosecutors to charge the builder.", []),
    ("In saying that, Mayor Ana Ruiz meant no harm.", []),
])  # fmt: skip
def test_a_gerund_cue_after_by(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Mayor Ana Ruiz met Governor Luis Vega on Monday and said, "The bridge is safe."',
     [("The bridge is safe.", "Ana Ruiz")]),
    ('Mayor Ana Ruiz thanked Luis Vega and told reporters, "The bridge is safe."',
     [("The bridge is safe.", "Ana Ruiz")]),
    ('Luis Vega spoke first. Mayor Ana Ruiz said, "The bridge is safe."',
     [("The bridge is safe.", "Ana Ruiz")]),
])  # fmt: skip
def test_a_second_verb_keeps_its_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "Only time will tell whether the plan works.",
    "It goes without saying that the plan failed.",
    "Now, Mayor Ana Ruiz has responded to the criticism.",
    "Later, the ministry responded to the complaints from fishermen.",
    "Funding fell from 660,000 dollars to just 75,000 pledged for this year.",
])  # fmt: skip
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The bridge is safe, said Mayor Ana Ruiz, but her critics and rivals do not agree.",
     [("The bridge is safe", "Ana Ruiz")]),
    ("Mayor Ana Ruiz explained that the bridge was safe - but she also insisted that "
     "repairs would take months.",
     [("the bridge was safe", "Ana Ruiz"), ("repairs would take months", "Ana Ruiz")]),
    ("Mayor Ana Ruiz said the plan failed, but she said that talks would go on.",
     [("the plan failed", "Ana Ruiz"), ("talks would go on", "Ana Ruiz")]),
])  # fmt: skip
def test_where_a_content_ends(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz, who took office in 2019, on Friday declared the bridge was safe.",
     [("the bridge was safe", "Ana Ruiz")]),
    ("The ministry on Tuesday announced that talks would resume.",
     [("talks would resume", "ministry")]),
])  # fmt: skip
def test_a_time_between_subject_and_cue(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


def _people(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.is_official) for p in newsstruct.parse(LEAD + text).people]


@pytest.mark.parametrize(("text", "people"), [
    ("The current mayor of Grande-Rivière, Hélène Brotherton-Cyr, said the wharf would "
     "be rebuilt.", [("Hélène Brotherton-Cyr", True)]),
    ("Cllr Ann Lee (Labour, Camborne West) said she supported the principle.",
     [("Ann Lee", True)]),
    ('One of them, Justin "JJ" Saunders-Thorassie, now runs his own company. "She taught '
     'me everything," Saunders-Thorassie recalled.', [("Justin Saunders-Thorassie", False)]),
    ('Coach Unai Olabarrieta praised the team. "He ran all day," he told Movistar.',
     [("Unai Olabarrieta", False)]),
    ("Economist Drs. Ronald van der Biezen estimated that the blackout cost millions.",
     [("Ronald van der Biezen", False)]),
])  # fmt: skip
def test_who_is_a_person(text: str, people: list[tuple[str, bool]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Ann Lee (Labour, Camborne West) said she supported the principle.",
     [("she supported the principle", "Ann Lee")]),
    ("Skyjet, a budget airline, cut fares on Monday. The company said that demand was weak.",
     [("demand was weak", "Skyjet")]),
    ("WEB Aruba N.V. cut power on Tuesday. The company said the grid had tripped.",
     [("the grid had tripped", "WEB Aruba N.V.")]),
    ("Water and energy producer Aruba Power Ltd said on Wednesday that the grid had tripped.",
     [("the grid had tripped", "Aruba Power Ltd")]),
    ("Race organisers RCS Sport said in a statement that the crowds were huge.",
     [("the crowds were huge", "RCS Sport")]),
    ('Councillor Maria Theresa "Tess" Dela Cruz-Bangoy filed the ordinance. Bangoy said '
     "the ordinance would take effect in May.",
     [("the ordinance would take effect in May", "Maria Theresa Dela Cruz-Bangoy")]),
    ("Réjean Lebrasseur, the fisherman, died on Sunday. Lebrasseur said in 1994 that the "
     "cod would come back. His grandson, Félix Lebrasseur, said the family was proud.",
     [("the cod would come back", "Réjean Lebrasseur"),
      ("the family was proud", "Félix Lebrasseur")]),
])  # fmt: skip
def test_companies_wards_and_families(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister of Mines Marcel Tjon was not in court. One of the supporters, his cousin "
     "Sharda Ramsaroep-Baldew, said the family was angry.\n\n"
     '"Only one man is going to prison," she said.',
     [("the family was angry", "Sharda Ramsaroep-Baldew"),
      ("Only one man is going to prison,", "Sharda Ramsaroep-Baldew")]),
])  # fmt: skip
def test_the_last_speaker_and_a_fathers_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a run's name starts at its first known given name after an unknown word, which "
    "keeps 'Opanin Kwabena Asare-Bediako' (an honorific) and cuts 'Leena Yusuf Bucheeri' "
    "(a given name no list holds) alike; telling them apart needs the honorifics' list",
)
def test_a_three_word_name_keeps_an_unknown_first_name() -> None:
    people = _people(
        "Maricopa County Recorder Helen Purcell spoke. Leena Yusuf Bucheeri said "
        "the firm had grown."
    )
    assert [name for name, _ in people] == ["Helen Purcell", "Leena Yusuf Bucheeri"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Martha Bighetty died on Sunday. She is survived by her son, Raymond Bighetty, and two "
     "daughters. Her son said the family would scatter her ashes at Cape Merry.",
     [("the family would scatter her ashes at Cape Merry", "Raymond Bighetty")]),
    ("The farmer, Ana Ruiz, lost her crop. The farmer said the rain came too late.",
     [("the rain came too late", "Ana Ruiz")]),
    ("Farmer Mary Brown lost her crop. The farmer said the rain came too late.",
     [("the rain came too late", "Mary Brown")]),
])  # fmt: skip
def test_a_descriptor_names_who_it_introduced(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting ended at 5 p.m. Officials said the vote would be held on Monday.",
     [("the vote would be held on Monday", "Officials")]),
    ("The meeting starts at 5 p.m. Monday, officials said.",
     [("The meeting starts at 5 p.m. Monday", "officials")]),
    ("The polls close at 8 p.m. EST, officials said.",
     [("The polls close at 8 p.m. EST", "officials")]),
])  # fmt: skip
def test_a_clock_time_may_end_a_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The session will open at 3 p.m. Moscow time on Monday, the Kremlin said.",
     [("The session will open at 3 p.m. Moscow time on Monday", "Kremlin")]),
    ("No deal, Ana Ruiz told reporters on Friday.", [("No deal", "Ana Ruiz")]),
    ("Mayor Ana Ruiz said the doctors were kind but they said little about the prognosis.",
     [("the doctors were kind but they said little about the prognosis", "Ana Ruiz")]),
    ("The school responded by telling parents to keep their children at home.", []),
    ("Maria Lopez said the vote was rigged. Ana Ruiz criticised Lopez on Monday. She said "
     "the claims were baseless.",
     [("the vote was rigged", "Maria Lopez"), ("the claims were baseless", "Ana Ruiz")]),
    ("Ana Ruiz, a spokeswoman for the bank, said it was reviewing the loan. The bank said "
     "no customers were affected.",
     [("it was reviewing the loan", "Ana Ruiz"), ("no customers were affected", "bank")]),
    ("Workers at the Tata Group said they had not been paid.",
     [("they had not been paid", "Workers at the Tata Group")]),
    ("Vega's son, Diego Vega, was arrested on Friday. Ana Ruiz said she had warned the "
     "school. Her son said he had been bullied.",
     [("she had warned the school", "Ana Ruiz"), ("he had been bullied", None)]),
])  # fmt: skip
def test_review_cases(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Texan Ted Cruz said the border was open.", ["Ted Cruz"]),
    ("Socialist Bernie Sanders said the plan failed.", ["Bernie Sanders"]),
    ('Composer Andrew Lloyd Webber said the show would open. "We are thrilled," Lloyd '
     "Webber said.", ["Andrew Lloyd Webber"]),
    ("The award went to Oppenheimer (Christopher Nolan), the academy said.",
     ["Christopher Nolan"]),
])  # fmt: skip
def test_review_people(text: str, names: list[str]) -> None:
    assert [name for name, _ in _people(text)] == names


@pytest.mark.xfail(
    strict=True,
    reason="the ranker gives a quote after 'X, who ... and said' "
    "to the main clause's subject; the relative's antecedent is not a candidate",
)
def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    text = 'Ana Ruiz introduced Luis Vega, who stood up and said, "We will win this."'
    assert _statements(text) == [("We will win this.", "Luis Vega")]


@pytest.mark.parametrize(("text", "names"), [
    ("Ousmane Faye, the sabar drummer, died on Sunday. He was 81.", ["Ousmane Faye"]),
    ("Farhat Rizvi, a retired headmistress, lives in Clifton.", ["Farhat Rizvi"]),
    ("Tawanda Farai Chigumbu (52) of Greendale was convicted of fraud.",
     ["Tawanda Farai Chigumbu"]),
    ("Tata Steel, a steelmaker, cut jobs.", []),
    ("Nova Kasa, the regional lender, cut rates.", []),
])  # fmt: skip
def test_appositives_and_ages_that_make_a_person(text: str, names: list[str]) -> None:
    assert [name for name, _ in _people(text)] == names


@pytest.mark.parametrize(("text", "expected"), [
    ("A sack of flour now costs 112,000 francs, said Maman Rose Kapinga, who runs a bakery "
     "in Matonge.",
     [("A sack of flour now costs 112,000 francs", "Rose Kapinga")]),
    ("The presidency said on Sunday that the head of state had telephoned the family.",
     [("the head of state had telephoned the family", "presidency")]),
])  # fmt: skip
def test_inverted_names_and_bodies(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(text) == expected
