"""Reported speech and gender: misreadings found while building the report and the view.

Each is a strict xfail (``reported``, ``speakers`` and ``people`` are the lead's to
change): when a fix makes one pass, the suite says so, and the marker goes.  The
texts are the shapes of the bundled examples, cut down.
"""

from __future__ import annotations

import itertools

import pytest

import newsstruct


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.text, None if r.speaker is None else r.speaker.name)
        for r in newsstruct.parse(text).reported
    ]


MIXED_THEN_HE = (
    "Plan approved\n\nCouncillor James Whitfield said the city had “rushed a decision.” "
    "He told reporters the barrier would raise taxes.\n"
)


def test_a_sentence_ending_inside_a_mixed_quote_ends_the_statement() -> None:
    text, speaker = _reported(MIXED_THEN_HE)[0]
    assert text.startswith("the city had “rushed a decision.") and speaker == "James Whitfield"
    assert "He told" not in text
    spans = [(r.start, r.end) for r in newsstruct.parse(MIXED_THEN_HE).reported]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # none overlap


def test_he_after_a_mixed_quote_is_the_speaker_before() -> None:
    assert ("the barrier would raise taxes", "James Whitfield") in _reported(MIXED_THEN_HE)


def test_a_trailing_cue_after_an_appositive_source() -> None:
    text = (
        "Plan approved\n\nThe council met on Monday.\n\nWork on the northern section will start "
        "on September 3, the city engineer, Priya Raman, told the council.\n"
    )
    assert _reported(text) == [
        ("Work on the northern section will start on September 3", "Priya Raman")
    ]


def test_he_after_a_titled_subject_is_that_subject() -> None:
    text = (
        "Plan approved\n\nSuperintendent Marcus Hale said the closures would save money.\n\n"
        "Board member Thomas Egan said the district had not done the work. "
        "He said a new traffic study was needed. “We need it now,” he said.\n"
    )
    article = newsstruct.parse(text)
    assert [s.speaker.name if s.speaker else None for s in article.statements[2:]] == [
        "Thomas Egan",
        "Thomas Egan",
    ]
    hale = next(p for p in article.people if p.name == "Marcus Hale")
    assert (hale.gender, hale.gender_evidence) == (None, ())


def test_a_pronoun_skips_a_person_the_text_gives_the_other_gender() -> None:
    text = (
        "Reef study\n\nThe survey began in March. Her father, Dr Anton Brekke, taught "
        "marine biology for 30 years.\n\n“He is probably the reason I do this,” she said.\n"
    )
    article = newsstruct.parse(text)
    brekke = next(p for p in article.people if p.name == "Anton Brekke")
    assert brekke.gender == "male" and [e.text for e in brekke.gender_evidence] == ["father"]
    assert article.quotes[0].speaker is None  # "she" is not her father


def test_a_trailing_cue_after_a_quote_keeps_the_quote_whole() -> None:
    text = (
        "Plan approved\n\nThe council met on Monday.\n\nWith thousands of vote counting "
        "systems, “there is no single point of failure,” Jo Bell said.\n"
    )
    article = newsstruct.parse(text)
    (quote,) = article.quotes
    for said in article.reported:
        crossing = said.start < quote.start < said.end < quote.end
        assert not crossing, (said.text, quote.text)
        assert said.end <= quote.start or said.quotes == (0,)


# --- found by a cold review of the session's changes (each was wrong output) --------


@pytest.mark.parametrize(("body", "speaker"), [
    ("When the storm hit, Mayor Jo Bell stayed in the city and said the warnings came late.", "Jo Bell"),
    ("After prices rose, Finance Minister Ann Lee resigned and said the budget was wrong.", "Ann Lee"),
    ("Mayor Jo Bell, whose office was raided, resigned and said she was innocent.", "Jo Bell"),
])  # fmt: skip
def test_a_second_verb_takes_the_subject_of_the_main_clause(body: str, speaker: str) -> None:
    assert _reported(f"Harbour talks\n\n{body}\n")[-1][1] == speaker


