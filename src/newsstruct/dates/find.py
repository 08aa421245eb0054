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

import collections
import datetime as dt
import functools
import itertools
from collections.abc import Iterator

import regex

from newsstruct.dates.calendar import describe, within_calendar
from newsstruct.dates.context import Context, Match, Reading
from newsstruct.dates.focus import Focus
from newsstruct.dates.grammar import date_grammar
from newsstruct.dates.joins import join_mentions
from newsstruct.dates.rules import READERS
from newsstruct.dates.starts import RULES_BETWEEN
from newsstruct.dates.words import (
    Piece,
    Token,
    first_word,
    layouts_of,
    narrowed_grammar,
    next_word_fits,
)
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
            context = None  # made at the region's first match: most regions hold none
            for match in _matches(text, start, region.end):
                if context is None:
                    context = Context(text, reference, region.start, region.end, focus)
                for mention, anchors in _read(match, context):
                    found.append(mention)
                    if anchors and mention.kind in ("date", "time"):
                        focus.note(mention.value, mention.end)
    return join_mentions(text, tuple(found), reference)


def _matches(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The grammar's matches in ``text[start:end]``, left to right, not overlapping.

    The same matches as ``date_grammar().finditer``, found many times faster: the
    grammar is tried only at words that can start a date, cut down to the rules
    that can start with that word, and a weak first word ("the", "last", "about")
    only when a number, month, unit or other head word follows within a few words.
    The words come from :mod:`newsstruct.dates.words`, which reads only the pieces of
    text that hold such words.
    """
    pieces = text[start:end].split(" ")
    layouts = layouts_of(pieces)
    done = start
    located, offset = 0, start  # a piece's number and where it starts
    for index, token in _within_reach(layouts):
        if index > located:  # the pieces between, each with the space after it
            offset += len(" ".join(pieces[located:index])) + 1
            located = index
        position = offset + token.offset
        if position < done:
            continue
        grammar = _grammar_to_try(token, pieces, layouts, index)
        if grammar is None:
            continue
        word = token.word
        match = None
        if position > done and text[position - 1] in "'’" and word[0].isdigit():
            match = grammar.match(text, position - 1, end)  # "the '90s"
        match = match or grammar.match(text, position, end)
        if match is not None:
            done = match.end()
            yield match


def _grammar_to_try(
    token: Token, pieces: list[str], layouts: list[Piece | bool], index: int
) -> regex.Pattern[str] | None:
    """The grammar to try at a date start (in ``pieces[index]``), cut down further for the
    word after it where its rules ask; None when that word rules every date out."""
    if token.next_words is None and token.narrowing is None:
        return token.grammar
    next_word = token.following or first_word(pieces, layouts, index + 1)
    if token.next_words is not None and not next_word_fits(next_word, token.next_words):
        return None
    if token.narrowing is not None:
        return narrowed_grammar(token.narrowing, next_word)
    rules = RULES_BETWEEN.get((token.word.lower(), (next_word or "").lower()))
    return token.grammar if rules is None else date_grammar(rules)


#: How many words after a weak first word a head word must come.
_HEAD_WINDOW = 5


def _within_reach(layouts: list[Piece | bool]) -> Iterator[tuple[int, Token]]:
    """The tokens where a date can start that a head word follows within
    :data:`_HEAD_WINDOW` tokens (or that are one), in order, with their piece's number.

    One pass: the starts wait until the next head word decides them.  A token's number
    is its piece's number plus the tokens the pieces before it hold beyond one each.
    """
    waiting: collections.deque[tuple[int, int, Token]] = collections.deque()
    extra = 0
    for index in itertools.compress(range(len(layouts)), layouts):
        layout = layouts[index]
        assert isinstance(layout, Piece)
        for token in layout.tokens:
            number = index + extra + token.place
            if token.grammar is not None:
                waiting.append((number, index, token))
            if token.head:
                while waiting:
                    start_number, start_index, start_token = waiting.popleft()
                    if start_number + _HEAD_WINDOW >= number:
                        yield start_index, start_token
        extra += layout.token_count - 1


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
