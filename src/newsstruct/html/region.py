"""The article's own region: which bylines and printed dates on a page belong to the
article, told by where they stand (:mod:`newsstruct.html.scan` numbers them).

- **Under the headline.**  The best byline stands after the headline, before the
  first paragraph of prose, under no teaser's heading (a deck in an ``<h2>`` may
  stand between): where readers look.
- **Just above it.**  Some pages print the byline (or the date) above the
  headline: a candidate a few elements before it counts when the heading it
  stands under is not a teaser's.
- **Later in the article.**  A byline element in the article's footer ("Author:
  ...") or after a lead photo's long caption counts when nothing stands under the
  headline, if it is under the headline or one of the article's section
  headings; a "Posted by ..." line there comes after marked elements.
- **Never in a teaser.**  Whatever stands under a heading that links to another
  page (the title of a "Recommended", "Trending" or "More from" card) belongs to
  that story, not to this one; so does a comment thread, the navigation or a
  photo credit in a figure.

Without a known headline, what stands before the first paragraph of prose and
under no teaser heading comes first, then marked elements further down.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree  # type: ignore[import-untyped]  # installed with trafilatura

from newsstruct.html.scan import Marks, Spot

__all__ = ["article_bylines", "article_dates", "article_shown_dates", "spot_text"]

#: A byline above the headline stands at most this many elements before it.
_NEAR_BEFORE = 30
#: A date shown over the headline without a label stands at most this many elements before it.
_NEAR_ABOVE = 5
#: Without a prose paragraph, the zone under the headline ends this many elements after it.
_NEAR_AFTER = 80
#: A byline is at most this long (a list of twenty co-authors fits).
MAX_BYLINE_CHARS = 400
_MAX_NODES = 200
#: How far up an ancestor that makes an element navigation or a comment is looked for.
_MAX_DEPTH = 15
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "button"})
_BREAK = "\x00"
#: Elements whose text is never the article's byline: navigation, photo credits.
_NOT_BYLINE_PARTS = frozenset({"nav", "figure", "figcaption"})
#: The line around an author link is read when at most this long (not a page footer).
_MAX_LINE_AROUND_LINK = 150
#: A lead-in standing alone is looked up this many elements for the names around it.
_MAX_LABEL_CLIMB = 4
#: A lead-in with nothing after it: the names are in the element around it.
_LABEL_ONLY = regex.compile(
    r"^[|·•\-–— ]*(?:(?:(?:posted|written|words|story|reporting|text)[ ]+)?by"
    r"|authors?|writers?|bylines?|reporters?|contributors?)[ ]*:?$",
    regex.IGNORECASE,
)
#: "Posted by", "Written by": a byline after the article's text (a bare "By ..." there is
#: more often an embedded video's or quote's credit).
_POSTED_BY = regex.compile(r"(?:posted|written)[ ]+by\b", regex.IGNORECASE)
_LEAD_BREAK = regex.compile(r"^((?:\w+[ ]+)?by(?:[ ]*:)?)[ ]*\|[ ]*", regex.IGNORECASE)


def article_bylines(marks: Marks) -> list[Spot]:
    """Byline candidates that belong to the article, best placed first."""
    head = marks.headline
    if head is None:
        early = [s for s in marks.bylines if not s.linked_heading and _before_prose(s, marks)]
        later = [
            s for s in marks.bylines
            if s.source == "marked" and not s.linked_heading and s not in early
        ]  # fmt: skip
        return early + later
    under = [
        s for s in marks.bylines
        if s.order > head and s.heading >= head and not s.linked_heading and _before_prose(s, marks)
    ]  # fmt: skip
    above = [
        s for s in reversed(marks.bylines)
        if head - _NEAR_BEFORE <= s.order < head and not s.linked_heading
    ]  # fmt: skip
    later = [
        s for s in marks.bylines
        if s.order > head and s.heading >= head and not s.linked_heading and s not in under
        and (s.source != "by" or _POSTED_BY.match((s.element.text or "").lstrip()))
    ]  # fmt: skip
    return under + above + sorted(later, key=lambda s: s.source == "by")


def article_dates(marks: Marks) -> list[str]:
    """The labelled date lines that belong to the article, best placed first: under
    or just above the headline, then the others not under a teaser's heading."""
    head = marks.headline
    if head is None:
        return [line for spot, line in marks.date_lines if not spot.linked_heading]
    near = [
        line for spot, line in marks.date_lines
        if (spot.heading == head and spot.order > head) or head - _NEAR_BEFORE <= spot.order < head
    ]  # fmt: skip
    others = [
        line for spot, line in marks.date_lines
        if spot.heading >= head and not spot.linked_heading and line not in near
    ]  # fmt: skip
    return near + others


