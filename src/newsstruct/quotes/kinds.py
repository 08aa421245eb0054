"""What a quoted stretch is: full speech, a partial quote, or a quoted name or term.

``full``: a sentence or more of speech, opening a sentence (``“We won,” he
said``, ``He said, “We won.”``).  ``partial``: a fragment inside the reporter's
sentence (``the United States was “concerned”``).  ``term``: a quoted name,
title or scare-quoted word that is not speech (``referred to as “Hafnium”``,
``a 'de facto' ban``).  The speech cues looked up here only shape the decision;
who spoke is the attribution stage's business.

Every look-up reads a bounded window around the marks, so classifying all the
quotes of a text stays linear in its length.

>>> text = 'It said it was "concerned". "We won," he said. A group called "Hafnium" hit.'
>>> [quote_kind(text, 0, len(text), o, o + 1, c, c + 1) for o, c in ((15, 25), (28, 36), (62, 70))]
['partial', 'full', 'term']
"""

from __future__ import annotations

from typing import Literal

import regex

from newsstruct.lexicons.speech_verbs import SPEECH_CUES
from newsstruct.model import QuoteKind
from newsstruct.quotes.lexicons.quote_cue_words import QUOTE_CUE_WORDS
from newsstruct.quotes.lexicons.quote_name_joiners import QUOTE_NAME_JOINERS
from newsstruct.quotes.lexicons.quote_naming_verbs import QUOTE_NAMING_VERBS
from newsstruct.quotes.lexicons.quote_term_cues import QUOTE_TERM_CUES
from newsstruct.text.marks import CLOSING, DOUBLE, OPENING, nickname_at

__all__ = ["cue_after", "cue_before", "quote_kind"]

#: One word next to a quote, for looking up speech cues and term cues:
#: "said", "so-called", "Blinken’s".  A single character class repeated once.
QUOTE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")

#: The end of a sentence inside a short window after a closing mark: stop
#: looking for a speech cue there (``... ," he said. Then ...``).
QUOTE_SENTENCE_STOP = regex.compile(rf"[.!?;:](?=\s|$)|[{regex.escape(DOUBLE)}]")

Context = Literal["start", "sentence", "comma", "word"]

#: How far (in characters) the look-ups read around a quote.
_WINDOW_BEFORE = 80
_NEAR_BEFORE = 40  # enough for the three words before a mark ("referring to as")
_WINDOW_AFTER = 90
_SENTENCE_WINDOW = 120
#: Characters before an opening mark that end a sentence or clause.
_SENTENCE_BEFORE = frozenset(".!?:;—–-([{…" + CLOSING)
#: Punctuation that makes a quote more than a name or a scare-quoted word.
_SPEECH_PUNCT = frozenset(".,!?;:")
_MAX_NAME_WORDS = 6
#: What ends the clause before a comma-introduced quote, and how many words that
#: clause may have to hold the speech cue (``,” Mr. Obama said, “``).
_CLAUSE_BREAKS = (",", ".", ";", ":", "!", "?", "”", '"', "»", "(", "—", "–")
_CUE_CLAUSE_WORDS = 12
#: Closing marks that may end the first half of a quote split by its attribution.
_SPLIT_CLOSERS = ("”", '"', "»", "’’", "''")
_MAX_SCARE_WORDS = 2
#: Single-word speech cues: this stage's own and the attribution lexicon's, less
#: the naming verbs (``a group called “Hafnium”`` names, it does not quote).
_CUE_WORDS = (
    QUOTE_CUE_WORDS | frozenset(c for c in SPEECH_CUES if " " not in c)
) - QUOTE_NAMING_VERBS


