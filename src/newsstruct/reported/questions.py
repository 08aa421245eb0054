"""Indirect questions after a cue (``asked which quality ...``, ``asked Clinton Friday
whether she ...``): the words that open one, and where one starts after an object.

>>> text = "asked the mayor whether the bridge was safe"
>>> text[question_after_object(text, 6, len(text)):]
'whether the bridge was safe'
"""

from __future__ import annotations

import itertools

from newsstruct.reported.clauses import opens_with_subject
from newsstruct.reported.found import WORDS, punctuated

__all__ = ["QUESTION_WORDS", "question_after_object"]

#: Words after a cue that open an indirect question (``explained why ...``).
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "which", "who", "when", "where"})
#: Question words that also open a relative clause after a noun ("the man who lives").
_RELATIVE_WORDS = frozenset({"who", "which", "when", "where"})
#: An indirect question starts at most this many words after an object verb's first.
_QUESTION_REACH = 4


def question_after_object(text: str, pos: int, end: int) -> int | None:
    """Where an indirect question starts right after an object verb or a short object
    (``asked which quality ...``, ``asked Clinton Friday whether she ...``), else None."""
    words = list(itertools.islice(WORDS.finditer(text, pos, end), _QUESTION_REACH + 3))
    for k, word in enumerate(words[: _QUESTION_REACH + 1]):
        if k and punctuated(text, words[k - 1].end(), word.start()):
            return None
        low = word.group().lower()
        if low not in QUESTION_WORDS:
            continue
        if k + 1 >= len(words):
            return None  # "He asked why.": no question after the word
        if k and low in _RELATIVE_WORDS and not opens_with_subject(text, words[k + 1].start(), end):
            return None  # "asked the man who lives next door": a relative clause, no question
        return word.start()
    return None
