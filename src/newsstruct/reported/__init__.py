"""Stage 4c, reported speech: statements reported without quote marks around them.

- :mod:`~newsstruct.reported.find`: :func:`find_reported`, the shapes of reported
  speech and where each content starts and ends;
- :mod:`~newsstruct.reported.clauses`: content boundaries and the clause test.

The speakers of reported statements are found with those of the quotes, by the same
rules and ranker (:mod:`newsstruct.speakers`).  The word lists only this stage reads
are in :mod:`newsstruct.reported.lexicons`.
"""

from __future__ import annotations

from newsstruct.reported.find import Found, find_reported

__all__ = ["Found", "find_reported"]