def test_she_finds_a_woman_the_text_calls_chairman() -> None:
    text = (
        "Plant news\n\nCompany chairman Mary Barra spoke at the plant on Monday. "
        "She said the company would hire 500 workers.\n"
    )
    assert _reported(text) == [("the company would hire 500 workers", "Mary Barra")]


@pytest.mark.parametrize("label", ["PHOTOS", "WASHINGTON", "FINAL SCORE"])
def test_a_label_that_names_no_one_makes_no_transcript(label: str) -> None:
    text = (
        "Storm hits the coast\n\nThe storm hit the coast on Monday and the city council met.\n\n"
        f"{label}: The storm hit the coast.\n\n{label}: Damage in the city was worse than expected.\n"
    )
    assert newsstruct.parse(text).quotes == ()


@pytest.mark.parametrize(("body", "expected"), [
    ("The talks have stalled, two officials who asked not to be identified said.", [("The talks have stalled", "officials")]),
    ("The talks have stalled, according to two officials who asked not to be named.", [("The talks have stalled", "officials")]),
    ("Reporters asked the man who lives next door about the fire.", []),
    ("He asked why.", []),
    ("The mayor warned the council to no avail.", []),
    ("The minister told parliament to cheers from the benches that the deal was done.", [("the deal was done", None)]),
    ("It's a claim that the mayor denies.", []),
    ("Jo Smith's warning that the bridge would collapse was ignored.", [("the bridge would collapse", "Jo Smith")]),
    ("She said on Friday, with obvious anger, that the plan was dead.", [("the plan was dead", None)]),
])  # fmt: skip
def test_review_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Weather Bureau said the rain would ease, but warned that rivers would stay high.",
     [("the rain would ease", "Weather Bureau"), ("rivers would stay high", "Weather Bureau")]),
    ("Asked about rumours of a takeover, Mr Oyelaran declined to comment.", []),
    ("Prosecutors had asked for a sentence of 18 months.", []),
    ("The company did not say how long the mine would be closed.", []),
    ("A clerk who admitted to stealing more than $310,000 from Millbrook was sentenced.", []),
    ("Nurse Wambui Otieno said the ward, which has 24 beds, was admitting 30 patients a day.",
     [("the ward, which has 24 beds, was admitting 30 patients a day", "Wambui Otieno")]),
    ("A spokesperson for the ministry said Wednesday that the request was under review and "
     "declined to comment further.", [("the request was under review", "ministry")]),
    ("Nurse Wambui Otieno said about 15,000 babies were born every year.",
     [("about 15,000 babies were born every year", "Wambui Otieno")]),
    ("Net profit rose to $18.6 million, the company said in a filing on Wednesday.",
     [("Net profit rose to $18.6 million", "company")]),
    ("Chief executive Ana Oduya said sales rose sharply. Chief financial officer Serena Waweru "
     "said costs fell sharply. She said margins were still low.",
     [("sales rose sharply", "Ana Oduya"), ("costs fell sharply", "Serena Waweru"),
      ("margins were still low", "Serena Waweru")]),
    ("Dr Halima Korir said six people had died. Red Cross coordinator Abdi Gedi said teams "
     "were there. He said the rains would make it worse.",
     [("six people had died", "Halima Korir"), ("teams were there", "Abdi Gedi"),
      ("the rains would make it worse", "Abdi Gedi")]),
    ("According to a Treasury source, the chancellor has privately offered to delay the change.",
     [("the chancellor has privately offered to delay the change", "Treasury source")]),
    ("According to the food agency, famine conditions have been confirmed in 14 areas.",
     [("famine conditions have been confirmed in 14 areas", "food agency")]),
])  # fmt: skip
def test_new_user_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    """A tester's articles of its own (Scottish, Singaporean, Kenyan, US court news)."""
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Prices will fall, the union said to reporters.", [("Prices will fall", "union")]),
    ("Before the vote, Senator Ama Mensah said the plan would cut taxes, raise wages and fund schools.",
     [("the plan would cut taxes, raise wages and fund schools", "Ama Mensah")]),
    ("When Mayor Ilse Brandt said 12,000 homes would get power by Friday, residents cheered.",
     [("12,000 homes would get power by Friday", "Ilse Brandt")]),
    ("Mayor Ilse Brandt said this was the last time that she would run.",
     [("this was the last time that she would run", "Ilse Brandt")]),
    ("Health officials said the vaccine was safe but claims of side effects persisted.",
     [("the vaccine was safe but claims of side effects persisted", "Health officials")]),
    ("Coach Pia Lund said her striker was fit and would not miss the final.",
     [("her striker was fit and would not miss the final", "Pia Lund")]),
    ("The ministry reported the deaths of two hikers this week.", []),
    ("Election pledges to build homes have gone unmet in Ontario.", []),
    ("Mayor Ines Carvalho promised to voters that the pool would reopen.",
     [("the pool would reopen", "Ines Carvalho")]),
    ("Most reported cases in Lima were mild.", []),
    ("Officials did not immediately say why the plant closed.", []),
    ("Nnamdi Okoro called for 20 minutes to get through to the hotline.", []),
    ("The Met Office said the rain would ease, but warned that rivers would stay high.",
     [("the rain would ease", "Met Office"), ("rivers would stay high", "Met Office")]),
])  # fmt: skip
def test_cold_review_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    """A reviewer's probes of this release's rules, each a near-miss of one of them."""
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


