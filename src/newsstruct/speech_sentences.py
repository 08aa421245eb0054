"""Sentence edges around a quote, for the speaker rules: where the reporter's sentence
holding a quote starts and ends, with full stops of ``U.S.``, ``Sen.``, ``J.`` and
``(D-Wis.)`` not read as sentence ends.

>>> text = "Sen. J. Doe (D-Wis.) spoke. “We won,” she said."
>>> sentence_start(text, 0, text.index("“")), sentence_end(text, 0, len(text))
(27, 26)
"""

from __future__ import annotations

__all__ = ["real_stop", "sentence_end", "sentence_start"]


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
