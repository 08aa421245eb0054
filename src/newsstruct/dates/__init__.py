"""Stage 5, dates: find date expressions and normalise them to TIMEX3 values.

The stage's modules, in the order a date passes through them:

- :mod:`~newsstruct.dates.starts`: the cheap word tests that say where a date may start,
  and :mod:`~newsstruct.dates.words`, which reads a region's words that pass them;
- :mod:`~newsstruct.dates.grammar`: the grammar, one named branch per rule, built from
  :mod:`~newsstruct.dates.pieces`, with the branches of
  :mod:`~newsstruct.dates.grammar_durations` (counted units),
  :mod:`~newsstruct.dates.grammar_anaphora` (references back) and
  :mod:`~newsstruct.dates.grammar_sets` (times that recur);
- :mod:`~newsstruct.dates.find`: :func:`find_dates`, which tries the grammar there;
- :mod:`~newsstruct.dates.context`: a match, the words around it, and a reader's result;
- one reader per rule: :mod:`~newsstruct.dates.rules` (absolute dates),
  :mod:`~newsstruct.dates.relative` (relative to the publication date),
  :mod:`~newsstruct.dates.durations`, :mod:`~newsstruct.dates.sets`, :mod:`~newsstruct.dates.anaphora` and
  :mod:`~newsstruct.dates.times`;
- :mod:`~newsstruct.dates.focus`: the temporal focus, the time the story is at;
- :mod:`~newsstruct.dates.resolve` and :mod:`~newsstruct.dates.calendar`: calendar arithmetic;
- :mod:`~newsstruct.dates.strings`: dateparser, for absolute date strings the grammar
  does not read (printed date lines, page metadata, "18.04.2024").

The word lists only this stage reads are in :mod:`newsstruct.dates.lexicons`.
"""

from __future__ import annotations

from newsstruct.dates.find import find_dates
from newsstruct.dates.strings import DateString, read_date_string

__all__ = ["DateString", "find_dates", "read_date_string"]
