"""Readers of the rules that count units (:mod:`newsstruct.dates.grammar_durations`).

TimeML (1.2.1) values: a duration is ``P`` + amount + unit (``P3D``, ``PT5H30M``,
``P2Y6M``; ``X`` for an unknown amount: ``PXW``), decades and centuries in years
(``P20Y``), quarters as ``Q``.  An anchored duration is still a duration, tagged
without its signal: "three days" of "three days later", "a day" of "a day before
the vote".  "N units ago" is the date that far back from the publication date,
"N units earlier" from the time the story is at (:class:`~newsstruct.dates.focus.Focus`).
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsstruct.dates.a_unit_cues import granted_to, range_end, shifted_by
from newsstruct.dates.ages import is_age
from newsstruct.dates.calendar import add_months, week_value
from newsstruct.dates.context import (
    SHIFTS,
    Context,
    Match,
    Reading,
    count_of,
    norm,
    unit_of,
    word_after,
    word_before,
)
from newsstruct.dates.lexicons.distance_words import DISTANCE_WORDS
from newsstruct.dates.lexicons.duration_cues import DURATION_CUES
from newsstruct.dates.resolve import shifted_value

__all__ = [
    "duration_value",
    "read_a_unit",
    "read_ago",
    "read_clock_duration",
    "read_duration",
    "read_duration_range",
    "read_past_span",
    "read_plural",
    "read_unit_before",
]

#: ISO 8601 designator of each unit, and how many of the next smaller unit make half of it.
_CODES = {
    "second": ("S", None), "minute": ("M", "30S"), "hour": ("H", "30M"), "day": ("D", "T12H"),
    "night": ("D", "T12H"), "week": ("W", None), "fortnight": ("W", None), "month": ("M", "15D"),
    "quarter": ("Q", None),
    "year": ("Y", "6M"), "decade": ("Y", None), "century": ("Y", None), "millennium": ("Y", None),
    "generation": ("Y", None),
}  # fmt: skip
_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}
#: Units counted in another: a fortnight is two weeks (British and Commonwealth news).
_WEEKS_IN = {"fortnight": 2}
_CLOCK_UNITS = ("second", "minute", "hour")
_SECONDS_IN = {"second": 1, "minute": 60, "hour": 3600}
#: Words before "one day" that make it "some day in the future".
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
#: Words after "to one day" that make it a length ("sentenced to one day in jail").
_NO_VERB_AFTER_ONE_DAY = frozenset(
    {"a", "after", "ago", "ahead", "an", "and", "at", "before", "each", "earlier", "early",
     "every", "for", "from", "in", "last", "late", "later", "of", "off", "on", "only", "or",
     "per", "the", "this", "to", "with"}
)  # fmt: skip
#: Words after a unit that anchor it to an event: "a day before the vote", "hours after".
_ANCHOR_SIGNALS = frozenset({"after", "before", "later"})
#: Words after "a second" that leave it the unit ("a second later", "for a second or two");
#: before any other word it is the ordinal ("a second term", "a second consecutive month").
_AFTER_A_SECOND = frozenset({"after", "ago", "before", "earlier", "later", "longer", "or", "and"})
#: "on" as British and Commonwealth news use it for "later": "A week on from the floods",
#: "Decades on, the scars remain" (not "a week on Friday", "$5 a day on food").
_ON_LATER = regex.compile(r"\s{1,3}on(?:\s{1,3}from\b|\s{0,3}(?:[,.;:!?]|$))", regex.I)
#: Words before a bare plural that make "days of" a part of something, not a length: "the
#: days of the week", "its early years of", "first months of".
#: "that followed" after "the years": a stretch after an event ("In the years that followed").
_FOLLOWED = regex.compile(r"\s{1,3}(?:that|which)\s{1,3}follow(?:ed|s)?\b", regex.I)
#: Words before "hours" that make it a part of the night, not a length: "the early hours of
#: Sunday", "into the small hours", "the wee hours".
_NIGHT_HOURS = frozenset({"early", "small", "wee"})
_DETERMINERS = frozenset(
    {"early", "final", "first", "her", "his", "its", "last", "my", "our", "the", "their",
     "these", "those", "what", "which", "your"}
)  # fmt: skip


def duration_value(count: str | None, unit_word: str, *, half: bool = False) -> Reading:
    """ "three" + "days": ``P3D``; "several months": ``PXM``; "2 1/2 years": ``P2Y6M``."""
    unit = unit_of(unit_word)
    number = None if unit == "generation" else count_of(count)  # "in a generation": PXY
    code, half_code = _CODES[unit]
    time = "T" if unit in _CLOCK_UNITS else ""
    if number is None:
        return Reading(f"P{time}X{code}", "duration")
    if unit in _YEARS_IN:
        years = number * _YEARS_IN[unit] + (_YEARS_IN[unit] // 2 if half else 0)
        return Reading(f"P{years}Y", "duration")
    if unit in _WEEKS_IN:
        weeks = number * _WEEKS_IN[unit] + (_WEEKS_IN[unit] // 2 if half else 0)
        return Reading(f"P{weeks}W", "duration")
    if not half:
        return Reading(f"P{time}{number}{code}", "duration")
    if half_code is None:
        return Reading(f"P{time}{number}.5{code}", "duration")
    if number == 0:
        return Reading(
            f"P{time or ('T' if half_code.startswith('T') else '')}{half_code.lstrip('T')}",
            "duration",
        )
    return Reading(f"P{time}{number}{code}{half_code}", "duration")


def _half(m: Match) -> bool:
    return bool(m["half"] or m["half2"])


def read_duration(m: Match, ctx: Context) -> Reading | None:
    """ "three-day", "60 days", "the first nine months", "2 1/2 years": ``P3D``, ``P60D``..."""
    unit = m["unit"].lower()
    vague = m["num"] is not None and count_of(m["num"]) is None  # "several quarters of losses"
    if unit.startswith("quarter") and word_after(m, ctx).lower() == "of" and not vague:
        return None  # "three quarters of the vote"
    if is_age(m, ctx) or _of_generations(m, ctx):
        return None  # an age: "children under 2 years", "aged 40 years"
    if m["unit"][:1].isupper() and m["num"] and m["num"][:1].isdigit():
        return None  # a title: "60 Minutes", "48 Hours"
    if m["decimal"]:
        return _decimal_duration(m["decimal"], unit)  # "5.2 years": P5.2Y
    count = m["num"] if m["num"] is not None else ("several" if unit.endswith("s") else None)
    if count is not None and count.lower() in ("multi", "many"):
        count = "several"
    if unit == "day" and norm(count or "") == "one" and _some_day(m, ctx):
        return Reading("FUTURE_REF", "vague")  # "Islam will one day be ...", "hopes to one day"
    return duration_value(count, unit, half=_half(m))


def _decimal_duration(amount: str, unit_word: str) -> Reading:
    """ "5.2 years": ``P5.2Y``, "1.5 hours": ``PT1.5H``, "2.5 decades": ``P25Y`` (ISO 8601
    allows a decimal fraction in the last component)."""
    unit = unit_of(unit_word)
    code = _CODES[unit][0]
    if unit in _YEARS_IN:
        amount = f"{float(amount) * _YEARS_IN[unit]:g}"
    elif unit in _WEEKS_IN:
        amount = f"{float(amount) * _WEEKS_IN[unit]:g}"
    return Reading(f"P{'T' if unit in _CLOCK_UNITS else ''}{amount}{code}", "duration")


def _some_day(m: Match, ctx: Context) -> bool:
    """ "one day" before a verb it modifies, after a modal, "to" or "of": some day ahead ("could
    one day power", "hopes to one day lead", "dreams of one day returning"), not a length
    ("sentenced to one day in jail", "cut to one day a week")."""
    before, after = word_before(m, ctx).lower(), word_after(m, ctx)
    if before in _MODALS:
        return True
    if not after.islower() or after in _NO_VERB_AFTER_ONE_DAY:
        return False
    return before == "to" or (before == "of" and after.endswith("ing"))


def _of_generations(m: Match, ctx: Context) -> bool:
    """ "three generations of the family", "a new generation of buses": people or products of
    an age, not a length of time ("for generations" is one)."""
    return m["unit"].lower().startswith("generation") and word_after(m, ctx).lower() == "of"


def read_duration_range(m: Match, ctx: Context) -> tuple[Reading, ...] | None:
    """ "between 3 and 6 weeks", "two to three weeks": two durations, one per end; not an
    age ("aged 10 to 14 years")."""
    first, second = count_of(m["num"]), count_of(m["num2"])
    if first is None or second is None or first >= second or is_age(m, ctx):
        return None
    start, end = m.span("num")
    return (
        _at(duration_value(m["num"], m["unit"]), start, end),
        _at(duration_value(m["num2"], m["unit"]), m.span("num2")[0], m.end()),
    )


def _at(reading: Reading, start: int, end: int) -> Reading:
    return Reading(reading.value, reading.kind, start, end)


def read_ago(m: Match, ctx: Context) -> Reading | tuple[Reading, ...] | None:
    """ "two days ago", "a decade earlier" (dates); "three days later", "ten years from now"
    (durations, tagged without "later"; "now" is a timex of its own)."""
    direction = norm(m["dir"])
    if direction in ("ago", "earlier", "back"):  # "two years back": South Asian "ago"
        return _back(m, ctx, anaphoric=direction == "earlier")
    end = m.span("unit")[1] if m["half2"] is None else m.span("half2")[1]
    duration = _at(duration_value(m["num"], m["unit"], half=_half(m)), m.start(), end)
    if m["now"] is None:
        return duration
    start, now_end = m.span("now")
    return duration, Reading("PRESENT_REF", "vague", start, now_end)


def _back(m: Match, ctx: Context, *, anaphoric: bool) -> Reading | None:
    """The date ``N`` units before the publication date (or the focus, for "earlier")."""
    number = count_of(m["num"])
    if number is None:
        return Reading("PAST_REF", "vague")
    unit = unit_of(m["unit"])
    if unit in _YEARS_IN:
        unit, number = "year", number * _YEARS_IN[unit]
    if unit in _WEEKS_IN:
        unit, number = "week", number * _WEEKS_IN[unit]
    if unit == "year" and ctx.focus.last_quarter is not None:
        year, quarter = ctx.focus.last_quarter  # "a year ago" in a quarterly report
        return Reading(f"{year - number:04d}-Q{quarter}", anchors=False)
    if anaphoric:
        back = _from_focus("day" if unit in _CLOCK_UNITS else unit, -number, ctx)
        return None if back is None else attrs.evolve(back, anchors=False)
    if unit in _CLOCK_UNITS:  # "48 hours ago": two days back, "three hours ago": the day
        unit, number = "day", int(number * _SECONDS_IN[unit] // 86400)
    unit = "day" if unit == "night" else unit
    return Reading(shifted_value(unit, -number, ctx.reference))


#: Words before "the next year" that make it the coming one, counted from now ("over the
#: next year", "within the next month"); elsewhere it follows the year the story is at.
_AHEAD_OF_NOW = frozenset(
    {"during", "for", "in", "into", "over", "through", "throughout", "until", "within"}
)


#: A future verb right after "the next year": the coming one ("The next year will be").
_FUTURE_AFTER = regex.compile(r"\s+(?:will|shall|is\s+going\s+to|(?:is|are)\s+set\s+to)\b", regex.I)


def read_past_span(m: Match, ctx: Context) -> Reading | None:
    """ "the past three years" (``P3Y``), "the coming weeks" (``PXW``), "recent days"
    (``PXD``), "the past month" (the month before), "the following year" (after the focus),
    "the coming century" (``P100Y``)."""
    rel = norm(m["rel"] or "")
    unit = unit_of(m["unit"])
    if rel in _NIGHT_HOURS and unit == "hour":
        return None  # "in the early hours of Sunday": a part of the night, not a length
    if m["num"] is not None or (
        rel in ("recent", "coming", "ahead", "to come") and m["unit"].endswith("s")
    ):
        count = m["num"] if m["num"] is not None else "several"
        return duration_value(count, m["unit"], half=_half(m))
    if m["unit"].lower().endswith("s") or unit in _CLOCK_UNITS or unit in _WEEKS_IN:
        count = "several" if m["unit"].lower().endswith("s") else None
        count = "1" if count is None and unit in _WEEKS_IN else count  # "the past fortnight"
        return duration_value(count, m["unit"])
    if unit in _YEARS_IN and rel in ("past", "next", "coming"):
        return duration_value("1", unit)  # "over the coming century": ``P100Y``
    shift = SHIFTS.get(rel, -1 if rel == "preceding" else 1)
    if rel in ("following", "previous", "prior", "preceding") or unit in ("day", "night"):
        return _from_focus(unit, shift, ctx)  # "the next day" follows the story's day
    if (
        rel == "next"
        and word_before(m, ctx).lower() not in _AHEAD_OF_NOW
        and _FUTURE_AFTER.match(ctx.text, m.end()) is None  # "The next year will be hard"
    ):
        return _from_focus(unit, shift, ctx)  # "In 2019 it closed; the next year it ..."
    return Reading(shifted_value("day" if unit == "night" else unit, shift, ctx.reference))


def read_unit_before(m: Match, ctx: Context) -> Reading | None:
    """ "the year before", "the day after", "the week earlier" at a clause's end: the unit
    before (after) the one the story is at ("down from $450 million the year before"); "the
    week before last" ("the month after next") is two units from the paper's."""
    if m["beyond"]:
        return Reading(
            shifted_value(unit_of(m["unit"]), 2 if "next" in m["beyond"] else -2, ctx.reference)
        )
    shift = -1 if norm(m["rel"]) in ("before", "earlier") else 1
    read = _from_focus(unit_of(m["unit"]), shift, ctx)
    return None if read is None else attrs.evolve(read, anchors=False)


def _from_focus(unit: str, shift: int, ctx: Context) -> Reading | None:
    """The unit ``shift`` after (or before) the one the story is at: "the following year"."""
    if unit in ("day", "night", "week"):
        day = ctx.focus.day()
        if day is None:
            return Reading(None)
        if unit == "week":
            return Reading(week_value(day + dt.timedelta(weeks=shift)))
        return Reading((day + dt.timedelta(days=shift)).isoformat())
    focus_year = ctx.focus.year()
    if unit in _YEARS_IN and focus_year is not None:  # "the following decade": ``199``
        digits = {"decade": 3, "century": 2}.get(unit, 1)
        return Reading(f"{focus_year // _YEARS_IN[unit] + shift:0{digits}d}")
    in_focus = ctx.focus.month()
    if unit == "month" and in_focus is not None:
        year, month = add_months(in_focus[0], in_focus[1], shift)
        return Reading(f"{year:04d}-{month:02d}")
    if unit == "year" and focus_year is not None:
        return Reading(f"{focus_year + shift:04d}")
    return Reading(shifted_value(unit, shift, ctx.reference))


def read_a_unit(m: Match, ctx: Context) -> Reading | None:
    """ "a week" after "for", "within", "nearly" ... (``P1W``), "half an hour" (``PT30M``);
    "$5 million a year", "twice a week", "per day": a frequency (``P1Y``, a set)."""
    unit = m["unit"]
    value = duration_value("0" if m["half"] else "1", unit, half=_half(m))
    after = word_after(m, ctx).lower()
    if unit.lower() == "quarter" and after == "of":
        return None  # "more than a quarter of the market"
    if unit.lower() == "second" and after.isalpha() and after not in _AFTER_A_SECOND:
        return None  # "for a second consecutive meeting", "a second term": the ordinal
    if m["freq"] or norm(m["article"]) == "per":
        if unit_of(unit) in _CLOCK_UNITS:
            return None  # "15 million instructions per second": a rate, no timex
        return attrs.evolve(value, kind="set", freq=_freq(m["freq"]))
    before = word_before(m, ctx).lower()
    if (
        m["approx"]
        or m["half"]
        or m["half2"]
        or before in DURATION_CUES
        or after in _ANCHOR_SIGNALS
        or _ON_LATER.match(ctx.text, m.end(), ctx.region_end)
        or (after == "to" and granted_to(m, ctx, before))
        or (before in ("to", "and") and range_end(m, ctx))
        or (before == "by" and unit_of(unit) != "quarter" and shifted_by(m, ctx))
    ):
        return value
    return None  # "$5 million a year": TimeBank and AQUAINT mostly leave such rates alone


def _freq(words: str | None) -> str | None:
    """TIMEX3 ``freq`` of "twice" or "three times" (``2X``, ``3X``); None for none said."""
    if not words:
        return None
    key = norm(words)
    count = {"once": 1, "twice": 2, "thrice": 3}.get(key) or count_of(key.rsplit(" ", 1)[0])
    return None if count is None else f"{count}X"


def read_plural(m: Match, ctx: Context) -> Reading | None:
    """ "for weeks", "within days", "hours after", "the years that followed", "weeks away":
    ``PXW``, ``PXD``, ``PTXH``, ``PXY``; a bare plural anywhere else ("the weeks before") is no
    timex."""
    before = word_before(m, ctx).lower()
    after = word_after(m, ctx).lower()
    if _of_generations(m, ctx) or (before in _NIGHT_HOURS and m["unit"].lower() == "hours"):
        return None  # "successive generations of jets", "into the small hours"
    anchored = after in _ANCHOR_SIGNALS or after in DISTANCE_WORDS
    anchored = anchored or bool(_ON_LATER.match(ctx.text, m.end(), ctx.region_end))
    if before in DURATION_CUES or (anchored and before != "the"):
        return duration_value("several", m["unit"])
    if before == "the" and _FOLLOWED.match(ctx.text, m.end(), ctx.region_end):
        return duration_value("several", m["unit"])  # "the years that followed": ``PXY``
    if after == "of" and before.isalpha() and before not in _DETERMINERS:
        return duration_value("several", m["unit"])  # "it follows months of talks"
    return None


def read_clock_duration(m: Match, ctx: Context) -> Reading | None:
    """ "2:14:05" (a race time, not a clock time): ``PT2H14M5S``; "3:43.13" (minutes, seconds
    and hundredths): ``PT3M43.13S``."""
    hours, minutes = int(m["hours"] or 0), int(m["minutes"])
    seconds = str(int(m["seconds"])) + (f".{m['fraction']}" if m["fraction"] else "")
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else "", f"{seconds}S"]
    return Reading("PT" + "".join(parts), "duration")
