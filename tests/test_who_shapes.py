"""Who speaks and who is a person: shapes misread on unseen news (session 32).

Each test is a table of fresh sentences in the shape of a class of errors, not the
sentence it was found in.
"""

from __future__ import annotations

import pytest

import newsstruct
from shapes import LEAD
from shapes import statements as _statements


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Mele Tuilagi taught for years. In later life she campaigned for the school, "
            "arguing that the language would not survive.",
            "Mele Tuilagi",
        ),
        (
            "Mele Tuilagi spoke first. At the meeting she said the budget was short.",
            "Mele Tuilagi",
        ),
        ("Last year the union campaigned, arguing that pay was too low.", "union"),
        ("On Tuesday the ministry said it would appeal.", "ministry"),
        ("After the vote the ministry said it would appeal.", "ministry"),
    ],
)
def test_an_opening_phrase_of_time_or_place_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [s for _, s in _statements(LEAD + sentence)][-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 she campaigned for the school, arguing that the language would not survive.",
        "During the strike they marched, arguing that pay was too low.",
    ],
)
def test_an_opening_preposition_is_no_body(sentence: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert article.organizations == ()
    assert [r.speaker for r in article.reported] == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Directorate General of Health Services said in a statement that it would act.",
            "Directorate General of Health Services",
        ),
        (
            "The Inspectorate General of Prisons said it would review the case.",
            "Inspectorate General of Prisons",
        ),
        ("The Accountant General of Kenya said the audit was late.", None),
    ],
)
def test_a_body_before_a_postpositive_general_speaks_as_a_body(
    sentence: str, speaker: str | None
) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "A spokesman for the board, Md. Rafiqul Haque Sarker, said it would start.",
            ["Md. Rafiqul Haque Sarker"],
        ),
        ("Mohd. Faizal Rahman said it would start.", ["Mohd. Faizal Rahman"]),
        ("The clinic is in Rockville, Md. Tom Bell said it would start.", ["Tom Bell"]),
        ("The clinic is in Md. Tom Bell said it would start.", ["Tom Bell"]),
    ],
)
def test_an_abbreviated_given_name_stays_in_the_name(sentence: str, people: list[str]) -> None:
    assert [p.name for p in newsstruct.parse(LEAD + sentence).people] == people


def test_an_abbreviated_given_name_is_no_person_of_its_own() -> None:
    text = LEAD + "A spokesman, Md. Anisul Karim Bhuiyan, said it would start."
    [person] = newsstruct.parse(text).people
    assert person.name.endswith("Anisul Karim Bhuiyan")


def test_a_bloc_set_off_by_commas_is_no_person() -> None:
    text = LEAD + "The bill passed when the Harmony Bloc, a junior partner, walked out."
    assert newsstruct.parse(text).people == ()


@pytest.mark.parametrize(
    "descriptor", ["the former Nantes defender", "the ex-striker", "the former world champion"]
)
def test_what_a_person_once_was_varies_the_name_before(descriptor: str) -> None:
    text = (
        LEAD + f"Coach Tevita Lolohea said the penalty was fair. “We stopped,” {descriptor} said."
    )
    [quote] = newsstruct.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Tevita Lolohea"


