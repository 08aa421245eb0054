"""Articles inside full-page pastes: menus, share buttons, teasers and footers around
them, in the shapes browsers copy (all names invented)."""

from __future__ import annotations

import pytest
from hypothesis import given

from newsstruct import parse
from strategies import PastedPage, pasted_pages

BODY = (
    "The harbour council approved the flood barrier early on Monday after a nine-hour "
    "session that ran well past midnight, members said."
)
SECOND = (
    "Work on the northern section is due to begin in the autumn and should be finished "
    "within three years, according to the council's own plans."
)
MENU = "\n".join(
    ["Skip to main content", "Menu", "Home", "News", "World", "Sport", "Business", "Opinion",
     "Culture", "Sign In", "Subscribe", "Search"] * 3
)  # fmt: skip
FOOTER = (
    "Most read\n"
    "Mayor Tells Residents To Prepare For A Long Winter Of Repairs\n"
    "“We will not pay for this,” said Councillor Hal Brenner of the old plan.\n"
    "Ferry Service Returns After Storm Damage Is Cleared\n\n"
    "About us\nContact\nPrivacy Policy\nTerms of Use"
)


def page(header: str, body: str = f"{BODY}\n\n{SECOND}") -> str:
    """A paste: a menu, the article's header and body, a teaser list and a footer."""
    return f"{MENU}\n\nHarbour Gazette\n\n{header}\n\n{body}\n\n{FOOTER}\n"


def test_headline_byline_and_date_below_a_menu() -> None:
    article = parse(
        page(
            "Harbour Council Approves Flood Barrier After Long Night\n\n"
            "By Mira Castellane\n\nMarch 12, 2024\n\nShare\nTweet\nEmail\nAdvertisement"
        )
    )
    assert article.headline is not None
    assert article.headline.text == "Harbour Council Approves Flood Barrier After Long Night"
    assert [a.name for a in article.byline] == ["Mira Castellane"]
    assert article.published is not None and article.published.value == "2024-03-12"
    assert [p.text for p in article.paragraphs] == [BODY, SECOND]


def test_region_and_reasons_are_in_the_output() -> None:
    text = page("Harbour Council Approves Flood Barrier\n\nBy Mira Castellane\n\n4 min read")
    article = parse(text)
    assert article.region is not None
    region = text[article.region.start : article.region.end]
    assert region.startswith("Harbour Council Approves Flood Barrier")
    assert region.endswith(SECOND)
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["Harbour Gazette"] == "navigation"
    assert reasons["World"] == "repeated-line"  # the menu is pasted three times
    assert reasons["4 min read"] == "interface"
    assert reasons["Ferry Service Returns After Storm Damage Is Cleared"] == "promotion"
    assert article.to_dict()["region"] == {"start": article.region.start, "end": article.region.end}


def test_teasers_after_the_article_give_no_quotes_or_people() -> None:
    article = parse(page("Harbour Council Approves Flood Barrier\n\nBy Mira Castellane"))
    assert not any("pay for this" in q.text for q in article.quotes)
    assert "Hal Brenner" not in [p.name for p in article.people]


def test_headline_repeated_in_a_breadcrumb_and_a_sticky_header() -> None:
    header = (
        "Home » Local » Ferry Service Returns After Storm Damage Is Cleared\n\n"
        "Ferry Service Returns After Storm Damage Is Cleared\n\n"
        "Local News\n\nPosted on June 3, 2021 by Tomas Ekwueme"
    )
    article = parse(page(header))
    assert article.headline is not None
    assert article.headline.text == "Ferry Service Returns After Storm Damage Is Cleared"
    assert [a.name for a in article.byline] == ["Tomas Ekwueme"]
    assert article.published is not None and article.published.value == "2021-06-03"