def test_a_participle_after_a_quote_with_a_name_in_it_is_the_cues() -> None:
    text = (
        "Harbour talks resume\n\nSenator Ruth Mbeki spoke. “Ruth Mbeki saved the party,” "
        "Dan Jacobs said, adding that turnout rose.\n"
    )
    assert ("turnout rose", "Dan Jacobs") in _reported(text)


def test_a_pronoun_before_a_participle_names_no_body() -> None:
    text = "Harbour talks resume\n\nThey called the verdict “a betrayal,” saying the judge was biased.\n"
    assert _reported(text) == [("the judge was biased", None)]
    assert newsstruct.parse(text).organizations == ()


def test_an_inverted_cue_with_the_before_a_participle() -> None:
    text = (
        "Port news\n\nThe port will reopen, said the authority in Accra, adding that ships "
        "were waiting.\n"
    )
    last = newsstruct.parse(text).reported[-1]
    assert last.text == "ships were waiting"
    assert last.source is not None and last.source.text == "the authority"


def test_a_person_named_before_an_aside_in_dashes() -> None:
    text = "Levee news\n\nNgozi Eze — a farmer from Enugu — said the levee failed.\n"
    article = newsstruct.parse(text)
    assert [p.name for p in article.people] == ["Ngozi Eze"]
    assert article.organizations == ()


def test_a_participle_keeps_an_unnamed_subject_as_its_source() -> None:
    text = (
        "Port news\n\nThe departments declined to provide any documents, saying they "
        "cannot discuss the case.\n"
    )
    (statement,) = newsstruct.parse(text).reported
    assert statement.speaker is None
    assert statement.source is not None and statement.source.text == "The departments"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to early counts of ballots gathered for the Daily Ledger by Orvane "
            "Analytics, turnout fell in Welby.",
            "early counts of ballots gathered for the Daily Ledger by Orvane Analytics",
        ),
        (
            "Turnout fell in Welby, according to the tallies of volunteers at the Kessock "
            "polling stations.",
            "the tallies of volunteers at the Kessock polling stations",
        ),
        (
            "Turnout fell in Welby, according to tallies kept by volunteers on Tuesday.",
            "tallies kept by volunteers",
        ),
    ],
)
def test_according_to_a_long_unnamed_phrase_is_the_whole_source(sentence: str, source: str) -> None:
    (statement,) = newsstruct.parse("Welby vote\n\n" + sentence + "\n").reported
    assert statement.text in ("turnout fell in Welby", "Turnout fell in Welby")
    assert statement.speaker is None
    assert statement.source is not None and statement.source.text == source


