"""A spokesperson speaks for a body: the body is the speaker, the phrase the source.
``A spokesperson for the agriculture department said``, ``a spokesman for the ministry``
(the ministry named before), ``a ministry spokeswoman``, ``a White House spokesman``.
A spokesperson for a person (``a spokeswoman for Ana Ruiz``) is read elsewhere; a
phrase naming no body gives None.

>>> import regex
>>> text = "A spokesperson for the agriculture department"
>>> words = list(regex.finditer(r"\\S+", text))
>>> voiced_body(text, words, [w.group().lower() for w in words], 2).name
'agriculture department'
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.speakers.companies import named_before
from newsstruct.speakers.speech import OrgRef

__all__ = ["VOICES", "body_before_voice", "voiced_body"]

#: Who speaks for a body by their role.
VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"})


def voiced_body(
    text: str, words: list[regex.Match[str]], lows: list[str], joint: int
) -> OrgRef | None:
    """The body named after the "for" at ``lows[joint]`` when a spokesperson stands
    before it; None when no body word is among those words (``a spokesman for Ann Lee``)."""
    if joint < 1 or lows[joint - 1] not in VOICES or joint + 1 >= len(lows):
        return None
    rest = joint + 1 + (lows[joint + 1] == "the")
    if rest >= len(lows) or not any(w in ORGANIZATION_WORDS for w in lows[rest:]):
        return None
    return _body(text, words, lows, rest, len(words))


def body_before_voice(text: str, words: list[regex.Match[str]], lows: list[str]) -> OrgRef | None:
    """The body named before a spokesperson (``a ministry spokeswoman``, ``a White House
    spokesman``) when a body word stands right before; else None."""
    if len(lows) < 2 or lows[-1] not in VOICES or lows[-2] not in ORGANIZATION_WORDS:
        return None
    return _body(text, words, lows, 0, len(words) - 1)


def _body(
    text: str, words: list[regex.Match[str]], lows: list[str], first: int, stop: int
) -> OrgRef:
    """The body ``words[first:stop]`` name, or the one named before that a lone
    lower-case noun refers back to (``the ministry``: the Ministry of Health)."""
    start, end = words[first].start(), words[stop - 1].end()
    one = stop - first == 1 and words[first].group().islower()
    named = named_before(text, start, lows[first]) if one else None
    start, end = named or (start, end)
    return OrgRef(" ".join(text[start:end].split()), start, end)
