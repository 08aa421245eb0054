"""Stage 5, dates: find date expressions and normalise them to TIMEX3 values.

The stage's modules, in the order a date passes through them:

- :mod:`~newsstruct.dates.starts`: the cheap word tests that say where a date may start;
- :mod:`~newsstruct.dates.grammar`: the grammar, one named branch per rule;
- :mod:`~newsstruct.dates.find`: :func:`find_dates`, which tries the grammar there;
- :mod:`~newsstruct.dates.context`: a match, the words around it, and a reader's result;
- :mod:`~newsstruct.dates.rules` and :mod:`~newsstruct.dates.relative`: one reader per rule;
- :mod:`~newsstruct.dates.resolve` and :mod:`~newsstruct.dates.calendar`: calendar arithmetic.

The word lists only this stage reads are in :mod:`newsstruct.dates.lexicons`.
"""

from __future__ import annotations

from newsstruct.dates.find import find_dates

__all__ = ["find_dates"]
