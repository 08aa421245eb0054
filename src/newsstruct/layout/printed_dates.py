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

import attrs
import regex

from newsstruct.dates.strings import read_date_string
from newsstruct.layout.patterns import (
    DATE_FILLER,
    DATE_LABEL,
    HAS_DIGIT,
    PRINTED_DATE,
    PRINTED_DATE_INSIDE,
    SENTENCE_END,
)
from newsstruct.model import DateMention, DateRange, Published
from newsstruct.text.timewords import month_number

__all__ = [
    "in_page_convention",
    "is_update",
    "is_update_label",
    "read_printed_date",
    "search_printed_date",
]

#: Lead-ins that say the date is a later revision, not the first publication.
_UPDATE_LABELS = ("updated", "modified", "last", "mis à jour", "aktualisiert", "actualizado")
#: What may stand right before a date without being glued to it.
_NOT_GLUE = frozenset(" \t\n,;:|•·-–—(0123456789")
#: A sentence's end a date may be glued to.
_SENTENCE_MARKS = frozenset(".!?")
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


# --- dates inside a header line -------------------------------------------------------
#: Lines longer than this are not searched for a date (a header line is short).
_SEARCH_MAX_CHARS = 300
#: Separators between the parts of a header line ("Opinion | May 3, 2020 | 5 min read"),
#: and the line breaks inside a block of joined lines.
_PARTS = regex.compile(r"[|•·\n]|[ ][-–—/][ ]")


def search_printed_date(
    text: str, start: int, end: int, *, max_other_words: int | None = None
) -> Published | None:
    """The publication date printed somewhere in the header line ``text[start:end]``
    ("By Jane Doe | March 3, 2017", "CBS News March 3, 2017, 9:15 AM"), or ``None``.

    Of several dates, one labelled as published wins over a bare one, which wins over
    an update.  With ``max_other_words``, the part of the line around the date (up to
    a bar or bullet) may hold at most that many other words, so that a sentence with a
    date in it is no header line.
    """
    if end - start > _SEARCH_MAX_CHARS or HAS_DIGIT.search(text, start, end) is None:
        return None  # every date the pattern reads has a digit
    matches = list(PRINTED_DATE_INSIDE.finditer(text, start, end))
    best: Published | None = None
    best_rank = -1
    for match in matches:
        day = _inside_day(match)
        if day is None:
            continue
        part_start, part_end = _part_around(text, start, end, match.start(), match.end())
        if max_other_words is not None and _too_wordy(
            text, part_start, part_end, match, matches, max_other_words
        ):
            continue
        labels = list(DATE_LABEL.finditer(text, part_start, match.start()))
        label = labels[-1].group() if labels else None
        rank = 0 if label is not None and is_update_label(label) else 1 if label is None else 2
        if rank > best_rank:
            core_start, core_end = match.span("core")
            best = _published(text, core_start, core_end, day, label, "printed-date")
            best_rank = rank
    return best


def _inside_day(match: regex.Match[str]) -> dt.date | None:
    """The day of a :data:`PRINTED_DATE_INSIDE` match: a numeric date with dots is day
    first (21.10.2019), with slashes month first, unless the numbers say otherwise
    (01.21.2020, 21/10/2019); a two-digit year is 1970-2069."""
    if not match.group("sa"):
        return _date_of(match)
    first, second, year = int(match.group("sa")), int(match.group("sb")), _year(match.group("sy"))
    day_first = first > 12 or (match.group("sep") == "." and second <= 12)
    month, day = (second, first) if day_first else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _part_around(text: str, start: int, end: int, at: int, to: int) -> tuple[int, int]:
    """The part of the line around ``text[at:to]``, between the separators before and after."""
    before = [m.end() for m in _PARTS.finditer(text, start, at)]
    after = _PARTS.search(text, to, end)
    return (before[-1] if before else start), (after.start() if after else end)


def _too_wordy(
    text: str,
    start: int,
    end: int,
    match: regex.Match[str],
    matches: list[regex.Match[str]],
    limit: int,
) -> bool:
    """More words around the date than a header line holds: ``limit``, twice as many
    around a numeric date (no sentence writes "03/05/2020") or a date glued to the word
    before it ("Jane Ann DoeNovember 6, 2023", as inline elements copy), any number after
    a date that opens a line that is no sentence ("May 3, 2020 by Jane Doe | 5 Comments")
    or before one glued to a sentence's end that ends the line ("...?Monday, 6 January
    2020")."""
    opens = not text[start : match.start()].strip(" :") or DATE_LABEL.fullmatch(
        text[start : match.start()].strip(" :")
    )
    if opens and not SENTENCE_END.search(text, start, end):
        return False
    numeric = match.group("sa") is not None or match.group("iy") is not None
    core = match.start("core")
    glued = core > start and text[core].isupper() and text[core - 1] not in _NOT_GLUE
    if glued and text[core - 1] in _SENTENCE_MARKS and not text[match.end() : end].strip():
        return False  # "... its recovery?Monday, 6 January 2020": a deck, its date glued on
    return _other_words(text, start, end, matches) > (2 * limit if numeric or glued else limit)


def _other_words(text: str, start: int, end: int, dates: list[regex.Match[str]]) -> int:
    """Words in ``text[start:end]`` besides its dates, times, zones, labels and punctuation."""
    pieces, pos = [], start
    for match in dates:
        if start <= match.start() and match.end() <= end:
            pieces.append(text[pos : match.start()])
            pos = match.end()
    pieces.append(text[pos:end])
    return len(DATE_FILLER.sub(" ", " ".join(pieces)).split())


# --- the page's order of day and month ------------------------------------------------
#: A numeric date with slashes or dots, day and month in either order.
_NUMERIC_DATE = regex.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])")
#: How far into a page numeric dates are compared (a long page says it early).
_CONVENTION_CHARS = 200_000


def in_page_convention(published: Published, text: str) -> Published:
    """``published`` read day first when it was printed as an ambiguous numeric date
    ("02/10/2020") on a page whose other numeric dates put the day first ("14/10/2020").

    >>> page = "Posted 02/10/2020 | Comments closed 14/10/2020"
    >>> printed = search_printed_date(page, 0, 17)
    >>> printed.value, in_page_convention(printed, page).value
    ('2020-02-10', '2020-10-02')
    """
    mention = published.mention
    match = None if mention is None else _NUMERIC_DATE.fullmatch(mention.text)
    if mention is None or match is None or match.group(2) == ".":
        return published
    first, second = int(match.group(1)), int(match.group(3))
    if first > 12 or second > 12 or first == second or not _day_first_page(text):
        return published
    try:
        day = dt.date(int(published.value[:4]), second, first)
    except ValueError:
        return published
    iso = day.isoformat()
    moved = attrs.evolve(mention, value=iso, range=DateRange(iso, iso))
    return attrs.evolve(published, value=iso, mention=moved)


def _day_first_page(text: str) -> bool:
    """The page's numeric dates put the day first: one has a first number above 12 and
    none a second number above 12."""
    pairs = [
        (int(m.group(1)), int(m.group(3)))
        for m in _NUMERIC_DATE.finditer(text, 0, _CONVENTION_CHARS)
    ]
    return any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)
