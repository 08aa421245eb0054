"""Tell page furniture from article text, one line at a time.

>>> boilerplate_reason("48.6 F", repeated=False)
'weather'
>>> boilerplate_reason("Please enter your comment!", repeated=False)
'lexicon'
>>> boilerplate_reason("Watch above via Reuters and CBS.", repeated=False)
'lexicon-prefix'
>>> boilerplate_reason("The council met on Monday.", repeated=False) is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsstruct.layout.lexicons.boilerplate_lines import BOILERPLATE_LINES
from newsstruct.layout.lexicons.boilerplate_prefixes import BOILERPLATE_PREFIXES
from newsstruct.layout.patterns import COPYRIGHT, NO_WORDS, SENTENCE_END, WEATHER
from newsstruct.text.words import count_words

__all__ = ["boilerplate_reason", "normalise_line", "repeated_lines"]

_PREFIX_MAX_WORDS = 25
_REPEATED_MAX_WORDS = 8
_PREFIX_LENGTHS = sorted({len(p) for p in BOILERPLATE_PREFIXES})


def normalise_line(line: str) -> str:
    """Lower case, single spaces, no trailing punctuation: the form lexicons are matched in."""
    return " ".join(line.lower().split()).rstrip(" .!:;,…|-—–")


def repeated_lines(lines: Iterable[str]) -> frozenset[str]:
    """Normalised short lines that occur more than once (site names, section furniture)."""
    counts = Counter(
        normalise_line(line)
        for line in lines
        if count_words(line, _REPEATED_MAX_WORDS) <= _REPEATED_MAX_WORDS
        and not SENTENCE_END.search(line)
    )
    return frozenset(line for line, n in counts.items() if n > 1 and line)


def boilerplate_reason(line: str, *, repeated: bool) -> str | None:
    """Why ``line`` is boilerplate (the rule's name), or ``None`` when it is content.

    ``repeated`` says whether the line is one of :func:`repeated_lines`.
    """
    if NO_WORDS.match(line):
        return "no-words"
    # Each word-count limit is checked after the cheaper test it guards.
    if WEATHER.match(line) and count_words(line, 8) <= 8:
        return "weather"
    if COPYRIGHT.match(line) and count_words(line, _PREFIX_MAX_WORDS) <= _PREFIX_MAX_WORDS:
        return "copyright"
    key = normalise_line(line)
    if key in BOILERPLATE_LINES:
        return "lexicon"
    if _has_prefix(key) and count_words(line, _PREFIX_MAX_WORDS) <= _PREFIX_MAX_WORDS:
        return "lexicon-prefix"
    if repeated:
        return "repeated-line"
    return None


def _has_prefix(key: str) -> bool:
    """``key`` opens with a listed prefix that ends at a word boundary ("tags:", not "tagsmith")."""
    return any(
        key[:n] in BOILERPLATE_PREFIXES
        and (len(key) == n or not key[n].isalpha() or not key[n - 1].isalpha())
        for n in _PREFIX_LENGTHS
    )