def test_deck_between_headline_and_byline() -> None:
    header = (
        "Harbour Council Approves Flood Barrier\n\n"
        "The vote ends two years of argument over who pays for the wall.\n\n"
        "By Mira Castellane and Olu Adebayo\n\nUpdated 3 hours ago"
    )
    article = parse(page(header))
    assert article.headline is not None and article.headline.text.startswith("Harbour Council")
    assert article.deck is not None and article.deck.text.startswith("The vote ends")
    assert [a.name for a in article.byline] == ["Mira Castellane", "Olu Adebayo"]
    assert article.published is None  # relative: no day without published=


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("ByMira Castellane", ["Mira Castellane"]),
        ("By Mira Castellane@miracastellane", ["Mira Castellane"]),
        ("By\nMira Castellane", ["Mira Castellane"]),
        ("Author:\nMira Castellane", ["Mira Castellane"]),
        ("6:08 PM ET by Mira Castellane", ["Mira Castellane"]),
        ("Mira Castellane Dec 9, 2016", ["Mira Castellane"]),
        ("Mira CastellaneStaff Writer", ["Mira Castellane"]),
        ("By Mira CastellaneMira Castellane", ["Mira Castellane"]),
        ("By the Weekend Desk Team", ["Weekend Desk Team"]),
        ("Share\nMira Castellane\nTweet\nEmail", ["Mira Castellane"]),
        ("12/04/2020 by Mira Castellane 24 Comments", ["Mira Castellane"]),
        ("Opinion | By Mira Castellane | 5 min read", ["Mira Castellane"]),
        ("May 4, 2021 • words by Mira Castellane • Photos by Olu Adebayo", ["Mira Castellane"]),
        ("Author: Mira Castellane", ["Mira Castellane"]),
        (
            "By\nThe Harbour Gazette\n-\nMay 4, 2021\n\nWritten by: Mira Castellane",
            ["Mira Castellane"],
        ),
        ("By Staff Writer\nBy Mira Castellane", ["Mira Castellane"]),
        ("Reading Time: 3 mins read\nBy Staff Writer", ["Staff Writer"]),
        ("By\nharbour_watcher77", ["harbour_watcher77"]),
        ("Mira Ann CastellaneDec 9, 2016", ["Mira Ann Castellane"]),
        ("October 19, 2019 by GZT", ["GZT"]),
    ],
)
def test_bylines_as_browsers_copy_them(byline: str, names: list[str]) -> None:
    article = parse(page(f"Harbour Council Approves Flood Barrier\n\n{byline}"))
    assert article.headline is not None
    assert article.headline.text == "Harbour Council Approves Flood Barrier"
    assert [a.name for a in article.byline] == names
    assert article.paragraphs[0].text == BODY


def test_byline_then_outlet_on_the_next_line() -> None:
    article = parse(
        page("Harbour Council Approves Flood Barrier\n\nBy MIRA CASTELLANE\nAssociated Press")
    )
    assert [a.name for a in article.byline] == ["MIRA CASTELLANE"]
    assert article.outlet is not None and article.outlet.text == "Associated Press"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("March 3, 20179:15 AM", "2017-03-03"),
        ("Published: March 3, 2017 | Updated: March 5, 2017", "2017-03-03"),
        ("Updated: March 5, 2017 Published: March 3, 2017", "2017-03-03"),
        ("Mira Castellane March 3, 2017", "2017-03-03"),
        ("Posted by Mira Castellane 21.10.2019", "2019-10-21"),
        ("Politics | March 3, 2017 | 4 min read", "2017-03-03"),
        (
            "The vote ends two years of argument over who pays for the wall and how much it "
            "will cost the town in the end?Friday, 3 March 2017\n\nBy Mira Castellane",
            "2017-03-03",
        ),
    ],
)
def test_printed_dates_in_a_page_header(line: str, value: str) -> None:
    article = parse(page(f"Harbour Council Approves Flood Barrier\n\n{line}"))
    assert article.published is not None and article.published.value == value


def test_relative_update_takes_the_callers_date() -> None:
    text = page("Harbour Council Approves Flood Barrier\n\nUpdated 3 hours ago")
    article = parse(text, published="2024-03-12")
    assert article.published is not None and article.published.value == "2024-03-12"


@pytest.mark.parametrize(
    ("first", "location", "agency"),
    [
        (f"LISBON — {BODY}", "LISBON", None),
        (f"NAIROBI, Kenya (AP) — {BODY}", "NAIROBI, Kenya", "AP"),
        (f"Washington CNN —\n\n{BODY}", "Washington", "CNN"),
    ],
)
def test_dateline_after_a_web_header(first: str, location: str, agency: str | None) -> None:
    article = parse(
        page("Harbour Council Approves Flood Barrier\n\nBy Mira Castellane", f"{first}\n\n{SECOND}")
    )
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == (location, agency)
    assert article.paragraphs[0].text == BODY


def test_photo_caption_is_not_the_headline_or_the_byline() -> None:
    header = (
        "Harbour Council Approves Flood Barrier\n\nBy Mira Castellane\n\n"
        "Workers repair the sea wall on Monday. (Photo: Olu Adebayo/Harbour Gazette)"
    )
    article = parse(page(header))
    assert article.headline is not None and article.headline.text.startswith("Harbour Council")
    assert [a.name for a in article.byline] == ["Mira Castellane"]