def test_a_former_place_or_body_is_no_person_of_the_descriptor_rule() -> None:
    text = (
        LEAD
        + "Coach Tevita Lolohea spoke first. The former colony said in a statement that it would vote."
    )
    assert [s for _, s in _statements(text)] != ["Tevita Lolohea"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Préfecture des Landes said in a statement that it would study the ruling.",
            "Préfecture des Landes",
        ),
        (
            "The Conseil départemental du Cantal said it would appeal.",
            "Conseil départemental du Cantal",
        ),
        (
            "The Ministerio de Obras Públicas said dredging would start.",
            "Ministerio de Obras Públicas",
        ),
        ("The Ministère de la Culture said it would appeal.", "Ministère de la Culture"),
        (
            "The Federal Reserve Bank of Boston said rates would rise.",
            "Federal Reserve Bank of Boston",
        ),
    ],
)
def test_a_body_named_in_another_language_speaks_as_a_body(sentence: str, speaker: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert [s for _, s in _statements(LEAD + sentence)] == [speaker]
    assert article.people == ()


def test_a_married_name_with_de_stays_a_person() -> None:
    text = LEAD + "Nélida Ortiz de Benítez said the river was low."
    assert [p.name for p in newsstruct.parse(text).people] == ["Nélida Ortiz de Benítez"]


@pytest.mark.parametrize("marks", ["“”", '""'])
def test_a_nickname_in_quote_marks_is_no_quote_and_is_kept_apart_from_the_name(
    marks: str,
) -> None:
    text = (
        LEAD
        + f"Harold {marks[0]}Skipper{marks[1]} Mercer said the price was low. Mercer said it fell."
    )
    article = newsstruct.parse(text)
    assert [q.kind for q in article.quotes] == ["term"]
    assert [p.name for p in article.people] == ["Harold Mercer"]
    assert [n.text for n in article.people[0].nicknames] == ["Skipper"]
    assert article.people[0].mentions[0].text == (f"Harold {marks[0]}Skipper{marks[1]} Mercer")
    assert {r.speaker.name for r in article.reported if r.speaker} == {article.people[0].name}


def test_a_quote_after_a_name_is_no_nickname() -> None:
    text = LEAD + "Tom Bell said: “Yes” Then he left."
    assert [q.kind for q in newsstruct.parse(text).quotes] != ["term"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz said: “No.” Bell agreed.",
        "Ana Ruiz told reporters: “We will not sign.” Tom Bell disagreed.",
        "Ana Ruiz said, “We will not sign.” Bell disagreed.",
    ],
)
def test_a_quote_a_cue_introduces_is_not_the_next_sentences_subjects(sentence: str) -> None:
    [quote] = newsstruct.parse(LEAD + sentence).quotes
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_a_cue_after_a_quote_no_cue_introduces_still_speaks() -> None:
    [quote] = newsstruct.parse(LEAD + "Ana Ruiz spoke first. “We will not sign.” Bell said.").quotes
    assert quote.speaker is not None and quote.speaker.name == "Bell"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("B.Enkhtuya, a nurse, said flu cases had doubled.", "B.Enkhtuya"),
        ("Ts.Ganbold said the subsidy was late.", "Ts.Ganbold"),
        ("K. Oyunbileg, a herder, said the winter was hard.", "K. Oyunbileg"),
    ],
)
def test_an_initial_makes_a_lone_name_a_person(sentence: str, person: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert [p.name for p in article.people] == [person]
    assert [s for _, s in _statements(LEAD + sentence)] == [person]


def test_a_glued_abbreviation_is_no_initial() -> None:
    text = LEAD + "The team moved to St.Louis, the owner said."
    assert [p.name for p in newsstruct.parse(text).people] == []


def test_the_first_surname_of_a_married_name_names_the_person() -> None:
    text = LEAD + "Nélida Acosta de Britez said the river was low. “We cannot wait,” Acosta said."
    article = newsstruct.parse(text)
    assert [p.name for p in article.people] == ["Nélida Acosta de Britez"]
    assert article.organizations == ()
    assert article.quotes[0].speaker is article.people[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurse Oyun Bat said admissions typically rise in winter.",
        "Nurse Oyun Bat said prices generally fall in May.",
        "Nurse Oyun Bat said officials routinely ignore the rules.",
    ],
)
def test_an_adverb_before_a_plural_subjects_verb_keeps_a_content_without_that(
    sentence: str,
) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == ["Oyun Bat"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A court in Vannes ruled that the prefect had ignored warnings.", "court"),
        ("The tribunal ruled that the dismissal was unfair.", "tribunal"),
    ],
)
def test_a_court_that_ruled_makes_a_statement(sentence: str, speaker: str) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister ruled out a deal.",
        "The ruling party said nothing more.",
        "The Kazar dynasty ruled the region until rebels seized the capital in 1921.",
    ],
)
def test_ruled_out_and_a_ruling_party_make_no_statement(sentence: str) -> None:
    assert _statements(LEAD + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Repeated floods have damaged the road to the port.",
        "Reported cases of dengue doubled in May.",
    ],
)
def test_a_cue_word_before_a_noun_at_the_sentence_start_is_an_adjective(sentence: str) -> None:
    assert _statements(LEAD + sentence) == []


