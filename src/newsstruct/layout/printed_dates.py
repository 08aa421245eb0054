"""Read a header line that prints the publication date.

>>> text = "Updated 4:48 PM EST, Mon November 6, 2023"
>>> published = read_printed_date(text, 0, len(text))
>>> published.value, published.label, published.mention.text
('2023-11-06', 'Updated', 'Mon November 6, 2023')
>>> read_printed_date("The 2024 plan", 0, 13) is None
True
>>> text = "Veröffentlicht: 18.04.2024"
>>> read_printed_date(text, 0, len(text)).value
'2024-04-18'
"""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct.dates.strings import read_date_string
from newsstruct.layout.patterns import PRINTED_DATE
from newsstruct.model import DateMention, DateRange, Published
from newsstruct.text.timewords import month_number

__all__ = ["is_update", "is_update_label", "read_printed_date"]

#: Lead-ins that say the date is a later revision, not the first publication.
_UPDATE_LABELS = ("updated", "modified", "last", "mis à jour", "aktualisiert", "actualizado")
#: A label before a colon is at most this long ("Veröffentlicht am").
_MAX_LABEL = 24


def read_printed_date(text: str, start: int, end: int) -> Published | None:
    """The publication date when ``text[start:end]`` is nothing but a printed date.

    English forms are read here; other ones ("21.10.2019", "mardi 5 juin 2018",
    "Veröffentlicht: 18.04.2024") by dateparser (:func:`newsstruct.dates.read_date_string`).
    """
    match = PRINTED_DATE.match(text, start, end)
    if match is None:
        return _read_other_date(text, start, end)
    day = _date_of(match)
    if day is None:
        return None
    core_start, core_end = match.span("core")
    while core_end > core_start and text[core_end - 1] in " ,":
        core_end -= 1
    return _published(text, core_start, core_end, day, match.group("label"), "printed-date")


def _published(
    text: str, start: int, end: int, day: dt.date, label: str | None, rule: str
) -> Published:
    iso = day.isoformat()
    mention = DateMention(
        start, end, text[start:end], value=iso, kind="date",
        granularity="day", range=DateRange(iso, iso), rule=rule,
    )  # fmt: skip
    return Published(value=iso, source="text", mention=mention, label=label)


def _read_other_date(text: str, start: int, end: int) -> Published | None:
    """A date line the English pattern does not know, with an optional label before a
    colon ("Veröffentlicht: 18.04.2024"); ``rule`` says dateparser read it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,|":
        end -= 1
    label = None
    found = read_date_string(text[start:end])
    colon = text.find(":", start, min(end, start + _MAX_LABEL + 1))
    if found is None and colon > start:
        label = text[start:colon].strip()
        start = colon + 1
        while start < end and text[start].isspace():
            start += 1
        found = read_date_string(text[start:end])
    if found is None:
        return None
    return _published(text, start, end, found.day, label, "printed-date (dateparser)")


def is_update(published: Published) -> bool:
    """True when the printed date is labelled as an update ("Updated", "Last modified")."""
    return is_update_label(published.label or "")


def is_update_label(label: str) -> bool:
    """True for a label that says the date is a revision: "Updated", "Last modified"."""
    return label.lower().startswith(_UPDATE_LABELS)


def _date_of(match: regex.Match[str]) -> dt.date | None:
    """The calendar day the matched groups name, or None when it does not exist."""
    group = match.group
    if group("m1"):
        month, day, year = month_number(group("m1")), int(group("d1")), int(group("y1"))
    elif group("m2"):
        month, day, year = month_number(group("m2")), int(group("d2")), _year(group("y2"))
    elif group("iy"):
        month, day, year = int(group("im")), int(group("id")), int(group("iy"))
    else:
        first, second, year = int(group("sa")), int(group("sb")), int(group("sy"))
        month, day = (second, first) if first > 12 else (first, second)
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(printed: str) -> int:
    """A four-digit year from "2017", "'17" or "17" (two digits: 1970-2069)."""
    digits = printed.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    value = int(digits)
    return 2000 + value if value < 70 else 1900 + value