def test_a_site_notice_above_the_header_is_not_the_article() -> None:
    notice = (
        "You are using an older browser version. Please use a supported version for the "
        "best experience of our site and its services."
    )
    article = parse(
        f"{notice}\n\n" + page("Harbour Council Approves Flood Barrier\n\nBy Mira Castellane")
    )
    assert article.headline is not None and article.headline.text.startswith("Harbour Council")
    assert article.paragraphs[0].text == BODY


@given(pasted_pages())
def test_pasted_pages_give_the_article_inside(generated: PastedPage) -> None:
    article = parse(generated.text)
    assert article.headline is not None and article.headline.text == generated.headline
    assert tuple(a.name for a in article.byline) == generated.byline
    assert (article.published and article.published.value) == generated.published
    assert tuple(p.text for p in article.paragraphs) == generated.paragraphs


@given(pasted_pages())
def test_every_block_of_a_page_is_accounted_for(generated: PastedPage) -> None:
    article = parse(generated.text)
    assert article.region is not None
    assert 0 <= article.region.start < article.region.end <= len(generated.text)
    for item in (*article.paragraphs, *article.boilerplate, *article.byline):
        assert generated.text[item.start : item.end] == item.text
    for paragraph in article.paragraphs:
        assert article.region.start <= paragraph.start < paragraph.end <= article.region.end
    for removed in article.boilerplate:
        inside = article.region.start <= removed.start < article.region.end
        assert not inside or removed.reason not in ("navigation", "promotion")


@pytest.mark.xfail(strict=True, reason="a one-word headline with no byline or date is not found")
def test_known_limit_one_word_headline() -> None:
    article = parse(page("Breakwater"))
    assert article.headline is not None and article.headline.text == "Breakwater"


@pytest.mark.xfail(
    strict=True, reason="an ambiguous numeric date is read month first without other dates"
)
def test_known_limit_day_first_without_evidence() -> None:
    article = parse(page("Harbour Council Approves Flood Barrier\n\nThe Gazette 02/10/2020"))
    assert article.published is not None and article.published.value == "2020-10-02"


@pytest.mark.parametrize(
    ("signoff", "names", "published"),
    [
        ("Posted by Mira Castellane at 2:33 PM", ["Mira Castellane"], None),
        ("Author: Mira Castellane\nPublished: 03 December 2019", ["Mira Castellane"], "2019-12-03"),
        (
            "Share\nTweet\n\nPosted by Mira Castellane on May 4, 2021",
            ["Mira Castellane"],
            "2021-05-04",
        ),
        ("Related posts\nPosted by Olu Adebayo on May 4, 2021", [], None),
        ("Posted by Mira Castellane\n\nPosted by Olu Adebayo", ["Mira Castellane"], None),
        (
            "Published by\nMira Castellane\nPosted on May 4, 2021May 4, 2021Author Mira "
            "CastellaneCategories",
            ["Mira Castellane"],
            "2021-05-04",
        ),
    ],
)
def test_a_sign_off_under_the_article_gives_its_author_and_date(
    signoff: str, names: list[str], published: str | None
) -> None:
    """A blog prints the author and date under the post: read when the header has none,
    up to a line that opens other stories or comments."""
    text = f"{MENU}\n\nHarbour Council Approves Flood Barrier\n\n{BODY}\n\n{SECOND}\n\n{signoff}\n"
    article = parse(text)
    assert article.headline is not None
    assert [a.name for a in article.byline] == names
    assert (article.published and article.published.value) == published
    assert [p.text for p in article.paragraphs] == [BODY, SECOND]
    for author in article.byline:
        assert text[author.start : author.end] == author.text
        assert not any(b.start <= author.start < b.end for b in article.boilerplate)