def quote_kind(
    text: str,
    floor: int,
    ceiling: int,
    opening: int | None,
    start: int,
    end: int,
    after_close: int | None,
) -> QuoteKind:
    """The kind of the quote ``text[start:end]`` inside the paragraph ``[floor, ceiling)``.

    ``opening`` is the position of its opening mark and ``after_close`` the offset
    right after its closing mark (None when the quote opens at the paragraph
    start or runs to its end without a mark).
    """
    content = text[start:end]
    if opening is not None and nickname_at(text, start):
        return "term"  # Wilfred “Buddy” Penney
    words_before = _words(text, max(floor, (opening or floor) - _NEAR_BEFORE), opening or floor)
    if opening is not None and _term_cue(words_before) and not _after_stop(text, floor, opening):
        return "term"  # the documentary “13th”, not "... video series. “He won,” ..."
    cue_follows = after_close is not None and cue_after(text, after_close, ceiling, 5)
    cue_near = cue_follows or _has_cue(words_before[-2:])
    capitals = _name_capitals(content)
    if capitals == 1 and not cue_near:
        return "term"  # a bare name: “Hafnium”
    cue_next_to = (
        cue_follows or _has_cue(words_before[-1:]) or _after_cue_clause(text, floor, opening)
    )
    if capitals >= 2 and not (cue_next_to and content.endswith((".", ","))):
        return "term"  # a title: “Morning Joe”, “All Bets Are Off.”
    scare = _looks_scare_quoted(content) and not cue_near and opening is not None
    if scare and not _cue_in_sentence(text, floor, opening or floor):
        return "term"  # a scare quote: a 'de facto' ban
    context = _opening_context(text, floor, opening)
    goes_on = (
        after_close is not None
        and not cue_follows
        and _sentence_goes_on(text, content, after_close)
    )
    if context in ("word", "comma") and goes_on:
        return "partial"  # claimed “Trump exaggerates” the level of ...
    capital = _starts_capital(content)
    if context == "start" or (context in ("sentence", "comma") and capital):
        return "full"
    if context == "word" and capital and content[:1].isalpha() and _has_cue(words_before[-3:]):
        return "full"
    if _after_cue_clause(text, floor, opening):
        return "full"  # Axelrod said, “she started as a favorite.” / “A,” he said, “b.”
    return "partial"


def cue_before(text: str, floor: int, pos: int, max_words: int) -> bool:
    """True when one of the ``max_words`` words before ``pos`` (not before ``floor``) is a cue."""
    words = _words(text, max(floor, pos - _WINDOW_BEFORE), pos)
    return _has_cue(words[-max_words:])


def cue_after(text: str, pos: int, ceiling: int, max_words: int) -> bool:
    """True when a speech cue is among the first ``max_words`` words from ``pos`` in its clause.

    >>> cue_after('," he stated. Then', 2, 18, 4), cue_after(', and more', 1, 10, 4)
    (True, False)
    """
    window_end = min(ceiling, pos + _WINDOW_AFTER)
    stop = QUOTE_SENTENCE_STOP.search(text, pos, window_end)
    if stop is not None:
        window_end = stop.start()
    words = [w.lower() for w in QUOTE_WORD.findall(text, pos, window_end)]
    return _has_cue(words[:max_words])


def _sentence_goes_on(text: str, content: str, after_close: int) -> bool:
    """True when the reporter's sentence runs on after an unpunctuated quote: ``” the level``."""
    if not content or not content[-1].isalnum():
        return False
    after = text[after_close : after_close + 2].lstrip()
    return after[:1].isalpha() and after[:1].islower()


def _after_cue_clause(text: str, floor: int, opening: int | None) -> bool:
    """True when the quote opens after a comma ending a speech-cue clause."""
    if opening is None or _opening_context(text, floor, opening) != "comma":
        return False
    return _cue_clause_before(text, floor, opening) or _resumes_split_quote(text, floor, opening)


def _resumes_split_quote(text: str, floor: int, opening: int) -> bool:
    """True for the second half of a quote split by its attribution.

    ``“A,” Tester said, referring to the excuse, “b ...”``: the previous quote
    ends with a comma and the few words since its closing mark hold a cue.
    """
    window_start = max(floor, opening - _WINDOW_BEFORE)
    window = text[window_start:opening]
    close = max(window.rfind(c) for c in _SPLIT_CLOSERS)
    if close < 1 or window[close - 1] != ",":
        return False
    words = _words(text, window_start + close + 1, opening)
    return len(words) <= _CUE_CLAUSE_WORDS and _has_cue(words)


