"""The "that" after a cue: where a content starts past it (``announced Tuesday that``,
``wrote in a memo to staff that``), and when a "that" is no complementiser (``said in
that interview``, ``said the fire showed that ...``, ``said Bell's claim that``).

>>> text = "announced on Tuesday that the port would close"
>>> text[past_that(text, 9, len(text)):]
'the port would close'
"""

from __future__ import annotations

import itertools

import regex

from newsstruct.lexicons.irregular_past import IRREGULAR_PAST
from newsstruct.reported.clauses import SUBJECTS, clause_end, first_verb, opens_with_subject
from newsstruct.reported.found import (
    SUBORDINATORS,
    TIME_SUBORDINATORS,
    WORDS,
    more_words,
    punctuated,
    skip_space,
)
from newsstruct.reported.nouns import has_speech_noun
from newsstruct.text.timewords import WEEKDAYS, month_number, weekday_number

__all__ = [
    "ASIDE_CHARS",
    "ASIDE_OPENERS",
    "ASIDE_THEN_THAT",
    "ASIDE_WORDS",
    "TIME_ADVERBS",
    "past_that",
]

#: A phrase set off after a cue (``said in a statement, ...``; ``told reporters:``) opens
#: with one of these, and is at most so many words and characters long.
ASIDE_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "to", "via"})
ASIDE_WORDS = 6
ASIDE_CHARS = 60
#: A short aside set off by commas right after the cue, then "that" ("said, however, that")
#: or a pronoun subject ("says, win or lose in Tuesday's primary, he's staying").
ASIDE_THEN_THAT = regex.compile(
    r"(?:(?:in|on|at|to|during|after)\s[^,.;:!?“”\"\n]{1,40}?)?"  # "said in a report, ..."
    r",\s*\p{Ll}[^,.;:!?“”\"\n]{1,40}?,\s*that\s+"
    r"|,\s*(?!(?:and|but|that)\b)(?:(?!\bthat\b)[^,.;:!?“”\"\n]){3,70}?,\s*"
    r"(?=(?:he|she|they|it|we|I)(?:['’]\p{Ll}+)?\s)"
)
#: Words that open a time phrase after a cue (``said earlier on Friday during a news
#: conference that``): "that" may stand as far after them as after a place phrase.
TIME_ADVERBS = frozenset(
    {"earlier", "later", "today", "yesterday", "tonight", "again", "also", "repeatedly"}
    | {"recently", "previously", "privately", "publicly", "last", "this"}
    | frozenset(WEEKDAYS)
)
#: "that" may stand this many words after a cue ("announced on Tuesday that").
_THAT_REACH = 4
#: ... and this many after a phrase that says where or how (``wrote in a memo to staff
#: that``, ``said in a letter sent to assembly members before the vote that``), within
#: so many characters.
_PHRASE_REACH = 16
_THAT_CHARS = 120
#: Marks that end the stretch where "that" may follow a cue ("--" too).
_STOP_MARKS = regex.compile(r"[,;:.!?—–]|--")
#: The words of a date between a cue and "that" ("on Friday, Oct. 21, 2022,").
_DATE_PIECES = regex.compile(r"[^\s,.]+")
#: Prepositions after which "that" points at a noun ("in that interview").
_POINTING_AFTER = frozenset({"in", "on", "at", "during", "after", "before", "since", "from", "by"})
#: Nouns of time after which "that" points ("said that night the bridge ...").
_TIME_NOUNS = frozenset({"night", "day", "morning", "evening", "afternoon", "week", "year", "time"})


