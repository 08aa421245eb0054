"""parse_html's publication date on invented page shapes: which of the dates a page
states and shows is the one it stands by (see :mod:`newsstruct.html.dates`)."""

from __future__ import annotations

import json

import pytest

from newsstruct import parse_html

_PROSE = (
    "<p>The ferry board approved the new timetable on Monday night after a meeting that "
    "ran well past midnight, members said, and the first boats sail in the spring.</p>"
    "<p>The county will pay a third of the cost, according to a statement from the board, "
    "and the operator will borrow the rest over ten years.</p>"
)


def _page(head: str = "", top: str = "", over: str = "") -> str:
    """``over`` stands just above the headline, ``top`` between it and the prose."""
    return (
        f"<html><head><title>Ferry timetable approved | Harbour Gazette</title>{head}</head>"
        f"<body><article>{over}<h1>Ferry timetable approved</h1>{top}{_PROSE}</article>"
        "</body></html>"
    )


def _ld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def _dated(head: str = "", top: str = "", over: str = "") -> str | None:
    article = parse_html(_page(head, top, over))
    return None if article.published is None else article.published.value


_STATED = _ld(datePublished="2021-05-02T08:00:00Z", dateModified="2023-09-14T10:00:00Z")


@pytest.mark.parametrize(
    "top",
    [
        "<p>Updated September 14, 2023</p>",
        '<div class="meta">Last updated on 14 Sep, 2023. 4 min read</div>',
        "<p>Updated 1000 GMT (1800 HKT) September 14, 2023</p>",
    ],
)
def test_a_page_that_shows_only_its_revision_is_dated_by_it(top: str) -> None:
    """The page shows readers an "Updated" date and never the day its metadata states:
    the date it shows is the one it stands by."""
    assert _dated(_STATED, top) == "2023-09-14"


@pytest.mark.parametrize(
    "top",
    [
        "<p>Published: May 2, 2021 | Updated: September 14, 2023</p>",
        '<span class="date">May 2, 2021</span><p>Updated: September 14, 2023</p>',
        "<p>Last updated 14 Sep 2023, originally published 2 May 2021</p>",
        "<p>Updated: September 14, 2023</p><p>Updated: June 3, 2022</p>",  # which one?
    ],
)
def test_the_stated_day_stands_where_the_page_shows_it(top: str) -> None:
    assert _dated(_STATED, top) == "2021-05-02"


def test_a_date_shown_that_metadata_gives_as_the_modification_day() -> None:
    """A date shown without a label under the headline, the page's modification day by
    its metadata, while the stated day is shown nowhere: the page stands by it."""
    shown = '<h2>A deck line<span class="headline-date">Thursday, 14 September 2023</span></h2>'
    assert _dated(_STATED, shown) == "2023-09-14"


def test_a_date_printed_just_over_the_headline() -> None:
    over = '<div class="top"><span>Field Report</span><span>7 April 2022</span></div>'
    assert _dated("", "", over) == "2022-04-07"
    generic = '<meta name="dc.date" content="2022-03-03">'
    assert _dated(generic, "", over) == "2022-04-07"  # shown beats a generic meta date
