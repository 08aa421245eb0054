"""Runs shaped like a person's name that name a thing: a vessel (``the trawler, the Ann
Marie Flynn,``), a building or home named for someone (``the Edith Carver Home``,
``Kutaisi City Hall``), or a body named in a Romance language with two "de" joints and
no given name first (``Cofradía de Mariscadores de Arousa``).

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "The ketch Rosalind Kerr sank near the Edith Carver Home, said Ana Home."
>>> [names_a_thing(text, r, r.key) for r in name_runs(text, tokenize(text, 0, len(text)))]
[True, True, False]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsstruct.lexicons.romance_of import ROMANCE_OF
from newsstruct.lexicons.vessels import VESSEL_NOUNS
from newsstruct.people.given import given_name

if TYPE_CHECKING:
    from newsstruct.people.names import NameRun

__all__ = ["names_a_seat", "names_a_thing"]

#: A vessel noun right before a run, or before a comma and "the" (searched from the end).
_VESSEL_BEFORE = regex.compile(r"(?r)\b(?:" + "|".join(sorted(VESSEL_NOUNS)) + r")(?:,\s+the)?\s+$")
#: Words that end the name of a building or a home named for someone or for a place.
_BUILDING_HEADS = frozenset({"hall", "home", "house", "lodge", "manor"})
#: Words before a building head that make it a place's seat ("City Hall", "Town Hall").
_SEAT_WORDS = frozenset({"city", "town", "county", "village", "municipal", "district"})
#: The fewest Romance joints that make a run with no given name first a body's name.
_ROMANCE_JOINTS_MIN = 2


def names_a_seat(k: tuple[str, ...] | list[str]) -> bool:
    """The lower-case words ``k`` end in the seat of a place's government (``salvador
    city hall``), a body even when a given name opens them."""
    return len(k) >= 2 and k[-1] in _BUILDING_HEADS and k[-2] in _SEAT_WORDS


def names_a_thing(text: str, run: NameRun, k: tuple[str, ...]) -> bool:
    """``run`` (its key ``k``) names a vessel, a building or a Romance body."""
    if _VESSEL_BEFORE.search(text, max(0, run.start - 20), run.start) is not None:
        return True
    if names_a_seat(k):
        return True  # "Kutaisi City Hall"
    if len(k) >= 2 and k[-1] in _BUILDING_HEADS:
        before = text[max(0, run.start - 4) : run.start]
        if before.lower() == "the " and not text[run.end : run.end + 2].startswith("'"):
            return True  # "at the Edith Carver Home": a person's name takes no article
    if given_name(k[0]):
        return False
    joints = sum(1 for w in run.words if w.base in ROMANCE_OF)
    return joints >= _ROMANCE_JOINTS_MIN  # "Sindikato di Trahadó di Haf"
