"""The temporal focus: the time a story has moved to, for the expressions that refer back to it.

News resolves most dates against the publication date ("yesterday", "last
week"), but anaphoric expressions count from the last time the text itself
established: "the next day", "that year", "a decade earlier", "the year-ago
quarter" (HeidelTime's news strategy, Strötgen and Gertz 2013).  A
:class:`Focus` keeps the last day, month, year and quarter the text named,
each in its own slot, and falls back to the reference date where the text
named none.

>>> import datetime as dt
>>> focus = Focus(dt.date(2024, 4, 18))
>>> focus.year(), focus.day()
(2024, datetime.date(2024, 4, 18))
>>> focus.note("2009-03-02")
>>> focus.year(), focus.day(), focus.month()
(2009, datetime.date(2009, 3, 2), (2009, 3))
>>> focus.note("2011")
>>> focus.year(), focus.day()
(2011, datetime.date(2009, 3, 2))
>>> focus.quarter()  # no quarter named: the last one the reference date closed
(2024, 1)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import attrs
import regex

from newsstruct.dates.calendar import safe_date
from newsstruct.text.lexicons.abbreviations import ABBREVIATIONS

__all__ = ["Focus", "sentence_ends"]

_VALUE = regex.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?|-Q(?P<quarter>[1-4])|-W(?P<week>\d\d))?"
    r"(?:T|-WE|-(?:SP|SU|FA|WI|H[12])|$)"
)


def _sentence_end() -> regex.Pattern[str]:
    """A sentence end: "!", "?", a newline, or a point that ends no abbreviation ("Mr.",
    "Sept.", "U.S.") or initial ("Daniel P. Davison"), then a space."""
    abbreviations = "|".join(
        regex.escape(a[:-1]) for a in sorted(ABBREVIATIONS, key=len, reverse=True)
    )
    return regex.compile(
        rf"""(?:\.(?<!(?<![^\s"'“‘(])(?:{abbreviations}|\p{{L}})\.)|[!?])["'”’)]?\s|\n""",
        regex.IGNORECASE,
    )


#: The end of a sentence, for the window in which a date's tense or day is read.
_SENTENCE_END = _sentence_end()


def sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets just after each sentence end in ``text[start:end]``; the point of an
    abbreviation or an initial ("Mr.", "Sept.", "Daniel P. Davison") ends none."""
    for found in _SENTENCE_END.finditer(text, start, end):
        yield found.end()


#: How far after a year's mention the end of a range it starts can end ("2024/25", "2024 to
#: 2025").
_RANGE_REACH = 10


@attrs.define
class Focus:
    """The last day, month, year and quarter a text named (``None`` until it names one)."""

    reference: dt.date | None
    last_day: dt.date | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None
    #: Where the text named ``last_day`` (the end of its mention).
    last_day_at: int = -1
    #: The year the text last named as such ("2026", "next year"; not "Jan. 2, 2026"), and
    #: where its mention ends.
    named_year: tuple[int, int] | None = None

    def note(self, value: str | None, at: int = -1) -> None:
        """Move the focus to a resolved value (``2009-03-02``, ``2009-Q3``, ``2009``...)
        whose mention ends at offset ``at``; values without a year (``XXXX-04``, ``P3D``,
        ``PAST_REF``) leave it."""
        parts = _value_parts(value or "")
        if parts is None:
            return
        year, month, day, quarter, week = parts
        self.last_year = year
        if not (month or quarter or week) and not self._ends_year_range(year, at):
            self.named_year = (year, at)  # a year the text names as such ("next year", "2026")
        if quarter:
            self.last_quarter = (year, quarter)
        elif week:
            try:
                self.last_day = dt.date.fromisocalendar(year, week, 1)
            except ValueError:
                return
            self.last_day_at = -1  # a week names no day
        elif month:
            self.last_month = (year, month)
            if day:
                self.last_day = safe_date(year, month, day)
                self.last_day_at = at

    def _ends_year_range(self, year: int, at: int) -> bool:
        """Whether a year ends a range whose start the text named just before ("the 2024/25
        financial year", "2024-2025"): the sentence names the range's start, so a month in it
        ("will be read in June") is not pushed into the end's year."""
        if self.named_year is None or at < 0:
            return False
        start, start_at = self.named_year
        return start < year and 0 < at - start_at <= _RANGE_REACH

    def year(self) -> int | None:
        """The year in focus: the last one named, else the reference year."""
        if self.last_year is not None:
            return self.last_year
        return None if self.reference is None else self.reference.year

    def month(self) -> tuple[int, int] | None:
        """(year, month) in focus: the last month named, else the reference month."""
        if self.last_month is not None:
            return self.last_month
        return None if self.reference is None else (self.reference.year, self.reference.month)

    def day(self) -> dt.date | None:
        """The day in focus: the last day named, else the reference date."""
        return self.last_day or self.reference

    def day_in_sentence(self, text: str, start: int) -> dt.date | None:
        """The last day named in the sentence that runs up to ``start`` ("On Monday ... at
        7 p.m."), None when the sentence named none."""
        return self.last_day if _same_sentence(text, self.last_day_at, start) else None

    def day_named_since(self, start: int) -> dt.date | None:
        """The last day named, if the text named it after offset ``start``; else None.

        >>> focus = Focus(None)
        >>> focus.note("2024-04-18", at=120)
        >>> focus.day_named_since(100), focus.day_named_since(130)
        (datetime.date(2024, 4, 18), None)
        """
        return self.last_day if self.last_day_at >= start else None

    def year_ahead_in_sentence(self, text: str, start: int) -> int | None:
        """A year after the reference one that the sentence running up to ``start`` named
        ("next year from June through September"), None when it named none.

        Only a year ahead: a month named after a past year in the same sentence is as
        often in the present one ("joined in July 1997 and will meet on March 12").
        """
        if self.reference is None or self.named_year is None:
            return None
        year, named_at = self.named_year
        if year <= self.reference.year or not _same_sentence(text, named_at, start):
            return None
        return year

    def quarter(self) -> tuple[int, int] | None:
        """(year, quarter) in focus: the last quarter named, else the last one the
        reference date has closed (company results report the quarter just ended)."""
        if self.last_quarter is not None:
            return self.last_quarter
        if self.reference is None:
            return None
        index = self.reference.year * 4 + (self.reference.month - 1) // 3 - 1
        return index // 4, index % 4 + 1


@functools.lru_cache(maxsize=4096)
def _value_parts(value: str) -> tuple[int, int, int, int, int] | None:
    """(year, month, day, quarter, week) of a resolved value, 0 where absent; None for a
    value without a year or with year 0."""
    shape = _VALUE.match(value)
    if shape is None or int(shape["year"]) == 0:
        return None
    return (
        int(shape["year"]),
        int(shape["month"] or 0),
        int(shape["day"] or 0),
        int(shape["quarter"] or 0),
        int(shape["week"] or 0),
    )


def _same_sentence(text: str, named_at: int, start: int) -> bool:
    """Whether a mention that ended at ``named_at`` is in the sentence running to ``start``."""
    if named_at < 0 or named_at > start:
        return False
    return next(sentence_ends(text, named_at, start), None) is None
