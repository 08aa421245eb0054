"""What the readers of date rules share: the match, its context and the reading.

:class:`Match` holds a grammar match's groups by name, :class:`Context` the text
around it and the reference date, :class:`Reading` a reader's result.  The small
word helpers here turn the grammar's groups into numbers and units.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import attrs
import regex

from newsstruct.dates.focus import Focus, sentence_ends
from newsstruct.dates.lexicons.future_cues import FUTURE_CUES
from newsstruct.dates.lexicons.future_leads import FUTURE_LEADS
from newsstruct.dates.lexicons.number_words import NUMBER_WORDS
from newsstruct.dates.lexicons.ordinal_words import ORDINAL_WORDS
from newsstruct.dates.pieces import phrase_trie
from newsstruct.lexicons.irregular_past import IRREGULAR_PAST
from newsstruct.lexicons.speech_verbs import SPEECH_CUES
from newsstruct.model import DateKind
from newsstruct.text import timewords

__all__ = [
    "SHIFTS",
    "UNIT_CODES",
    "Context",
    "Match",
    "Reader",
    "Reading",
    "count_of",
    "day_of",
    "month_number",
    "norm",
    "unit_of",
    "weekday_number",
    "word_after",
    "word_before",
    "year_of",
    "year_shift",
]

#: A word that puts a sentence in the future ("will", "upcoming", "scheduled") at a word's
#: start (``\m``; the cues as a trie: every word is tried); a contraction ("we'll") follows its word.
FUTURE_CUE = regex.compile(
    rf"(?:\m(?:{phrase_trie(FUTURE_CUES)})|['’]ll)(?![\p{{L}}])", regex.IGNORECASE
)


#: Cues are looked for again this far before where the last search stopped (one may
#: straddle it).
_LONGEST_CUE = max(map(len, FUTURE_CUES))

#: The word just before a bare year or month ("over 2000", "Windows 2000").
DATE_WORD_BEFORE = regex.compile(r"([\p{L}][\p{L}.'’]*)\s{1,3}$")

#: The word just after a bare year or month ("2000 people", "April Ryan"); use with ``match``.
DATE_WORD_AFTER = regex.compile(r"\s{1,3}([\p{L}][\p{L}'’]*)")


class Match:
    """The groups of one grammar match, read by name (None for a group the rule lacks)."""

    __slots__ = ("_end", "_index", "_match", "_start")

    def __init__(self, match: regex.Match[str]) -> None:
        self._match = match
        self._index = _group_index(match.re)
        self._start, self._end = match.span()

    def __getitem__(self, name: str) -> Any:
        """The group's text (``str``), or None when it took no part or the rule lacks it;
        typed like ``regex.Match.__getitem__``, so rules that always fill a group read it as str."""
        index = self._index.get(name)
        return None if index is None else self._match.group(index)

    def span(self, name: str) -> tuple[int, int]:
        """Offsets of a group, ``(-1, -1)`` when it took no part or the rule lacks it."""
        index = self._index.get(name)
        return (-1, -1) if index is None else self._match.span(index)

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


@functools.cache
def _group_index(grammar: regex.Pattern[str]) -> dict[str, int]:
    """Name to number of a grammar's groups (``regex`` rebuilds the dict on each access)."""
    return dict(grammar.groupindex)


