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

__all__ = ["has_two_sentences", "real_stop", "sentence_end", "sentence_start"]

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


def sentence_end(text: str, pos: int, limit: int) -> int:
    """The end of the sentence running from ``pos`` (a full stop, ``!``, ``?`` or a quote mark)."""
    i = pos
    while i < limit:
        ch = text[i]
        if ch in "“«\n" or (ch in ".!?" and real_stop(text, i)):
            return i
        i += 1
    return limit


def sentence_start(text: str, floor: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``floor``)."""
    i = pos - 1
    while i > floor:
        ch = text[i]
        if ch == "\n" or (ch in ".!?" and real_stop(text, i) and text[i + 1 : i + 2].isspace()):
            return i + 1
        i -= 1
    return floor


def real_stop(text: str, i: int) -> bool:
    """A full stop that ends a sentence, not one of ``U.S.``, ``Sen.``, ``J.``."""
    if text[i] != ".":
        return True
    if text[i + 1 : i + 2] == ")":
        return False
    if text[i - 2 : i - 1] == "." or (
        i >= 1 and text[i - 1].isupper() and not text[i - 2 : i - 1].isalpha()
    ):
        return False
    word_start = i
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:i].lower() not in _ABBREVIATIONS and text[i + 1 : i + 2] != ","


_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "jr", "sr", "st"}
    | {"sgt", "adm", "maj", "prof", "rev", "no", "vs", "inc", "corp", "co", "ltd"}
    | {"del", "atty", "supt", "amb", "sens", "reps", "govs", "gens", "cmdr", "det", "dept"}
)
