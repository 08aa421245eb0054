"""Quote marks in a paragraph: which characters are marks, and whether each may open or close.

A mark's role comes from its shape (“ opens, ” closes) and, for the marks
without a direction (``"`` and ``'``) or used the wrong way round in broken
pastes, from its neighbours: after a space or opening punctuation and before a
word it opens; after a word or punctuation and before a space or punctuation it
closes.  Single marks inside words (``China’s``, ``don't``), before digits
(``'90s``) and before elided words (``'em``, ``rock 'n' roll``) are apostrophes
and are left out.

>>> [(m.char, m.can_open, m.can_close) for m in find_marks('He said "no" to it.', 0, 19)]
[('"', True, False), ('"', False, True)]
>>> find_marks("China’s rock 'n' roll of the '90s", 0, 33)
[]
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsstruct.quotes.lexicons.quote_elisions import QUOTE_ELISIONS
from newsstruct.text.marks import (
    DOUBLE_CLOSING,
    DOUBLE_OPENING,
    QUOTE_MARK,
    SINGLE,
    SINGLE_CLOSING,
    SINGLE_OPENING,
    STRAIGHT,
)

__all__ = ["Mark", "MarkFamily", "find_marks"]

MarkFamily = Literal["double", "single"]

#: Marks that open a quote by their shape (two-character marks are doubled
#: single marks standing for a double one: `````` and ‘‘ in old newswire text).
_OPENERS = frozenset({*DOUBLE_OPENING, *SINGLE_OPENING, "``", "‘‘"})
#: Marks that close a quote by their shape.
_CLOSERS = frozenset({*DOUBLE_CLOSING, *SINGLE_CLOSING, "’’"})
#: Single marks (nested quotes, British style, or apostrophes).
_SINGLES = frozenset(SINGLE)
#: What may stand right before an opening mark besides a space.
_BEFORE_OPEN = frozenset("([{<—–-/‐‑―‒…:") | _OPENERS
#: What may stand right after a closing mark besides a space.
_AFTER_CLOSE = frozenset(".,;:!?)]}>—–-/‐‑―‒…") | _CLOSERS
#: Punctuation that ends a clause; a mark after it and before a letter is taken
#: for a close with a missing space (``said."Hello``) or an open.
_CLAUSE_END = frozenset(".,;:!?")
#: Straight marks: no direction of their own.
_STRAIGHT = frozenset({*STRAIGHT, "''"})


@attrs.frozen(slots=True)
class Mark:
    """One quote mark at ``pos``; ``can_open``/``can_close`` say which roles its place allows."""

    pos: int
    char: str
    family: MarkFamily
    can_open: bool
    can_close: bool

    @property
    def end(self) -> int:
        """Offset just after the mark (marks of two characters: ``''``)."""
        return self.pos + len(self.char)


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """The quote marks in ``text[start:end]`` in order, apostrophes left out."""
    marks: list[Mark] = []
    for match in QUOTE_MARK.finditer(text, start, end):
        pos, mark_end = match.span()
        before = text[pos - 1] if pos > start else " "
        after = text[mark_end] if mark_end < end else " "
        mark = _classify(text, pos, match.group(), before, after, end)
        if mark is not None:
            marks.append(mark)
    return marks


def _classify(text: str, pos: int, char: str, before: str, after: str, end: int) -> Mark | None:
    """The roles of the mark ``char`` at ``pos`` given its neighbours, or None for an apostrophe."""
    family: MarkFamily = "single" if char in _SINGLES else "double"
    if family == "single" and _is_apostrophe(text, pos, before, after, end):
        return None
    open_place = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
    close_place = (after.isspace() or after in _AFTER_CLOSE) and not before.isspace()
    if char in _STRAIGHT:
        can_open, can_close = open_place, close_place
        if not (can_open or can_close):
            # stray: spaces on both sides, or a missing space after a clause
            stray = before.isspace() and after.isspace()
            can_open = can_close = stray or (before in _CLAUSE_END and after.isalpha())
    elif char in _OPENERS:
        # an opener used as a closer in broken pastes: “word“ (never for single marks)
        can_open, can_close = True, close_place and family == "double"
    else:
        # a closer used as an opener: ”word” (never ’, which starts elisions: ’til)
        can_open, can_close = open_place and family == "double", True
    if not (can_open or can_close):
        return None
    return Mark(pos, char, family, can_open, can_close)


def _is_apostrophe(text: str, pos: int, before: str, after: str, end: int) -> bool:
    """True for a single mark inside a word, before a digit or before an elided word."""
    if before.isalnum() and after.isalnum():
        return True  # China’s, don't, O'Brien, rock'n'roll
    if after.isdigit():
        return True  # '90s, ’24
    if after.isalpha() and not before.isalnum():
        word_end = pos + 1
        limit = min(end, pos + 8)
        while word_end < limit and text[word_end].isalpha():
            word_end += 1
        if word_end == limit and limit < end and text[limit].isalpha():
            return False
        return text[pos + 1 : word_end].lower() in QUOTE_ELISIONS
    if before.isalpha():
        # the second mark of rock 'n' roll
        word_start = pos - 1
        floor = max(0, pos - 8)
        while word_start > floor and text[word_start - 1].isalpha():
            word_start -= 1
        return (
            word_start > 0
            and text[word_start - 1] in _SINGLES
            and text[word_start:pos].lower() in QUOTE_ELISIONS
        )
    return False