@attrs.frozen
class Context:
    """What a reader may look at: the text, the region the match is in, the reference date
    and the temporal focus (what the text has named so far; readers must not change it)."""

    text: str
    reference: dt.date | None
    region_start: int
    region_end: int
    focus: Focus = attrs.field(
        default=attrs.Factory(lambda self: Focus(self.reference), takes_self=True)
    )
    #: The region's sentence ends and future cues found so far, with how far each has been
    #: looked for (a "frontier"): the windows of dates move left to right, so each stretch
    #: of text near a date is searched once at most.
    _marks: dict[str, list[int]] = attrs.field(factory=dict, init=False)

    def is_future(self, start: int, end: int) -> bool:
        """Whether the word before ``text[start:end]`` points forward ("payable Jan. 2", "by
        February"), else whether its sentence does ("will", "upcoming") unless a past verb
        or "since" comes right before it ("said Friday", "was announced on Wednesday", "since
        March") or between the cue and it."""
        lead, participle = self._lead(start)
        if lead in FUTURE_LEADS:
            return True
        if lead == "since" or (_is_past_form(lead) and not participle):
            return False  # "said Friday", "since March"; not "will be held Friday"
        if not self._marks:
            self._marks.update(
                ends=[], ends_frontier=[self.region_start], cues=[], cue_ends=[],
                frontier=[self.region_start],
            )  # fmt: skip
        low = max(self.region_start, start - 160)
        high = min(self.region_end, end + 40)
        ends = self._sentence_ends(low, high)
        at = bisect.bisect_right(ends, start) - 1
        if at >= 0 and ends[at] > low:
            low = ends[at]
        at = bisect.bisect_left(ends, end)
        if at < len(ends) and ends[at] < high:
            high = ends[at]
        self._find_cues(low, high)
        cue_starts, cue_ends = self._marks["cues"], self._marks["cue_ends"]
        first = bisect.bisect_left(cue_starts, low)
        if first == len(cue_starts) or cue_ends[first] > high:
            return False
        after = bisect.bisect_left(cue_starts, start)
        if after < len(cue_starts) and cue_ends[after] <= high:
            return True  # a cue after the date: "Friday, when he will ..."
        return not _past_verb_between(self.text, cue_ends[after - 1], start)

    def is_said(self, start: int) -> bool:
        """Whether the word before ``text[start:]`` is a speech verb in the past ("said
        Friday", "was told on Wednesday", "announced Monday") or "since" ("since June 1"):
        what it dates came before the reference date, never after it."""
        lead, participle = self._lead(start)
        return lead == "since" or (
            lead in SPEECH_CUES
            and (lead in IRREGULAR_PAST or lead.endswith("ed"))
            and not participle
        )

    def _lead(self, start: int) -> tuple[str, bool]:
        """The word before the date at ``start`` (past an "on" or "at"), and whether it is a
        passive participle after "be" or "being" ("will be held Tuesday", "to be signed on
        Monday", "is at 7.45pm")."""
        words = self.text[max(self.region_start, start - 40) : start].split()
        if words and words[-1].lower() in ("on", "at"):
            words.pop()
        if not words:
            return "", False
        lead, before = words[-1].lower(), words[-2].lower() if len(words) > 1 else ""
        if before == "as":
            return "", False  # "went ahead as planned Saturday": an aside, not the date's verb
        return lead, before in ("be", "being")

    def is_future_verb(self, start: int, *, leads: bool = True) -> bool:
        """Whether a future verb phrase runs straight into the date ("will be debated in
        November", "is to open in March", "scheduled for November"; with ``leads``, also
        "scheduled November"): stronger evidence than a cue elsewhere in the sentence."""
        low = max(self.region_start, start - 64)
        if leads and _word_before_date(self.text, low, start) in _SURE_LEADS:
            return True
        return _future_verb_before(self.text[low:start])

    def _sentence_ends(self, low: int, high: int) -> list[int]:
        """The region's sentence ends, found in ``text[low:high]`` where not looked before."""
        ends, frontier = self._marks["ends"], self._marks["ends_frontier"]
        if high > frontier[0]:
            since = max(low, frontier[0] - 2)  # a point, a quote mark and a space straddle it
            ends.extend(
                e for e in sentence_ends(self.text, since, high) if not ends or e > ends[-1]
            )
            frontier[0] = high
        return ends

    def _find_cues(self, low: int, high: int) -> None:
        """Look for future cues in ``text[low:high]`` where not looked before."""
        frontier = self._marks["frontier"]
        if high <= frontier[0]:
            return
        cue_starts, cue_ends = self._marks["cues"], self._marks["cue_ends"]
        since = max(low, frontier[0] - _LONGEST_CUE)
        for cue in FUTURE_CUE.finditer(self.text, since, high):
            if not cue_starts or cue.start() > cue_starts[-1]:
                cue_starts.append(cue.start())
                cue_ends.append(cue.end())
        frontier[0] = high


#: Words before a past form that make it a participle of a passive or a perfect ahead ("will
#: be held", "to have said").
_PARTICIPLE_LEADS = frozenset({"be", "been", "being", "get", "have", "to"})


def _past_verb_between(text: str, start: int, end: int) -> bool:
    """Whether a past verb ("was", "said", "had") stands between a future cue and a date, so
    the date belongs to a past clause of its own ("it will begin ... since he was rescued
    in late November")."""
    words = text[start:end].lower().split()
    return any(
        word in IRREGULAR_PAST and (at == 0 or words[at - 1] not in _PARTICIPLE_LEADS)
        for at, word in enumerate(words)
    )


#: Words right before a date that put it ahead for certain ("a vote scheduled for November"):
#: the plan participles of :data:`FUTURE_LEADS`, not "by" ("by November, sales had fallen").
_SURE_LEADS = frozenset({"planned", "scheduled", "slated"})

#: A future modal or "is expected" and the verb phrase after it, up to the date: at most six
#: words, none a clause's edge ("that", "when", a comma), no finite past verb; or a verb that
#: puts a date back ("adjourned the matter to", "postponed until"): the new date is ahead.
_FUTURE_VERB = regex.compile(
    r"(?:\b(?:will|shall|won't|is to|are to)(?!\s+of\b)|['’]ll|\b(?:scheduled|set|slated|due|forecast|expected) (?:to|for)"
    r"|\b(?:is|are)\s+(?:expected|due)\b"
    r"|\b(?:adjourned|postponed|deferred|rescheduled|put off|pushed back))"
    r"((?:\s+[\p{L}'’-]+){0,6}?)\s+(?:(?:in|on|at|for|by|to|until|till|through|next|this)\s+)?$",
    regex.IGNORECASE,
)

#: Words that open a clause of its own between a future verb and a date ("will say what
#: happened in November").
_CLAUSE_EDGES = frozenset(
    {"after", "because", "before", "how", "if", "since", "than", "that", "what", "when",
     "where", "which", "while", "who", "why"}
)  # fmt: skip