def past_that(text: str, pos: int, end: int) -> int:
    """Past a "that" within the next few words (``announced Tuesday that``, ``wrote in a
    memo to staff that``), else ``pos``."""
    window = min(end, pos + _THAT_CHARS)
    if "that" not in text[pos:window].lower():
        return pos  # most cues: no "that" near, no words to read
    words = list(itertools.islice(WORDS.finditer(text, pos, window), _PHRASE_REACH))
    opens_phrase = bool(words) and words[0].group().lower() in ASIDE_OPENERS | TIME_ADVERBS
    for k, word in enumerate(words if opens_phrase else words[:_THAT_REACH]):
        if word.group().lower() != "that":
            continue
        between = text[pos : word.start()]
        stops = _STOP_MARKS.search(between) and (
            punctuated(text, pos, word.start()) or "-" in between or "—" in between
        )  # "said at 10:30 a.m. that": a time's marks are no stop
        if stops and not _aside_only(text, pos, word.start()):
            return pos  # "said on Friday, Oct. 21, 2022, that": a date's commas are no stop
        if k and words[k - 1].group().lower() in _POINTING_AFTER:
            continue  # "said in that interview the bridge ...": "that" points at a noun
        if not opens_phrase and has_speech_noun(text, max(pos, word.start() - 40), word.end() + 1):
            return pos  # "said Bell's claim that ...": the claim's "that", not the cue's
        after = skip_space(text, word.end(), end)
        lead = words[0].group().lower() in SUBORDINATORS  # "said when asked that ..."
        if (
            not (opens_phrase or lead)
            and 0 < k < _THAT_REACH
            and first_verb(text, pos, word.start())
        ):
            return pos  # "said the fire showed that ...": "that" opens the content's object
        next_word = text[after : after + 12].split()[:1]
        if not more_words(text, after, clause_end(text, after, end), 1) or (
            not k and next_word and text[after : after + 40].split()[0].lower() in _TIME_NOUNS
        ):
            return pos  # "said in that interview.", "said that night the ...": "that" points
        if k >= _THAT_REACH and not opens_with_subject(text, after, end):
            return pos  # "reported 20 victims at a center that works with ...": a relative
        if k >= _THAT_REACH and _verb_before(text, pos, word.start(), opens_phrase):
            return pos  # "said this was the last time that she ...": the content's own "that"
        return after
    return pos


def _aside_only(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, between a cue and "that", is a phrase set off by commas and
    points, no clause (``on Friday, Oct. 21, 2022,``, ``on Friday, with obvious
    anger,``): no sentence mark, dash or verb in it."""
    stretch = text[start:end]
    if (
        any(mark in stretch for mark in ";:!?—–")
        or "--" in stretch
        or ". " in stretch.replace(".,", ",")
    ):
        return _only_date_words(stretch)  # "Oct. 21": the point of an abbreviation
    return first_verb(text, start, end, first_word=True) is None


def _only_date_words(stretch: str) -> bool:
    """Every word of ``stretch`` names a day: "on", a weekday, a month, a number."""
    return all(
        word.lower() in {"on", "of"}
        or word.isdigit()
        or (word[:-2].isdigit() and word[-2:].lower() in {"st", "nd", "rd", "th"})
        or month_number(word) is not None
        or weekday_number(word) is not None
        for word in _DATE_PIECES.findall(stretch)
    )


def _verb_before(text: str, pos: int, stop: int, in_phrase: bool) -> bool:
    """A finite verb stands between the cue and its "that"; in a phrase opened by a
    preposition an -ed word is a participle (``said in a video posted online that``)."""
    at = first_verb(text, pos, stop, first_word=True)
    if at is None:
        return False
    if not in_phrase:
        return True
    verb = text[at:stop].split()[0].lower()
    lead = text[pos:at].lower().split()
    if verb.endswith("ed") or (_reduced_relative(verb, lead[-1:])):
        return False  # "in a video posted online", "in a letter sent to members"
    return not any(w in TIME_SUBORDINATORS for w in lead)  # a time clause's verb


def _reduced_relative(verb: str, before: list[str]) -> bool:
    """An irregular participle right after a noun (``a letter | sent``, ``a statement |
    read``), not a past tense after a subject (``this was``, ``he sent``)."""
    return (
        verb in IRREGULAR_PAST
        and verb not in _FINITE_ONLY
        and bool(before)
        and (before[0] not in _SUBJECTS)
    )


#: Irregular pasts that are never participles, and words that are a verb's subject.
_FINITE_ONLY = frozenset({"was", "were", "did", "went", "came", "saw", "ran", "ate"})
_SUBJECTS = SUBJECTS | {"that"}
