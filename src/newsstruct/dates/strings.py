"""Absolute date strings the grammar does not read, read by dateparser.

The grammar reads English dates in running text; a page also prints dates it
was never written for: numeric forms ("18.04.2024", "2024/4/18", "21/10/2019"),
month names in other languages in date lines and page metadata ("mardi 5 juin
2018", "Dienstag, 16. April 2024"), clock times with zones ("Thu, 18 Apr 2024
09:30:00 GMT").  dateparser reads those well, and slowly (about a millisecond a
string, far more the first time a language loads), so it runs only on a short
string that already looks like a date (:data:`DATE_LIKE`) and its answers are
cached.  Its languages are fixed (:data:`LANGUAGES`): guessing among all 200
costs a second and a half on a string that is no date at all.

>>> read_date_string("mardi 5 juin 2018").value
'2018-06-05'
>>> read_date_string("Thu, 18 Apr 2024 09:30:00 GMT").value
'2024-04-18T09:30Z'
>>> read_date_string("18.04.2024").value, read_date_string("The company said") is None
('2024-04-18', True)
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs
import regex

__all__ = ["DATE_LIKE", "LANGUAGES", "DateString", "read_date_string"]

#: The languages dateparser reads date strings in: the languages of most news sites
#: after English (W3Techs content-language survey).  More languages cost load time.
LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt", "ru", "ja", "zh")

#: A string that may be an absolute date: a four-digit year and a day-sized number in
#: either order ("5 juin 2018", "2024年4月18日"), or day, month and year in digits.
#: Anything else ("The 2024 plan") is not worth dateparser's time.
DATE_LIKE = regex.compile(
    r"(?<![\p{N}])(?:[1-9]|[0-3]\d)(?![\p{N}]).{0,40}?(?<![\p{N}])(?:1[5-9]\d\d|2\d\d\d)(?![\p{N}])"
    r"|(?<![\p{N}])(?:1[5-9]\d\d|2\d\d\d)(?![\p{N}]).{0,40}?(?<![\p{N}])(?:[1-9]|[0-3]\d)(?![\p{N}])"
    r"|(?<![\p{N}])\d{1,2}[./-]\d{1,2}[./-]\d{2}(?![\p{N}])",
    regex.DOTALL,
)

#: Longest string handed to dateparser: a date line, not a paragraph.
_MAX_CHARS = 80
_CACHE_SIZE = 4096
_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": True,
}


@attrs.frozen
class DateString:
    """A date dateparser read: the day, the clock time if one was printed (``"09:30"``)
    and its UTC offset if a zone was (``"+00:00"``)."""

    day: dt.date
    time: str | None = None
    offset: str | None = None

    @property
    def value(self) -> str:
        """The TIMEX3 value: ``2024-04-18``, ``2024-04-18T09:30``; a UTC time ends in ``Z``."""
        if self.time is None:
            return self.day.isoformat()
        zone = "Z" if self.offset == "+00:00" else ""
        return f"{self.day.isoformat()}T{self.time}{zone}"


@functools.lru_cache(maxsize=_CACHE_SIZE)
def read_date_string(text: str) -> DateString | None:
    """The date ``text`` prints, or None when it is not one short absolute date.

    Cached: a page repeats its date lines, and a batch of pages from one site repeats
    their shapes.  Never raises on odd text; dates outside 0001-9999 are None.
    """
    text = " ".join(text.split())
    if not text or len(text) > _MAX_CHARS or DATE_LIKE.search(text) is None:
        return None
    try:
        data = _parser(_date_order(text)).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    found = data.date_obj
    if found is None:
        return None
    time = None
    if data.period == "time":
        time = f"{found.hour:02d}:{found.minute:02d}"
    offset = None
    if found.tzinfo is not None and (delta := found.utcoffset()) is not None:
        minutes = int(delta.total_seconds()) // 60
        offset = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return DateString(found.date(), time, offset)


def _date_order(text: str) -> str:
    """Year first for "2024/4/18", else day first ("18.04.2024", "21/10/2019"): a string the
    grammar left is not the US month/day/year it reads itself."""
    return "YMD" if regex.match(r"\s*\d{4}[./-]", text) else "DMY"


@functools.cache
def _parser(order: str) -> Any:
    """One dateparser parser per date order, built once: building one loads its languages."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(LANGUAGES), settings={**_SETTINGS, "DATE_ORDER": order})
