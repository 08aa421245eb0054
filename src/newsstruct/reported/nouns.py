"""Statements carried by a noun of saying after a possessive: ``X's statement that
...``, ``the ministry's repeated assurance that ...``.  The noun is the cue and the
possessor is the speaker; the content is the that-clause, which must open with its
own subject (``the statement that was issued`` is a relative clause, no content).

>>> text = "Mayor Jo Bell's statement that the barrier would hold surprised many."
>>> [(text[f.content[0]:f.content[1]], text[f.cue[0]:f.cue[1]]) for f in noun_statements(text, 0, len(text))]
[('the barrier would hold', 'statement')]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsstruct.reported.clauses import clause_end, main_verb_after, opens_with_subject
from newsstruct.reported.found import Found, skip_space
from newsstruct.reported.lexicons.speech_nouns import SPEECH_NOUNS

__all__ = ["SPEECH_NOUN", "has_speech_noun", "noun_statements", "owned"]

#: The nouns of saying, longest first.
_NOUNS = "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
#: A possessive mark after a word, and the spaces after it ("Bell's ", "officials' ").
_POSSESSIVE = r"[\p{L}.]['’]s\s+|\p{L}s['’]\s+"
#: At most one lower-case word, no article, between the possessive and the noun
#: ("the ministry's repeated assurance").
_ONE_WORD = r"(?:(?!(?:a|an|the)\s)\p{Ll}+\s+)?"
#: A noun of saying right after a possessive (one word may stand between: "repeated")
#: and before "that".
_NOUN_THAT = regex.compile(
    rf"(?<={_POSSESSIVE})"
    r"(?<!\b(?i:it|that|he|she|there|what|who|here|let)['’]s\s+)"  # "It's a claim that": no owner
    rf"{_ONE_WORD}(?P<noun>{_NOUNS})\s+that\s+"
)
#: Words that open the owner's noun phrase ("the mayor's", "its").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
#: A word, with the possessive mark after it ("Bell's", "officials'").
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-'’.]*")
#: A possessive and at most one more word, ending where the noun starts (``(?r)``: searched
#: from the end; for ``search`` only).
_OWNER_BEFORE = regex.compile(rf"(?r)(?:{_POSSESSIVE}){_ONE_WORD}\Z")
#: A noun of saying, to read the cue of a statement found here again.
SPEECH_NOUN = regex.compile(_NOUNS)


def owned(text: str, noun: int) -> bool:
    """A possessive stands right before the noun at ``noun`` (one word may stand between:
    ``Smith's warning``, ``the ministry's repeated assurance``)."""
    return _OWNER_BEFORE.search(text, max(0, noun - 60), noun) is not None


def has_speech_noun(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a noun of saying between a possessive and "that"."""
    return next(_nouns_that(text, start, end), None) is not None


def _nouns_that(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of a possessive, a noun of saying and "that": each " that " is found
    by a plain string search and the few words before it are read only there (one
    regex search over every paragraph cost more than the rest of the stage's new work)."""
    at = text.find(" that ", start, end)
    while at >= 0:
        noun = text.rfind(" ", start, at) + 1
        if text[noun:at] in SPEECH_NOUNS:
            found = _NOUN_THAT.search(text, max(start, noun - 40), min(end, at + 7))
            if found is not None and found.start("noun") == noun:
                yield found
        at = text.find(" that ", at + 5, end)


def noun_statements(text: str, start: int, end: int) -> list[Found]:
    """The statements of the sentence ``text[start:end]`` carried by a noun of saying."""
    out = []
    for found in _nouns_that(text, start, end):
        content = skip_space(text, found.end(), end)
        if not opens_with_subject(text, content, end):
            continue
        owner = _owner_start(text, start, found.start())
        stop = clause_end(text, content, end)
        comma = text.find(",", content, stop)
        stop = comma if comma > 0 else stop  # "Asked about Bell's claim that X, Lee said, ..."
        stop = main_verb_after(text, content, stop) or stop  # "Bell's claim that X was Y was false"
        while stop > content and text[stop - 1].isspace():
            stop -= 1
        if stop - content >= 3:
            zone = (owner, found.start("noun"))
            out.append(Found((content, stop), found.span("noun"), "before", zone))
    return out


def _owner_start(text: str, floor: int, after_mark: int) -> int:
    """Where the owner before the possessive ending before ``after_mark`` starts: a
    determiner up to two words before it ("the city council's"), else a run of
    capitalised words ("Mayor Jo Bell's"), else the one word before the mark."""
    words = list(_WORD.finditer(text, max(floor, after_mark - 80), after_mark))[-5:]
    if not words:
        return after_mark
    for word in words[-3:-1]:
        if word.group().lower() in _DETERMINERS:
            return word.start()
    begin = words[-1].start()
    for word in reversed(words[:-1]):
        if not (word.group()[:1].isupper() and text[begin : begin + 1].isupper()):
            break
        begin = word.start()
    return begin
