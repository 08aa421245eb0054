"""People: names of many cultures confirmed by context, clustering, titles, speed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from growth import LINEAR_GROWTH, growth_ratio
from newsstruct.model import Person, Span
from newsstruct.people import find_people
from newsstruct.people.name_words import RELEVANT_LOWER
from strategies import OfficialSentence, any_text, official_sentences


def _regions(text: str) -> tuple[Span, ...]:
    """Every blank-line-separated block of ``text`` as a content region."""
    out, start = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append(Span.of(text, start, start + len(block)))
        start += len(block) + 2
    return tuple(out)


def people_of(text: str) -> tuple[Person, ...]:
    return find_people(text, _regions(text))


def names_of(text: str) -> list[str]:
    return [p.name for p in people_of(text)]


def _check_invariants(text: str, people: tuple[Person, ...]) -> None:
    for i, person in enumerate(people, 1):
        assert person.id == f"p{i}"
        assert person.mentions, "a person is mentioned at least once"
        for span in (*person.mentions, *person.titles):
            assert text[span.start : span.end] == span.text
    firsts = [p.mentions[0].start for p in people]
    assert firsts == sorted(firsts), "ids in order of first mention"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secretary of State Antony Blinken met reporters.", ["Antony Blinken"]),
        ("Chinese leader Xi Jinping spoke first.", ["Xi Jinping"]),
        ("He met Foreign Minister Wang Yi in Rome.", ["Wang Yi"]),
        ("Blinken made the remarks to CNN's Kylie Atwood on Friday.", ["Kylie Atwood"]),
        ("However, CBS News’ Eena Ruffini wrote on Twitter.", ["Eena Ruffini"]),
        ("The case was filed by Lauren del Valle last week.", ["Lauren del Valle"]),
        ("Mayor Ximena Torres-Guillén opened the bridge.", ["Ximena Torres-Guillén"]),
        ("Sen. Siobhan O'Mahony voted no.", ["Siobhan O'Mahony"]),
        ("Rep. Gwen Moore (D-Wis.) said Friday it was over.", ["Gwen Moore"]),
        ("“We won,” said Oluwaseun Adeyemi, who chairs the board.", ["Oluwaseun Adeyemi"]),
        ("Martin Luther Jones Jr. spoke at the rally.", ["Martin Luther Jones Jr."]),
        # a given name inside a whole name: after an honorific, or after an initial
        ("Mr Yakub Hassan Dahir said the road was shut.", ["Yakub Hassan Dahir"]),
        ("L. Douglas Wilder said the road was shut.", ["L. Douglas Wilder"]),
        ("Harbour Board Chair Helen Purcell said the road was shut.", ["Helen Purcell"]),
        # British police ranks without points, Malaysian honorifics
        ("Ch Supt Graeme Lennox-Tait urged people not to travel.", ["Graeme Lennox-Tait"]),
        ("Det Insp Mhairi Dunbar said the inquiry was open.", ["Mhairi Dunbar"]),
        (
            "Minister Datuk Seri Rosli Harun Tajuddin said fares would rise.",
            ["Rosli Harun Tajuddin"],
        ),
        ("Union chief executive S. Thanabalan said fares would rise.", ["S. Thanabalan"]),
        ("The party's candidate Zubair Ahmed Lashari won.", ["Zubair Ahmed Lashari"]),
        # a Hokkien family name first: the family name alone refers back to the person
        ("Chief executive Goh Kai Xiang spoke. “We are happy,” Mr Goh said.", ["Goh Kai Xiang"]),
    ],
)
def test_names_confirmed_by_context(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since the talks began in March, officials have met in Hong Kong and New York.",
        "However, the South China Sea remains contested by Beijing and Washington.",
        "The State Department and the White House declined to comment on Thursday.",
        "Microsoft Exchange servers were breached by the group.",
        "The Chinese Foreign Ministry stated its position.",
        "A Miami-based Florida strategist said it was over.",
        "The Affordable Care Act and the Rose Bowl said nothing.",
    ],
)
def test_not_people(text: str) -> None:
    assert names_of(text) == []


def test_title_case_headline_only_names_people_found_elsewhere() -> None:
    text = (
        "Icy Talks Between Biden Secretary of State and Chinese Officials Melt Down\n\n"
        "President Joe Biden spoke. Later Biden left."
    )
    people = people_of(text)
    assert [p.name for p in people] == ["Joe Biden"]
    assert [m.text for m in people[0].mentions] == ["Biden", "Joe Biden", "Biden"]


def test_clustering_surname_possessive_and_spelling_variant() -> None:
    text = (
        "Anthony Blinken said his actions were wrong.\n\n"
        "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.\n\n"
        "Blinken’s visit was the second meeting between Blinken and Wang."
    )
    people = people_of(text)
    _check_invariants(text, people)
    assert [p.name for p in people] == ["Anthony Blinken", "Wang Yi"]
    blinken, wang = people
    assert len(blinken.mentions) == 4 and len(wang.mentions) == 2
    assert [t.text for t in blinken.titles] == ["Secretary of State"]
    assert blinken.country == "United States" and wang.country == "China"


def test_given_name_used_as_surname_east_asian_order() -> None:
    text = "Yang Jiechi, a top official, replied. Jiechi said it was over. Yang left."
    (yang,) = people_of(text)
    assert yang.name == "Yang Jiechi" and len(yang.mentions) == 3
    assert [t.text for t in yang.titles] == ["top official"]


def test_journalists_are_people_not_officials() -> None:
    text = "Blinken spoke to CNN's Kylie Atwood. Secretary of State Antony Blinken left."
    by_name = {p.name: p for p in people_of(text)}
    atwood, blinken = by_name["Kylie Atwood"], by_name["Antony Blinken"]
    assert (atwood.name, atwood.organization, atwood.is_official) == ("Kylie Atwood", "CNN", False)
    assert blinken.is_official


def test_same_surname_different_people() -> None:
    text = (
        "Foreign Minister Wang Yi met Minister of Public Security Wang Xiaohong.\n\n"
        "Later Wang Yi left."
    )
    assert names_of(text) == ["Wang Yi", "Wang Xiaohong"]


@given(official_sentences())
def test_generated_officials_found_with_titles(case: OfficialSentence) -> None:
    people = people_of(case.text)
    _check_invariants(case.text, people)
    found = [p for p in people if p.name == case.name]
    assert found, f"{case.name!r} not found in {case.text!r}: {[p.name for p in people]}"
    (person,) = found
    assert person.is_official
    assert any(case.title in t.text.lower() for t in person.titles), [t.text for t in person.titles]


@given(any_text)
def test_any_text_never_raises_and_spans_index_it(text: str) -> None:
    people = find_people(text, (Span.of(text, 0, len(text)),))
    _check_invariants(text, people)


def _letters(number: int) -> str:
    """``number`` as three lower-case letters (a distinct surname for each person)."""
    return "".join(chr(97 + (number // 26**k) % 26) for k in range(3))


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "Secretary Blinken " * (25_000 * n),
        lambda n: "Xyz " * (25_000 * n),
        lambda n: "a" * (500_000 * n),
        lambda n: "Mr. " * (50_000 * n),
        lambda n: ("“" * 25_000 * n) + "Blinken said" + ("”" * 25_000 * n),
        lambda n: "".join(f"John Paul Z{_letters(i)}son said so. " for i in range(1_000 * n)),
    ],
    ids=[
        "titled-names",
        "capitalised-words",
        "one-long-word",
        "honorifics",
        "quote-marks",
        "shared-given-names",
    ],
)
def test_adversarial_input_runs_in_linear_time(build: Callable[[int], str]) -> None:
    """Twice the input costs about twice the time (measured in this run; see tests/growth.py)."""

    def find(text: str) -> tuple[Person, ...]:
        return find_people(text, (Span.of(text, 0, len(text)),))

    assert growth_ratio(find, build) < LINEAR_GROWTH


def test_a_given_name_that_is_also_a_document_word_opens_a_name() -> None:
    text = "Bill Henley met Hillary Henley. The bill passed. “No,” Bill Henley said."
    assert names_of(text) == ["Bill Henley", "Hillary Henley"]


def test_a_one_part_appositive_before_said_comma_confirms_a_name() -> None:
    text = "Rucker Pemberton, who runs the effort for veterans, said, “We vote.”"
    assert names_of(text) == ["Rucker Pemberton"]


def test_dotted_initials_open_a_name_but_places_do_not() -> None:
    text = "Rep. G.K. Pemberton met U.S. Sen. Ann Vale in Washington. “No,” Pemberton said."
    assert names_of(text) == ["G.K. Pemberton", "Ann Vale"]


# --- names the context confirms only through their company (issue 17's people classes) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a romanised given name with a hyphenated lower-case syllable
        ("President Moon Jae-in met the delegation.", ["Moon Jae-in"]),
        ("Chairman Kim Jong-un inspected the site.", ["Kim Jong-un"]),
        # names in one list with a confirmed person
        ("Maria Vasquez, Bo Kim and Arno Tillet scored.", ["Maria Vasquez", "Bo Kim", "Arno Tillet"]),
        ("Anna Brandt (The Long Night) and Oyelaran Pike (Tidewater) won.", ["Anna Brandt", "Oyelaran Pike"]),
        # relatives sharing a surname, each their own person
        ("Brothers Omar Said, 39, and Karim Said, 42, were arrested.", ["Omar Said", "Karim Said"]),
        ("Police shot David Vance. His wife, Meral Vance, filmed it.", ["David Vance", "Meral Vance"]),
    ],
)  # fmt: skip
def test_names_confirmed_by_their_company(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Republican from Visalia said the plan was dead.",  # a place after a preposition
        "Crews from Lethbridge said the water rose quickly.",
        "A spokeswoman for Brightwater said the plan was dead.",  # what the title stands for
        "The Putin-led government and the Kansas-born pilot agreed.",  # English compounds
        "“Notice Corbel sniffing all the time,” she wrote. Lena Corbel laughed.",
        "Report Reveals Halden’s Meetings. Mira Halden declined to comment.",
    ],
)
def test_no_one_by_company_alone(text: str) -> None:
    names = names_of(text)
    assert all(not n.startswith(("Visalia", "Lethbridge", "Brightwater", "Putin", "Kansas", "Notice", "Reveals")) for n in names), names  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # particles: an Arabic article joined by a hyphen, a particle inside the name
        ("Deputy Minister Haddad bin Saleh al-Qurashi told reporters.", ["Haddad bin Saleh al-Qurashi"]),
        ("Col. Tariq el-Moussawi said the road was open.", ["Tariq el-Moussawi"]),
        # a name of four words besides its particles
        ("Lucía de la Fuente Ibarra Soto, an economist, said prices rose.", ["Lucía de la Fuente Ibarra Soto"]),
        # a given name with its accents still opens the name
        ("The envoy, Joaquín Andrés Becerra Lloret, said talks would resume.", ["Joaquín Andrés Becerra Lloret"]),
        # a family name before a romanised given name refers to the person alone
        ("Prof Seo Min-ji, a chemist, said it held. “It works,” Seo said.", ["Seo Min-ji"]),
        ("Dr Han Ye-ah, a chemist, spoke.\n\n“It works,” Han said.", ["Han Ye-ah"]),
    ],
)  # fmt: skip
def test_particles_accents_and_romanised_given_names(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause for a person, or an age, after the name
        ("The winner came from Torcuil Braddan, who struck twice.", ["Torcuil Braddan"]),
        ("Police named the victim as Sipho Ndlanzi, 31, a driver.", ["Sipho Ndlanzi"]),
        # a role noun (with a short complement) and a comma before it
        ("His partner in the practice, Fergal Orrin, died in 2019.", ["Fergal Orrin"]),
        ("The new ombudsman, Lowri Pembridge, took up the role.", ["Lowri Pembridge"]),
        # the surname alone later in a sentence, or by a cue
        ("At 40, Oisin Caffrey runs the mill. Last year Caffrey sold half of it.", ["Oisin Caffrey"]),
        ("The mill hired Tamsin Ollerby. “It suits me,” Ollerby said.", ["Tamsin Ollerby"]),
    ],
)  # fmt: skip
def test_names_with_no_listed_given_name_confirmed_by_company(
    text: str, expected: list[str]
) -> None:
    assert names_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a surname another person holds: "Notice Trump" is not a second Trump
        "Ada Greer spoke. Notice Greer sniffing, he wrote. Later Greer left.",
        # a common word written in lower case elsewhere, a slogan after a quote mark
        "Spending by super PACs rose, and Super Fallon gave most; later Fallon gave more.",
        "He backed the “Choose Larkin” plates. Larkin said so.",
        # a people, a number word opening a quoted sentence
        "Many Brevian Americans, who live here, voted.",
        "“Six others were hurt,” said the chief.",
        # the remnant of a body's name is no surname standing alone
        "He spoke at the Whitney Museum. He also met staff at the Museum and Museum of Art.",
    ],
)
def test_company_does_not_confirm_common_words(text: str) -> None:
    assert names_of(text) == [n for n in names_of(text) if n in ("Ada Greer",)], names_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and courtesy titles stay out of the name
        ("Chief Operating Officer Tevita Haddow said costs rose.", ["Tevita Haddow"]),
        ("Alhaji Garba Tukura, a party elder, said it was calm.", ["Garba Tukura"]),
        ("His aide, Comrade Ifeanyi Obiora, said it was calm.", ["Ifeanyi Obiora"]),
        ("A bench of Justices P.V. Raghavan and Meera Kulkarni said the state erred.", ["P.V. Raghavan", "Meera Kulkarni"]),
        ("Forecaster Ronan Tierney said gusts would ease.", ["Ronan Tierney"]),
        # a place after a preposition and "and", a body, a firm, a jail
        ("Ailsa Ferrie, the MP for Kilbrannan and Arden East, said no.", ["Ailsa Ferrie"]),
        ("Figures from Prince Edward Health, released Monday, showed it.", []),
        ("Civil society group Ondaga Africa said the vote was calm.", []),
        ("Morrow Keating & Co reported a profit, said Ione Ralston.", ["Ione Ralston"]),
        ("He said Dunmere Road Jail was full.", []),
    ],
)  # fmt: skip
def test_titles_and_bodies_kept_out_of_names(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


def _tokens_word_by_word(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    """The reference for ``tokenize``: every word split apart and read in turn (the
    tokenizer reads runs of plain lower-case words at once)."""
    import regex

    from newsstruct.people import names
    from newsstruct.people.patterns import PEOPLE_TOKEN

    out: list[tuple[object, ...]] = []
    parts = regex.split(f"({PEOPLE_TOKEN.pattern})", text[start:end])
    gap_before, w_end, last_abbreviation, in_filler = parts[0], start + len(parts[0]), False, False
    for word, gap in zip(parts[1::2], parts[2::2], strict=True):
        w_start, w_end = w_end, w_end + len(word)
        if word.islower() and word not in RELEVANT_LOWER and not {"'", "’"} & set(word):
            if not in_filler:
                out.append((w_start, w_end, word, word, False, False, not out))
            in_filler, last_abbreviation, gap_before, w_end = True, False, gap, w_end + len(gap)
            continue
        after = gap[:1] if gap else text[w_end : w_end + 1]
        upper, possessive = word[0].isupper(), word.endswith(names._POSSESSIVE_ENDS)
        base = word[:-2] if possessive and len(word) > 2 else word
        if not possessive and upper and after in ("’", "'") and word[-1] == "s":
            possessive = text[w_end + 1 : w_end + 2].isspace()
        abbreviation = last_abbreviation and not names.opens_sentence(word)
        opens = not out or (upper and names._ends_sentence(gap_before, abbreviation))
        out.append((w_start, w_end, base, base.lower(), after == ".", possessive, opens))
        last_abbreviation = after == "." and names.is_abbreviation(base + ".")
        in_filler, gap_before, w_end = False, gap, w_end + len(gap)
    return out


_TOKEN_PIECES = st.sampled_from(
    [" ", "  ", "\n", ".", ",", "’s", "'", "-", " the", " of", " and", " met", " delegation",
     " sen", " jr", "Sen.", "J.", " Lee", "O'Neil", "U.S.", "é", "2", "said", "well-known", "x",
     "\u0301"]
)  # fmt: skip


@given(st.lists(_TOKEN_PIECES, max_size=80), st.data())
def test_tokenize_reads_runs_of_plain_words_as_word_by_word(
    pieces: list[str], data: st.DataObject
) -> None:
    from newsstruct.people.names import tokenize

    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [tuple(t) for t in tokenize(text, start, end)] == _tokens_word_by_word(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "the met jr. Lee said",
        "He met the delegation of",
        "x met sen. O'Neil",
        "a b c",
        "of the",
        "of met.",
        "met thé delegation",
        "met the\u0301 delegation",
    ],
)
def test_tokenize_examples_read_as_word_by_word(text: str) -> None:
    from newsstruct.people.names import tokenize

    for end in range(len(text) + 1):  # every cut, inside words too
        expected = _tokens_word_by_word(text, 0, end)
        assert [tuple(t) for t in tokenize(text, 0, end)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone surname opening a sentence, a title in apposition, then a cue
        (
            "Dorcas Abeni spoke first. Abeni, executive director of Kesh Aid, said the well ran dry.",
            ["Dorcas Abeni"],
        ),
        ("Tuilagi, chairman of the Apia rugby union, said the match would go ahead.", ["Tuilagi"]),
        # no title in the appositive, or no cue after it: no person
        ("Brussels, the capital of the union, said nothing.", []),
        ("Separately, chairman of the board Olek Varga said rates would rise.", ["Olek Varga"]),
        ("Tuilagi, chairman of the Apia rugby union, was away.", []),
    ],
)
def test_a_lone_name_before_a_titled_appositive_and_a_cue(text: str, expected: list[str]) -> None:
    assert [p.name for p in newsstruct.parse("Rugby news\n\n" + text + "\n").people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oyelaran Bakare of Kestrel Capital said the shares were cheap.", ["Oyelaran Bakare"]),
        ("Oyelaran Bakare at Dyfed and Powys Police said the road was shut.", ["Oyelaran Bakare"]),
        # a title or a body before "of X said" is no person
        ("Tarrow County Supervisor of Elections Maria Serwaa said turnout fell.", ["Maria Serwaa"]),
        ("The Reserve Bank of Tonga said rates would rise.", []),
        (
            "Archbishop Vartan Sarkis of the Patriarchate of Kessab told reporters it was over.",
            ["Vartan Sarkis"],
        ),
    ],
)
def test_a_name_before_where_they_work_and_a_cue(text: str, expected: list[str]) -> None:
    assert [p.name for p in newsstruct.parse("Market news\n\n" + text + "\n").people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last word of a longer capitalised name is no person of its own
        ("Dr Ines Varga of the University of the West Indies said rents rose.", ["Ines Varga"]),
        ("Officials in Dar es Salaam said the bridge was shut.", []),
        ("Staff at the Centre for Harbour Studies said rents rose.", []),
        # but a surname after a cue, a function word or a word that is no name still is
        ("Rents rose. Said Varga, “It was clear.”", ["Varga"]),
        ("After Varga suggested a delay, rents rose.", ["Varga"]),
    ],
)
def test_the_end_of_a_longer_name_is_no_person(text: str, expected: list[str]) -> None:
    assert [p.name for p in newsstruct.parse("Harbour news\n\n" + text + "\n").people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Vincent Lau Ka-ming said the bail was set. “It is final,” Lau said.",
            ["Vincent Lau Ka-ming"],
        ),
        ("Phan Thi Hoa said the school had erred. “Nobody asked us,” Phan said.", ["Phan Thi Hoa"]),
    ],
)
def test_a_family_name_inside_or_first_refers_back(text: str, expected: list[str]) -> None:
    article = newsstruct.parse("Court news\n\n" + text + "\n")
    assert [p.name for p in article.people] == expected
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.name == expected[0]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Southern Ghana Electric said it had cut power.", []),
        ("Northern Ireland Water said the pipes were old.", []),
        ("Central Asia Power said it had cut power.", []),
        ("Lucas Southern said it had cut power.", ["Lucas Southern"]),
    ],
)
def test_a_region_and_a_place_open_a_body_not_a_person(text: str, people: list[str]) -> None:
    assert [p.name for p in newsstruct.parse("Power news\n\n" + text + "\n").people] == people


def test_the_first_of_two_surnames_refers_back() -> None:
    text = (
        "Budget news\n\nFinance minister Lucía Barragán Soto said the budget was balanced. "
        "“We kept our word,” Barragán said.\n"
    )
    article = newsstruct.parse(text)
    assert [p.name for p in article.people] == ["Lucía Barragán Soto"]
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.name == "Lucía Barragán Soto"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Taskin, who was named player of the match, said the pitch turned.", ["Taskin"]),
        ("Veltrane, which runs the pipeline, said the leak was small.", []),
    ],
)
def test_a_lone_name_before_who_and_a_cue_is_a_person(text: str, people: list[str]) -> None:
    assert [p.name for p in newsstruct.parse("Match news\n\n" + text + "\n").people] == people


def test_a_lone_name_with_an_age_appositive_and_a_cue_is_a_person() -> None:
    text = (
        "Ash news\n\nAt a shelter in a school in Kessock, Wulandari, a 56-year-old clove "
        "farmer, said the ash fell for hours. “The sky turned black,” she said.\n"
    )
    article = newsstruct.parse(text)
    assert [p.name for p in article.people] == ["Wulandari"]
    assert article.organizations == ()
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.name == "Wulandari"


def test_a_chain_of_short_forms_ends_in_the_full_name() -> None:
    """``Caio Henrique Moreira Silva``, then ``Caio Henrique Moreira``, then ``Caio
    Henrique``: one person, named in full."""
    text = (
        "Caio Henrique Moreira Silva joined the club. Caio Henrique Moreira scored twice. "
        "Caio Henrique said he was happy."
    )
    people = find_people(text, (Span.of(text, 0, len(text)),))
    assert [p.name for p in people] == ["Caio Henrique Moreira Silva"]
