"""The failure classes of speaker attribution seen on unseen news, one table each, with
names made up for these tests (none comes from the evaluation data)."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.model import Organization, Person


def speakers(text: str) -> list[str | None]:
    """The speaker's name of every full or block quote, in order."""
    article = newsstruct.parse(text)
    return [
        None if q.speaker is None else q.speaker.name
        for q in article.quotes
        if q.kind in ("full", "block")
    ]


def _cases(*rows: tuple[str, list[str | None]]) -> list[tuple[str, list[str | None]]]:
    return list(rows)


NO_CUE_IN_THE_LIST = _cases(
    ("“The plan is late,” Dana Whitcombe chided.", ["Dana Whitcombe"]),
    ("“We may never know,” Oren Falkner mused.", ["Oren Falkner"]),
    ("“Costs have doubled,” notes Priya Venkat, an economist.", ["Priya Venkat"]),
    ("“Nobody asked us,” Tamsin Royle grumbled on Tuesday.", ["Tamsin Royle"]),
    ("“It will pass,” quipped Lior Abend.", ["Lior Abend"]),
)

FLOATING_QUOTES = _cases(
    (
        "Engineer Rafael Ortiz said the pumps failed twice last winter.\n\n"
        "“We were lucky nobody drowned.”",
        ["Rafael Ortiz"],
    ),
    (
        "Mayor Greta Lindqvist defended the budget at Monday's meeting.\n\n"
        "“Every dollar is accounted for. Every single one.”",
        ["Greta Lindqvist"],
    ),
)

WORDS_NEAR_THE_CUE = _cases(
    ("“Rates will rise,” Jane Roe of Acme Capital said.", ["Jane Roe"]),
    (
        "“The grant is vital,” Ann Lee, Minister of Health, Science and Economic "
        "Development, said.",
        ["Ann Lee"],
    ),
    ("“She never gave up,” says Marta Kovac's partner, John Doe.", ["John Doe"]),
    (
        "Analyst Bram Hollis of Northgate Research said, “Demand is soft.”",
        ["Bram Hollis"],
    ),
)

ORGANISATIONS_AND_DOCUMENTS = _cases(
    ("“The claims are baseless,” the complaint said.", ["complaint"]),
    ("Software company Brightline said, “We will appeal.”", ["Brightline"]),
    ("“Our systems are secure,” the company wrote in a release.", ["company"]),
    ("A statement from the Harbor Authority said, “The pier is closed.”", ["Harbor Authority"]),
)

CHAINS_AND_SURNAMES = _cases(
    (
        "Councillor Wendell Achebe spoke first. “We need more buses,” he said.\n\n"
        "“And we need them now,” he added.",
        ["Wendell Achebe", "Wendell Achebe"],
    ),
    (
        "Nurse Ilse Patel has worked at the clinic for a decade.\n\n"
        "“The queues are longer every year,” Patel said.",
        ["Ilse Patel"],
    ),
    (
        "Coach Mara Jennings praised the team. Then Omar Fitch took the microphone.\n\n"
        "Fitch disagreed. “Not yet,” he said.",
        ["Omar Fitch"],
    ),
)

NEARER_SUBJECT = _cases(
    (
        "Teacher Ruth Okoye opened the meeting. Jones disagreed. “Not yet,” he said.",
        ["Jones"],
    ),
)


@pytest.mark.parametrize(("text", "expected"), NO_CUE_IN_THE_LIST)
def test_speech_verbs_outside_the_list(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), FLOATING_QUOTES)
def test_a_floating_quote_belongs_to_the_subject_of_the_paragraph_before(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS_NEAR_THE_CUE)
def test_the_right_words_near_the_cue(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_AND_DOCUMENTS)
def test_organisations_and_documents_speak_as_organisations(
    text: str, expected: list[str | None]
) -> None:
    article = newsstruct.parse(text)
    quote = next(q for q in article.quotes if q.kind in ("full", "block"))
    assert isinstance(quote.speaker, Organization), quote
    assert expected[0] is not None and expected[0].lower() in quote.speaker.name.lower()
    assert not any(p.name == quote.speaker.name for p in article.people)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harbour talks\n\nTobias Wendling died on Monday. His daughter, the novelist Harriet "
     "Wendling, said the cause was pneumonia.", "Harriet Wendling"),
    ("Harbour talks\n\nCoach Marlon Ostrander, 24, kicked four goals. “The backline was "
     "unbelievable,” the 24-year-old said.", "Marlon Ostrander"),
    ("Harbour talks\n\nAnn Kowalczyk, 31, and Marlon Ostrander, 24, scored. “We were lucky,” "
     "the 31-year-old said.", "Ann Kowalczyk"),
    ("Harbour talks\n\nMarlon Ostrander, who is in the frame for the medal, thanked his "
     "teammates. “The backline was unbelievable,” the 24-year-old said.", "Marlon Ostrander"),
])  # fmt: skip
def test_an_appositive_name_or_an_age_names_the_speaker(text: str, speaker: str) -> None:
    article = newsstruct.parse(text)
    said = [*article.quotes, *article.reported][0]
    assert said.speaker is not None and said.speaker.name == speaker


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Pew Research Center", "Pew Research Center"),  # the last head of the compound
    ("a 2014 Labor Department study", "Labor Department study"),  # from the first name on
    ("a recent Harbor Authority poll", "Harbor Authority poll"),
    ("press reports", "press reports"),  # a document in the plural
    ("the Department of Justice", "Department of Justice"),  # "Justice" is no title here
    ("the Federal Reserve Bank of New York", "Federal Reserve Bank of New York"),
    ("the Communications Workers of America", "Communications Workers of America"),
    ("a statement from the Harbor Authority", "Harbor Authority"),  # the issuer
])  # fmt: skip
def test_according_to_a_body_or_document_names_it_whole(phrase: str, name: str) -> None:
    article = newsstruct.parse(f"Harbour talks\n\nThe tax will rise in May, according to {phrase}.")
    (said,) = article.reported
    assert isinstance(said.speaker, Organization) and said.speaker.name == name


