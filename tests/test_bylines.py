"""Byline shapes from real pages (see docs: the byline notes)."""

from __future__ import annotations

import pytest

import newsstruct
from growth import LINEAR_GROWTH, growth_ratio
from newsstruct.layout.bylines import is_name, parse_byline, parse_role_line


def _read(line: str) -> tuple[list[str], str | None] | None:
    byline = parse_byline(line, 0, len(line))
    if byline is None:
        return None
    for author in byline.authors:
        assert line[author.start : author.end] == author.text
    outlet = None if byline.outlet is None else byline.outlet.text
    return [a.name for a in byline.authors], outlet


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        (
            "By Jane Doe and John Roe, Associated Press",
            ["Jane Doe", "John Roe"],
            "Associated Press",
        ),
        ("Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
        ("By JANE DOE Associated Press", ["JANE DOE"], "Associated Press"),
        ("By LYNNE O'DONNELL Associated Press", ["LYNNE O'DONNELL"], "Associated Press"),
        ("By Ed Kilgore", ["Ed Kilgore"], None),
        ("by Eliza Huber", ["Eliza Huber"], None),
        ("By: James Langton", ["James Langton"], None),
        ("By: CNN Wire", [], "CNN Wire"),
        ("By AP", [], "AP"),
        ("By TOI staff", [], "TOI staff"),
        ("Written by Rachael Link, MS, RD on November 14, 2019", ["Rachael Link"], None),
        (
            "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN",
            ["Jeremy Herb", "Lauren del Valle", "Kara Scannell"],
            "CNN",
        ),
        (
            "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"],
            "CNN",
        ),
        ("By Sarah Hinger; Sylvia Torres-Guillén", ["Sarah Hinger", "Sylvia Torres-Guillén"], None),
        (
            "By CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB",
            ["CLARA LÖW", "SIDDHARTH PRAKASH", "KLAUS JACOB"],
            None,
        ),
        ("By Salve Asis | 10 hours ago", ["Salve Asis"], None),
        ("By Maren Estrada 2 days ago", ["Maren Estrada"], None),
        (
            "By Jason Cipriani | November 18, 2019 -- 19:14 GMT | Topic: Hardware",
            ["Jason Cipriani"],
            None,
        ),
        ("By Perry Bacon Jr.", ["Perry Bacon Jr."], None),
        ("By Alejandro de la Garza", ["Alejandro de la Garza"], None),
        ("By Daniel O'Mahony", ["Daniel O'Mahony"], None),
        ("By J.R. Stone", ["J.R. Stone"], None),
        ("By T. V. Raman", ["T. V. Raman"], None),
        (
            "Glen Owen And Brendan Carlin For The Mail On Sunday",
            ["Glen Owen", "Brendan Carlin"],
            "The Mail On Sunday",
        ),
        ("By Jane Doe, Coastal Gazette", ["Jane Doe"], "Coastal Gazette"),
        ("AFP/The Local", None, None),
        ("By AFP/The Local", [], "AFP/The Local"),
        ("By Emily Smith, Health Reporter", ["Emily Smith"], None),
        ("By Jane Doe - Reuters", ["Jane Doe"], "Reuters"),
        ("By JANE DOE AP Business Writer", ["JANE DOE"], "AP"),
        ("By ABC7 Eyewitness News", [], "ABC7 Eyewitness News"),
        ("By Emily Post", ["Emily Post"], None),
        ("By Al Baker", ["Al Baker"], None),
        ("By Van Morrison", ["Van Morrison"], None),
        ("By JANE\x1fDOE Associated Press", ["JANE DOE"], "Associated Press"),
        ("By BBC News, Kyiv", [], "BBC News"),
        ("By JANE DOE and MARK ROE Associated Press", ["JANE DOE", "MARK ROE"], "Associated Press"),
        ("By Ann Lee, Tom Ray and Bo Li Reuters", ["Ann Lee", "Tom Ray", "Bo Li"], "Reuters"),
        ("By Jane Doe, Valley Ledger", ["Jane Doe"], "Valley Ledger"),
        (
            "By Jane Doe and Mark Roe, Hartford Courant",
            ["Jane Doe", "Mark Roe"],
            "Hartford Courant",
        ),
        ("By Ann Lee, Harbor Intelligencer", ["Ann Lee"], "Harbor Intelligencer"),
        ('By Maria "Mimi" Lopez', ['Maria "Mimi" Lopez'], None),
        ("By Ann Lee, Bo Chan, 9 News KXYZ", ["Ann Lee", "Bo Chan"], "9 News KXYZ"),
        ("By Staff and wire service reports", [], "Staff and wire service reports"),
        ("By AP and Gazette staff", [], "AP and Gazette staff"),
        ("by Jo Park Last updated 04 Jun 2020", ["Jo Park"], None),
        # shapes browsers copy (glued inline elements), names invented
        ("ByMira Castellane", ["Mira Castellane"], None),
        ("By Mira Castellane@miracastellane", ["Mira Castellane"], None),
        ("By Mira CastellaneStaff Writer", ["Mira Castellane"], None),
        ("By Mira CastellaneMira Castellane", ["Mira Castellane"], None),
        ("By Mira CastellaneNovember 6, 2023", ["Mira Castellane"], None),
        ("Posted on September 21, 2020 by Mira Castellane", ["Mira Castellane"], None),
        ("July 24, 2019 by Mira Castellane 5 Comments", ["Mira Castellane"], None),
        ("Opinion | By Mira Castellane | 4 min read", ["Mira Castellane"], None),
        ("By Mira Castellane | mcastellane@gazette.example", ["Mira Castellane"], None),
        ("By Tatyana Orlova.", ["Tatyana Orlova"], None),
        ("---- by Kenji Arakawa", ["Kenji Arakawa"], None),
        ("by Kenji Arakawa , Phys.org", ["Kenji Arakawa"], "Phys.org"),
        ("Mira Castellane, Staff Attorney, Harbour Justice Program", ["Mira Castellane"], None),
        ("Author: Mira Castellane", ["Mira Castellane"], None),
        # after a full name, one word is a place or an affiliation; initials mark a body
        ("By Mira Castellane, Kyiv", ["Mira Castellane"], None),
        ("By Mira Quintela Castellane, São Paulo", ["Mira Quintela Castellane"], None),
        ("By Mira Castellane, Tel Aviv", ["Mira Castellane"], None),
        ("By Mira Castellane, Ines Valcourt", ["Mira Castellane", "Ines Valcourt"], None),
        ("By Mira Castellane and Olu", ["Mira Castellane", "Olu"], None),
        (
            "Posted by Mira Castellane, HRX Project Marketing, Brightline",
            ["Mira Castellane"],
            None,
        ),
        (
            "& Olu Adebayo, Director of Harbour Studies, HRA Foundations of Valley",
            ["Olu Adebayo"],
            None,
        ),
        ("By Mira Castellane, Professor of Law", ["Mira Castellane"], None),
        ("By MIRA O'CASTELLANE", ["MIRA O'CASTELLANE"], None),
        ("By DJ Arakawa and Jo Park", ["DJ Arakawa", "Jo Park"], None),
    ],
)
def test_byline_shapes(line: str, names: list[str] | None, outlet: str | None) -> None:
    got = _read(line)
    if names is None:
        assert got is None or got[0] == []
    else:
        assert got == (names, outlet)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("By the Weekend Desk Team", "the Weekend Desk Team"),
        ("By Staff Writer", "Staff Writer"),
        ("By: Wire Desk", "Wire Desk"),
    ],
)
def test_credits_without_a_person(line: str, credit: str) -> None:
    byline = parse_byline(line, 0, len(line))
    assert byline is not None and byline.authors == ()
    assert byline.credit is not None and byline.credit.text == credit