def test_a_cue_word_before_a_noun_after_a_cues_that_is_an_adjective() -> None:
    text = LEAD + "Ana Ruiz warned that repeated dredging could damage the reef."
    assert _statements(text) == [("repeated dredging could damage the reef", "Ana Ruiz")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Added the minister: “We will see.”",
        "The email that urged people to leave was sent on Monday by Ana Ruiz.",
        "Asked specifically what went wrong, Ruiz said the pumps failed.",
    ],
)
def test_an_inverted_cue_or_a_relative_clause_is_no_adjective(sentence: str) -> None:
    before = [r.text for r in newsstruct.parse(LEAD + sentence).reported]
    quotes = [q.text for q in newsstruct.parse(LEAD + sentence).quotes]
    assert before or quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said in a report, published on Monday, that exports had fallen.",
        "The ministry said, after the vote in Lomé, that exports had fallen.",
        "The ministry said, as did the union, that exports had fallen.",
    ],
)
def test_an_aside_between_the_cue_and_that(sentence: str) -> None:
    assert _statements(LEAD + sentence) == [("exports had fallen", "ministry")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will reopen in May, Carla Voss said, but was interrupted by protesters.",
        "The plant will reopen in May, Carla Voss said, but would not give details.",
        "The plant will reopen in May, Carla Voss told reporters, but could not explain why.",
    ],
)
def test_a_verb_phrase_after_a_cue_set_off_by_commas_is_the_narrators(sentence: str) -> None:
    assert _statements(LEAD + sentence) == [("The plant will reopen in May", "Carla Voss")]


# A cold review of this session's rules: near misses that must keep their old reading.


@pytest.mark.parametrize("descriptor", ["the army general", "the police general"])
def test_a_general_of_a_force_is_an_officer_not_a_body(descriptor: str) -> None:
    text = (
        LEAD + f"Gen. Omar Haddad toured the base. “We will withdraw by June,” {descriptor} said."
    )
    [quote] = newsstruct.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Omar Haddad"


def test_a_city_abbreviated_like_a_name_stays_out_of_the_name() -> None:
    text = (
        LEAD
        + "Gunmen attacked a market in the state capital Jos. Musa Bello, a trader, said it burned."
    )
    assert [p.name for p in newsstruct.parse(text).people] == ["Musa Bello"]


def test_an_abbreviated_given_name_after_a_title_makes_no_person_of_its_own() -> None:
    text = LEAD + "Professor Md. Shahidul Alam said the survey was late."
    assert "Md" not in [p.name for p in newsstruct.parse(text).people]


def test_former_must_open_the_descriptor() -> None:
    text = LEAD + (
        "Coach Ivo Dragan praised the squad. "
        "The chairman of the former ruling party said the vote was rigged."
    )
    assert [s for _, s in _statements(text)] == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Amsel was asked: “Did you sign the order?” Kessler asked, pointing at it.", "Kessler"),
        ("The coach was asked, “Will you resign?” a reporter from Radio Sur asked.", None),
    ],
)
def test_a_passive_cue_or_a_cue_in_the_same_sentence_does_not_introduce_a_quote(
    sentence: str, speaker: str | None
) -> None:
    [quote] = newsstruct.parse(LEAD + sentence).quotes
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_a_participle_after_an_adverb_is_no_verb_of_a_content() -> None:
    assert (
        _statements(LEAD + "The company announced layoffs largely driven by falling sales.") == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters called Governor Hale “Liar” Thursday, organisers said.",
        "Everyone should take vitamin D. Mbeki, a nutritionist, said it helps.",
    ],
)
def test_no_nickname_before_a_weekday_and_no_initial_from_the_sentence_before(
    sentence: str,
) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert all(q.kind != "term" for q in article.quotes)
    assert all("D." not in p.name and "“" not in p.name for p in article.people)


def test_an_opening_phrase_keeps_its_own_determiners() -> None:
    article = newsstruct.parse(
        LEAD + "In the wake of the storm the governor said the roads were shut."
    )
    [statement] = article.reported
    assert statement.source is None or not statement.source.text.startswith("the storm")