def test_a_sign_off_does_not_replace_the_header_byline() -> None:
    text = page("Harbour Council Approves Flood Barrier\n\nBy Mira Castellane")
    text = text.replace(SECOND, f"{SECOND}\n\nPosted by Olu Adebayo")
    assert [a.name for a in parse(text).byline] == ["Mira Castellane"]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # names the given-name list does not know, in a list beside the date line
        (
            "Nsikak Ebong, Thandiwe Mokoena Dlamini\nNovember 8 2023, 3:18 p.m.",
            ["Nsikak Ebong", "Thandiwe Mokoena Dlamini"],
        ),
        ("March 12, 2024\nNsikak Ebong and Thandiwe Dlamini", ["Nsikak Ebong", "Thandiwe Dlamini"]),
        # topics: their words stand in lower case on the page ("the harbour council")
        ("Harbour Council, Flood Barrier\nMarch 12, 2024", []),
        # a news agency alone beside the date: the story's credit
        ("Reuters\n\nMarch 12, 2024", ["Reuters"]),
        ("March 12, 2024\nJiji", ["Jiji"]),
    ],
)
def test_names_and_agencies_beside_the_date_line(lines: str, names: list[str]) -> None:
    article = parse(page(f"Harbour Council Approves Flood Barrier\n\n{lines}"))
    assert article.headline is not None
    assert article.headline.text == "Harbour Council Approves Flood Barrier"
    assert [a.name for a in article.byline] == names
    assert article.published is not None and article.published.value[:4] in ("2023", "2024")


def test_a_headline_cut_short_above_points_at_the_whole_one() -> None:
    """A sticky header prints the headline cut short ("...After a…"): that copy is no
    headline, and it points at the whole one further down, over an interface line that a
    site's date (the day of the visit) follows."""
    headline = "Harbour Council Approves Flood Barrier After a Long Night of Debate"
    text = (
        f"{MENU}\n\nLocal |\nHarbour Council Approves Flood Barrier After a…\n\n"
        "Account Settings Contact Us Log Out\nPreview\n\nMonday, March 11th 2024\n\n"
        "Click to email a link to a friend (Opens in new window)\nPhoto book\n\n"
        "News\nPolitics\nBusiness\nCrime\nSports\nWeather\nObituaries\nOpinion\n\n"
        f"{headline}\n\n{BODY}\n\n{SECOND}\n"
    )
    article = parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs] == [BODY, SECOND]


TEASERS = [
    "Ferry Service Returns After Storm Damage Is Cleared",
    "Mayor Tells Residents To Prepare For A Long Winter",
    "Library Reopens With A New Wing For Young Readers",
    "Fishing Fleet Counts Its Losses After The Storm",
    "School Board Approves Plan For Three New Classrooms",
    "Lighthouse Keeper Retires After Forty Years On Duty",
    "Market Square Gets New Lights Before The Festival",
    "Harbour Rowing Club Wins Its First Regional Title",
    "Bus Routes Change As The Bridge Closes For Repairs",
    "Town Hall Opens Its Doors For A Weekend Of Music",
    "New Ferry Timetable Adds Late Crossings On Fridays",
    "Volunteers Plant Trees Along The Northern Shore",
    "Council Names A New Head Of Harbour Services",
    "Old Cannery Will Become A Museum Of The Coast",
]


def test_a_headline_under_a_list_of_dated_teasers() -> None:
    """Fourteen teasers, each over its date, stand above the article, the article's own
    among them: the headline right above the article is still checked, its byline glued
    to the date is read, and the date of the teaser right above it is not the article's."""
    headline = "Harbour Council Approves Flood Barrier"
    listed = [*TEASERS[:7], headline, *TEASERS[7:]]
    teasers = "\n\n".join(f"{t}\n\nMarch {d}, 2024" for d, t in enumerate(listed, 1))
    text = (
        f"{MENU}\n\n{teasers}\nLocal\n\n{headline}\n\n"
        f"Mira Ann CastellaneMarch 20, 2024\n\n{BODY}\n\n{SECOND}\n"
    )
    article = parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert [a.name for a in article.byline] == ["Mira Ann Castellane"]
    assert article.published is not None and article.published.value == "2024-03-20"


def test_a_blog_whose_sidebar_comes_first() -> None:
    """A blog pasted with its sidebar first (the author's note, recent comments that read
    like short sentences, a menu): the headline right above the post's first paragraphs
    wins over the blog's name at the top."""
    sidebar = (
        "Mira Castellane's notebook\n\n"
        "Mira Castellane is a harbour engineer who writes about tides, walls and the towns "
        "behind them, and has done so for a long time now.\n\n"
        "Recent Comments\n\n"
        "Olu Adebayo on Are tidal gates worth what they cost?\n\n"
        "Tomas Ekwueme on Are tidal gates worth what they cost?\n\n"
        "Pages\nAbout me\nMy papers\nTalks\nArchives\nLog in\nEntries feed\nComments feed"
    )
    headline = "Tidal gates: a cost study of three harbours"
    article = parse(f"{sidebar}\n\n{headline}\n\n{BODY}\n\n{SECOND}\n")
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs][:2] == [BODY, SECOND]