def test_according_to_an_organisation_keeps_it_as_the_speaker() -> None:
    text = "Port news\n\nThe port will reopen on Monday, according to the Kessock Harbour Board.\n"
    (statement,) = newsstruct.parse(text).reported
    assert statement.speaker is not None and statement.speaker.name == "Kessock Harbour Board"
    text = "Port news\n\nThe port will reopen, according to Kessock Harbour Board records.\n"
    (statement,) = newsstruct.parse(text).reported
    assert statement.speaker is not None and statement.speaker.name == "Kessock Harbour Board"
    text = "Port news\n\nFares are too high, the average commuter said.\n"
    assert newsstruct.parse(text).organizations == ()  # a record word is no body


@pytest.mark.parametrize(
    "second",
    [
        "Malaria has many causes, he said.",
        "Staffing had also been cut, he said.",
        "Prices would fall, he said.",
    ],
)
def test_a_clause_first_content_opening_with_a_noun_keeps_its_pronoun_speaker(second: str) -> None:
    text = f"Clinic news\n\nDr Obinna Eze said the ward was full. {second}\n"
    assert [speaker for _, speaker in _reported(text)] == ["Obinna Eze", "Obinna Eze"]


def test_a_name_opening_the_sentence_before_still_stops_he() -> None:
    text = "Clinic news\n\nDr Obinna Eze spoke. Tamberlo disagreed. The ward is full, he said.\n"
    assert _reported(text)[-1] == ("The ward is full", None)


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("At the depot, bus driver Kofi Mensah said he had slept in his cab.", "Kofi Mensah"),
        (
            "Patient advocate Kofi Mensah, whose father waited all night, said staff were tired.",
            "Kofi Mensah",
        ),
    ],
)
def test_he_after_a_person_introduced_by_a_descriptor_and_a_cue(second: str, speaker: str) -> None:
    text = (
        "Depot news\n\nIts spokesman, Mr. Emeka Obi, said there was no cause for alarm.\n\n"
        f"{second}\n\n“I have not worked since Friday,” he said.\n"
    )
    quote = newsstruct.parse(text).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_name_ending_a_longer_capitalised_name_is_no_subject() -> None:
    text = (
        "Debate news\n\nRoy Tanaka spoke first. The Council on Civic Debates announced a delay. "
        "“It was a hell of a problem,” he said.\n"
    )
    quote = newsstruct.parse(text).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == "Roy Tanaka"


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspector Aled Pryce-Morgan of Dyfed and Powys Police said the road was shut.",
        "Dr Aled Pryce-Morgan of the University of Wales, Lampeter, said the road was shut.",
        "Aled Pryce-Morgan of Bank of Tonga said the road was shut.",
    ],
)
def test_a_person_of_a_body_named_with_and_or_a_place_speaks(sentence: str) -> None:
    text = f"Road news\n\n{sentence}\n"
    assert _reported(text) == [("the road was shut", "Aled Pryce-Morgan")]
    assert newsstruct.parse(text).organizations == ()


def test_a_subject_after_an_opening_place_is_no_place() -> None:
    assert _reported("Road news\n\nIn Lampeter, Pryce said the road was shut.\n") == [
        ("the road was shut", "Pryce")
    ]


def test_a_cue_clause_before_according_to_keeps_one_statement() -> None:
    text = (
        "Budget news\n\nMerging the two depots would save about $350,000, he said, according "
        "to an estimate by the county treasurer.\n"
    )
    assert [t for t, _ in _reported(text)] == ["Merging the two depots would save about $350,000"]


