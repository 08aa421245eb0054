"""Capitalised words that stand next to a name without being a person's name of their
own: the last word of a longer name (``the University of the West Indies``), a place
set off by commas after a body (``the University of Nigeria, Nsukka, said``), and a
body's home after ``of`` (``Deutsche Telekom of Germany``).  Also whether a list of
names follows a plural title (``Ministers Ann Lee and ...``, not ``Princes Town``).
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.people.names import NameRun, Token
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "bracketed_affiliation",
    "end_of_a_longer_name",
    "list_after",
    "only_places",
    "place_between_commas",
]


def end_of_a_longer_name(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """The word at ``index`` follows a capitalised word, or a name particle after one
    (``Dar es Salaam``), with one space between: it ends a longer capitalised name."""
    k = index - 1
    if k >= 0 and tokens[k].low in NAME_PARTICLES and tokens[k].base.islower():
        k -= 1  # "Dar es Salaam", "Rio de Janeiro"
    if k < 0 or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    prev = tokens[k]
    if not prev.base[:1].isupper() or prev.possessive or prev.low in _NOT_NAME_PARTS:
        return False  # "After Hewitt suggested", "said Will Doyle", "In March Okafor said"
    if SPEECH_CUE.fullmatch(text, prev.start, prev.end) is not None:
        return False  # "Said Comey,"
    first = k
    while first > 0 and tokens[first - 1].base[:1].isupper() and index - first < 5:
        first -= 1
    opener = tokens[first]  # "In Nairobi Okafor said": an opening phrase, no name
    return not (opener.sentence_start and opener.low in _OPENING_PREPOSITIONS)


#: Prepositions that open a sentence with a phrase before its subject ("In Nairobi").
_OPENING_PREPOSITIONS = frozenset(
    {"in", "on", "at", "after", "before", "during", "from", "since", "until", "by", "with"}
    | {"for", "under", "across", "outside", "inside", "near", "throughout", "like", "unlike"}
)


#: Capitalised words before a name that are no part of it: function words, months and
#: weekdays ("and in March Okafor said").
_NOT_NAME_PARTS = NOT_NAME_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)


def only_places(affiliation: str) -> bool:
    """The capitalised words of `` of Germany said`` all name places (the place words):
    a body's home, which says nothing of a person (``Deutsche Telekom of Germany said``)."""
    names = [w.strip(",.").lower() for w in affiliation.split() if w[:1].isupper()]
    return bool(names) and all(w in PLACE_WORDS or w in DEMONYMS for w in names)


def place_between_commas(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A lone word set off by commas after a capitalised name, the cue right after them
    (``the University of Nigeria, Nsukka, said``; not ``..., Sutarmi, a farmer, said``)."""
    if (
        run.first == 0
        or text[run.end : run.end + 2] != ", "
        or not SPEECH_CUE.match(text, run.end + 2)
        or run.words[0].initial  # "the coordinator for Jaffna, T. Shanthini, said": a person
    ):
        return False
    prev = tokens[run.first - 1]
    return text[prev.end : run.start] == ", " and prev.base[:1].isupper()


def list_after(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """A list goes on from the name at ``tokens[index]``: a comma or "and" comes within
    a few words, before any sentence end (``Ann B. Lee and``, ``Ann Lee (D-Calif.) and``,
    ``Ann Lee of Kenya and``), not a lower-case word (``Princes Town said``)."""
    found = _LIST_GOES_ON.match(text, tokens[index].start, min(len(text), tokens[index].start + 80))
    return found is not None


#: Capitalised words, initials, suffixes, a bracket or "of" and a place, then "," or "and".
_LIST_GOES_ON = regex.compile(
    r"(?:\p{Lu}[\p{L}'’\-]*\.?|\([^()\n]{1,30}\)|of|[ ])*?(?:,|[ ](?:and|&)[ ])"
)


#: A bracket after a name that holds what the person stands for and, after a comma,
#: where from, ending in the run: ``Jago Nancarrow (Liberal Democrat, St Buryan)``;
#: not ``went to Oppenheimer (Christopher Nolan)``.
_AFFILIATION_OPEN = regex.compile(r"(?r)\p{Lu}[\p{L}'’.\-]*\s*\([^()\n]{1,40},\s*\Z")


def bracketed_affiliation(text: str, run: NameRun) -> bool:
    """``run`` closes a bracket opened right after a capitalised word (a name): a party,
    a ward or a town that describes that person, no person of its own."""
    if text[run.end : run.end + 1] != ")":
        return False
    return _AFFILIATION_OPEN.search(text, max(0, run.start - 60), run.start) is not None
