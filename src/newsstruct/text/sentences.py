"""Sentence edges, one answer for every stage.

A full stop ends a sentence unless it closes an abbreviation or an initial
("Calif.", "Adm.", "U.S.", "J.") that the sentence goes on after: "Gov. Gavin
Newsom", "the U.S. Senate".  An abbreviation's point does end the sentence when
a word that opens sentences follows it ("... moved to Fresno, Calif. The next
day ..."), or the line ends.  The abbreviations are one list,
:mod:`newsstruct.text.lexicons.abbreviations`.

>>> has_two_sentences("The U.S. Senate is expected to pass the bill.")
False
>>> has_two_sentences("It rained. The match was called off.")
True
>>> has_two_sentences("Mr. Biden met J. Smith on Friday.")
False
>>> has_two_sentences("She grew up in Fresno, Calif. The family moved in 1990.")
True
>>> text = "Sen. J. Doe (D-Wis.) spoke. “We won,” she said."
>>> sentence_start(text, 0, text.index("“")), sentence_end(text, 0, len(text))
(27, 26)
"""

from __future__ import annotations

import regex

from newsstruct.text.lexicons.abbreviations import ABBREVIATIONS
from newsstruct.text.lexicons.sentence_openers import SENTENCE_OPENERS
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "SENTENCE_BREAK",
    "ends_sentence",
    "has_two_sentences",
    "is_abbreviation",
    "opens_sentence",
    "sentence_end",
    "sentence_start",
]

#: Two sentences: an end mark, a space and a capital.
SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’]?[ ]+[\"“‘]?\p{Lu}")

#: Marks that may stand between a full stop and the next sentence's first word.
_AFTER_STOP = " )]" + CLOSING
_BEFORE_WORD = "(" + OPENING
#: Characters before the point of the longest abbreviation, an opening mark included.
_LONGEST_ABBREVIATION = 1 + max(len(a) for a in ABBREVIATIONS)
#: Abbreviations only before a figure ("No. 10 Downing Street"); elsewhere the word
#: ends a sentence ("he would vote no. Ms. Lee ...").
_BEFORE_FIGURES = frozenset({"no."})
#: The longest word looked at around a stop: abbreviations and openers are short.
_WORD_WINDOW = 12
#: What may end a sentence for :func:`sentence_end` (an opening quote mark too), and for
#: :func:`sentence_start`, searched backwards.
_SENTENCE_END_MARK = regex.compile(r"[“«\n.!?]")
_SENTENCE_START_MARK = regex.compile(r"(?r)[\n.!?]")


def is_abbreviation(word: str) -> bool:
    """``word`` (with its final point, any case) is an abbreviation or an initial:
    ``Calif.``, ``Adm.``, ``U.S.``, ``J.``, ``Ph.D.``.

    >>> [is_abbreviation(w) for w in ("Calif.", "Adm.", "U.S.", "J.", "rained.")]
    [True, True, True, True, False]
    """
    low = word.lower().lstrip(_BEFORE_WORD)
    letters = low.replace(".", "")
    return low in ABBREVIATIONS or len(letters) <= 1 or (len(letters) <= 3 and low.count(".") > 1)


def opens_sentence(word: str) -> bool:
    """A capitalised word that opens sentences and rarely follows an abbreviation
    inside one ("The", "He", "But")."""
    return word[:1].isupper() and word.lower() in SENTENCE_OPENERS


def ends_sentence(text: str, i: int) -> bool:
    """Whether the mark ``text[i]`` (``.``, ``!``, ``?``) ends a sentence.

    >>> text = "In the U.S. Senate. In the U.S. The end."
    >>> [ends_sentence(text, i) for i, ch in enumerate(text) if ch == "."]
    [False, False, True, False, True, True]

    The answers for the last long text asked about are kept: the stages ask about
    the same marks of an article again and again (each of its sentence ends some
    three times), and an answer depends on nothing but the text and ``i``.
    """
    if len(text) < _KEPT_MIN_CHARS:
        return _ends_sentence(text, i)
    kept = _kept
    answers = kept[1] if kept[0] is text else _keep(text)
    found = answers.get(i)
    if found is None:
        found = answers[i] = _ends_sentence(text, i)
    return found


#: The answers of :func:`ends_sentence` are kept for texts at least this long (an
#: article, not a line of it).
_KEPT_MIN_CHARS = 500
#: The last long text asked about and the answers for it, by mark position.
_kept: tuple[str, dict[int, bool]] = ("", {})


def _keep(text: str) -> dict[int, bool]:
    """A new, empty store of answers for ``text`` (replacing the last text's)."""
    global _kept
    answers: dict[int, bool] = {}
    _kept = (text, answers)
    return answers


