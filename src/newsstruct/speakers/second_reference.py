"""Whom a second reference by a noun of age, faith, sport or craft names (``the
teenager said``, ``the abbot said``) when no one was introduced with that noun: the
last person named as a sentence's subject in the same paragraph who holds no title
(a title would name them another way) and, for "the teenager", is given no adult's
age; never when an unnamed ``a teenager`` came before.

>>> from newsstruct.model import Person, Span
>>> text = "Kiran Rai, 17, took four wickets. “I was nervous,” the teenager said."
>>> kiran = Person("p1", "Kiran Rai", mentions=(Span(0, 9, "Kiran Rai"),))
>>> second_reference(Mentions(text, (kiran,)), "teenager", text.index("the teenager")).name
'Kiran Rai'
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.second_reference_nouns import SECOND_REFERENCE_NOUNS
from newsstruct.model import Person
from newsstruct.speakers.mentions import Mentions

__all__ = ["second_reference"]

#: How far back (characters) the subject and an unnamed introduction are looked for.
_REACH = 600
#: Nouns of youth, which a person the article gives an adult's age is not.
_YOUNG = frozenset({"teenager", "youngster"})


def second_reference(mentions: Mentions, noun: str, pos: int) -> Person | None:
    """The person ``the`` + ``noun`` at ``pos`` names, or None (see the module)."""
    if noun not in SECOND_REFERENCE_NOUNS or _unnamed_before(mentions.text, noun, pos):
        return None
    paragraph = mentions.text.rfind("\n\n", max(0, pos - _REACH), pos)
    floor = max(pos - _REACH, paragraph)
    for start, _, person in reversed(mentions.by_start):
        if start < floor:
            return None
        if start < pos and not person.titles and mentions.subject_like(start):
            age = mentions.age_of(person)  # "the teenager" is no one aged 40
            if noun not in _YOUNG or not (age or "").isdigit() or 13 <= int(age or 0) <= 19:
                return person
    return None


def _unnamed_before(text: str, noun: str, pos: int) -> bool:
    """``A teenager was hurt ...``: someone unnamed was introduced as ``noun`` before."""
    found = regex.search(
        rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,2}}{regex.escape(noun)}\b",
        text[max(0, pos - 3000) : pos],
        regex.I,
    )
    return found is not None