def article_shown_dates(marks: Marks) -> list[tuple[str, str]]:
    """The dates shown without a label under the headline (before the first paragraph
    of prose) or just above it, as (text, ``datetime`` attribute): elements that say
    they hold a date first, then any short text under the headline, then any short
    text a few elements above it ("Original Research | 7 April 2020" over an
    ``<h1>``)."""
    head = marks.headline
    if head is None:
        return []
    shown = [
        (text, stamp) for spot, text, stamp in marks.shown_dates
        if (spot.order > head and spot.heading >= head and not spot.linked_heading
            and _before_prose(spot, marks)) or head - _NEAR_BEFORE <= spot.order < head
    ]  # fmt: skip
    near = [(t.strip(), "") for order, t in marks.zone_texts if head < order <= head + _NEAR_AFTER]
    above = [(t.strip(), "") for order, t in marks.zone_texts if head - _NEAR_ABOVE <= order < head]
    return shown + near + above


def _before_prose(spot: Spot, marks: Marks) -> bool:
    if marks.prose is not None:
        return spot.order < marks.prose
    return marks.headline is None or spot.order <= marks.headline + _NEAR_AFTER


def spot_text(spot: Spot) -> list[str]:
    """The byline texts of a candidate, its child elements' words kept apart ("<a>Jane
    Doe</a><a>Mark Roe</a>" -> "Jane Doe | Mark Roe"): the text around a lead-in that
    stands alone ("By", "Written by", "Author:"); for an author link, the text around
    it, then its own; none inside navigation or a comment thread, or longer than a
    byline."""
    element = spot.element
    if _in_navigation(element):
        return []
    text = _joined_text(element)
    if spot.source == "link":  # "By <a>Ann Lee</a> and <a>Tom Kay</a>", else the link's name
        parent = element.getparent()
        around = None if parent is None else _joined_text(parent)
        if around is not None and len(around) > _MAX_LINE_AROUND_LINK:
            around = None
        return [t for t in (around, text) if t]
    for _ in range(_MAX_LABEL_CLIMB):
        parent = element.getparent()
        if text is None or not _LABEL_ONLY.match(text) or parent is None:
            break
        around = _joined_text(parent)
        if around is None:
            break
        element, text = parent, around
    return [text] if text else []


def _in_navigation(element: Any) -> bool:
    """True inside ``<nav>``, a figure (a photo credit) or a comment thread (an ancestor
    whose class or id says so)."""
    node = element
    for _ in range(_MAX_DEPTH):
        if node is None:
            return False
        if node.tag in _NOT_BYLINE_PARTS:
            return True
        if "comment" in f"{node.get('class') or ''} {node.get('id') or ''}".lower():
            return True
        node = node.getparent()
    return False


def _joined_text(element: Any) -> str | None:
    """The element's text with a break mark where a child element starts or ends (see
    :func:`_resolve_breaks`); ``None`` when empty, longer than a byline or spread over
    more than ``_MAX_NODES`` elements."""
    pieces: list[str] = []
    size = 0
    skipping: Any = None
    for count, (event, node) in enumerate(etree.iterwalk(element, events=("start", "end"))):
        if count > 2 * _MAX_NODES or size > 2 * MAX_BYLINE_CHARS:
            return None
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if skipping is None and tag in _NOT_TEXT:
                skipping = node
            if node is not element:
                pieces.append(_BREAK)
            if skipping is None and node.text:
                pieces.append(node.text)
                size += len(node.text)
        elif node is not element:
            if node is skipping:
                skipping = None
            pieces.append(_BREAK)
            if skipping is None and node.tail:
                pieces.append(node.tail)
                size += len(node.tail)
    text = _resolve_breaks("".join(pieces))
    return text if text and len(text) <= MAX_BYLINE_CHARS else None


def _resolve_breaks(text: str) -> str:
    """Whitespace runs become one space; where two elements' words meet with nothing
    between them, a name starting ("Doe" + "Mark") gets a " | ", a word cut by inline
    markup ("J" + "ohn") none, anything else a space; "By | Jane" is "By Jane"."""
    text = " ".join(text.split())
    out: list[str] = []
    parts = text.split(_BREAK)
    for part in parts:
        if not part:
            continue
        if out and not out[-1][-1:].isspace() and not part[:1].isspace():
            left, right = out[-1][-1], part[0]
            if left.isalpha() and right.isupper():
                out.append(" | ")
            elif not (left.isalpha() and right.islower()):
                out.append(" ")
        out.append(part)
    joined = " ".join("".join(out).split())
    return _LEAD_BREAK.sub(r"\1 ", joined)
