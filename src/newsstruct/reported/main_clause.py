"""Where a sentence's main clause starts: past an opening subordinate clause (``When
the storm hit,``) or participle phrase (``Speaking to reporters,``) and its comma.

>>> text = "Speaking to reporters, Mayor Jo Bell said"
>>> text[main_clause_start(text, 0, len(text)):]
'Mayor Jo Bell said'
"""

from __future__ import annotations

import regex

from newsstruct.reported.found import skip_space
from newsstruct.reported.verb_words import verb_like

__all__ = ["OPENING_SUBORDINATORS", "main_clause_start"]

#: A word (letters, digits, inner apostrophes and hyphens).
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def main_clause_start(text: str, start: int, end: int) -> int:
    """Where the main clause of the sentence ``text[start:end]`` starts: past an opening
    subordinate clause and its comma (``When the storm hit, | Mayor Jo Bell stayed``),
    else ``start``.

    >>> text = "When the storm hit, Mayor Jo Bell stayed"
    >>> text[main_clause_start(text, 0, len(text)):]
    'Mayor Jo Bell stayed'
    """
    first = _WORD.search(text, start, end)
    if first is None or not (
        first.group().lower() in OPENING_SUBORDINATORS or _opening_participle(text, first, end)
    ):
        return start
    comma = text.find(",", first.end(), end)
    return start if comma < 0 else skip_space(text, comma + 1, end)


def _opening_participle(text: str, first: regex.Match[str], end: int) -> bool:
    """``first`` opens a participle phrase before the main clause: a capitalised word in
    -ing and a preposition, article or number word after it (``Rallying hundreds of
    workers, Clinton promised``; not ``Nursing assistant Ana Ruiz said``)."""
    word = first.group()
    if not (word[:1].isupper() and word.endswith("ing") and len(word) > 5):
        return False
    after = _WORD.search(text, first.end(), end)
    if after is None or after.group() not in _PARTICIPLE_OBJECT_OPENERS:
        return False
    comma = text.find(",", first.end(), end)
    return comma >= 0 and not _finite_before(text, after.end(), comma)


def _finite_before(text: str, start: int, comma: int) -> bool:
    """A finite verb in ``text[start:comma]`` that no relative pronoun opens: the -ing
    word was a subject (``Beijing on Tuesday summoned the envoy,``, ``Fleming in a
    statement denied``), not a participle (``Rallying workers who are owed pay,``)."""
    previous = ""
    for found in _WORD.finditer(text, start, comma):
        word = found.group().lower()
        if previous not in _RELATIVES and (verb_like(word) or word in _FINITE):
            return True
        previous = word
    return False


#: Words that open a relative clause, whose verb is no main verb.
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
#: Finite verbs of a subject that ``verb_like`` leaves out (irregular pasts are in).
_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "says", "does", "did"})


#: Words right after an opening participle that make it one (``Speaking to``, ``Citing
#: the``, ``Rallying hundreds``): prepositions, articles, possessives, number words.
_PARTICIPLE_OBJECT_OPENERS = frozenset(
    {"to", "into", "at", "on", "in", "with", "from", "about", "through", "for", "before"}
    | {"after", "the", "a", "an", "his", "her", "their", "its", "hundreds", "thousands"}
    | {"dozens", "up", "out", "back", "down", "over", "outside", "inside"}
)
#: Words that open a subordinate clause before the main one ("When the storm hit, ...").
OPENING_SUBORDINATORS = frozenset(
    {"when", "after", "before", "although", "though", "while", "because", "since", "if"}
    | {"as", "once", "until", "whereas", "unless"}
)