def test_submitted_that_reports_counsel() -> None:
    text = (
        "Court news\n\nFor the residents, senior advocate Maria Kurian submitted that the "
        "families had lived there for decades.\n"
    )
    assert _reported(text) == [("the families had lived there for decades", "Maria Kurian")]
    assert _reported("Court news\n\nThe firm submitted plans to the council.\n") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Renters seldom complained, she told The Kessock Herald, because they feared eviction.",
            "Renters seldom complained",
        ),
        (
            "Talks will resume in May, two negotiators told Reuters on Monday, ending a long freeze.",
            "Talks will resume in May",
        ),
        (
            "The first round is due this month, said the sources, who asked not to be named.",
            "The first round is due this month",
        ),
    ],
)
def test_a_trailing_cue_clause_closed_by_a_comma(sentence: str, content: str) -> None:
    assert [t for t, _ in _reported(f"Talks news\n\n{sentence}\n")] == [content]


def test_a_verb_phrase_closed_by_a_comma_is_no_trailing_cue() -> None:
    text = "Talks news\n\nHe also hosts a talk show, writes a weekly column, and teaches.\n"
    assert _reported(text) == []


def test_a_clause_after_and_past_a_parenthetical_cue_is_its_own_piece() -> None:
    text = (
        "Ward news\n\nDr Lindiwe Moyo said the ward was full. Surgery had been postponed, she "
        "said, and the extra beds would open in May.\n"
    )
    assert _reported(text)[1:] == [
        ("Surgery had been postponed", "Lindiwe Moyo"),
        ("and the extra beds would open in May", "Lindiwe Moyo"),
    ]
    text = "Ward news\n\nThe wall would stop smugglers, she said, but also drugs.\n"
    assert [t for t, _ in _reported(text)] == ["The wall would stop smugglers"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Department of Fisheries and Marine Resources said stocks were rising.",
            "Department of Fisheries and Marine Resources",
        ),
        (
            "The Centers for Crop Science and Soil Health said yields were rising.",
            "Centers for Crop Science and Soil Health",
        ),
        (
            "The Institute of Surveyors and Valuers and Kessock Water said costs were rising.",
            "Institute of Surveyors and Valuers",
        ),
    ],
)
def test_a_body_named_with_and_after_of_speaks_whole(sentence: str, body: str) -> None:
    assert [s for _, s in _reported(f"Stock news\n\n{sentence}\n")] == [body]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspector Ama Boateng said medics, firefighters and soldiers took part in the rescue.",
        "Inspector Ama Boateng said staff from the Kessock Trust, the Harbour Board and the "
        "coastguard took part in the rescue.",
    ],
)
def test_a_zero_that_content_with_a_listed_subject(sentence: str) -> None:
    ((content, speaker),) = _reported(f"Rescue news\n\n{sentence}\n")
    assert content.endswith("took part in the rescue") and speaker == "Ama Boateng"


def test_a_list_with_a_verb_in_an_item_is_no_listed_subject() -> None:
    text = "Rescue news\n\nThey declared a truce, rebels removed the mayor, and the army left.\n"
    assert _reported(text) == []


def test_he_after_a_person_with_a_participle_appositive() -> None:
    text = (
        "Match news\n\nRory Kane said the match was tense. Dmitri Orlov, commentating for "
        "Kessock Radio, said the crowd was loud. “It was electric,” he said.\n"
    )
    quote = newsstruct.parse(text).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == "Dmitri Orlov"