def test_a_comment_section_that_counts_its_comments_ends_the_article() -> None:
    comments = (
        "2 thoughts on “Harbour Council Approves Flood Barrier”\n\n"
        "Olu Adebayo says:\n\nMarch 13, 2024 at 4:11 am\n\n"
        "I have lived by the harbour for thirty years and this is the first time the council "
        "has listened to the people who live on the water, which is a welcome change.\n\n"
        "Reply\n\nTomas Ekwueme says:\n\n“We will not pay for this,” my neighbour told "
        "me when the plan was first shown to us at the town hall meeting last spring."
    )
    article = parse(
        page("Harbour Council Approves Flood Barrier", f"{BODY}\n\n{SECOND}\n\n{comments}")
    )
    assert [p.text for p in article.paragraphs] == [BODY, SECOND]
    assert not article.quotes


def test_a_blog_post_under_the_blogs_name_and_tagline() -> None:
    """A blog prints its name and tagline, the post's date, then the post's title twice
    (the page's and the post's own): the title under the date, not the blog's name."""
    text = (
        "HARBOUR NOTES The Tide Log Of A Small Town\n\n"
        "Here is where I write about tides and the walls that hold them back, as I find "
        "them.\n\nWednesday, October 16, 2019\n\n"
        "Tidal Gates Reconsidered In Three Harbours\n\n"
        "Tidal gates reconsidered in three harbours\n\n"
        f"{BODY}\n\n{SECOND}\n"
    )
    article = parse(text)
    assert article.headline is not None
    assert article.headline.text == "Tidal Gates Reconsidered In Three Harbours"
    assert article.published is not None and article.published.value == "2019-10-16"


@pytest.mark.parametrize("deck", ["", "The vote ends two years of argument over the wall.\n\n"])
def test_a_section_label_over_the_date_is_not_the_headline(deck: str) -> None:
    """ "Local News" over the date line ties with the headline under it (a date below
    one, a byline below the other): the title of three words or more wins, and the
    date and byline under the headline belong to it alone."""
    text = (
        "Local News\n\nSaturday, January 1, 2000\n\nHarbour Council Approves Barrier\n\n"
        f"{deck}By Mira Castellane\n\n{BODY}\n\n{SECOND}\n"
    )
    article = parse(text)
    assert article.headline is not None
    assert article.headline.text == "Harbour Council Approves Barrier"
    assert [a.name for a in article.byline] == ["Mira Castellane"]
    assert article.published is not None and article.published.value == "2000-01-01"


def test_a_footer_after_a_blank_line_changes_no_header() -> None:
    """A header printed line by line reads the same with a footer appended after a blank
    line: spacing is judged over the article, not anywhere in the text."""
    text = (
        "Saturday, January 1, 2000\nHarbour Council Approves Barrier\n"
        "The vote ends two years of argument over who pays for it.\n"
        f"By Mira Castellane\n{BODY}\n{SECOND}"
    )
    plain, footed = parse(text), parse(text + "\n\nRead More\n")
    for article in (plain, footed):
        assert article.headline is not None
        assert article.headline.text == "Harbour Council Approves Barrier"
        assert article.published is not None and article.published.value == "2000-01-01"


_LEDE = (
    "Interior Minister Tamar Vesely arrived in the capital on Saturday. The council met for "
    "hours and its members argued over the cost of the new barrier."
)


def test_a_menu_line_above_a_printed_date_is_no_headline() -> None:
    text = f"Local News\n\nJanuary 1, 2000\n\nCouncil Approves Storm Barrier\n\n{_LEDE}\n"
    article = parse(text)
    assert article.headline is not None and article.headline.text == "Council Approves Storm Barrier"  # fmt: skip
    assert [b.text for b in article.boilerplate if b.reason != "blank-line"] == ["Local News"]


def test_a_footer_line_keeps_a_single_spaced_header() -> None:
    header = (
        "Saturday, January 1, 2000\nCouncil Approves Storm Barrier\n"
        "The council voted late on a plan for the storm barrier.\nBy Jana Petrov\n"
    )
    alone = parse(f"{header}{_LEDE}\n")
    assert alone.headline is not None and alone.headline.text == "Council Approves Storm Barrier"
    footed = parse(f"{header}{_LEDE}\n\nRead More\n")
    assert footed.headline == alone.headline
    assert footed.published is not None and footed.published.value == "2000-01-01"