@pytest.mark.parametrize("phrase", [
    "a senior law enforcement official", "a senior official at the agency",
    "an official with the campaign",
])  # fmt: skip
def test_according_to_a_role_is_someone_unnamed(phrase: str) -> None:
    article = newsstruct.parse(f"Harbour talks\n\nThe tax will rise in May, according to {phrase}.")
    (said,) = article.reported
    assert said.speaker is None and said.source is not None and said.source.text == phrase


def test_according_to_a_spokeswoman_for_a_body_is_the_body() -> None:
    """A spokesperson speaks for the body named after "for"; the phrase is the source."""
    phrase = "a spokeswoman for the hospital"
    article = newsstruct.parse(f"Harbour talks\n\nThe tax will rise in May, according to {phrase}.")
    (said,) = article.reported
    assert isinstance(said.speaker, Organization) and said.speaker.name == "hospital"
    assert said.source is not None and said.source.text == phrase


@pytest.mark.parametrize(("text", "expected"), CHAINS_AND_SURNAMES + NEARER_SUBJECT)
def test_pronoun_chains_surnames_and_the_nearer_subject(
    text: str, expected: list[str | None]
) -> None:
    found = speakers(text)
    assert found[-len(expected) :] == expected


def test_a_partial_quote_and_the_next_pronoun_take_the_subject_of_the_sentence() -> None:
    text = (
        "Town vote delayed\n\n"
        "State Senator Marcus Bell called the delay “a small victory” for the town.\n\n"
        "He said the vote would be held in June."
    )
    article = newsstruct.parse(text)
    partial = next(q for q in article.quotes if q.kind == "partial")
    assert isinstance(partial.speaker, Person) and partial.speaker.name == "Marcus Bell"


UNLISTED_VERBS = _cases(
    ("“It is over,” Sela Marchetti harrumphed.", ["Sela Marchetti"]),
    ("“Yes,” deadpanned Cora Lindt.", ["Cora Lindt"]),
    ("Ivo Brandt said little at first.\n\n“Fine,” he relented.", ["Ivo Brandt"]),
    # a sentence, not a clause (a name no list holds: a listed one, "Sela", makes a person
    # whom the ranker may pick, as it picks "John Marchetti")
    ("“The sky is blue.” Quenby Marchetti harrumphed.", [None]),
)


