"""Month and weekday names and their numbers, shared by every stage that reads dates.

These are structural tables (their order is their meaning), not lexicons.

>>> month_number("Sept."), month_number("december"), month_number("Mayday")
(9, 12, None)
>>> weekday_number("Thu"), weekday_number("Sunday")
(3, 6)
"""

from __future__ import annotations

__all__ = ["MONTHS", "WEEKDAYS", "month_number", "weekday_number"]

#: English month names in calendar order.
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip

#: English weekday names, Monday first (``date.weekday()`` order).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Abbreviations beyond the plain three-letter prefix.
_MONTH_ALIASES = {"sept": 8}  # 0-based, like the weekday aliases
_WEEKDAY_ALIASES = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}


def month_number(word: str) -> int | None:
    """1-12 for a month name or its abbreviation ("Sept.", "Dec"), else None."""
    found = _number_of(word, MONTHS, _MONTH_ALIASES)
    return None if found is None else found + 1


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 (Sunday) for a weekday name or abbreviation, else None."""
    return _number_of(word, WEEKDAYS, _WEEKDAY_ALIASES)


def _number_of(word: str, names: tuple[str, ...], aliases: dict[str, int]) -> int | None:
    """The 0-based index in ``names`` of ``word``, written whole or as its first three
    letters (a point after it aside); ``aliases`` give the other abbreviations."""
    key = word.strip().rstrip(".").lower()
    if key in aliases:
        return aliases[key]
    if len(key) < 3:
        return None
    for number, name in enumerate(names):
        if name.startswith(key) and (len(key) == 3 or key == name):
            return number
    return None