@pytest.mark.parametrize(
    ("text", "people", "organizations"),
    [
        # review findings: near misses of this release's rules
        ("In March Okafor said the deal was dead.", ["Okafor"], []),
        ("In Nairobi Okafor said the deal was dead.", ["Okafor"], []),
        ("Veltrane, the operator of the pipeline, said the leak was small.", [], ["Veltrane"]),
        ("Fares are too high, the average commuter said.", [], []),
        ("Banks in the region said lending would slow.", [], []),
        ("Hapag Vantara of Germany said sales would recover.", [], []),
    ],
)
def test_near_misses_of_the_new_people_rules(
    text: str, people: list[str], organizations: list[str]
) -> None:
    article = newsstruct.parse(f"Market news\n\n{text}\n")
    assert [p.name for p in article.people] == people
    assert [o.name for o in article.organizations] == organizations


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        (
            "Neither defendant testified, according to court records.",
            ["Neither defendant testified"],
        ),
        (
            "Engineers had warned for years, Imelda Sorensen told reporters, that the dam could "
            "fail.",
            ["the dam could fail"],
        ),
        ("Talks failed, she told The Kessock Herald, because no one came.", ["Talks failed"]),
        (
            "The levy will rise, Imelda Sorensen said, and then she walked out.",
            ["The levy will rise"],
        ),
    ],
)
def test_near_misses_of_the_new_statement_rules(sentence: str, contents: list[str]) -> None:
    assert [t for t, _ in _reported(f"Levy news\n\n{sentence}\n")] == contents


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ministry of Fisheries said stocks fell. The ministry said boats were idle.",
            "Ministry of Fisheries",
        ),
        (
            "The Kessock District Council voted. The council said rents would rise.",
            "Kessock District Council",
        ),
        ("Officials met. The council said rents would rise.", "council"),
    ],
)
def test_the_body_noun_refers_back_to_the_body_named_with_it(text: str, speaker: str) -> None:
    assert _reported(f"Council news\n\n{text}\n")[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Justice Asha Menon observed that the aims were compatible. “Nobody disputes it,” the "
            "judge remarked.",
            "Asha Menon",
        ),
        (
            "Professor Tiago Serra said the data was thin. “We need more,” the professor said.",
            "Tiago Serra",
        ),
    ],
)
def test_a_descriptor_refers_back_to_a_related_title(text: str, speaker: str) -> None:
    quote = newsstruct.parse(f"Court news\n\n{text}\n").quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_according_to_after_a_quote_that_holds_the_comma() -> None:
    text = (
        "Harbour news\n\nPort officials have aimed to “cut queues by half,” according to a "
        "harbour board review published in May.\n"
    )
    (statement,) = newsstruct.parse(text).reported
    assert statement.text == "Port officials have aimed to “cut queues by half,”"
    assert statement.rule == "according-to"


def test_continued_is_a_cue_only_after_a_quote_or_before_that() -> None:
    text = (
        "Strait news\n\nThe ministry dismissed the remarks and continued its policy of silence "
        "as to whether the navy would act.\n"
    )
    assert _reported(text) == []
    text = "Strait news\n\nThe admiral continued that the navy would act.\n"
    assert [t for t, _ in _reported(text)] == ["the navy would act"]


def test_the_country_refers_back_to_the_country_named() -> None:
    text = (
        "Strait news\n\nKenya grew bolder in the talks. The country has also insisted that it "
        "holds the island.\n"
    )
    assert _reported(text) == [("it holds the island", "Kenya")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "As per the police, three people were hurt in the blast.",
            "three people were hurt in the blast",
            "police",
        ),
        (
            "Three people were hurt, as per the district hospital.",
            "Three people were hurt",
            "district hospital",
        ),
        (
            "Three people were hurt, as reported by Kessock Radio on Monday, but the road is open.",
            "Three people were hurt",
            "Kessock Radio",
        ),
    ],
)
def test_as_per_and_as_reported_by_name_their_source(
    sentence: str, content: str, speaker: str
) -> None:
    assert _reported(f"Blast news\n\n{sentence}\n") == [(content, speaker)]


def test_a_quote_and_according_to_give_no_reported_statement() -> None:
    assert _reported("Blast news\n\n“We are ready,” according to the statement.\n") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Sanitation was the main worry, he told a press conference in Kessock.",
            "Sanitation was the main worry",
        ),
        (
            "Mette Holm said delays at Kessock, the region's busiest port, would last for weeks.",
            "delays at Kessock, the region's busiest port, would last for weeks",
        ),
    ],
)
def test_a_listener_tail_and_a_noun_aside_in_a_subject(sentence: str, content: str) -> None:
    assert [t for t, _ in _reported(f"Port news\n\n{sentence}\n")] == [content]