def test_he_is_not_a_person_whom_she_named_before() -> None:
    text = LEAD + (
        "Teacher Dilnoza Rahimova said pupils were tired. “They are cold,” she said. "
        "A migrant worker said he had bought a generator. He said his neighbours could not."
    )
    assert [s for _, s in _statements(text)] == ["Dilnoza Rahimova", None, None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Berea Growers Association has long argued that traders held too much power.",
            "Berea Growers Association",
        ),
        ("Senator Russell Long said the bill was dead.", "Russell Long"),
        ("Ana Ruiz has always said the bill was dead.", "Ana Ruiz"),
    ],
)
def test_a_lower_case_adverb_between_subject_and_cue(sentence: str, speaker: str) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == [speaker]


def test_a_surname_names_the_one_of_a_family_the_text_never_calls_by_first_name() -> None:
    text = LEAD + (
        "Senator Tomas Vidal spoke first. Vidal said the budget was short. "
        "His wife, Rosa Vidal, joined him on stage. Rosa said she was proud. "
        "Vidal said the plan would pass."
    )
    assert [s for _, s in _statements(text)] == ["Tomas Vidal", "Rosa Vidal", "Tomas Vidal"]


@pytest.mark.parametrize(
    "family",
    [
        "Police named the gunman as Karim Sadeq. Sadeq killed four people.\n\n"
        "His father, Nabil Sadeq, spoke to reporters. Sadeq said he was ashamed.",
        "Karim Sadeq was arrested on Monday. His father, Nabil Sadeq, spoke to reporters. "
        "Sadeq said he was ashamed.",
    ],
)
def test_a_surname_after_a_relative_is_introduced_is_the_relatives(family: str) -> None:
    assert [s for _, s in _statements(LEAD + family)][-1] == "Nabil Sadeq"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Stichting Blauwe Rivier, a local group, said the dredging had failed.",
            "Stichting Blauwe Rivier",
        ),
        ("The Fundación Pro Selva said it would appeal.", "Fundación Pro Selva"),
        (
            "The Consorzio per la Tutela del Pecorino said prices had fallen.",
            "Consorzio per la Tutela del Pecorino",
        ),
    ],
)
def test_a_body_whose_head_word_opens_its_name_in_another_language(
    sentence: str, body: str
) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert article.people == ()
    assert [s for _, s in _statements(LEAD + sentence)] == [body]


def test_an_english_body_word_before_a_name_keeps_the_person() -> None:
    text = LEAD + "The NFL Network’s Rich Eisen said the show would go on."
    assert [p.name for p in newsstruct.parse(text).people] == ["Rich Eisen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Katrin Holm said at least two companies had put plans on hold.",
        "Katrin Holm said the companies work in the valley all year.",
    ],
)
def test_a_content_without_that_opening_with_a_quantity_or_a_plain_plural_verb(
    sentence: str,
) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == ["Katrin Holm"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Farmer Lerato Mokoena said she had not been paid.",
        "Lerato Mokoena, a 61-year-old farmer from Mohale, said she had not been paid.",
    ],
)
def test_the_noun_that_introduced_a_person_names_them_later(introduction: str) -> None:
    text = LEAD + introduction + " “I am told to wait,” the farmer said."
    [quote] = newsstruct.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Lerato Mokoena"


def test_a_descriptor_with_more_words_is_not_matched_by_its_noun_alone() -> None:
    text = LEAD + (
        "Republican Tom Hale spoke first. Sen. Ana Ruiz of Arizona said the bill failed. "
        "The Arizona Republican said the talks were over."
    )
    assert [s for _, s in _statements(text)][-1] != "Tom Hale"


