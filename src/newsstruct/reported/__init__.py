"""Stage 4c, reported speech: statements reported without quote marks around them.

- :mod:`~newsstruct.reported.find`: :func:`find_reported`, the sentences read and the
  ``after`` shape;
- :mod:`~newsstruct.reported.headline`: the statement a headline attributes to a
  person (``Ryan: ...``, ``Okafor Says ...``), shape ``label``;
- :mod:`~newsstruct.reported.colons`: an unquoted clause after a cue's colon
  (``She said: nobody will pay``);
- :mod:`~newsstruct.reported.according`: the ``according`` and ``as`` shapes
  (``according to X``, ``as CNN reported``);
- :mod:`~newsstruct.reported.before`: the ``before`` shape (the cue, then the content);
- :mod:`~newsstruct.reported.found`: what the shapes share (:class:`Found`, word tests);
- :mod:`~newsstruct.reported.nouns`: statements carried by a noun of saying
  (``X's statement that ...``);
- :mod:`~newsstruct.reported.trailing`: when a comma and a cue end no content;
- :mod:`~newsstruct.reported.pieces`: the pieces of a statement around a cue set off
  by commas (``Loyalty, he noted, has ...``; ``A, he said, and B``);
- :mod:`~newsstruct.reported.clauses`: content boundaries and the clause test;
- :mod:`~newsstruct.reported.listeners`: a tell-verb's listener and an object verb's
  complement, between the cue and the content.

The speakers of reported statements are found with those of the quotes, by the same
rules and ranker (:mod:`newsstruct.speakers`).  The word lists only this stage reads
are in :mod:`newsstruct.reported.lexicons`.
"""

from __future__ import annotations

from newsstruct.reported.find import Found, find_reported
from newsstruct.reported.headline import headline_statements

__all__ = ["Found", "find_reported", "headline_statements"]