def test_a_phrase_of_place_is_no_speaker() -> None:
    text = "Ash news\n\nAt a shelter in a school in Kessock the farmers said the ash fell.\n"
    assert newsstruct.parse(text).organizations == ()


@pytest.mark.parametrize(("body", "expected"), [
    ("Rates will rise, Lucia Ferro said, adding that wages would lag.",
     [("Rates will rise", "Lucia Ferro"), ("wages would lag", "Lucia Ferro")]),
    ("The dam held, the agency said, noting that rain had eased.",
     [("The dam held", "agency"), ("rain had eased", "agency")]),
    ("Lucia Ferro said: nobody will pay for the repairs.",
     [("nobody will pay for the repairs", "Lucia Ferro")]),
    ("Lucia Ferro told reporters: the bridge will close in June.",
     [("the bridge will close in June", "Lucia Ferro")]),
    ("The bridge is unsafe, Lucia Ferro said: nobody should cross it.",
     [("The bridge is unsafe", "Lucia Ferro"), ("nobody should cross it", "Lucia Ferro")]),
    ("The reason, Lucia Ferro said: money.", []),
    ("Lucia Ferro said the score was 2:1 at the break.",
     [("the score was 2:1 at the break", "Lucia Ferro")]),
    ("Lucia Ferro told reporters at 10:30 a.m. that the bridge would close.",
     [("the bridge would close", "Lucia Ferro")]),
])  # fmt: skip
def test_a_colon_or_a_participle_after_the_cue(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    """``X, she said, adding that Y`` keeps X; an unquoted clause after ``said:`` (or
    ``told reporters:``) is the content; a colon or dot inside a time or score is none."""
    assert _reported(f"Bridge repairs delayed again\n\n{body}\n") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Murat Karaca, chief economist at the Turkish Business Confederation, argued that costs were rising.",
     [("costs were rising", "Murat Karaca")]),
    ("Chief Roland Deschambeault of the Cree Nation said members were leaving.",
     [("members were leaving", "Roland Deschambeault")]),
    ("Colleagues said she once spent 30 hours on deck in a storm.",
     [("she once spent 30 hours on deck in a storm", "Colleagues")]),
    ("Aid groups said the damage was larger than first reported.",
     [("the damage was larger than first reported", "Aid groups")]),
    ("Flamengo have agreed to sell the striker. The fee is 55 million euros, Flamengo said in a statement.",
     [("The fee is 55 million euros", "Flamengo")]),
    ("Employees who spoke to TechCrunch said they learned of the cuts early.",
     [("they learned of the cuts early", "Employees")]),
    ("Halina Wróblewska-Stone died on Saturday. Halina Wróblewska was born in Gdańsk. She often said she became an oceanographer by accident.",
     [("she became an oceanographer by accident", "Halina Wróblewska-Stone")]),
    ("Labour leader Nazma Rahman said the fire showed that factories were still dangerous.",
     [("the fire showed that factories were still dangerous", "Nazma Rahman")]),
    ("“I was sick for five days,” Halina Stone said in that interview.", []),
    ("“That is the ghost,” said one London-based fund manager, who asked not to be named.", []),
    ("As far as my colleagues and I could tell, no one had asked the question before.", []),
    ("Dr. Grace Tan, president of Doctors Nova Scotia, said physicians were tired.",
     [("physicians were tired", "Grace Tan")]),
    ("Roads were cut, said regional governor John Paul Harris.", [("Roads were cut", "John Paul Harris")]),
    ("The cause was complications of pneumonia, her daughter, Ewa Stone-Harrington, said.",
     [("The cause was complications of pneumonia", "Ewa Stone-Harrington")]),
    ("Treasury Secretary Joseph Lagat spoke. Lagat said he expected a vote before July 1. "
     "Later, he said no decision had been made.",
     [("he expected a vote before July 1", "Joseph Lagat"), ("no decision had been made", "Joseph Lagat")]),
    ("In a video posted on the club's channels, the teenager thanked the fans.", []),
    ("Secretary Teresita Villareal-Santos spoke. Villareal-Santos said the agency had asked the "
     "air force to airlift supplies and that two flights would land on Saturday.",
     [("the agency had asked the air force to airlift supplies and that two flights would land on Saturday",
       "Teresita Villareal-Santos"),
      ("the air force to airlift supplies", "agency")]),
    ("In the statement, the ministry warned that the border would close.",
     [("the border would close", "ministry")]),
])  # fmt: skip
def test_tester31_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    """A tester's articles of its own (Turkish, Canadian, Brazilian, Polish, Bangladeshi news):
    bodies named by a head word or a plural verb, groups as sources, short name forms,
    "that" after a pointing word or a verb, and the inverted cue of a quote."""
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The ministry said three were hurt: two men and a woman.",
     [("three were hurt: two men and a woman", "ministry")]),
    ("Lucia Ferro said: without money, the plan was dead.",
     [("without money, the plan was dead", "Lucia Ferro")]),
    ("In the end the ministry warned that the border would close.",
     [("the border would close", "ministry")]),  # an opening phrase of time (session 32)
    ("Mr. Joe Biden spoke. Both Mr. Trump and Biden have said the economy is strong.",
     [("the economy is strong", "Joe Biden")]),
    ("Ms. FitzGerald said the plan would fail.", [("the plan would fail", "FitzGerald")]),
    ("Lucia Ferro said at 10:30 a.m. that the bridge would close.", [("the bridge would close", "Lucia Ferro")]),
    ("Lucia Ferro said when asked that the bridge was unsafe.", [("the bridge was unsafe", "Lucia Ferro")]),
    ("Steffen Baumgart, coach of 1. FC Köln, said the team was tired.",
     [("the team was tired", "Steffen Baumgart")]),
])  # fmt: skip
def test_cold_review_33_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    """A reviewer's probes of this session's rules: near misses that they must let be."""
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Italian Red Cross said its volunteers had handed out water.",
     [("its volunteers had handed out water", "Italian Red Cross")]),
    ("The Athletics Integrity Unit said the sample was positive.",
     [("the sample was positive", "Athletics Integrity Unit")]),
    ("Aid agencies warned that the crisis would deepen.", [("the crisis would deepen", "Aid agencies")]),
    ("Remittances rose 45% this year, the bank said, as money that had flowed abroad returned.",
     [("Remittances rose 45% this year", "bank")]),
    ("Anil Wickramanayake told reporters in Colombo the two sides had narrowed their differences.",
     [("the two sides had narrowed their differences", "Anil Wickramanayake")]),
    ("Jean-Pierre Dubois runs a bakery. Dubois said sales fell.", [("sales fell", "Jean-Pierre Dubois")]),
])  # fmt: skip
def test_tester32_findings(body: str, expected: list[tuple[str, str | None]]) -> None:
    """A tester's articles of its own (Italy, Sri Lanka, Egypt, Morocco, a doping case):
    bodies by head words, agencies as a group, a subordinate clause after a trailing cue,
    a listener's place, hyphenated given names, a two-word clause."""
    assert _reported(f"Harbour talks resume after the storm\n\n{body}\n") == expected


def test_an_unnamed_person_noun_keeps_the_cue_of_a_quote() -> None:
    """``“Q,” the coroner said.``: the quote has its cue and source, no speaker named."""
    article = newsstruct.parse(
        "Inquest hears of delays\n\n“She would have survived,” the coroner said.\n"
    )
    quote = article.quotes[0]
    assert quote.speaker is None and quote.cue is not None and quote.cue.text == "said"
    assert quote.source is not None and quote.source.text == "the coroner"
