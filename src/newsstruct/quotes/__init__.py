"""Stage 3, quotes: every direct quote in the body, with its kind and marks.

- :mod:`~newsstruct.quotes.marks`: which quote-mark characters open and which close
  (an apostrophe is no mark);
- :mod:`~newsstruct.quotes.find`: :func:`find_quotes`, which pairs the marks of each
  paragraph into quotes, and block quotes after a colon;
- :mod:`~newsstruct.quotes.kinds`: whether a quote is ``full``, ``partial`` or a ``term``.

The quote-mark characters themselves are defined once, in :mod:`newsstruct.text.marks`.
The word lists only this stage reads are in :mod:`newsstruct.quotes.lexicons`.
"""

from __future__ import annotations

from newsstruct.quotes.find import find_quotes
from newsstruct.quotes.transcripts import with_transcripts

__all__ = ["find_quotes", "with_transcripts"]
