"""A cue's colon before an unquoted clause: ``She said: nobody will pay``, ``Lee told
reporters: the bridge will close`` (a quote mark after the colon opens a direct quote,
which :mod:`newsstruct.quotes` finds).

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "Lee told reporters: the bridge will close"
>>> cue = next(SPEECH_CUE.finditer(text))
>>> found = after_colon(text, 0, len(text), cue, colon_after(text, cue.end() + 1, len(text)))
>>> text[found.content[0]:found.content[1]]
'the bridge will close'
"""

from __future__ import annotations

import regex

from newsstruct.reported.clauses import clause_end, first_verb, looks_like_clause
from newsstruct.reported.found import Found, made, punctuated, skip_space
from newsstruct.reported.that import ASIDE_CHARS, ASIDE_WORDS
from newsstruct.text.marks import OPENING

__all__ = ["after_colon", "colon_after"]

#: A colon before a space (not the colon of ``10:30`` or ``2:1``).
_COLON = regex.compile(r":(?=\s)")


def colon_after(text: str, pos: int, end: int) -> int | None:
    """The colon right after a cue (at ``pos``) or after a short phrase with no other mark
    (``told reporters:``, ``said in a statement:``), if any."""
    found = _COLON.search(text, pos, min(end, pos + ASIDE_CHARS))
    colon = -1 if found is None else found.start()
    if colon < 0 or len(text[pos:colon].split()) > ASIDE_WORDS or punctuated(text, pos, colon):
        return None
    if first_verb(text, pos, colon, first_word=True) is not None:
        return None  # "said three were hurt: two men and a woman": the content's own colon
    return colon


def after_colon(text: str, start: int, end: int, cue: regex.Match[str], colon: int) -> Found | None:
    """``She said: nobody will pay``: an unquoted clause after the cue's colon, in the same
    sentence, is its content (a quote mark after the colon opens a direct quote)."""
    pos = skip_space(text, colon + 1, end)
    if pos >= end or text[pos] in OPENING or text[pos] == '"':
        return None
    stop = clause_end(text, pos, end)
    if not looks_like_clause(text, pos, stop):
        comma = text.find(",", pos, stop)  # "said: without money, the plan was dead"
        rest = skip_space(text, comma + 1, stop)
        if comma < 0 or not looks_like_clause(text, rest, stop):
            return None
    return made((pos, stop), cue, "before", (start, cue.start()))
