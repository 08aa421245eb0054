"""The publication date of an HTML page: its date sources ranked by how reliably they
state publication, and checked against each other.

1. **Stated publication**: the JSON-LD article's ``datePublished`` and
   ``article:published_time``-style ``<meta>`` tags.  The day is the local part
   of the timestamp ("2024-03-11T23:30:00-05:00" is March 11 wherever it is
   read): converting to UTC moves late-evening stories a day on.  Where a
   timestamp is in UTC and the date the article prints under a "Published"
   label is the day before or after, the printed one is the local day.  Where
   two stated dates disagree, the one with a local offset, or the one the
   printed date or htmldate backs, wins.  A page that shows readers only a
   revision date, never the stated day, is dated by the revision it shows: its
   "Updated" lines when they all name one day (and no "Published" line stands
   beside them), else the one day it shows without a label when its metadata
   gives that day as the modification date.
2. **The printed date** of the article's own region (:mod:`newsstruct.html.region`):
   a "Published" / "Posted" / "Written" one first, else "Updated" ones when they
   all agree.  A teaser's or a profile's date never counts.
3. **htmldate**'s reading of the page (original date, extensive search).
4. Generic ``<meta>`` dates ("date", "dc.date"), then ``dateCreated``; a
   modification date is never taken for the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import regex

from newsstruct.dates.strings import read_date_string
from newsstruct.html.metadata import Metadata
from newsstruct.html.patterns import PAGE_DATE_LABEL, PAGE_DATE_SPLIT
from newsstruct.layout.printed_dates import (
    is_update_label,
    read_printed_date,
    search_printed_date,
)

__all__ = ["htmldate_day", "pick_date", "visible_date"]

#: A month's name or abbreviation in a printed date.
_NAMED_MONTH = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", regex.IGNORECASE
)


def pick_date(
    meta: Metadata,
    printed: list[str],
    shown: list[tuple[str, str]],
    guess: Callable[[], dt.date | None],
) -> dt.date | None:
    """The page's publication day (see the module docstring); ``printed`` are the
    labelled date lines of the article's region, ``shown`` its dates shown without a
    label (text, ``datetime`` attribute), ``guess`` runs htmldate (only when needed)."""
    stated = [(v, d) for source, v in meta.published if source != "other" and (d := _iso_day(v))]
    labelled = visible_date(tuple(printed))
    modified = {d for v in meta.modified if (d := _iso_day(v))}
    if stated:
        if len({day for _, day in stated}) > 1:
            stated = _settle(stated, labelled, guess)
        value, day = stated[0]
        if _is_utc(value):  # the local day, where another source shows it (not an update)
            for other in (labelled, lambda: _shown_day(shown), guess):
                local = other() if callable(other) else other
                if local is not None and abs((local - day).days) == 1 and local not in modified:
                    return local
        return _revision_shown(day, printed, shown, modified)
    if labelled is not None:
        return labelled
    displayed = _shown_day(shown)
    if displayed is not None and displayed not in modified:
        return displayed
    guessed = guess()
    others = [d for source, v in meta.published if source == "other" and (d := _iso_day(v))]
    created = [d for v in meta.created if (d := _iso_day(v))]
    if guessed is not None and (guessed not in modified or not (others or created)):
        return guessed
    return next(iter([*others, *created]), guessed or displayed)


def _shown_day(shown: list[tuple[str, str]]) -> dt.date | None:
    """The first day shown without a label that reads as a date with its month's name
    (a numeric one, "02/10/2020", is a different day by country), else the local part
    of a ``datetime``."""
    for text, stamp in shown:
        printed = read_printed_date(text, 0, len(text)) if _NAMED_MONTH.search(text) else None
        if printed is not None:
            return dt.date.fromisoformat(printed.value)
        day = _iso_day(stamp)
        if day is not None:
            return day
    return None


def _settle(
    stated: list[tuple[str, dt.date]], shown: dt.date | None, guess: Callable[[], dt.date | None]
) -> list[tuple[str, dt.date]]:
    """Stated dates that disagree, best first: one the printed date or htmldate backs,
    else one with a local offset rather than UTC; the page's order otherwise."""
    backed = shown if shown is not None else guess()

    def rank(item: tuple[str, dt.date]) -> tuple[bool, bool]:
        value, day = item
        return (day != backed, _is_utc(value))

    return sorted(stated, key=rank)