def _ends_sentence(text: str, i: int) -> bool:
    """:func:`ends_sentence`, worked out."""
    if text[i] != ".":
        return True
    if text[i + 1 : i + 2] in (")", ","):
        return False  # "(D-Wis.)", "Acme Inc., the maker"
    start = i
    floor = max(0, i - _WORD_WINDOW)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    if (start == floor > 0 and not text[start - 1].isspace()) or (
        i - start > _LONGEST_ABBREVIATION and "." not in text[start:i]
    ):
        return True  # a long word is no abbreviation
    word = text[start : i + 1]
    digit = word.lstrip(_BEFORE_WORD)[:-1]
    if len(digit) == 1 and digit.isdigit() and not text[i + 1 : i + 2].isdigit():
        # "before July 1. Asked whether ...": a date's end (not "No. 1. of the list", "1.5")
        following = _next_word(text, i + 1)
        capital = following[:1].isupper() and not (len(following) > 1 and following.isupper())
        return _sentence_follows(text, i + 1) or capital  # not "1. FC Köln"
    if not is_abbreviation(word):
        return True
    if word.lower().lstrip(_BEFORE_WORD) in _CLOCK_ABBREVIATIONS:
        return _after_a_clock_time(text, i + 1)
    if word.lower() in _BEFORE_FIGURES:
        return not text[i + 1 :].lstrip(" ")[:1].isdigit()  # "no. 2" but "voted no. Ms. Lee"
    return _sentence_follows(text, i + 1)


#: The abbreviations that end a clock time ("at 11.20 p.m.").
_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
#: Capitalised words a clock time runs on into: a time zone's ("5 p.m. Eastern").
_ZONE_WORDS = frozenset({"eastern", "central", "mountain", "pacific", "atlantic", "local"})
#: Capitalised words after a clock time that keep its sentence going: a day, a month.
_DATE_WORDS = _ZONE_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
#: Nouns that end a capitalised time or day a clock time runs on into ("Moscow time",
#: "British Summer Time", "Christmas Eve", "Boxing Day").
_TIME_NOUNS = frozenset({"time", "eve", "day", "night"})


def _after_a_clock_time(text: str, pos: int) -> bool:
    """A clock time's "p.m." at ``pos - 1`` ends a sentence when the line ends or a
    capitalised word follows that is no day, month or time zone ("by 11.20 p.m. Water
    production was not affected"; not "at 5 p.m. Monday", "6 a.m. GMT")."""
    if _sentence_follows(text, pos):
        return True
    following = _next_word(text, pos)
    if not following[:1].isupper() or (len(following) > 1 and following.isupper()):
        return False  # "p.m. local time", "p.m. GMT"
    if following.lower() in _DATE_WORDS:
        return False
    run_on = text[pos : pos + 40].lower().split()[:4]  # "3 p.m. Moscow time", "6 p.m.
    return not any(word.strip(",.") in _TIME_NOUNS for word in run_on[1:])  # Christmas Eve"


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos``, past spaces and closing or opening marks."""
    end = len(text)
    while pos < end and text[pos] in _AFTER_STOP + _BEFORE_WORD:
        pos += 1
    return _letters_at(text, pos)


def _letters_at(text: str, pos: int) -> str:
    """The run of letters at ``pos`` (at most :data:`_WORD_WINDOW` and one)."""
    stop, end = pos, len(text)
    while stop < end and stop - pos <= _WORD_WINDOW and text[stop].isalpha():
        stop += 1
    return text[pos:stop]


def _sentence_follows(text: str, pos: int) -> bool:
    """The line ends at ``pos`` (marks and spaces aside), or a sentence opener follows."""
    end = len(text)
    while pos < end and text[pos] in _AFTER_STOP:
        pos += 1
    if pos >= end or text[pos] in "\n\r":
        return True
    while pos < end and text[pos] in _BEFORE_WORD:
        pos += 1
    return opens_sentence(_letters_at(text, pos))


def has_two_sentences(line: str) -> bool:
    """True when ``line`` holds a sentence end followed by another sentence."""
    return any(ends_sentence(line, m.start()) for m in SENTENCE_BREAK.finditer(line))


def sentence_end(text: str, pos: int, limit: int) -> int:
    """The end of the sentence running from ``pos`` (a full stop, ``!``, ``?`` or a quote mark)."""
    for mark in _SENTENCE_END_MARK.finditer(text, pos, limit):  # a regex skips the words
        i = mark.start()
        if text[i] in "“«\n" or ends_sentence(text, i):
            return i
    return limit


def sentence_start(text: str, floor: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``floor``)."""
    for mark in _SENTENCE_START_MARK.finditer(text, floor + 1, pos):  # backwards, from pos
        i = mark.start()
        if text[i] == "\n" or (ends_sentence(text, i) and text[i + 1 : i + 2].isspace()):
            return i + 1
    return floor