@pytest.mark.parametrize(("text", "expected"), UNLISTED_VERBS)
def test_a_verb_no_list_holds_between_a_quote_and_a_name(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


# --- who is a person, and which title is theirs -------------------------------

TITLES_WITH_FOR_OR_OF_AND_A_COMMA = [
    ("Minister for Enterprise, Simon Coveney, said the plan was sound.", "Simon Coveney", "Minister for Enterprise"),
    ("Secretary of Defense, Lloyd Austin, said the plan was sound.", "Lloyd Austin", "Secretary of Defense"),
    ("Minister of Health, Ama Owusu, opened the ward on Friday.", "Ama Owusu", "Minister of Health"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "title"), TITLES_WITH_FOR_OR_OF_AND_A_COMMA)
def test_a_title_set_off_by_a_comma_is_the_persons(text: str, name: str, title: str) -> None:
    people = {p.name: p for p in newsstruct.parse(text).people}
    assert set(people) == {name}
    assert [t.text for t in people[name].titles] == [title] and people[name].is_official


COMPANIES_AND_PLACES_THAT_ARE_NO_ONE = [
    "Software company Brightline said it would appeal the ruling.",
    "“We will appeal,” said retailer Homewise in a statement.",
    "Analyst Bram Hollis of Northgate Research said demand was soft.",
    "Priya Anand of Kestrel Capital said rates would rise.",
    "Ann Lee, Minister of Health, Science and Economic Development, said the grant was vital.",
    "The Minister for Foreign Affairs, Tomas Reyna, arrived in Halifax on Monday.",
    "Fares will rise from May 1, Kelantan Rail Sdn Bhd announced on Tuesday.",
    "Orebank Kasempa Mining, a unit of Lusaka Metals, said rescue teams had arrived.",
    "Independent observer group Votewatch said its observers had seen irregularities.",
    "Karimi, executive director of Interfaith Paths to Peace, said she hopes for calm.",
]


@pytest.mark.parametrize("text", COMPANIES_AND_PLACES_THAT_ARE_NO_ONE)
def test_companies_portfolios_and_places_are_not_people(text: str) -> None:
    names = {p.name for p in newsstruct.parse(text).people}
    banned = {"Brightline", "Homewise", "Northgate Research", "Kestrel Capital", "Health",
              "Development", "Economic Development", "Foreign Affairs", "Affairs", "Halifax",
              "Kelantan Rail Sdn Bhd", "Orebank Kasempa Mining", "Lusaka Metals", "Votewatch",
              "Peace"}  # fmt: skip
    assert not names & banned, names


@pytest.mark.parametrize(("text", "company"), [
    ("Kelantan Rail Sdn Bhd raised fares on Monday. The company said costs had risen.",
     "Kelantan Rail Sdn Bhd"),
    ("Software company Brightline lost the case. The firm said it would appeal.", "Brightline"),
    ("The Bank of Gondor raised rates. The bank said inflation was high.", "Bank of Gondor"),
])  # fmt: skip
def test_the_company_is_the_company_named_before(text: str, company: str) -> None:
    (statement,) = newsstruct.parse(f"Fares rise\n\n{text}").reported
    assert statement.speaker is not None and statement.speaker.name == company


def test_a_quote_paragraph_after_a_sentence_introducing_someone_is_theirs() -> None:
    text = (
        "Board meets\n\nThe first speaker of the night was parent Yesenia Carrasco.\n\n"
        "“My daughter walks six blocks to school.”"
    )
    (quote,) = newsstruct.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Yesenia Carrasco"


def test_it_after_a_body_speaks_is_that_body() -> None:
    text = (
        "Fares rise\n\nKelantan Rail Sdn Bhd raised fares on Monday. The company said costs "
        "had risen. It said the rise was small.\n\nBut it was hearing the minister that "
        "angered riders, many of them saying the rise was unfair."
    )
    speakers = [r.speaker and r.speaker.name for r in newsstruct.parse(text).reported]
    assert speakers[:2] == ["Kelantan Rail Sdn Bhd"] * 2
    assert "it was hearing the minister" not in speakers


def test_have_been_before_a_cue_is_no_part_of_the_subject() -> None:
    text = "Fares rise\n\nTransport officials have been warning for months that fares will rise."
    (statement,) = newsstruct.parse(text).reported
    assert statement.source is not None and statement.source.text == "Transport officials"


def test_a_company_that_speaks_is_an_organization() -> None:
    article = newsstruct.parse("“We will appeal,” said retailer Homewise in a statement.")
    speaker = article.quotes[0].speaker
    assert isinstance(speaker, Organization) and speaker.name == "Homewise"


# --- library bugs the generated articles found (strict xfails, left out of tests/content.py) ---


# Fixed: a two-word name, where the person works and a cue make a person, whatever the
# given name (people.confirm; "Ravi Subramanian of Bernstein said").
@pytest.mark.parametrize(
    "text",
    [
        "“Rates will rise,” Hiro Nakamura of Acme Capital said.",
        "“Rates will rise,” Bamiwo Adeyemi of the Tidewater Institute said.",
    ],
)
def test_of_org_before_said_with_an_unlisted_given_name(text: str) -> None:
    article = newsstruct.parse(text)
    name = text.split("” ")[1].split(" of ")[0]
    assert speakers(text) == [name]
    assert [p.name for p in article.people] == [name]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("“We will appeal,” Kestrel Energy said.", "Kestrel Energy"),
        ("Brantley Health said it would appeal the ruling.", "Brantley Health"),
    ],
)
def test_a_company_ending_in_a_portfolio_word_is_an_organization(text: str, company: str) -> None:
    """No given name the list knows first, and a sector or portfolio word last: a body."""
    article = newsstruct.parse(text)
    said = (*article.quotes, *article.reported)[0]
    assert isinstance(said.speaker, Organization) and said.speaker.name == company
    assert article.people == ()


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="library bug: a company named without a company or portfolio word the lexicons "
    "know ('Orlando Pharma', 'Microsoft') is a person when it speaks; tests/speech.py ORGS "
    "holds only bodies the library reads",
)
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Orlando Pharma said it would appeal the ruling.", "Orlando Pharma"),
        ("“We will appeal,” Microsoft said.", "Microsoft"),
    ],
)
def test_a_company_with_no_company_word_is_an_organization(text: str, company: str) -> None:
    article = newsstruct.parse(text)
    said = (*article.quotes, *article.reported)[0]
    assert isinstance(said.speaker, Organization) and said.speaker.name == company
    assert article.people == ()