def test_by_alone_reads_the_next_line_as_names() -> None:
    line = "Mira Castellane and Olu Adebayo"
    byline = parse_byline(line, 0, len(line), led=True)
    assert byline is not None
    assert [a.name for a in byline.authors] == ["Mira Castellane", "Olu Adebayo"]
    assert parse_byline(line, 0, len(line)) is None  # without the "By" line above


def test_role_goes_to_the_author_before_it() -> None:
    line = "Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst"
    byline = parse_byline(line, 0, len(line))
    assert byline is not None
    (author,) = byline.authors
    assert author.name == "Joan Biskupic"
    assert author.role == "CNN Senior Supreme Court Analyst"
    assert author.outlet == "CNN"


@pytest.mark.parametrize(
    "line",
    [
        "By choosing I Accept, you consent to our use of cookies",
        "By signing up, you agree to our terms",
        "By viewing our video content, you are accepting the terms",
        "Tensions simmer as allegations emerge about China",
        "Joe Biden",
        "The council approved the plan on Monday, officials said.",
        "By Tuesday, the fire had spread to three counties.",
        "By the time firefighters arrived, the house was gone",
        "By WIRED",
        "By Jane Doe, KABC",
        "By the numbers:",
        "Reading Time: 3 mins read",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line, 0, len(line)) is None


@pytest.mark.parametrize("line", ["More from Associated Press", "More from Reuters"])
def test_more_from_an_outlet_is_no_byline(line: str) -> None:
    """Without a "By", a one-word name ("More") is no byline (was a strict xfail)."""
    assert parse_byline(line, 0, len(line)) is None


def test_role_lines() -> None:
    assert parse_role_line("Staff Writer") == "Staff Writer"
    assert parse_role_line("Senior Reporter") == "Senior Reporter"
    assert parse_role_line("The writer") is None
    assert parse_role_line("Officials met the writer") is None
    assert parse_role_line("By Jane Doe, Staff Writer") is None
    assert parse_role_line("By John Smith Staff Writer") is None


def test_long_runs_of_spaces_stay_linear() -> None:
    """No backtracking over a run of spaces: twice the spaces cost about twice the time
    (measured in this run, see tests/growth.py), and such a run joins no name."""

    def build(scale: int) -> str:
        return "By Jane" + " " * (50_000 * scale) + "Doe for The Times"

    assert growth_ratio(lambda line: parse_byline(line, 0, len(line)), build) < LINEAR_GROWTH
    line = build(1)
    byline = parse_byline(line, 0, len(line))
    assert byline is not None and byline.authors == ()


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="library bug: two spaces inside 'By Jane  Doe for The Times' lose the author "
    "(the whole line becomes the outlet); one space or a no-break space reads Jane Doe",
)
def test_doubled_spaces_read_as_one_before_an_outlet() -> None:
    single = parse_byline("By Jane Doe for The Times", 0, 25)
    doubled = parse_byline("By Jane  Doe for The Times", 0, 26)
    assert single is not None and [a.name for a in single.authors] == ["Jane Doe"]
    assert doubled is not None and [a.name for a in doubled.authors] == ["Jane Doe"]


