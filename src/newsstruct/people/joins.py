"""Whether two words go on one person's name: one space between them, a full stop
after an initial, a suffix or an abbreviated given name (``Md. Shafiqul Islam``), or
the quote marks of a nickname (``Wilfred “Buddy” Penney``).

>>> from newsstruct.people.names import tokenize
>>> text = "Wilfred “Buddy” Penney met Md. Rafiq in Bethesda, Md. Tom"
>>> tokens = tokenize(text, 0, len(text))
>>> [(a.base, joinable(text, a, b)) for a, b in zip(tokens, tokens[1:]) if a.end < b.start - 1]
[('Wilfred', True), ('Buddy', True), ('Md', True), ('Bethesda', False), ('Md', False)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsstruct.people.lexicons.name_abbreviations import NAME_ABBREVIATIONS
from newsstruct.people.name_words import HONORIFIC_WORDS, LOWER_TITLES, SUFFIXES
from newsstruct.text.lexicons.abbreviations import ABBREVIATIONS
from newsstruct.text.marks import CLOSING, OPENING, across_nickname_mark

if TYPE_CHECKING:
    from newsstruct.people.names import NameRun, Token

__all__ = ["initial_opens", "joinable", "past_a_nickname"]


def joinable(text: str, a: Token, b: Token) -> bool:
    """Whether ``b`` may continue a run that ends with ``a``: one space (or ``. `` after an initial)."""
    if a.possessive:
        return False
    gap = text[a.end : b.start]
    if gap == " ":
        return True
    if gap == ". ":
        return a.initial or a.low in SUFFIXES or _abbreviated_given_name(text, a)
    if gap == ".":  # "O.Tsetsegmaa", "Ts.Dulamsuren": an initial written on the name
        return _glued_initial(a) and b.capitalised
    return len(gap) == 2 and across_nickname_mark(text, (a.start, a.end), b.start)


#: Titles and honorifics after which an abbreviation opens a name.
_TITLES = HONORIFIC_WORDS | LOWER_TITLES
#: Words before an abbreviation that make it a place's ("in Md.", "Bethesda, Md.").
_PLACE_LEADS = frozenset({"in", "of", "at", "from", "near", "outside"})


def _abbreviated_given_name(text: str, a: Token) -> bool:
    """``a`` is a given name's abbreviation (``Md. Shafiqul Islam``, ``Wm. Jefferson``):
    in :data:`NAME_ABBREVIATIONS`, and not a state's after a place or a preposition
    (``Bethesda, Md.``, ``in Md.``)."""
    if a.low not in NAME_ABBREVIATIONS:
        return False
    before = text[max(0, a.start - 30) : a.start].rstrip().rstrip(",").split()[-1:]
    if not before or before[0].lower().rstrip(".") in _TITLES:
        return True  # "Professor Md. Shahidul Alam", "Dr. Mohd. Azmi Yusof"
    return not (before[0][:1].isupper() or before[0].lower() in _PLACE_LEADS)


def _glued_initial(a: Token) -> bool:
    """``a`` is an initial of one or two letters (``O``, ``Ts``) that a full stop joins
    to the name after it with no space, as Mongolian names are written; no
    abbreviation (``St.Louis``, ``Mr.Smith``)."""
    b = a.base
    return (
        len(b) <= 2
        and b[:1].isupper()
        and b[1:].islower() == (len(b) == 2)
        and f"{a.low}." not in ABBREVIATIONS
    )


def past_a_nickname(text: str, tokens: tuple[Token, ...], i: int, j: int) -> int:
    """``j``, the end of the run ``tokens[i:j]``, or where a nickname it ends inside
    opens: a run goes over a nickname to the surname after it, or stops before it
    (``Lee “Gumayusi” Min-hyeong’s`` gives ``Lee``)."""
    for t in range(i + 1, j):
        opened = text[tokens[t].start - 1] in OPENING
        if opened and not any(text[tokens[u].start - 2] in CLOSING for u in range(t + 1, j)):
            return t
    return j


def initial_opens(text: str, run: NameRun, word: Token) -> bool:
    """``run`` opens with an initial before the name ``word``, and no word ends right
    before it (``vitamin D. Mbeki said``: the D is the last sentence's) unless a second
    initial follows (``the plea of M. T. Sudheer``)."""
    words = run.words
    if not words[0].initial or word is words[0]:
        return False
    before = text[max(0, run.start - 2) : run.start].rstrip()
    return not before[-1:].isalpha() or (len(words) > 2 and words[1].initial)
