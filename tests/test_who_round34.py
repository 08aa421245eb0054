"""Who said it, session 34: credit lines after a quote and roles written with "co-"
(general shapes written afresh here)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _quoted(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(q.text, q.speaker and q.speaker.name) for q in article.quotes]


#: Paragraphs long enough to read as an article's body around the credited quotes.
_BODY = (
    "The ferry company cut the winter timetable to two sailings a day in October, and the "
    "island's council has received more than three hundred letters about it since then.\n\n"
)
_AFTER = (
    "\n\nThe council will reply to every letter before the next meeting, a spokesman for "
    "the council said, and the company has promised to publish its figures in January."
)


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph that is a dash and a name credits the quote that ends the paragraph before
    (_BODY + "\"The ferry has not run on time once this month, and nobody tells us why.\"\n\n"
     "— Ines Varga, Portree\n\n\"We want the old timetable back before the winter.\"\n\n"
     "-Tomas Reid." + _AFTER,
     [("The ferry has not run on time once this month, and nobody tells us why.", "Ines Varga"),
      ("We want the old timetable back before the winter.", "Tomas Reid")]),
    # a lone surname credits a person named in full before
    ("Mayor Ines Varga spoke on Monday. " + _BODY
     + "\"We will not close the pier, whatever the company decides.\"\n\n- Varga." + _AFTER,
     [("We will not close the pier, whatever the company decides.", "Ines Varga")]),
    # a dash line that is a sentence is no credit
    (_BODY + "\"We will not close the pier, whatever the company decides.\"\n\n- Nobody on "
     "the council asked what it would cost to keep the pier open through the winter, or who "
     "would pay for the repairs." + _AFTER,
     [("We will not close the pier, whatever the company decides.", None)]),
])  # fmt: skip
def test_credit_lines(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize("role", ["co-host", "co-owner", "co-chair", "co-author", "cofounder"])
def test_roles_written_with_co(role: str) -> None:
    text = f"“Imagine that on the same stage,” mused Radio Kilda {role} Ailsa Brodie."
    assert _quoted(text) == [("Imagine that on the same stage,", "Ailsa Brodie")]


def _people(text: str) -> list[str]:
    return [p.name for p in newsstruct.parse(LEAD + text).people]


@pytest.mark.parametrize(("text", "expected"), [
    # a name no given-name list knows is a person's when the text treats it as one:
    # a relative clause with "who", an appositive with a person's noun ...
    ("Adelaide Omolara Nicol-Cole, who for almost three decades ran the school, died on "
     "Tuesday.", ["Adelaide Omolara Nicol-Cole"]),
    ("Taukiei Falaile, a former council member from Nanumea, questioned the spending.",
     ["Taukiei Falaile"]),
    ("Mana Lúcia, a neighbour, calls across the yard.", ["Mana Lúcia"]),
    # ... or a subject that the sentence calls his or her, or the next sentence he or she
    ("Remo Jorrioz keeps cows above Valtournenche and sells his milk to neither dairy.",
     ["Remo Jorrioz"]),
    ("By then Ermelinda Ximenes Pereira has already been picking for an hour. She moves "
     "quickly between the trees.", ["Ermelinda Ximenes Pereira"]),
    # not a place after a preposition, a body's "member of", a noun's modifier, nor a
    # subject when another name stands before the pronoun
    ("Voters in South Carolina, who vote on Saturday, are split.", []),
    ("Kenya Airways, a member of the SkyTeam alliance, cut fares.", []),
    ("The farm keeps 32 Valdostana Pezzata Rossa cows and sells their milk.", []),
    ("Nova Bank fired Ana Ruiz last week. She said she would sue.", ["Ana Ruiz"]),
])  # fmt: skip
def test_names_of_any_country_in_a_persons_context(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Inspector Tomas Reid of the Anjuna police station said a charge sheet would be filed.",
    "Inspector Tomas Reid of the local police said a charge sheet would be filed.",
    "Inspector Tomas Reid of Anjuna police, who leads the case, said a charge sheet would "
    "be filed.",
])  # fmt: skip
def test_a_titled_name_and_an_institution_after_it_speaks(text: str) -> None:
    article = newsstruct.parse(LEAD + text)
    assert [r.speaker and r.speaker.name for r in article.reported] == ["Tomas Reid"]


@pytest.mark.parametrize("text", [
    # a body, a product, an event or a place whose sentence holds someone else's pronoun
    "Rapper Kofi Mensah was arrested on Monday.\n\nApple Music removed his songs on Tuesday.",
    "Glastonbury Festival cancelled his set on Friday.",
    "Governor Ana Ruiz toured the border region on Monday.\n\nNuevo Laredo registered 12 "
    "killings last week, the highest this year. She said more troops would arrive.",
    "Le Monde published his letter on Monday. He said the reform had saved jobs.",
    "Chief executive Ana Silva resigned on Monday. Banco Atlantico expects to name her "
    "successor next month.",
    # heads a company or a team takes too, and a team's plural name
    "Colonial Pipeline, a victim of a ransomware attack, paid the ransom.",
    "Tusker Lager, the market leader in Kenya, raised its price.",
    "Golden State Warriors, who beat Boston on Sunday, travel to Denver next.",
])  # fmt: skip
def test_no_person_from_someone_elses_pronoun_or_a_bodys_appositive(text: str) -> None:
    names = _people(text)
    assert not {"Apple Music", "Glastonbury Festival", "Nuevo Laredo", "Le Monde"} & set(names)
    assert not {"Banco Atlantico", "Colonial Pipeline", "Tusker Lager"} & set(names)
    assert "Golden State Warriors" not in names


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted nickname stays out of the name and is kept apart
    ("Mayor Lorne “Buzz” Hnatyshyn said the clinic would close.",
     [("Lorne Hnatyshyn", ["Buzz"])]),
    ("Francisco Xavier “Chico” D'Mello, 81, said the land was his.",
     [("Francisco Xavier D'Mello", ["Chico"])]),
    # Portuguese "e" and elided Italian and Corsican particles join a name
    ("Maria Lourdes Rodrigues e Pereira, 74, said the family had waited four years.",
     [("Maria Lourdes Rodrigues e Pereira", [])]),
    ("Maria Ghjuvanna Colonna d'Istria, 27, said she was relieved.",
     [("Maria Ghjuvanna Colonna d'Istria", [])]),
])  # fmt: skip
def test_nicknames_and_particles(text: str, expected: list[tuple[str, list[str]]]) -> None:
    people = newsstruct.parse(LEAD + text).people
    assert [(p.name, [n.text for n in p.nicknames]) for p in people] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a credit line does not override a cue, nor is a sentence a credit
    ("Councillor Ruth Mackay said: \"We had no choice given the money we have left this "
     "year.\"\n\n— Ines Varga, Portree", "Ruth Mackay"),
    ("The council met on Tuesday to discuss the closure of the library and the pool.\n\n"
     "\"We had no choice given the money we have left this year, whatever people think.\""
     "\n\n- Ines Varga is a freelance journalist in Portree.", None),
])  # fmt: skip
def test_a_credit_line_yields_to_a_cue_and_is_no_sentence(text: str, speaker: str | None) -> None:
    article = newsstruct.parse(LEAD + _BODY + text + _AFTER)
    assert [q.speaker and q.speaker.name for q in article.quotes] == [speaker]


def test_relatives_of_a_named_person_speak_not_the_person() -> None:
    text = "Relatives of Ana Ruiz at the hospital said she was in a stable condition."
    article = newsstruct.parse(LEAD + text)
    assert [r.speaker and r.speaker.name for r in article.reported] != ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "expected"), [
    # "The" and a government office with a portfolio, then the name after a comma
    ("The Minister for Land Revenue, Kezhangulie Meru, said the bill was fair.",
     [("Kezhangulie Meru", ["Minister for Land Revenue"], True)]),
    ("The Minister of Basic and Senior Secondary Education, Dr Fatmata Sombo Koroma, said "
     "schools would reopen.",
     [("Fatmata Sombo Koroma", ["Minister of Basic and Senior Secondary Education"], True)]),
    # a company's director keeps no office
    ("The Director of Marketing, Anna Bell, said sales rose.", [("Anna Bell", [], False)]),
])  # fmt: skip
def test_the_and_an_office_before_a_comma_and_a_name(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    people = newsstruct.parse(LEAD + text).people
    assert [(p.name, [t.text for t in p.titles], p.is_official) for p in people] == expected


def test_an_acronym_the_text_defines_speaks_as_its_body() -> None:
    text = (
        "The Saskatchewan Health Authority (SHA) closed the ward on Friday. In a statement, "
        "the SHA said it was recruiting nurses. The Kindersley Nurses Union (KNU) objected, "
        "and the KNU said the plan had failed."
    )
    article = newsstruct.parse(LEAD + text)
    assert [r.speaker and r.speaker.name for r in article.reported] == [
        "Saskatchewan Health Authority",
        "Kindersley Nurses Union",
    ]
    assert [[m.text for m in o.mentions] for o in article.organizations] == [["SHA"], ["KNU"]]


@pytest.mark.parametrize(("text", "speaker"), [
    # "the statement" speaks for whoever issued it, when the text says so
    ("The ministry issued a statement on Friday. The statement said the talks would resume.",
     "ministry"),
    ("Kelso Freight filed a complaint on Monday. The complaint said a rival had copied its "
     "design.", "Kelso Freight"),
    ("In a statement, Mayor Ines Varga said the pier would stay open. The statement added "
     "that repairs would start in May.", "Ines Varga"),
    # a document no one is said to have issued, or one named with "a", speaks itself
    ("The report said the dam was safe.", "report"),
    ("A statement from NATO said the drills would continue.", "NATO"),
])  # fmt: skip
def test_a_document_speaks_for_its_issuer(text: str, speaker: str) -> None:
    article = newsstruct.parse(LEAD + text)
    assert [r.speaker and r.speaker.name for r in article.reported][-1] == speaker


@pytest.mark.parametrize("middle", [
    "According to Daulet Kenzhebayev, an energy analyst in Almaty, the boilers are old.",
    "That claim was disputed by Daulet Kenzhebayev, an energy analyst in Almaty.",
])  # fmt: skip
def test_a_source_after_according_to_or_by_is_the_next_he(middle: str) -> None:
    text = (
        "Energy Minister Aigerim Bekova said the plant would stay open.\n\n"
        f"{middle} He said fewer than half the houses had meters."
    )
    article = newsstruct.parse(LEAD + text)
    assert [r.speaker and r.speaker.name for r in article.reported][-1] == "Daulet Kenzhebayev"
