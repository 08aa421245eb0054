"""Timexes that the grammar finds in pieces and TimeML tags as one, joined after the readers
have resolved each piece:

- a duration counted in several units, largest first: "two years and eight months"
  (``P2Y8M``), "four hours and 20 minutes" (``PT4H20M``), "2 hours 11 minutes 3 seconds"
  (``PT2H11M3S``), "27 minutes 3.5 seconds" (``PT27M3.5S``: only the last part may have a
  fraction), as court and sport copy prints sentences and race times;
- a quarter named by its months, as South Asian and Australian results copy names fiscal
  quarters: "the October-December quarter" (``2023-Q4``), "the April-June period";
- "the same month (quarter, week, day) last year" (or "a year earlier", "a year ago", "the
  previous year"): that period a year before;
- a month or year with "end-" before it or "-end" after it, as Indian and other
  Commonwealth business copy writes the end of a period: "end-June", "March-end",
  "end-2024" (the value stays the month or year, as for "late June").

>>> import datetime as dt
>>> from newsstruct.model import Span
>>> from newsstruct.dates.find import find_dates
>>> text = "He was jailed for two years and eight months."
>>> [(d.text, d.value) for d in find_dates(text, (Span.of(text, 0, len(text)),), dt.date(2024, 3, 14))]
[('two years and eight months', 'P2Y8M')]
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsstruct.dates.calendar import describe
from newsstruct.model import DateMention

__all__ = ["join_mentions"]

#: One component of a duration: ``P2Y``, ``P8M``, ``PT20M``, ``P3W``.
_ONE_COMPONENT = regex.compile(r"P(?P<time>T)?(?P<amount>\d{1,4}(?:\.\d{1,3})?)(?P<code>[YMWDHS])")
_DATE_PARTS = regex.compile(r"[\d.]+[YMWD]")
_TIME_PARTS = regex.compile(r"[\d.]+[HMS]")
#: The rank of each unit, largest first (``M`` after ``T`` is minutes).
_RANKS = {"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}
#: What may stand between the parts of a compound duration: "and", a comma or a space.
_DURATION_GLUE = regex.compile(r"(?:,?[ \t]{1,3}and|,)?[ \t]{1,3}")
#: The month pairs that bound a calendar quarter, by their numbers, and the quarter.
_QUARTER_MONTHS = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}
_MONTH_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_QUARTER_AFTER = regex.compile(r"[ \t]{1,3}(?:quarter|period)\b", regex.IGNORECASE)
#: Timexes after "the same month (quarter ...)" that move it a year back.
_YEAR_BACK = frozenset({"a year ago", "a year earlier", "last year", "the previous year"})
_THE_BEFORE = regex.compile(r"(?r)\bthe[ \t]{1,3}\Z", regex.IGNORECASE)
_RANGE_DASH = regex.compile(r"[ \t]?[-–][ \t]?")


def join_mentions(
    text: str, found: tuple[DateMention, ...], reference: dt.date | None = None
) -> tuple[DateMention, ...]:
    """``found`` with the pieces of each compound timex joined into one mention (a quarter
    named by its months that holds ``reference`` is the reference's quarter)."""
    joined: list[DateMention] = []
    for mention in found:
        if joined:
            merged = _joined(text, joined[-1], mention, reference)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(_with_end(text, mention))
    return tuple(joined)


def _joined(
    text: str, first: DateMention, second: DateMention, reference: dt.date | None
) -> DateMention | None:
    """One mention for two that TimeML tags as one, None when they stay two."""
    if second.start - first.end > 10:
        return None  # most pairs: far apart
    between = text[first.end : second.start]
    if first.kind == second.kind == "duration":
        value = _compound(first.value, second.value)
        if value is None or _DURATION_GLUE.fullmatch(between) is None:
            return None
        return attrs.evolve(first, end=second.end, text=text[first.start : second.end], value=value)
    if first.rule == second.rule == "month" and _RANGE_DASH.fullmatch(between):
        return _month_quarter(text, first, second, reference)
    if (
        first.text.lower().startswith("the same ")
        and between == " "
        and second.text.lower() in _YEAR_BACK
        and (first.value or "")[:4].isdigit()
    ):
        value = f"{int(first.value[:4]) - 1:04d}{first.value[4:]}"  # type: ignore[index]
        return _mention(text, first.start, second.end, value, first.rule)
    return None


def _compound(first: str | None, second: str | None) -> str | None:
    """The value of two durations read as one ("P2Y" and "P8M": ``P2Y8M``), when each is
    one component, the second in a smaller unit; None otherwise.  Weeks join only days, in
    days ("two weeks and three days": ``P17D``)."""
    parts = [_ONE_COMPONENT.fullmatch(v or "") for v in (*_split(first), second)]
    if any(p is None for p in parts):
        return None
    units = [(p["time"] or "") + p["code"] for p in parts]  # type: ignore[index]
    ranks = [_RANKS[u] for u in units]
    if ranks != sorted(set(ranks)):
        return None
    amounts = [p["amount"] for p in parts]  # type: ignore[index]
    if any("." in a for a in amounts[:-1]):
        return None  # only the last, smallest component may have a decimal fraction
    if "W" in units:
        if units[-2:] != ["W", "D"]:
            return None
        if "." in amounts[-1]:
            return None
        units, amounts = ["D"], [str(int(amounts[-2]) * 7 + int(amounts[-1]))]
    date = "".join(f"{a}{u}" for a, u in zip(amounts, units, strict=True) if not u.startswith("T"))
    time = "".join(f"{a}{u[1]}" for a, u in zip(amounts, units, strict=True) if u.startswith("T"))
    return f"P{date}" + (f"T{time}" if time else "")


def _split(value: str | None) -> list[str | None]:
    """A duration value cut into its components (``P2Y8M`` -> ``P2Y``, ``P8M``;
    ``PT2H11M`` -> ``PT2H``, ``PT11M``), so that a third part can join two."""
    if not value or not value.startswith("P") or "X" in value:
        return [value]
    date, _, time = value[1:].partition("T")
    parts: list[str | None] = [f"P{a}" for a in _DATE_PARTS.findall(date)]
    parts += [f"PT{a}" for a in _TIME_PARTS.findall(time)]
    return parts or [value]


def _month_quarter(
    text: str, first: DateMention, second: DateMention, reference: dt.date | None
) -> DateMention | None:
    """ "the October-December quarter": the quarter the two months bound, in the year the
    second month was read in; the reference's own quarter when it is that one ("the
    January-March quarter" in March, ahead or past)."""
    after = _QUARTER_AFTER.match(text, second.end)
    months = (_month_number(first.text), _month_number(second.text))
    if after is None or months not in _QUARTER_MONTHS or not (second.value or "")[:4].isdigit():
        return None
    quarter = _QUARTER_MONTHS[months]
    year = second.value[:4]  # type: ignore[index]
    if reference is not None and (reference.month - 1) // 3 + 1 == quarter:
        year = f"{reference.year:04d}"
    value = f"{year}-Q{quarter}"
    the = _THE_BEFORE.search(text, max(0, first.start - 8), first.start)
    return _mention(
        text, first.start if the is None else the.start(), after.end(), value, "month_quarter"
    )


def _month_number(name: str) -> int:
    """1 to 12 for a month's name or abbreviation ("October", "Oct."), 0 for none."""
    key = name.lower()[:3]
    return _MONTH_ABBREVIATIONS.index(key) + 1 if key in _MONTH_ABBREVIATIONS else 0


def _with_end(text: str, mention: DateMention) -> DateMention:
    """A month or year with "end-" right before it or "-end" right after it ("end-June",
    "March-end"), the span widened to hold it."""
    if mention.granularity not in ("month", "year"):
        return mention
    start, end = mention.start, mention.end
    if (
        text[max(0, start - 4) : start].lower() == "end-"
        and not text[start - 5 : start - 4].isalnum()
    ):
        start -= 4
    elif text[end : end + 4].lower() == "-end" and not text[end + 4 : end + 5].isalnum():
        end += 4
    else:
        return mention
    return attrs.evolve(mention, start=start, end=end, text=text[start:end])


def _mention(text: str, start: int, end: int, value: str, rule: str) -> DateMention:
    """A date mention of ``text[start:end]`` with ``value``."""
    granularity, covered = describe(value)
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        kind="date",
        granularity=granularity,
        range=covered,
        rule=rule,
    )