def test_headline_above_a_byline_with_role_stays_a_headline() -> None:
    from newsstruct import parse

    article = parse(
        "Council Approves Harbour Plan\n\nBy Jane Doe, Staff Writer\n\n"
        "The council approved the harbour plan on Monday after a long debate, members said."
    )
    assert article.headline is not None and article.headline.text == "Council Approves Harbour Plan"
    assert [(a.name, a.role) for a in article.byline] == [("Jane Doe", "Staff Writer")]


def test_name_plus_role_line_in_header() -> None:
    from newsstruct import parse

    article = parse(
        "Council Approves Harbour Barrier\nJane Doe\nStaff Writer\n"
        "The council approved the barrier early Monday after a nine-hour session, members said."
    )
    assert [(a.name, a.role) for a in article.byline] == [("Jane Doe", "Staff Writer")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Lauren del Valle", True),
        ("del Valle", False),
        ("JANE DOE", True),
        ("Jane doe", False),
        ("A B C D E F G", False),
        ("Xi Jinping", True),
    ],
)
def test_is_name(words: str, expected: bool) -> None:
    assert is_name(words.split()) is expected


def test_two_authors_before_an_outlet_keep_the_line() -> None:
    from newsstruct import parse

    article = parse(
        "Storm Hits Coast\n\nBy JANE DOE and MARK ROE Associated Press\n\n"
        "LONDON (AP) - The storm hit the coast on Monday after a long night of rain, officials said."
    )
    assert [a.name for a in article.byline] == ["JANE DOE", "MARK ROE"]
    assert article.outlet is not None and article.outlet.text == "Associated Press"
    assert article.dateline is not None and article.dateline.location == "LONDON"
    assert not any("MARK ROE" in p.text for p in article.paragraphs)