def visible_date(date_lines: tuple[str, ...]) -> dt.date | None:
    """The date the page prints under a label: the first "Published" / "Posted" /
    "Written" one, else the "Updated" ones when they all name the same day; ``None``
    otherwise."""
    firsts, updates = _labelled_days(date_lines)
    if firsts:
        return firsts[0]
    if updates and len(set(updates)) == 1:
        return updates[0]
    return None


def _labelled_days(texts: tuple[str, ...]) -> tuple[list[dt.date], list[dt.date]]:
    """The days printed under a label in ``texts``: (first publication, updates).  A
    label's own date comes first ("Updated: Mar 5, 2024"); else the line's date with
    the label nearest to it ("Updated 2010 GMT (0410 HKT) March 14, 2021"; "Last
    updated 04 Jun 2020, originally created 17 Jun 2019" was first published in 2019)."""
    firsts: list[dt.date] = []
    updates: list[dt.date] = []
    for text in texts:
        for piece in PAGE_DATE_SPLIT.split(text):
            labelled = PAGE_DATE_LABEL.match(piece)
            if labelled is None:
                continue
            rest = labelled.group("rest")
            printed = read_printed_date(rest, 0, len(rest))
            label = labelled.group("label")
            if printed is None:
                printed = search_printed_date(piece, 0, len(piece))
                label = label if printed is None else printed.label or label
            if printed is not None:
                day = dt.date.fromisoformat(printed.value)
                (updates if is_update_label(label) else firsts).append(day)
    return firsts, updates


def _revision_shown(
    day: dt.date, printed: list[str], shown: list[tuple[str, str]], modified: set[dt.date]
) -> dt.date:
    """The stated day ``day``, unless the page shows its readers only a revision date
    and the stated day nowhere (see the module docstring)."""
    labelled = tuple(printed) + tuple(text for text, _ in shown if PAGE_DATE_LABEL.match(text))
    firsts, updates = _labelled_days(labelled)
    bare = [d for text, stamp in shown if (d := _bare_day(text, stamp)) is not None]
    if firsts or day in updates or day in bare:
        return day
    if updates:
        return updates[0] if len(set(updates)) == 1 else day
    return bare[0] if len(set(bare)) == 1 and bare[0] in modified else day


def _bare_day(text: str, stamp: str) -> dt.date | None:
    """The day a date shown without a label names: its text's date with a month's
    name, else its ``datetime``; ``None`` for a labelled one."""
    if PAGE_DATE_LABEL.match(text):
        return None
    if _NAMED_MONTH.search(text):
        found = search_printed_date(text, 0, len(text))
        if found is not None:
            return dt.date.fromisoformat(found.value)
    return _iso_day(stamp)


def htmldate_day(tree: Any, url: str | None) -> dt.date | None:
    """htmldate's original publication date of the page, as a day (``tree`` must be an
    ``lxml.html`` tree: htmldate reads it without fetching anything)."""
    import htmldate  # installed with trafilatura

    found = htmldate.find_date(
        tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d", url=url
    )
    return _iso_day(found)


def _is_utc(value: str) -> bool:
    """True for a timestamp stated in UTC ("...T04:30:00Z", "+00:00"); a bare day or a
    time without a zone is taken as the page's local time."""
    return value.strip().endswith(("Z", "z", "+00:00", "+0000", "GMT", "UTC"))


def _iso_day(value: object) -> dt.date | None:
    """The day of a metadata date: ISO 8601 as most pages give it, else what dateparser
    reads ("Thu, 18 Apr 2024 09:30:00 GMT", "18.04.2024")."""
    if not isinstance(value, str) or len(value.strip()) < 6:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        found = read_date_string(value)
        return None if found is None else found.day
