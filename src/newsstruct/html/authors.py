"""Authors of an HTML page: the byline a reader sees, checked against the page's metadata.

Sources, best first (see the byline notes of the evaluation data for why):

1. the visible byline in the article's own region (:mod:`newsstruct.html.region`):
   what a reader takes as the byline, and the only source that cannot be a
   teaser's or the publisher's;
2. the authors of the page's JSON-LD article, schema.org telling a ``Person``
   from an ``Organization``;
3. ``<meta>`` author tags (``author``, ``article:author``, ``citation_author``
   once per author of a paper...);
4. where none of them names a person: a desk or outlet credit from any of them
   ("By Staff", an ``Organization`` author, "Reuters").

Every string is tidied (:mod:`newsstruct.html.tidy`) and read by the byline
grammar of :mod:`newsstruct.layout.bylines`.  Metadata completes the visible byline
where it gives the same people with fuller names ("Todd" -> "Todd Bates").
The result is one "By ..." line for the article text, and the names the page
says are organisations.
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.html.metadata import Credit
from newsstruct.html.patterns import NOT_AN_AUTHOR
from newsstruct.html.tidy import tidy_byline
from newsstruct.layout.bylines import Byline, parse_byline
from newsstruct.layout.patterns import BYLINE_LEAD

__all__ = ["Authors", "choose_authors", "read_byline"]

_WORD = regex.compile(r"\w+")
#: Separators between the pieces of a byline: a line with one only gets a lenient reading.
_SEPARATED = regex.compile(r"[,;|/&·•]|\band\b|[ ][-–—][ ]", regex.IGNORECASE)
#: At most this many pieces set apart at the end of an author string are dropped.
_MAX_DROPPED = 3
#: ... each of at most this many words, from a line of at most three times as many.
_MAX_TAIL_WORDS = 4
#: At most this many candidates of a source are read.
_MAX_CANDIDATES = 12


@attrs.frozen
class Authors:
    """The byline line to print above the text (``None`` when the page names no
    author), the names the page's metadata calls organisations, and whether the line
    names the people of the byline the page shows in the article's region."""

    line: str | None
    organizations: frozenset[str] = frozenset()
    shown: bool = False


def read_byline(
    text: str, site_names: tuple[str, ...] = (), *, lenient: bool = False
) -> tuple[str, Byline] | None:
    """The tidied "By ..." line of an author string and what the byline grammar reads
    in it, or ``None`` when it does not read as a byline (``lenient``: a short piece
    that is no name, such as a handle, is taken as one)."""
    if NOT_AN_AUTHOR.search(text):
        return None
    line = tidy_byline(text, site_names)
    if not line:
        return None
    for _ in range(_MAX_DROPPED):
        byline = parse_byline(line, 0, len(line))
        if byline is None and lenient and not _SEPARATED.search(line):
            byline = parse_byline(line, 0, len(line), lenient=True)  # one piece: a handle
        if byline is not None and (byline.authors or byline.outlet or byline.credit):
            return line, byline
        # a short tail set apart that is neither a name nor an outlet ("Jane Doe | CEO") goes
        line, _, tail = line.rpartition(" | ")
        if len(tail.split()) > _MAX_TAIL_WORDS or len(line.split()) > _MAX_TAIL_WORDS * 3:
            return None
        if not BYLINE_LEAD.match(line):
            return None
    return None


def choose_authors(
    visible: list[tuple[str, bool]], linked: tuple[Credit, ...], metas: tuple[Credit, ...],
    site: str | None,
) -> Authors:  # fmt: skip
    """The article's byline from the visible candidates (text, whether marked as a
    byline), the JSON-LD authors and the ``<meta>`` authors (see the module docstring)."""
    sites = (site,) if site else ()
    shown = [
        r
        for text, marked in visible[:_MAX_CANDIDATES]
        if (r := read_byline(text, sites, lenient=marked))
    ]
    site_name = (site or "").lower()
    organizations = frozenset(
        c.name for c in (*linked, *metas) if c.kind == "organization" or c.name.lower() == site_name
    )  # an author named like the site is the site, not a person
    people_linked = [c.name for c in linked if c.name not in organizations]
    meta_people = [c.name for c in metas if c.name not in organizations]
    if shown and shown[0][1].authors:  # the first byline that names people: what a reader sees
        line, byline = shown[0]
        if _within(people_linked, meta_people, byline):  # "Jo Lee, Staff Editor, Acme"
            line = _people_line(people_linked, sites) or line
        named = [*people_linked, *(c.name for c in metas)]
        return Authors(_completed(line, byline, named), organizations, shown=True)
    confirmed = [n for n in people_linked if any(n.lower() in text.lower() for text, _ in visible)]
    for names in (confirmed, people_linked, meta_people):
        people = _people_line(names[:100], sites)
        if people is not None:  # where the page shows a credit, metadata may name people
            return Authors(people, organizations)
    if shown:  # a credit: a byline the text itself prints with names still wins over it
        return Authors(shown[0][0], organizations)
    credits = [f"By {c.name}" for c in linked if c.name in organizations]
    credits += [
        r[0] for c in metas[:_MAX_CANDIDATES] if (r := read_byline(c.name, sites, lenient=True))
    ]
    return Authors(credits[0] if credits else None, organizations)


def _people_line(names: list[str], sites: tuple[str, ...]) -> str | None:
    """One "By ..." line naming the people among ``names`` (each may list several)."""
    people: list[str] = []
    for name in names:
        read = read_byline(name, sites, lenient=len(names) == 1)
        if read is not None:
            people += [a.name for a in read[1].authors if a.name not in people]
    if not people:
        return None
    return "By " + ("; ".join(people) if len(people) > 2 else " and ".join(people))


def _within(people: list[str], others: list[str], byline: Byline) -> bool:
    """True when the JSON-LD names fewer people than the visible byline, all among them,
    and no other metadata confirms the rest: those are roles or affiliations the
    grammar took for names."""
    shown = {" ".join(_WORD.findall(a.name.lower())) for a in byline.authors}
    linked = {" ".join(_WORD.findall(name.lower())) for name in people}
    confirmed = " ".join(_WORD.findall(" ".join(others).lower()))
    rest = [name for name in shown - linked if name not in confirmed]
    return bool(linked) and linked < shown and bool(rest)


def _completed(line: str, byline: Byline, named: list[str]) -> str:
    """The visible line, or the metadata's names where they give the same people with
    more words ("By Todd" and "Todd Bates")."""
    shown = [_words(a.name) for a in byline.authors]
    if not shown:
        return line
    fuller: list[str] = []
    for words in shown:
        match = next((n for n in named if words < _words(n) and len(words) == 1), None)
        if match is None:
            return line
        fuller.append(match)
    return "By " + " and ".join(fuller)


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name.lower()))