def _future_verb_before(before: str) -> bool:
    """Whether ``before`` (the text up to a date's preposition and the date) ends in a
    future modal's verb phrase: "will be debated in", "'ll meet again in"."""
    found = _FUTURE_VERB.search(before)
    if found is None:
        return False
    words = found.group(1).lower().split()
    for at, word in enumerate(words):
        participle = at > 0 and words[at - 1] in _PARTICIPLE_LEADS  # "will be held on"
        if word in _CLAUSE_EDGES or (word in IRREGULAR_PAST and not participle):
            return False
        if word.endswith("ed") and not participle:
            return False  # "will try a man arrested in"
    return True


def _is_past_form(word: str) -> bool:
    """ "said", "held", "announced": a past tense or participle."""
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _word_before_date(text: str, start: int, end: int) -> str:
    """The lowercase word before a date, past an "on" ("said on Tuesday"); "" for none."""
    words = text[start:end].split()
    if words and words[-1].lower() == "on":
        words.pop()
    return words[-1].lower() if words else ""


@attrs.frozen
class Reading:
    """A reader's result: the TIMEX3 value, the kind of expression and, where the
    timex is narrower than the match, its offsets (``start``, ``end``): "Monday"
    of "Monday's", "three days" of "three days later"."""

    value: str | None
    kind: DateKind = "date"
    start: int | None = None
    end: int | None = None
    #: Whether the value moves the temporal focus; not for a point a story compares with
    #: ("a year earlier", "the year-ago quarter"), which would drift on each repeat.
    anchors: bool = True
    #: A set's TIMEX3 ``quant`` ("EVERY", "EACH") and ``freq`` ("2X").
    quant: str | None = None
    freq: str | None = None


#: A reader returns one reading, several (a range: "1998-2003" is two timexes) or None.
Reader = Callable[[Match, Context], "Reading | tuple[Reading, ...] | None"]

#: :func:`newsstruct.text.timewords.month_number` and ``weekday_number``, memoised per
#: spelling: every month and weekday mention reads them.
month_number = functools.lru_cache(maxsize=512)(timewords.month_number)
weekday_number = functools.lru_cache(maxsize=512)(timewords.weekday_number)

SHIFTS = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "this coming": 1,
}  # fmt: skip
UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip


def norm(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def count_of(word: str | None) -> int | None:
    """The count a number group holds; None for vague counts ("several")."""
    if not word:
        return 1
    key = norm(word).replace(",", "")
    if key.isdigit():
        return int(key)
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    if key in ("a couple of", "couple of"):
        return 2  # TimeBank: "a couple of years" is P2Y
    tens, _, unit = key.replace(" ", "-").partition("-")
    if unit in _MULTIPLIERS and tens in NUMBER_WORDS:
        return NUMBER_WORDS[tens] * _MULTIPLIERS[unit]  # "a hundred years", "two thousand"
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def unit_of(word: str) -> str:
    word = word.lower()
    if word.startswith("millenni"):
        return "millennium"
    return "century" if word.startswith("centur") else word.rstrip("s")


def year_of(group: str | None) -> int | None:
    """The year a year group holds: "1996", "nineteen ninety-six", "two thousand and eight"."""
    if not group:
        return None
    if group.isdigit():
        return int(group)
    words = [w for w in norm(group).replace("-", " ").split() if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _small_number(words[2:])
    if words[1:] == ["hundred"]:
        return NUMBER_WORDS[words[0]] * 100
    return NUMBER_WORDS[words[0]] * 100 + _small_number(words[1:])


def _small_number(words: list[str]) -> int:
    """ "ninety six" -> 96, "oh five" -> 5, "eleven" -> 11, nothing -> 0."""
    return sum(NUMBER_WORDS.get(word, 0) for word in words)


def day_of(group: str) -> int:
    """The day a day group holds: "18" or "eighth", "twenty-first"."""
    if group.isdigit():
        return int(group)
    return ORDINAL_WORDS[norm(group).replace(" ", "-")]


def word_before(m: Match, ctx: Context) -> str:
    """The word just before a match, one to three spaces off ("over 2000", "Windows 2000"):
    what :data:`DATE_WORD_BEFORE` finds, read backwards without a search."""
    text, stop = ctx.text, m.start()
    low = max(ctx.region_start, stop - 40)
    end = stop
    while end > low and stop - end < 4 and text[end - 1].isspace():
        end -= 1
    if not 1 <= stop - end <= 3:
        return ""
    start = end
    while start > low and (text[start - 1].isalpha() or text[start - 1] in ".'’"):
        start -= 1
    return text[start:end].lstrip(".'’")


def word_after(m: Match, ctx: Context) -> str:
    after = DATE_WORD_AFTER.match(ctx.text, m.end(), min(ctx.region_end, m.end() + 40))
    return after.group(1) if after else ""


def year_shift(m: Match, ctx: Context) -> int | None:
    """The year "this/last/next year" points to, None when not said or no reference."""
    if m["yrel"] is None or ctx.reference is None:
        return None
    return ctx.reference.year + SHIFTS[m["yrel"].lower()]
