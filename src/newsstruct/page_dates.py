"""The publication date of an HTML page: metadata checked against the date the page prints.

htmldate (through trafilatura) weighs many signals, but on a page whose own
``datePublished`` / ``article:published_time`` does not back its choice it
may have taken a copyright year ("2004-01-01") or a related story's date.
There the date the page visibly prints under a label ("Published: 30 January
2017", "Written: 2023-11-07 15:03:30 / Updated: ...") wins: a "Published" /
"Posted" / "Written" one first, else "Updated" ones when they all agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsstruct.dates.strings import read_date_string
from newsstruct.patterns import PAGE_DATE_LABEL, PAGE_DATE_SPLIT
from newsstruct.printed_dates import is_update_label, read_printed_date

__all__ = ["pick_date", "visible_date"]


def pick_date(
    extracted: object, own: list[str], date_lines: Callable[[], tuple[str, ...]]
) -> dt.date | None:
    """trafilatura's date when the page's own published metadata backs it; else the date
    the page prints, else trafilatura's, else the page's own published date.

    The page's ``datePublished`` is often a UTC timestamp a day off the local date
    readers see, so on its own it only fills in where nothing else is found.
    ``date_lines`` gives the page's labelled date lines; it is only called when
    the metadata is not backed.
    """
    found = _iso_day(extracted)
    own_days = [d for d in (_iso_day(v) for v in own) if d is not None]
    if found is not None and found in own_days:
        return found
    shown = visible_date(date_lines())
    if shown is not None:
        return shown
    if found is not None:
        return found
    return own_days[0] if own_days else None


def visible_date(date_lines: tuple[str, ...]) -> dt.date | None:
    """The date the page prints under a label (``date_lines`` from
    :func:`newsstruct.page_scan.scan_page`): the first "Published" / "Posted" / "Written"
    one, else the "Updated" ones when they all name the same day; ``None`` otherwise."""
    firsts: list[dt.date] = []
    updates: list[dt.date] = []
    for text in date_lines:
        for piece in PAGE_DATE_SPLIT.split(text):
            labelled = PAGE_DATE_LABEL.match(piece)
            if labelled is None:
                continue
            rest = labelled.group("rest")
            printed = read_printed_date(rest, 0, len(rest))
            if printed is None:
                continue
            day = dt.date.fromisoformat(printed.value)
            (updates if is_update_label(labelled.group("label")) else firsts).append(day)
    if firsts:
        return firsts[0]
    if updates and len(set(updates)) == 1:
        return updates[0]
    return None


def _iso_day(value: object) -> dt.date | None:
    """The day of a metadata date: ISO 8601 as most pages give it, else what dateparser
    reads ("Thu, 18 Apr 2024 09:30:00 GMT", "18.04.2024")."""
    if not isinstance(value, str) or len(value) < 6:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        found = read_date_string(value)
        return None if found is None else found.day