def test_a_title_set_off_before_an_honourable_name_is_the_persons() -> None:
    text = LEAD + (
        "The Minister for Infrastructure, Hon. Sione Vaipulu, said the contractor was late. "
        "The minister said the bank had agreed to wait."
    )
    assert [s for _, s in _statements(text)] == ["Sione Vaipulu", "Sione Vaipulu"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Ntate Teboho Mokhehle said the dam was late.", "Teboho Mokhehle"),
        ("Minister of Fisheries Jógvan í Lon said quotas would fall.", "Jógvan í Lon"),
    ],
)
def test_honorifics_and_particles_of_other_countries(sentence: str, person: str) -> None:
    assert [p.name for p in newsstruct.parse(LEAD + sentence).people] == [person]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Ministry of Agriculture, Sea and Food said inspectors would be present.",
            "Ministry of Agriculture, Sea and Food",
        ),
        (
            "The Ministry of Trade, Industry and Tourism said exports rose.",
            "Ministry of Trade, Industry and Tourism",
        ),
    ],
)
def test_a_ministry_with_a_list_of_portfolios_is_one_body(sentence: str, body: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert article.people == ()
    assert [s for _, s in _statements(LEAD + sentence)] == [body]


def test_a_list_of_portfolios_after_according_to_is_no_content() -> None:
    text = (
        LEAD
        + "According to the Ministry of Trade, Industry and Tourism, exports rose by 8 percent."
    )
    assert [c for c, _ in _statements(text)] == ["exports rose by 8 percent"]


# A second cold review (helper-55): near misses of the later rules.


def test_a_guessed_pronoun_teaches_no_sex() -> None:
    text = LEAD + (
        "Robin Hale, 34, was arrested on Monday. A police spokesman said the inquiry went on. "
        "“We are appealing for witnesses,” he said.\n\n"
        "Hale was released on bail. “I did nothing wrong,” she said outside the court."
    )
    quotes = newsstruct.parse(text).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Robin Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        "The injury ruled him out and the club was furious.",
        "The party ruled Tarn for decades until voters rejected it in 2010.",
    ],
)
def test_ruled_in_the_sense_of_governed_makes_no_statement(sentence: str) -> None:
    assert _statements(LEAD + sentence) == []


def test_a_person_named_right_after_a_foreign_body_word_stays_a_person() -> None:
    text = LEAD + "In a letter to the Prefeitura Maria Souza wrote that the school was unsafe."
    assert [p.name for p in newsstruct.parse(text).people] == ["Maria Souza"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union would not say whether it supported the strike.",
        "Villagers believe the new dam has weakened the hills, although the company has denied this.",
    ],
)
def test_a_question_left_unsaid_and_a_concession_make_no_statement(sentence: str) -> None:
    assert _statements(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "person", "follow_up"),
    [
        (
            "Housing Minister Pau Serra i Vilaró said rents would fall.",
            "Pau Serra i Vilaró",
            "Serra",
        ),
        ("Rui Tavares da Costa said the port was full.", "Rui Tavares da Costa", "Tavares"),
    ],
)
def test_the_first_of_two_joined_surnames_names_the_person(
    sentence: str, person: str, follow_up: str
) -> None:
    text = LEAD + sentence + f" “We wait,” {follow_up} said."
    article = newsstruct.parse(text)
    assert [p.name for p in article.people] == [person]
    assert article.quotes[0].speaker is article.people[0]


def test_a_company_named_by_a_plural_trade_word_is_a_body() -> None:
    text = LEAD + "Hebrides Ferries said the sailing was cancelled."
    assert newsstruct.parse(text).people == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "“The party is split,” said Latino Decisions researcher Sylvia Manzano.",
        "Harbour Rock analyst Sylvia Manzano said the party was split.",
    ],
)
def test_a_body_a_role_and_a_name_make_one_person_and_no_false_one(sentence: str) -> None:
    article = newsstruct.parse(LEAD + sentence)
    assert [p.name for p in article.people] == ["Sylvia Manzano"]
    speakers = [q.speaker for q in article.quotes] + [r.speaker for r in article.reported]
    assert [s.name for s in speakers if s is not None] == ["Sylvia Manzano"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Tereza, the French group that runs both mills, said the plant would close.", "Tereza"),
        (
            "The Harbour Agency, the body that oversees the port, said the plant would close.",
            "Harbour Agency",
        ),
    ],
)
def test_a_relative_that_inside_an_appositive_is_no_subject(sentence: str, body: str) -> None:
    assert [s for _, s in _statements(LEAD + sentence)] == [body]


def test_a_title_with_a_list_of_portfolios_set_off_before_a_name_is_the_persons() -> None:
    text = LEAD + (
        "The Minister for Health and Medical Services, Tiare Kautu, said the clinic would open. "
        "“We are ready,” the minister said."
    )
    article = newsstruct.parse(text)
    [person] = article.people
    assert [t.text for t in person.titles] == ["Minister for Health and Medical Services"]
    assert article.quotes[0].speaker is person


def test_a_company_after_for_is_no_portfolio() -> None:
    text = LEAD + "The former Chief Marketing Officer for Jenny Craig, Leesa Eich, spoke to Ad Age."
    assert all("Jenny Craig" not in t.text for p in newsstruct.parse(text).people for t in p.titles)
