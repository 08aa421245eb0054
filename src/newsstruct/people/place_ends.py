"""Words that end the names of places, bodies and events (``Stanley Park``, ``Main
Street``, ``Golf Channel``): a capitalised run ending in one is no person, unless the
word is also a family name and a title or a given name and a cue confirm the run
(``Coach Jin Park``, ``Mina Park said``; not ``in Lincoln Park, police said``).

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "Crowds filled Stanley Park. Mina Park said it was full."
>>> tokens = tokenize(text, 0, len(text))
>>> [(run.text(text), not_a_surname(text, tokens, run)) for run in name_runs(text, tokens)][1:]
[('Stanley Park', True), ('Mina Park', False)]
"""

from __future__ import annotations

from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.people.cue_signs import cue_right_after
from newsstruct.people.lexicons.east_asian_surnames import EAST_ASIAN_SURNAMES
from newsstruct.people.lexicons.named_after_nouns import NAMED_AFTER_NOUNS
from newsstruct.people.names import NameRun, Token, given_name
from newsstruct.people.officials import title_before

__all__ = ["PLACE_ENDS", "not_a_surname"]

#: Words before a run that make it a place (``in Lincoln Park``, ``Visitors to Hyde Park``).
_LOCATING = frozenset({"in", "at", "near", "to", "from", "of", "into", "outside", "across"})

#: Body words, nouns a name is given after ("the Nobel Prize"), and street and place nouns.
PLACE_ENDS = (
    ORGANIZATION_WORDS
    | NAMED_AFTER_NOUNS
    | frozenset(
        {"act", "avenue", "bowl", "city", "county", "lane", "park", "partnership", "road", "show"}
        | {"square", "street"}
    )
)


def not_a_surname(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """The last word of ``run`` ends a place or a body's name, and is no family name in a
    full name that a cue or a title confirms."""
    key = run.key
    if not key or key[-1] not in PLACE_ENDS:
        return False
    if len(key) < 2 or key[-1] not in EAST_ASIAN_SURNAMES:
        return True
    if title_before(text, tokens, run.first) is not None:
        return False  # "Coach Jin Park"
    words = text[max(0, run.start - 12) : run.start].split()[-1:]
    located = bool(words) and words[0].lower() in _LOCATING  # "in Lincoln Park, police said"
    return located or not (given_name(key[0]) and cue_right_after(text, run))
