"""Stage 4b, speakers: who said each quote.

- :mod:`~newsstruct.speakers.attribute`: :func:`attribute_quotes`, which tries the rules
  of :mod:`~newsstruct.speakers.rules` on each quote, in order;
- :mod:`~newsstruct.speakers.resolver`: who the words at a cue are: a person, a pronoun,
  a descriptor, an organisation or a document;
- :mod:`~newsstruct.speakers.according`: the source of ``according to X`` (the whole
  phrase X when it names no one);
- :mod:`~newsstruct.speakers.heads`: the head words of a speaker's noun phrase;
- :mod:`~newsstruct.speakers.patterns`: this stage's regular expressions.

The word lists only this stage reads are in :mod:`newsstruct.speakers.lexicons`.
"""

from __future__ import annotations

from newsstruct.speakers.attribute import Attribution, attribute_quotes

__all__ = ["Attribution", "attribute_quotes"]