def test_a_role_after_a_name_goes_to_it() -> None:
    line = "By Mira Castellane, Director of Harbour Studies"
    byline = parse_byline(line, 0, len(line))
    assert byline is not None
    assert [(a.name, a.role) for a in byline.authors] == [
        ("Mira Castellane", "Director of Harbour Studies")
    ]


@pytest.mark.parametrize(
    ("line", "led", "name", "credit"),
    [
        ("harbour_watcher77", True, "harbour_watcher77", None),  # "By" alone on the line above
        ("October 19, 2019 by GZT", False, None, "GZT"),  # a date, "by", the site's initials
        ("now", True, None, None),
        ("By GZT", False, None, None),  # a masthead without a date: no byline
    ],
)
def test_a_handle_after_a_strong_lead(
    line: str, led: bool, name: str | None, credit: str | None
) -> None:
    byline = parse_byline(line, 0, len(line), led=led)
    if name is None and credit is None:
        assert byline is None
        return
    assert byline is not None
    assert [a.name for a in byline.authors] == ([name] if name else [])
    assert (byline.credit and byline.credit.text) == credit


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tomasz Wielgosz at Kessock Park", ["Tomasz Wielgosz"]),
        ("By Tomasz Wielgosz in Gdansk", ["Tomasz Wielgosz"]),
        ("By Tomasz Wielgosz and Ines Varga in Kyiv", ["Tomasz Wielgosz", "Ines Varga"]),
    ],
)
def test_a_led_byline_ends_before_where_it_was_filed(line: str, names: list[str]) -> None:
    text = (
        f"Wielgosz wins again\n\n{line}\n\nThe Polish rider won the third stage on Tuesday, "
        "beating the race leader by two seconds.\n\nHe now trails by nine seconds.\n"
    )
    article = newsstruct.parse(text)
    assert [a.name for a in article.byline] == names
    assert article.paragraphs[0].text.startswith("The Polish rider")


def test_a_lead_with_a_score_is_prose_not_header() -> None:
    text = (
        "Kowal stuns top seed\n\nBy Ines Varga\n\nPoland's Ada Kowal produced the win of her "
        "career on Wednesday, beating world No 1 Mira Lindgren-Rao 6-4, 3-6, 7-6 (7-5), 6-3 to "
        "reach the Kessock Open semi-finals.\n\nThe 23-year-old saved 11 of 13 break points.\n"
    )
    article = newsstruct.parse(text)
    assert article.paragraphs[0].text.startswith("Poland's Ada Kowal")
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    "line",
    [
        "Lucia Ferro told reporters at 10:30 that the bridge would close.",
        "Amir Haddad said reporters at 9:15 were told to wait.",
    ],
)
def test_a_name_and_a_speech_verb_before_a_time_is_a_sentence(line: str) -> None:
    """The words after a name are no role when they open with a verb of saying, though
    they end in a role word ("reporters") and a time follows."""
    assert parse_byline(line, 0, len(line)) is None
    article = newsstruct.parse(f"Bridge repairs delayed again\n\n{line}\n")
    assert article.byline == () and len(article.paragraphs) == 1


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("By Maria Kristina dela Cruz", "Maria Kristina dela Cruz", None),
        (
            "By state political reporter Lucy Nguyen-Hartley",
            "Lucy Nguyen-Hartley",
            "state political reporter",
        ),
        ("By political reporter Jo Bell", "Jo Bell", "political reporter"),
    ],
)
def test_a_particle_or_a_role_before_the_name(line: str, name: str, role: str | None) -> None:
    """A Filipino particle (``dela``) stays in the name; a role in lower case before the
    name (ABC News style) is the author's role."""
    byline = parse_byline(line, 0, len(line))
    assert byline is not None and [(a.name, a.role) for a in byline.authors] == [(name, role)]
