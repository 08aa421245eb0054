"""Given names: a listed one (the US list or a list of the rest of the world), with or
without its accents, and a romanised Korean or Chinese one (``Jae-in``), after which
the family name alone refers to the person.

>>> given_name("zoë"), given_name("łukasz"), romanised_given_name("Soo-ah")
(True, True, True)
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from newsstruct.people.lexicons.given_names import GIVEN_NAMES
from newsstruct.people.lexicons.given_names_africa_asia import AFRICA_ASIA_GIVEN_NAMES
from newsstruct.people.lexicons.given_names_europe_americas_oceania import (
    EUROPE_AMERICAS_OCEANIA_GIVEN_NAMES,
)

__all__ = [
    "HYPHEN_WORDS",
    "KNOWN_GIVEN_NAMES",
    "SYLLABLE_MAX",
    "given_name",
    "romanised_given_name",
]

#: Every listed given name: the US list and the lists of the rest of the world.
KNOWN_GIVEN_NAMES = GIVEN_NAMES | AFRICA_ASIA_GIVEN_NAMES | EUROPE_AMERICAS_OCEANIA_GIVEN_NAMES
#: Letters that Unicode does not decompose into a base letter and an accent ("Barış",
#: "Łukasz", "Bjørn", "Đorđe"), with the plain letters the lists use.
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "dj", "ð": "d", "þ": "th", "æ": "ae"}
)

#: A lower-case part after a hyphen this short may be a syllable of a given name.
SYLLABLE_MAX = 5
#: One syllable of romanised Korean or Chinese in lower case ("in", "hyun", "moon",
#: "jong"): up to three consonants, vowels, and one of the finals these languages allow
#: ("Bush-spent", "Miami-set" end otherwise).
_ROMANISED_SYLLABLE = regex.compile(r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[hklmnp])?")
#: Short English words that follow a hyphen in compounds ("Putin-led", "state-run").
HYPHEN_WORDS = frozenset(
    {"area", "based", "born", "bound", "bred", "built", "class", "day", "era", "fired", "free"}
    | {"grown", "held", "hit", "led", "level", "like", "long", "made", "off", "old", "out"}
    | {"owned", "proof", "ready", "run", "set", "size", "sized", "style", "term", "top"}
    | {"type", "up", "way", "week", "wide", "year", "zone"}
)


def given_name(low: str) -> bool:
    """A known given name, written with or without its accents ("José", "Zoë", "Barış").

    A hyphenated one is given names joined ("Jean-Pierre", "Fatima-Zahra", "Ellie-Mae").

    >>> given_name("josé"), given_name("barış"), given_name("youssef"), given_name("tuesday")
    (True, True, True, False)
    >>> given_name("jean-pierre"), given_name("smith-jones")
    (True, False)
    """
    if low in KNOWN_GIVEN_NAMES:
        return True
    if "-" in low:
        parts = low.split("-")
        return len(parts) == 2 and all(part and given_name(part) for part in parts)
    return not low.isascii() and _without_accents(low) in KNOWN_GIVEN_NAMES


@functools.lru_cache(maxsize=4096)
def _without_accents(word: str) -> str:
    """``word`` with its combining accents dropped ("josé" -> "jose", "barış" -> "baris")."""
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def romanised_given_name(word: str) -> bool:
    """A romanised Korean or Chinese given name of two syllables joined by a hyphen, the
    second in lower case ("Jae-in", "Soo-ah", "Jong-un"): after such a name's family
    name ("Moon Jae-in", "Kim Soo-ah"), the family name alone refers to the person.

    >>> romanised_given_name("Jae-in"), romanised_given_name("Miami-based")
    (True, False)
    """
    head, _, tail = word.partition("-")
    return (
        1 < len(head) <= SYLLABLE_MAX
        and head[:1].isupper()
        and head[1:].islower()
        and _ROMANISED_SYLLABLE.fullmatch(tail) is not None
        and tail not in HYPHEN_WORDS
    )