def _cue_clause_before(text: str, floor: int, opening: int) -> bool:
    """True when the clause ending at the comma before ``opening`` holds a speech cue.

    ``Axelrod said, “she started ...”``, ``“A,” he said, “b ...”``,
    ``according to its summary, “draws ...”``; but not ``he stated that while
    there were instances, “protests ...”`` (the cue belongs to an earlier clause).
    """
    window_start = max(floor, opening - _WINDOW_BEFORE)
    window = text[window_start:opening].rstrip()
    if not window.endswith(","):
        return False
    clause_start = max(window.rfind(c, 0, len(window) - 1) for c in _CLAUSE_BREAKS)
    words = _words(text, window_start + clause_start + 1, window_start + len(window))
    if len(words) > _CUE_CLAUSE_WORDS:
        return False
    cues = [i for i, w in enumerate(words) if w in _CUE_WORDS]
    return bool(cues) and "that" not in words[cues[-1] :]  # "said that while ..." is reported


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in QUOTE_WORD.findall(text, start, end)]


def _has_cue(words: list[str]) -> bool:
    return not _CUE_WORDS.isdisjoint(words)


def _term_cue(words_before: list[str]) -> bool:
    """True when the words right before the opening mark are a term cue (``known as``)."""
    return any(
        " ".join(words_before[-size:]) in QUOTE_TERM_CUES
        for size in (1, 2, 3)
        if len(words_before) >= size
    )


def _after_stop(text: str, floor: int, opening: int) -> bool:
    """Whether a sentence stop stands right before the opening mark (spaces aside)."""
    pos = opening
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos > floor and text[pos - 1] in ".!?"


def _opening_context(text: str, floor: int, opening: int | None) -> Context:
    """Where the opening mark stands: paragraph start, sentence start, after a comma or a word."""
    if opening is None:
        return "start"
    pos = opening - 1
    limit = max(floor, opening - 20)
    while pos >= limit and (text[pos].isspace() or text[pos] in OPENING):
        pos -= 1
    if pos < floor:
        return "start"
    char = text[pos]
    if char == ",":
        return "comma"
    return "sentence" if char in _SENTENCE_BEFORE else "word"


def _starts_capital(content: str) -> bool:
    """True when the first letter or digit of ``content`` is a capital or a digit."""
    for char in content[:20]:
        if char.isalpha():
            return char.isupper()
        if char.isdigit():
            return True
    return False


def _name_capitals(content: str) -> int:
    """How many capitalised words a short name or title has; 0 if it is not one.

    “Hafnium”, “The Post”, “State of the Union.” (a title may end in the
    newspaper-style period or comma).  Other punctuation means speech.
    """
    body = content[:-1] if content.endswith((".", ",")) else content
    if len(body) > 80 or any(c in _SPEECH_PUNCT for c in body):
        return 0
    words = body.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or not _starts_capital(words[0]):
        return 0
    if len(words) == 1 and body != content:
        return 0  # “Fire!”-like single words with punctuation are speech
    joiners = sum(1 for w in words if w.lower() in QUOTE_NAME_JOINERS and not w[0].isupper())
    capitals = sum(1 for w in words if w[0].isupper())
    others = sum(1 for w in words if not w[0].isalpha())  # numbers: “Catch-22”, “'90s”
    if joiners + capitals + others < len(words) or (len(words) > 1 and capitals < 2):
        return 0
    return capitals


def _looks_scare_quoted(content: str) -> bool:
    """One or two lowercase words without punctuation: a scare quote unless speech is near."""
    if len(content) > 40 or any(c in _SPEECH_PUNCT for c in content):
        return False
    words = content.split()
    return 1 <= len(words) <= _MAX_SCARE_WORDS and not _starts_capital(content)


def _cue_in_sentence(text: str, floor: int, opening: int) -> bool:
    """True when a speech cue or naming verb stands in the sentence before the opening mark."""
    start = max(floor, opening - _SENTENCE_WINDOW)
    window = text[start:opening]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    words = _words(text, start + cut + 1, opening)
    return _has_cue(words) or not QUOTE_NAMING_VERBS.isdisjoint(words)
