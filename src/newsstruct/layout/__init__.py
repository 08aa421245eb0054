"""Stage 2, layout: where everything in the text is (today's structure stage).

- :mod:`~newsstruct.layout.segment`: lines and blocks with offsets;
- :mod:`~newsstruct.layout.structure`: :func:`read_structure`, which puts every block
  in exactly one place: header, section heading, body paragraph or boilerplate;
- :mod:`~newsstruct.layout.header`: kicker, headline, deck, byline, printed date of a
  text that starts at its headline;
- on a pasted page: :mod:`~newsstruct.layout.region` (the kind of every block and the
  densest run of prose), :mod:`~newsstruct.layout.headline` (the headline anywhere
  above it, on the evidence of :mod:`~newsstruct.layout.headline_evidence`),
  :mod:`~newsstruct.layout.page_header` (the header around it, with
  :mod:`~newsstruct.layout.page_zone` and :mod:`~newsstruct.layout.page_meta`) and
  :mod:`~newsstruct.layout.signoff` (an author and date printed under the article);
- :mod:`~newsstruct.layout.bylines`, :mod:`~newsstruct.layout.datelines`,
  :mod:`~newsstruct.layout.printed_dates`, :mod:`~newsstruct.layout.boilerplate`:
  the readers of each kind of line;
- :mod:`~newsstruct.layout.patterns`: this stage's regular expressions.

The word lists only this stage reads are in :mod:`newsstruct.layout.lexicons`.
"""

from __future__ import annotations

from newsstruct.layout.segment import split_lines
from newsstruct.layout.structure import Structure, read_structure

__all__ = ["Structure", "read_structure", "split_lines"]
