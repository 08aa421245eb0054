"""One pass over a page's elements: where the headline, the bylines, the printed
dates and the first paragraph of prose stand, in page order.

Every element gets a number in page order, and every candidate remembers the
heading it stands under (the nearest ``<h1>``-``<h6>`` before it) and whether
that heading is a link: the title of a teaser card ("Recommended", "More
from") links to another story, the article's own headline and its section
headings do not.  :mod:`newsstruct.html.region` uses these positions to take
only what belongs to the article.  XPath predicates that test every element's
class or text are slow in lxml; a single Python walk that looks at each
element's class and opening text once costs well under a millisecond.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import attrs
import regex

from newsstruct.html.lexicons.author_paths import AUTHOR_PATHS
from newsstruct.html.patterns import BY_OPENING

__all__ = ["Marks", "Spot", "capped_text", "scan_page"]

_NOT_TEXT = frozenset({"script", "style", "meta", "link", "noscript", "template", "svg"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: What may stand before "By" at the start of an element ("| By", "— by").
_BEFORE_BY = " \t\n\r|·•-–—"
#: Words in a class, itemprop or rel value (lowercased) that mark a byline element.
_BYLINE_MARKS = regex.compile(r"byline|author|writer|contributor")
#: The first letters of the openings :data:`BY_OPENING` takes ("By", "Posted by", "Words by").
_BY_INITIALS = frozenset("BbPpWwSsRrTt")
#: Openings of a printed date line ("Published: ...", "LAST UPDATED: ...").
_DATE_LABELS = ("Published", "PUBLISHED", "Posted", "POSTED", "Written", "Updated", "UPDATED",
                "Last updated", "Last Updated", "LAST UPDATED")  # fmt: skip
#: Candidates kept after the headline (and in a page without one) ...
_MAX_AFTER = 40
#: ... and the last ones kept before it: only those close to it can belong to it.
_MAX_BEFORE = 8
#: Words in a class or itemprop value (lowercased) that mark an element showing a date.
_DATE_MARKS = regex.compile(r"date|time|publish|posted")
#: A date shown without a label is at most this long ...
_MAX_SHOWN_CHARS = 80
#: ... and at least this long ("2 May 2024" is 10).
_MIN_DATE_CHARS = 6
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"[^\W\d_]")
#: At most this many short texts under the headline are kept ...
_MAX_ZONE_TEXTS = 40
#: ... and the last ones before it (a date line over the headline).
_MAX_ZONE_ABOVE = 4
#: At most this many date lines are kept (hostile pages may hold thousands).
_MAX_DATE_LINES = 30
#: The path of a link (group 1): after any scheme and host, before any query or fragment.
_URL_PATH = regex.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://[^/?#]*)?([^?#]*)")
#: A paragraph of at least this many words is prose: the article's text has begun.
PROSE_WORDS = 20
#: Text is looked for among at most this many elements of a candidate.
_MAX_NODES = 200
#: A printed date line is at most this long.
MAX_DATE_CHARS = 160


@attrs.frozen
class Spot:
    """A candidate element: its number in page order, the number of the heading it
    stands under (-1: none), whether that heading is a link, and what made it a
    candidate: ``"marked"`` (an author or byline class, itemprop, rel or test id),
    ``"by"`` (its text opens with "By") or ``"link"`` (a link to an author's page)."""

    element: Any
    order: int
    heading: int
    linked_heading: bool
    source: str


@attrs.frozen
class Marks:
    """Positions on the page: the headline's number (``None`` when it was not found
    among the elements), the first prose paragraph after it (or on the page), the
    byline candidates, the labelled date lines ("Published: ...") and the dates
    shown without a label (a ``<time>``, an element whose class says "date"), each
    with its spot (a shown date is its text and its ``datetime`` attribute), and the
    short texts with digits between the headline and the first prose paragraph, after
    the last few ones just before the headline."""

    headline: int | None
    prose: int | None
    bylines: tuple[Spot, ...]
    date_lines: tuple[tuple[Spot, str], ...]
    shown_dates: tuple[tuple[Spot, str, str], ...] = ()
    zone_texts: tuple[tuple[int, str], ...] = ()


def scan_page(tree: Any, headline: Any = None) -> Marks:
    """Walk the elements of ``tree`` once; ``headline`` is the article's ``<h1>``, if known."""
    before: deque[Spot] = deque(maxlen=_MAX_BEFORE)
    after: list[Spot] = []
    dates: list[tuple[Spot, str]] = []
    shown: list[tuple[Spot, str, str]] = []
    zone: list[tuple[int, str]] = []
    above: deque[tuple[int, str]] = deque(maxlen=_MAX_ZONE_ABOVE)
    order, heading, linked = 0, -1, False
    nested: Any = None
    headline_at: int | None = None
    prose: int | None = None
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue
        order += 1
        text = element.text
        marks = f"{element.get('class') or ''} {element.get('itemprop') or ''}".lower()
        source = _source(element, tag, marks, text)
        if source == "marked":
            parent = element.getparent()
            if parent is nested and len(parent) == 1:
                source = None  # the only child of a marked element: the same byline
            nested = element
        if tag in _HEADINGS and (source is None or element is headline):
            heading, linked = order, _is_link_heading(element)
            if element is headline:
                headline_at, linked = order, False
            continue
        passed = headline is None or headline_at is not None
        if source is not None:
            spot = Spot(element, order, heading, linked, source)
            if not passed:
                before.append(spot)
            elif len(after) < _MAX_AFTER:
                after.append(spot)
        if tag == "p" and prose is None and passed and _is_prose(element):
            prose = order
        if headline_at is not None and prose is None and len(zone) < _MAX_ZONE_TEXTS:
            zone += [(order, t) for t in (text, element.tail) if t and _may_be_date(t)]
        elif headline is not None and headline_at is None:
            above.extend((order, t) for t in (text, element.tail) if t and _may_be_date(t))
        if text and len(dates) < _MAX_DATE_LINES and text.lstrip().startswith(_DATE_LABELS):
            line = capped_text(element, MAX_DATE_CHARS)
            if line is not None:
                dates.append((Spot(element, order, heading, linked, "date"), line))
        elif len(shown) < _MAX_DATE_LINES and (tag == "time" or _DATE_MARKS.search(marks)):
            shown_text = capped_text(element, _MAX_SHOWN_CHARS) or ""
            stamp = (element.get("datetime") or "").strip()
            if shown_text or stamp:
                shown.append((Spot(element, order, heading, linked, "shown"), shown_text, stamp))
    return Marks(headline_at, prose, (*before, *after), tuple(dates), tuple(shown), (*above, *zone))


def _may_be_date(text: str) -> bool:
    """A short text with a digit and a letter: it may print a date with its month's name
    ("Thu, 14 May 2020 17:55 UTC"; "02/10/2020" is March or October, by the country)."""
    if len(text) < _MIN_DATE_CHARS:
        return False
    stripped = text.strip()
    return (
        _MIN_DATE_CHARS <= len(stripped) <= _MAX_SHOWN_CHARS
        and _DIGIT.search(stripped) is not None
        and _LETTER.search(stripped) is not None
    )


def _source(element: Any, tag: str, marks: str, text: str | None) -> str | None:
    """Why ``element`` may hold a byline, or ``None``; ``marks`` are its class and itemprop
    values, lowercased, and ``text`` its own text."""
    if _BYLINE_MARKS.search(marks):
        return "marked"
    rel = element.get("rel")
    if rel is not None and _BYLINE_MARKS.search(rel.lower()):
        return "marked"
    test_id = element.get("data-testid")
    if test_id is not None and "byline" in test_id.lower():
        return "marked"
    opening = (text or "").lstrip(_BEFORE_BY)
    if opening.lstrip()[:1] in _BY_INITIALS and BY_OPENING.match(" ".join(opening[:40].split())):
        return "by"
    if tag == "a" and _is_author_link(element.get("href")):
        return "link"
    return None


def _is_author_link(href: str | None) -> bool:
    """A link to an author's page: "/author/jane-doe", "https://site/by/jdoe" (the author
    word just before the last segment of the path, a slug with letters)."""
    if not href or len(href) > 300:
        return False
    path = _URL_PATH.match(href)
    segments = [s for s in path.group(1).lower().split("/") if s] if path else []
    return (
        len(segments) >= 2
        and segments[-2] in AUTHOR_PATHS
        and any(c.isalpha() for c in segments[-1])  # a name's slug, not "/licenses/by/4.0"
    )


def _is_link_heading(element: Any) -> bool:
    """A heading that is a link, or holds one: the title of a teaser."""
    parent = element.getparent()
    if parent is not None and parent.tag == "a" and parent.get("href"):
        return True
    return any(link.get("href") or count > 3 for count, link in enumerate(element.iter("a")))


def _is_prose(element: Any) -> bool:
    """A paragraph of at least ``PROSE_WORDS`` words (read up to a few hundred characters)."""
    size = 0
    words = 0
    for piece in element.itertext():
        words += len(piece.split())
        size += len(piece)
        if words >= PROSE_WORDS:
            return True
        if size > 40 * PROSE_WORDS:
            return False
    return False


def capped_text(element: Any, limit: int) -> str | None:
    """The element's text, single-spaced, with its child elements' text set apart
    ("<span>By</span><a>Jo</a>" -> "By Jo"); ``None`` when empty, longer than ``limit``
    or spread over more than ``_MAX_NODES`` elements (reading stops there, so a large
    container costs little)."""
    for count, _ in enumerate(element.iter()):
        if count > _MAX_NODES:
            return None
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 4 * limit:
            return None
    text = " ".join(" ".join(pieces).split())
    return text if text and len(text) <= limit else None
