"""``according to X``: when X names no one, the source is the whole noun phrase X.

``According to early results of exit polls conducted for the network, ...`` names a
document, and its words up to the clause's break (a comma, ``that``, a dash) are the
source a reader sees, not its first seven words.  A person named there still speaks
(``according to Jane Roe, the mayor``), and so does an organisation or a group the
phrase names (``according to the Pentagon``, ``according to FEC records``): the seed
annotations count those as the speaker.

A time phrase at the end (``according to tallies kept by volunteers on Tuesday``)
says when, not who, and is left out.

>>> from newsstruct.model import Span
>>> from newsstruct.speakers.speech import unnamed
>>> text = "according to tallies kept by volunteers on Tuesday."
>>> head = unnamed(Span.of(text, 0, 12), "according-to", Span.of(text, 13, 20))
>>> whole_phrase(text, head, 13, 50).source.text
'tallies kept by volunteers'
"""

from __future__ import annotations

import regex

from newsstruct.model import Span
from newsstruct.people.patterns import PEOPLE_TOKEN
from newsstruct.speakers.speech import Speech, unnamed
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = ["whole_phrase"]

#: The most words an ``according to`` phrase keeps (a longer one is cut there).
_MAX_PHRASE_WORDS = 24

#: A hyphen with spaces round it, which some sites print for a dash.
_SPACED_HYPHEN = regex.compile(r"\s-\s")

#: Words that start a time phrase after the source (``on Tuesday``, ``last week``).
_TIME_LEADS = frozenset({"on", "in", "at", "last", "this", "earlier", "late", "early"})

#: Words that make a ``_TIME_LEADS`` word (and ``the``) start a time phrase.
_TIME_WORDS = frozenset(
    set(WEEKDAYS)
    | set(MONTHS)
    | {"week", "month", "year", "morning", "afternoon", "evening"}
    | {"night", "weekend", "today", "yesterday", "tonight", "time"}
)


def whole_phrase(text: str, found: Speech, start: int, end: int) -> Speech:
    """``found`` (the speaker read from the head of the phrase at ``start``..``end``)
    when it names one; else no speaker, and the whole phrase as source."""
    if found.speaker is not None:
        return found
    hyphen = _SPACED_HYPHEN.search(text, start, end)
    words = list(PEOPLE_TOKEN.finditer(text, start, end if hyphen is None else hyphen.start()))
    words = _before_time_phrase(words[:_MAX_PHRASE_WORDS])
    if not words:
        return found
    return unnamed(found.cue or Span.of(text, start, start), found.rule, _span(text, words))


def _before_time_phrase(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The words up to a time phrase that ends them (``... on Tuesday``, ``at the time``)."""
    for k in range(1, len(words) - 1):
        if words[k].group().lower() not in _TIME_LEADS:
            continue
        nxt = k + 2 if words[k + 1].group().lower() == "the" and k + 2 < len(words) else k + 1
        if words[nxt].group().lower() in _TIME_WORDS:
            return words[:k]
    return words


def _span(text: str, words: list[regex.Match[str]]) -> Span:
    return Span.of(text, words[0].start(), words[-1].end())
