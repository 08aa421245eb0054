"""Where a reported statement's content starts and ends, and whether words are a clause.

>>> text = "it holds jurisdiction over Hong Kong, antagonizing those two regions"
>>> text[: clause_end(text, 0, len(text))]
'it holds jurisdiction over Hong Kong'
>>> looks_like_clause("the country had evidence", 0, 24), looks_like_clause("the decision", 0, 12)
(True, False)
"""

from __future__ import annotations

import regex

from newsstruct.reported.lexicons.listener_verbs import LISTENER_VERBS
from newsstruct.text.cues import SPEECH_CUE

__all__ = ["clause_end", "looks_like_clause", "skip_listener"]

#: A comma that closes the content: a trailing cue clause or a participle clause
#: (", the source added", ", according to", ", as CNN reported", ", citing ...").
_CLOSING_COMMA = regex.compile(
    r",\s+(?:according\s+to\b|as\s|\p{Ll}+ing\b|(?:\S+\s+){0,6}?(?:"
    + SPEECH_CUE.pattern
    + r")\s*(?:[.!?]|$))",
    regex.IGNORECASE,
)
#: ``and`` before another cue: "claims that ... and promises that ...".
_AND_CUE = regex.compile(r"\s+and\s+(?=(?:" + SPEECH_CUE.pattern + r"))", regex.IGNORECASE)
#: Words that make a stretch a clause: auxiliaries, modals, common finite verbs.
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"should", "may", "might", "must", "did", "does", "do", "shall", "wo", "won't", "isn't"}
    | {"wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't"}
    | {"didn't", "doesn't", "don't", "can't", "cannot", "needs", "wants", "plans", "remains"}
)
#: The finite verb of a content without "that" comes within this many words.
_SUBJECT_REACH = 10
#: Words before an -ed word that make it an adjective or participle, not a verb.
_BEFORE_PARTICIPLE = frozenset(
    {"the", "a", "an", "for", "and", "or", "of", "with", "by", "to", "in", "on", "at", "be"}
    | {"been", "being", "is", "was", "were", "are", "more", "most", "very", "so", "as"}
)
#: Words that open a relative clause inside a noun phrase.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
#: Words that open a clause as its subject.
_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "these"})
#: The listener after a tell-verb is at most this many words ("told attendees of a
#: private fundraiser last June that").
_LISTENER_WORDS = 10
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def clause_end(text: str, pos: int, end: int) -> int:
    """Where content starting at ``pos`` ends, at most at ``end`` (the sentence end):
    before a closing comma or an ``and`` before another cue; trailing spaces dropped."""
    stop = end
    closing = _CLOSING_COMMA.search(text, pos, end)
    if closing is not None:
        stop = closing.start()
    again = _AND_CUE.search(text, pos, stop)
    if again is not None:
        stop = again.start()
    while stop > pos and text[stop - 1] in " \t,;:":
        stop -= 1
    return stop


def looks_like_clause(text: str, start: int, end: int) -> bool:
    """The words have a short subject and a finite verb, as a content without "that"
    does: a pronoun subject, or an auxiliary, modal or past tense within the first words
    and before any relative word ("a future in which ..." is a noun phrase)."""
    words = [
        w.group().lower().replace("’", "'")
        for w in _WORD.finditer(text, start, min(end, start + 160))
    ]
    if len(words) < 3:
        return False
    if words[0] in _SUBJECTS:
        return True
    named = text[start : start + 1].isupper()  # "Obama hopes ...": a name, then a verb
    for k, word in enumerate(words[1:_SUBJECT_REACH], 1):
        if word in _RELATIVES:
            return False
        if word in _FINITE:
            return True
        if word.endswith("ed") and len(word) > 4 and words[k - 1] not in _BEFORE_PARTICIPLE:
            return True  # "operatives used"; not "the need for stabilized"
        if k == 1 and named and word.endswith("s") and not word.endswith(("ss", "us", "'s")):
            return True
    return False


def skip_listener(text: str, pos: int, end: int, cue: str) -> int:
    """After a tell-verb, the content starts past its listener: up to "that", or after
    a short name or phrase when a clause follows ("told reporters she would ...")."""
    if cue not in LISTENER_VERBS:
        return pos
    words = list(_WORD.finditer(text, pos, end))[: _LISTENER_WORDS + 1]
    for word in words:
        if any(c in text[pos : word.start()] for c in ",;:.!?"):
            break
        if word.group().lower() == "that":
            return word.start()
    for k, word in enumerate(words[:6]):
        low = word.group().lower()
        if k > 0 and (low in _SUBJECTS or looks_like_clause(text, word.start(), end)):
            return word.start()
    return pos
