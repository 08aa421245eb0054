"""Sentence boundaries that know common abbreviations.

>>> has_two_sentences("The U.S. Senate is expected to pass the bill.")
False
>>> has_two_sentences("It rained. The match was called off.")
True
>>> has_two_sentences("Mr. Biden met J. Smith on Friday.")
False
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.abbreviations import ABBREVIATIONS

__all__ = ["has_two_sentences"]

#: Two sentences: an end mark, a space and a capital.
SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’]?[ ]+[\"“‘]?\p{Lu}")


def has_two_sentences(line: str) -> bool:
    """True when ``line`` holds a sentence end followed by another sentence."""
    for match in SENTENCE_BREAK.finditer(line):
        if line[match.start()] != "." or not _is_abbreviation(line, match.start()):
            return True
    return False


def _is_abbreviation(line: str, dot: int) -> bool:
    """The word ending at ``line[dot]`` is an abbreviation or an initial ("J.")."""
    start = dot
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    word = line[start : dot + 1].lower().lstrip("\"'“‘(")
    letters = word.replace(".", "")
    return word in ABBREVIATIONS or len(letters) <= 1 or (len(letters) <= 3 and word.count(".") > 1)
