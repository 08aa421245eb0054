"""What follows a cue before its content: the listener of a tell-verb (``told
reporters she would ...``) and the complement of an object verb (``urged Taiwan to
...``, ``accused the US of ...``).
"""

from __future__ import annotations

import itertools

import regex

from newsstruct.reported.clauses import (
    CLAUSE_OPENERS,
    SUBJECTS,
    WORD,
    looks_like_clause,
    opens_with_subject,
)
from newsstruct.reported.found import punctuated
from newsstruct.reported.lexicons.listener_verbs import LISTENER_VERBS

__all__ = ["demand_clause", "has_complement", "skip_listener", "topic_opens"]

#: The listener after a tell-verb is at most this many words ("told attendees of a
#: private fundraiser last June that").
_LISTENER_WORDS = 10
#: Relative words inside a listener phrase before its own verb ("told those who were
#: there", "told reporters at the site where work began that").
_RELATIVES = frozenset({"who", "which", "whom", "whose", "where", "when"})
#: Auxiliaries and modals: a clause of the content has begun before any "that".
_AUXILIARIES = frozenset(
    {"would", "will", "could", "can", "should", "must", "might", "may", "had", "has", "have"}
    | {"was", "were", "is", "are"}
)


def has_complement(text: str, start: int, end: int) -> bool:
    """After an object verb, the object is followed by what it is urged to do or accused
    of (``urged Taiwan to ...``, ``accused the US of ...``, ``blamed X for ...``) within a
    few words: not a bare noun phrase (``condemned the attack``)."""
    words = [w.group().lower() for w in WORD.finditer(text, start, min(end, start + 120))]
    return any(w in _COMPLEMENT_WORDS for w in words[1:_COMPLEMENT_REACH])


def demand_clause(text: str, start: int, end: int) -> bool:
    """At ``start``, after an object verb, "that" opens a clause of what is asked for
    (``asked that residents stay indoors``, ``urged that the vote be delayed``), not a
    noun (``asked that question``)."""
    if text[start : start + 5].lower() != "that ":
        return False
    return opens_with_subject(text, start + 5, end) or bool(_MANDATIVE.match(text, start + 5, end))


#: A subject of up to six words, then the plain "be" or "not" of a demand.
_MANDATIVE = regex.compile(r"(?:[\p{L}'’\-]+\s+){1,6}?(?:not\s+)?be\s+\p{Ll}", regex.I)


#: The words that open an object verb's complement, and how far after the verb.
_COMPLEMENT_WORDS = frozenset({"to", "of", "for", "over"})
_COMPLEMENT_REACH = 10


def skip_listener(text: str, pos: int, end: int, cue: str) -> int:
    """After a tell-verb, the content starts past its listener: up to "that", or after
    a short name or phrase when a clause follows ("told reporters she would ...")."""
    if cue not in LISTENER_VERBS:
        return pos
    words = list(itertools.islice(WORD.finditer(text, pos, end), _LISTENER_WORDS + 1))
    if words and topic_opens(text, words[0].start(), end):
        return pos  # "warned about the health effects": a topic, no listener
    relative = False  # "told farmers whose crops were lost that": the listener's own verb
    for word in words:
        low = word.group().lower()
        if punctuated(text, pos, word.start()) or (low in _AUXILIARIES and not relative):
            break  # "told councillors the fence would be ... and that": a clause first
        if low == "that":
            return word.start()
        relative = relative or low in _RELATIVES
    for k, word in enumerate(words[:6]):
        low = word.group().lower()
        if punctuated(text, pos, word.start()):
            break  # the listener is a short phrase with no punctuation in it
        if k == 0 or words[k - 1].group().lower() in _DETERMINERS or text[word.start() - 1] == ".":
            continue  # "warned the plan was ...": a noun goes with its article ("the I.R.S.")
        if low in _PLACE_PREPOSITIONS:
            continue  # "told reporters in Colombo the two sides ...": where they heard it
        after = words[k + 1].group().lower() if k + 1 < len(words) else ""
        if (after in _DETERMINERS or after in SUBJECTS) and low not in CLAUSE_OPENERS:
            continue  # "told local radio the council was ...", "told The Valley Times she"
        if low in SUBJECTS or looks_like_clause(text, word.start(), end):
            return word.start()
    return pos


#: Prepositions of a topic: what follows is what it was about, no one who heard it.
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "over", "against", "on"})
#: A count after "about" or "over": an amount of listeners ("told about 3,000 staff").
_COUNT_AFTER = regex.compile(
    r"(?:about|over)\s+(?:\d|a\s+(?:dozen|hundred|thousand)|(?:dozens|hundreds|thousands|half)\b)",
    regex.IGNORECASE,
)


def topic_opens(text: str, pos: int, end: int) -> bool:
    """A topic preposition opens ``text[pos:end]`` (``about the risks``, ``over the
    plan``), not a count (``about 3,000 employees``, ``over a dozen players``)."""
    word = text[pos:end].split(maxsplit=1)[:1]
    if not word or word[0].lower() not in _TOPIC_PREPOSITIONS:
        return False
    return _COUNT_AFTER.match(text, pos, end) is None


#: Prepositions of where or when a listener heard it ("told reporters in Colombo").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "outside", "near", "during", "after"})
#: Words a noun phrase opens with: the noun after one belongs to it.
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his"})
