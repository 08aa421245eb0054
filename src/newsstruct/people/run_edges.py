"""Where a name run of :mod:`newsstruct.people.names` starts and ends: the title and
place words trimmed from its front, the given name a long run starts at, the lower-case
particles an honorific keeps (``Mr van Dijk``), a given name that is also a month's
short form (``Jan de Vries``, not ``Jan 5``), and never a quote mark inside it (a
nickname's opening mark left out of the run: ``Teo” Marras`` of ``Teodoro “Teo”
Marras``).

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "Mr van Dijk met Jan de Vries and Teodoro “Teo” Marras on Jan 5."
>>> [r.text(text) for r in name_runs(text, tokenize(text, 0, len(text)))]
['van Dijk', 'Jan de Vries', 'Teodoro “Teo” Marras']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.people.given import KNOWN_GIVEN_NAMES, given_name
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.people.name_words import (
    HONORIFIC_WORDS,
    LEADING_TRIM,
    LOWER_TITLES,
    MONTH_DAY,
    PATRONYMIC_WORDS,
    PERSON_TRIM,
    SUFFIXES,
)
from newsstruct.people.portfolios import past_portfolio
from newsstruct.text.marks import CLOSING, OPENING

if TYPE_CHECKING:
    from newsstruct.people.names import Token

__all__ = ["ALIAS_WORD", "month_given_name", "particles_before", "past_an_alias", "trimmed"]

#: Honorifics after which a name may open with its lower-case particle (``Mr van Dijk``,
#: ``Dr. von Hallwyl``); not titles, which also head bodies (``Universidad Mayor de San
#: Simón``).
_KEEPS_PARTICLES = HONORIFIC_WORDS | {h.rstrip(".") for h in HONORIFICS}
#: Months and their short forms that are given names too ("Jan", "April").
_MONTH_GIVEN_NAMES = MONTH_DAY & KNOWN_GIVEN_NAMES
#: Words before a month that make it a date's ("in April", "since Jan").
_DATE_LEADS = frozenset(
    {"in", "on", "since", "until", "till", "by", "during", "from", "through", "to", "of"}
    | {"last", "next", "this", "early", "late", "mid", "before", "after", "between"}
)
#: Quote marks that may stand in the gaps between a name's words (a nickname's).
_MARKS = frozenset(OPENING + CLOSING)


def month_given_name(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """``tokens[k]`` is a month's name that is a given name too, opening a name: no full
    stop after it, a capitalised word one space after it, and no preposition or time
    word before it (``Jan de Vries``, ``April Okonkwo``; not ``Jan. 5``, ``in April
    Smith said``)."""
    tok = tokens[k]
    if tok.low not in _MONTH_GIVEN_NAMES or tok.dot or not tok.capitalised:
        return False
    if k + 1 >= len(tokens) or text[tok.end : tokens[k + 1].start] != " ":
        return False
    nxt = tokens[k + 1]
    if not (nxt.capitalised or (nxt.low in NAME_PARTICLES and nxt.base.islower())):
        return False
    if nxt.low in MONTH_DAY:
        return False
    return k == 0 or tokens[k - 1].low not in _DATE_LEADS


#: The word between a name and another name of the same person written after it
#: (``Anish alias Kannan``): the second name is a nickname, out of the key.
ALIAS_WORD = "alias"
#: Names after :data:`ALIAS_WORD` have at most this many words.
_ALIAS_MAX_WORDS = 2


def past_an_alias(text: str, tokens: tuple[Token, ...], j: int) -> int:
    """Where the run ending before ``tokens[j]`` ends when ``alias`` and one or two
    capitalised words follow it, one space apart (``Anish alias Kannan``); else ``j``."""
    if j + 1 >= len(tokens) or tokens[j].base != ALIAS_WORD or j == 0:
        return j
    if text[tokens[j - 1].end : tokens[j].start] != " " or tokens[j - 1].possessive:
        return j
    end = j
    for k in range(j + 1, min(len(tokens), j + 1 + _ALIAS_MAX_WORDS)):
        if text[tokens[k - 1].end : tokens[k].start] != " " or not tokens[k].capitalised:
            break
        if tokens[k].low in MONTH_DAY or tokens[k].possessive:
            break
        end = k + 1
    return end


def particles_before(tokens: tuple[Token, ...], i: int) -> int:
    """Where the run at ``tokens[i]`` starts when lower-case particles before it follow
    an honorific (``Mr van der Meer``: at ``van``); else ``i``."""
    k = i
    while k > 0 and tokens[k - 1].low in NAME_PARTICLES and tokens[k - 1].base.islower():
        if tokens[k - 1].end + 1 != tokens[k].start:
            return i
        k -= 1
    if k == i or k == 0:
        return i
    return k if tokens[k - 1].low.rstrip(".") in _KEEPS_PARTICLES else i


def trimmed(text: str, tokens: tuple[Token, ...], i: int, j: int) -> tuple[int, int]:
    """The run ``tokens[i:j]`` without leading modifiers/places and edge particles (an
    empty span when nothing is left)."""
    while i < j - 1 and tokens[i].low in LEADING_TRIM and not given_name(tokens[i].low):
        i += 1
    if j - i > 2 and tokens[i].low in PERSON_TRIM and not given_name(tokens[i].low):
        i += 1  # "Passenger Doina Tepes"
    i = past_portfolio(tokens, i, j)
    if j - i > 2 and not given_name(tokens[i].low):
        # "Maricopa County Recorder Helen Purcell": the name starts at its given name
        i = _given_name_start(text, tokens, i, j)
    kept = i > 0 and tokens[i - 1].low.rstrip(".") in _KEEPS_PARTICLES and j - i >= 2
    while not kept and i < j and tokens[i].low in NAME_PARTICLES and tokens[i].base.islower():
        i += 1
    while j > i and tokens[j - 1].low in NAME_PARTICLES and tokens[j - 1].base.islower():
        if tokens[j - 1].low in PATRONYMIC_WORDS and j - i >= 2:
            break  # "Bektur Tilek uulu": a Kyrgyz name ends in its patronymic word
        j -= 1
    return _past_an_unopened_mark(text, tokens, i, j), j


def _past_an_unopened_mark(text: str, tokens: tuple[Token, ...], i: int, j: int) -> int:
    """Where ``tokens[i:j]`` starts when no quote mark closes inside it that did not open
    inside it: past the word a closing mark stands after (``Teo” Marras``: at ``Marras``)."""
    gaps = [
        t for t in range(i + 1, j) if _MARKS.intersection(text[tokens[t - 1].end : tokens[t].start])
    ]
    if len(gaps) % 2 == 0:
        return i
    return gaps[0]


def _given_name_start(text: str, tokens: tuple[Token, ...], i: int, j: int) -> int:
    """Where the name in ``tokens[i:j]`` starts: at the first given name after ``i`` that
    only given names, particles, initials and suffixes follow before the surname
    ("Cardinal James Francis McIntyre", "Counsel James A. Baker"), not one that another
    surname follows ("Joaquín Andrés Becerra Lloret"), nor after a particle ("Faisal bin
    Abdullah Salem"), nor a nickname in quote marks (``Nicolò “Nico” Sanna``); else at ``i``."""
    patronymic = next((k for k in range(i, j) if tokens[k].low in PATRONYMIC_WORDS), None)
    if patronymic is not None:  # "Tofig Ali oglu Huseynov": given and father's name first
        return max(i, patronymic - 2)
    for k in range(i + 1, j - 1):
        low = tokens[k].low
        if low in NAME_PARTICLES:
            return i
        if text[tokens[k].start - 1 : tokens[k].start] in _MARKS:
            continue  # a nickname
        if given_name(low) and all(
            given_name(t.low) or t.low in NAME_PARTICLES or t.initial or t.low in SUFFIXES
            for t in tokens[k + 1 : j - 1]
        ):
            return i if _whole_name(tokens, i) else k
    return i


def _whole_name(tokens: tuple[Token, ...], i: int) -> bool:
    """The run from ``tokens[i]`` is a whole name though a given name stands inside it:
    it opens with an initial (``L. Douglas Wilder``) or right after an honorific or a
    title in lower case (``Mr Yakub Hassan Dahir``, ``candidate Zubair Ahmed Lashari``)."""
    if tokens[i].initial:
        return True
    before = tokens[i - 1] if i > 0 else None
    return before is not None and (
        before.low.rstrip(".") in HONORIFIC_WORDS
        or (before.base.islower() and before.low in LOWER_TITLES)
    )
