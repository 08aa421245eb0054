"""Stage 5: recognise date expressions and normalise them to TIMEX3 values.

One grammar (:func:`newsstruct.dates.grammar.date_grammar`) finds
absolute dates, weekdays, months, seasons, years in context, ranges, decades,
quarters, relative expressions ("last week", "two days ago", "earlier this
month"), references back ("the next day", "the year-ago quarter"), clock times,
durations and vague references; one reader per rule (:data:`READERS`) resolves
each against the reference date, or against the temporal focus
(:class:`~newsstruct.dates.focus.Focus`) for references back.  dateparser only
reads the numeric forms the grammar hands it (:mod:`newsstruct.dates.strings`).

>>> import datetime as dt
>>> from newsstruct.model import Span
>>> text = "The talks ended on Friday, after the April 13 meeting."
>>> found = find_dates(text, (Span.of(text, 0, len(text)),), dt.date(2024, 4, 26))
>>> [(d.text, d.value, d.rule) for d in found]
[('Friday', '2024-04-26', 'weekday'), ('April 13', '2024-04-13', 'month_day')]
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator

import regex

from newsstruct.dates.calendar import describe, within_calendar
from newsstruct.dates.context import Context, Match, Reading
from newsstruct.dates.focus import Focus
from newsstruct.dates.grammar import RULES_BY_FIRST_WORD, date_grammar, digit_class
from newsstruct.dates.rules import READERS
from newsstruct.dates.starts import DATE_HEAD_WORDS, DATE_NEXT_WORDS, DATE_TOKEN_SPLIT
from newsstruct.model import DateMention, DateRange, Span

__all__ = ["find_dates"]


@functools.cache
def _rule_groups(grammar: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
    """(rule, group number) of every top-level branch of a grammar; ``lastgroup`` cannot
    name the branch, because the branches share sub-group names."""
    return tuple(
        (name[2:], index)
        for name, index in sorted(grammar.groupindex.items(), key=lambda item: item[1])
        if name.startswith("r_")
    )


def find_dates(
    text: str, regions: tuple[Span, ...], reference: dt.date | None
) -> tuple[DateMention, ...]:
    """Every date expression inside ``regions``, resolved against ``reference``.

    ``regions`` are the content spans (headline, deck, body paragraphs ...); no
    expression crosses a region boundary.  Without a reference date, relative
    expressions keep ``X`` placeholders (``XXXX-04-13``, ``XXXX-WXX-5``).
    Anaphoric expressions ("the next day", "that year") count from the
    :class:`~newsstruct.dates.focus.Focus`, the last time the text named.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    found: list[DateMention] = []
    focus = Focus(reference)
    for region in sorted(regions, key=lambda r: r.start):
        start = max(region.start, found[-1].end if found else 0)
        if start < region.end:
            context = Context(text, reference, region.start, region.end, focus)
            for match in _matches(text, start, region.end):
                for mention, anchors in _read(match, context):
                    found.append(mention)
                    if anchors and mention.kind in ("date", "time"):
                        focus.note(mention.value, mention.end)
    return tuple(found)


def _matches(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The grammar's matches in ``text[start:end]``, left to right, not overlapping.

    The same matches as ``date_grammar().finditer``, found many times faster: the
    grammar is tried only at words that can start a date, cut down to the rules
    that can start with that word, and a weak first word ("the", "last", "about")
    only when a number, month, unit or other head word follows within a few words.
    """
    # [gap, word, gap, word, ..., gap] in one call; offsets summed from lengths.
    parts = DATE_TOKEN_SPLIT.split(text[start:end])
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    roles = [_ROLES.get(word) or _word_role(word) for word in words]
    heads = [index for index, role in enumerate(roles) if role[1]]
    candidates = [index for index, role in enumerate(roles) if role[0] is not None]
    done = start
    next_head = 0
    for index in candidates:
        while next_head < len(heads) and heads[next_head] < index:
            next_head += 1
        if next_head == len(heads):
            return
        position = offsets[2 * index + 1]
        if position < done or heads[next_head] > index + _HEAD_WINDOW:
            continue
        grammar, _, next_words = roles[index]
        if next_words is not None and not _next_word_fits(words, index + 1, next_words):
            continue
        assert grammar is not None
        match = None
        word = words[index]
        if position > done and text[position - 1] in "'’" and word[0].isdigit():
            match = grammar.match(text, position - 1, end)  # "the '90s"
        match = match or grammar.match(text, position, end)
        if match is not None:
            done = match.end()
            yield match


#: How many words after a weak first word a head word must come.
_HEAD_WINDOW = 5

_Role = tuple["regex.Pattern[str] | None", bool, "frozenset[str] | None"]
_ROLES: dict[str, _Role] = {}


def _word_role(word: str) -> _Role:
    """What a token may do: the cut-down grammar to try there (None if no date starts
    there), whether it is a head word, and the words that must follow it (None: any);
    memoised per spelling."""
    role = _ROLES.get(word)
    if role is None:
        digit = word[0].isdigit()
        key = digit_class(word) if digit else word.lower()
        rules = RULES_BY_FIRST_WORD.get(key)
        grammar = None if rules is None else date_grammar(rules)
        role = (grammar, digit or key in DATE_HEAD_WORDS, DATE_NEXT_WORDS.get(key))
        if len(_ROLES) >= _ROLES_MAX:
            _ROLES.clear()
        _ROLES[word] = role
    return role


def _next_word_fits(words: list[str], index: int, allowed: frozenset[str]) -> bool:
    if index >= len(words):
        return False
    word = words[index]
    return word.lower() in allowed or (word[0].isdigit() and "#digit" in allowed)


_ROLES_MAX = 50_000
_POSSESSIVE = ("'s", "’s", "'S", "’S")


def _read(match: regex.Match[str], context: Context) -> list[tuple[DateMention, bool]]:
    """The mentions a grammar match stands for (none when its rule rejects it, two for a
    range), each with whether it moves the focus.  A value outside the calendar ("next
    year" in 9999) is None, never an error."""
    rule = ""
    for name, index in _rule_groups(match.re):
        if match.start(index) >= 0:
            rule = name
            break
    reader = READERS.get(rule)
    try:
        read = None if reader is None else reader(Match(match), context)
    except OverflowError:
        read = Reading(None)
    if read is None:
        return []
    found = []
    for reading in (read,) if isinstance(read, Reading) else read:
        start = match.start() if reading.start is None else reading.start
        end = match.end() if reading.end is None else reading.end
        if context.text.endswith(_POSSESSIVE, start, end):
            end -= 2  # TimeML tags "Monday" of "Monday's"
        value = within_calendar(reading.value)
        granularity, covered = _extent(value, reading.kind)
        mention = DateMention(
            start=start,
            end=end,
            text=context.text[start:end],
            value=value,
            kind=reading.kind,
            granularity=granularity,
            range=covered,
            rule=rule,
            quant=reading.quant,
            freq=reading.freq,
        )
        found.append((mention, reading.anchors))
    return found


def _extent(value: str | None, kind: str) -> tuple[str | None, DateRange | None]:
    """Granularity and covered days of a value (durations and vague references cover none)."""
    if kind in ("duration", "vague"):
        return kind, None
    return describe(value)
