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
from typing import Any

from newsstruct.patterns import PAGE_DATE_LABEL, PAGE_DATE_SPLIT
from newsstruct.printed_dates import read_printed_date

__all__ = ["pick_date", "visible_date"]

_LABELS = ("Published", "PUBLISHED", "Posted", "POSTED", "Written", "Updated", "UPDATED",
           "Last updated", "Last Updated", "LAST UPDATED")  # fmt: skip
#: Elements whose own text opens with a date label.
_LABELLED = (
    "//*[not(self::script or self::style)]["
    + " or ".join(f"starts-with(normalize-space(text()), '{label}')" for label in _LABELS)
    + "]"
)
#: At most this many labelled elements are read (hostile pages may hold thousands).
_MAX_ELEMENTS = 20
#: A labelled date line longer than this is prose, not a date line.
_MAX_CHARS = 160


def pick_date(extracted: object, own: list[str], tree: Any) -> dt.date | None:
    """trafilatura's date when the page's own published metadata backs it; else the date
    the page prints, else trafilatura's, else the page's own published date.

    The page's ``datePublished`` is often a UTC timestamp a day off the local date
    readers see, so on its own it only fills in where nothing else is found.
    """
    found = _iso_day(extracted)
    own_days = [d for d in (_iso_day(v) for v in own) if d is not None]
    if found is not None and found in own_days:
        return found
    shown = visible_date(tree)
    if shown is not None:
        return shown
    if found is not None:
        return found
    return own_days[0] if own_days else None


def visible_date(tree: Any) -> dt.date | None:
    """The date the page prints under a label: the first "Published" / "Posted" / "Written"
    one, else the "Updated" ones when they all name the same day; ``None`` otherwise."""
    firsts: list[dt.date] = []
    updates: list[dt.date] = []
    for element in tree.xpath(_LABELLED)[:_MAX_ELEMENTS]:
        text = " ".join(" ".join(element.itertext()).split())
        if len(text) > _MAX_CHARS:
            continue
        for piece in PAGE_DATE_SPLIT.split(text):
            labelled = PAGE_DATE_LABEL.match(piece)
            if labelled is None:
                continue
            rest = labelled.group("rest")
            printed = read_printed_date(rest, 0, len(rest))
            if printed is None:
                continue
            day = dt.date.fromisoformat(printed.value)
            is_update = labelled.group("label").lower().endswith("updated")
            (updates if is_update else firsts).append(day)
    if firsts:
        return firsts[0]
    if updates and len(set(updates)) == 1:
        return updates[0]
    return None


def _iso_day(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
