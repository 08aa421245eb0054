"""Where each statement is drawn in the annotated text, so that their elements nest.

A statement's element is never split: quotes never overlap one another, and a
reported statement holds its mixed quotes whole.  A reported statement whose
words cross a quote or another reported statement (the one starts inside the
other and ends after it) would break the nesting, so it is drawn up to the
other's edge only; the panel still shows all its words.  Quotes are always drawn
whole.

>>> from newsstruct.view.statements import Statement
>>> quote = Statement(10, 20, "q" * 10, "partial", index=0)
>>> holds = Statement(5, 25, "r" * 20, "mixed", form="reported", quotes=(0,))
>>> crosses = Statement(15, 30, "c" * 15, "indirect", form="reported", index=1)
>>> drawn([holds, quote, crosses])
[(5, 25), (10, 20), (20, 25)]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsstruct.view.statements import Statement

__all__ = ["drawn"]


def drawn(stated: Sequence[Statement]) -> list[tuple[int, int]]:
    """The stretch each statement of ``stated`` is drawn over, in the same order; an
    empty one (``start == end``) is not drawn.  Any two stretches are either apart or
    one inside the other."""
    quotes = sorted((s.start, s.end) for s in stated if s.form == "direct")
    starts = [q[0] for q in quotes]
    out: dict[int, tuple[int, int]] = {}
    reported: list[tuple[int, int, int]] = []
    for i, said in enumerate(stated):
        if said.form == "direct":
            out[i] = (said.start, said.end)
        else:
            reported.append((*_clear_of_quotes(quotes, starts, said.start, said.end), i))
    open_: list[tuple[int, int]] = []  # the reported stretches holding the current point
    for start, end, i in sorted(reported, key=lambda r: (r[0], -r[1], r[2])):
        while open_ and open_[-1][1] <= start:
            open_.pop()
        if open_ and end > open_[-1][1]:
            end = open_[-1][1]  # it crosses the one it starts in: stop at that one's end
        out[i] = (start, end)
        if start < end:
            open_.append((start, end))
    return [out[i] for i in range(len(stated))]


def _clear_of_quotes(
    quotes: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> tuple[int, int]:
    """``start``-``end`` shortened so that it crosses none of ``quotes`` (sorted, apart;
    ``starts`` are their starts).

    >>> quotes = [(0, 10), (20, 30)]
    >>> _clear_of_quotes(quotes, [0, 20], 5, 25), _clear_of_quotes(quotes, [0, 20], 0, 30)
    ((10, 20), (0, 30))
    >>> _clear_of_quotes(quotes, [0, 20], 2, 8), _clear_of_quotes(quotes, [0, 20], 5, 12)
    ((2, 8), (10, 12))
    """
    at = bisect.bisect_right(starts, start) - 1  # the last quote starting at or before start
    if at >= 0 and quotes[at][0] < start < quotes[at][1] < end:
        start = quotes[at][1]
    at = bisect.bisect_left(starts, end) - 1  # the last quote starting before end
    if at >= 0 and start < quotes[at][0] < end < quotes[at][1]:
        end = quotes[at][0]
    return start, max(start, end)
