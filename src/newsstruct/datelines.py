"""Read the dateline that opens the first paragraph.

>>> text = "HAYWARD, Calif. (AP) — A man was arrested on Monday after a chase."
>>> dateline = read_dateline(text, 0, len(text))
>>> dateline.location, dateline.agency, dateline.text
('HAYWARD, Calif.', 'AP', 'HAYWARD, Calif. (AP) —')
>>> read_dateline("FILE - In this photo, a man walks.", 0, 34) is None
True
"""

from __future__ import annotations

from newsstruct.lexicons.kickers import KICKER_LABELS
from newsstruct.model import Dateline
from newsstruct.patterns import CAPTION_DATE, DATELINE, WORD

__all__ = ["read_dateline"]

#: Capitalised openers that look like a place but are labels.
_NOT_PLACES = KICKER_LABELS | {"correction", "editor's note", "file", "note", "photo", "update"}
_MIN_WORDS_AFTER = 4
_MAX_AGENCY_WORDS = 5


def read_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``text[start:]`` when one opens a paragraph of running text."""
    match = DATELINE.match(text, start, end)
    if match is None:
        return None
    location = match.group("location")
    agency = match.group("agency") or match.group("agency_only")
    if location is not None:
        letters = sum(c.isalpha() for c in location)
        if letters < 2 or location.lower() in _NOT_PLACES or not location.split()[0].isupper():
            return None
    if agency is not None and len(agency.split()) > _MAX_AGENCY_WORDS:
        return None
    if match.group("dash") == "_" and agency is None:  # AP's old "_" dash comes with "(AP)"
        return None
    rest = text[match.end() : end]
    if not _is_running_text(rest):
        return None
    dash_end = match.end("dash")
    return Dateline(start, dash_end, text[start:dash_end], location, agency)


def _is_running_text(rest: str) -> bool:
    """The words after the dash start a sentence (not a caption date, not a list label)."""
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return False
    return len(WORD.findall(rest)) >= _MIN_WORDS_AFTER and not CAPTION_DATE.match(rest)
