"""Read the dateline that opens the first paragraph.

>>> text = "HAYWARD, Calif. (AP) — A man was arrested on Monday after a chase."
>>> dateline = read_dateline(text, 0, len(text))
>>> dateline.location, dateline.agency, dateline.text
('HAYWARD, Calif.', 'AP', 'HAYWARD, Calif. (AP) —')
>>> read_dateline("FILE - In this photo, a man walks.", 0, 34) is None
True
"""

from __future__ import annotations

from newsstruct.layout.lexicons.dateline_labels import DATELINE_LABELS
from newsstruct.layout.patterns import CAPTION_DATE, DATELINE, DATELINE_ALONE
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.model import Dateline
from newsstruct.text.words import count_words

__all__ = ["PLACE_PREFIXES", "read_dateline", "read_dateline_line"]

#: First words of multi-word place names that are not places on their own ("NEW DELHI",
#: "SÃO PAULO", "TEL AVIV"); the byline reader shares them.
PLACE_PREFIXES = frozenset(
    {"el", "fort", "la", "las", "los", "new", "north", "port", "saint", "san", "santa"}
    | {"south", "st.", "west", "east", "são", "sao", "rio", "buenos", "tel", "abu", "kuala"}
    | {"cape", "phnom", "kota"}
)
#: Prefixes that are English words too ("NEW RULES:", "WEST WING:"): no place alone.
_COMPASS = frozenset({"new", "north", "south", "east", "west"})
_MIN_WORDS_AFTER = 4
_MAX_AGENCY_WORDS = 5


def read_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``text[start:]`` when one opens a paragraph of running text."""
    match = DATELINE.match(text, start, end)
    if match is None:
        return None
    location = match.group("location")
    agency = match.group("agency") or match.group("agency_only")
    if location is not None and not _is_place(location, agency is not None):
        return None
    if agency is not None and len(agency.split()) > _MAX_AGENCY_WORDS:
        return None
    dash = match.group("dash")
    if dash == "_" and agency is None:  # AP's old "_" dash comes with "(AP)"
        return None
    if not dash and (agency is None or agency.lower() not in OUTLETS):
        return None  # no dash: only after a news agency ("Gangtok, Jun 18 (PTI) The ...")
    if dash == ":" and agency is None and not _is_known_place(location):
        return None  # "WARNING:", "JOHN SMITH:" (a transcript) are not datelines
    rest = text[match.end() : end]
    if not _is_running_text(rest):
        return None
    dash_end = match.end("dash")
    return Dateline(start, dash_end, text[start:dash_end], location, agency)


def read_dateline_line(text: str, start: int, end: int) -> Dateline | None:
    """A dateline standing alone on the line ``text[start:end]`` ("LISBON —",
    "Washington CNN —"), as a page may print it above the first paragraph.

    >>> line = "Washington CNN —"
    >>> read_dateline_line(line, 0, len(line)).location
    'Washington'
    """
    match = DATELINE_ALONE.match(text[start:end])
    if match is None:
        return None
    location = match.group("location")
    agency = match.group("agency") or match.group("bare_agency")
    if agency is None and location is not None and " " in location:
        rest, _, last = location.rpartition(" ")
        if last.isupper() and last.lower() in OUTLETS:  # "Washington CNN": brackets lost
            location, agency = rest, last
    if location is None and agency is None:
        return None
    if location is not None and not _is_place(location, agency is not None):
        return None
    return Dateline(start, end, text[start:end], location, agency)


def _is_place(location: str, has_agency: bool) -> bool:
    """Capitals for a place (mixed case only before an agency), and not a label."""
    letters = sum(c.isalpha() for c in location)
    if letters < 2 or location.lower() in DATELINE_LABELS:
        return False
    return has_agency or location.split()[0].isupper()


def _is_known_place(location: str | None) -> bool:
    """Every word of the city part is a known place word ("NEW DELHI", "HONG KONG")."""
    if location is None:
        return False
    city = location.split(",")[0].replace("/", " ").lower().split()
    if len(city) == 2 and city[0] in PLACE_PREFIXES and city[0] not in _COMPASS:
        return True  # "KOTA KINABALU", "KUALA TERENGGANU": a prefix and a name
    return bool(city) and all(word in PLACE_WORDS or word in PLACE_PREFIXES for word in city)


def _is_running_text(rest: str) -> bool:
    """The words after the dash start a sentence (not a caption date, not a list label)."""
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return False
    enough = count_words(rest, _MIN_WORDS_AFTER) >= _MIN_WORDS_AFTER
    return enough and not CAPTION_DATE.match(rest)
