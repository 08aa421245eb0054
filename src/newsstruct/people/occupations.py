"""A noun for someone by what they do, right before a name: the name is a person's
whatever its given name (``herder Tserendorjiin Batbold``, ``a retired driver Ana
Píriz``).

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "In Khovd, herder Tserendorjiin Batbold lost 200 goats."
>>> run = name_runs(text, tokenize(text, 0, len(text)))[-1]
>>> occupation_before(text, run, ("tserendorjiin", "batbold"))
True
"""

from __future__ import annotations

from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.people.lexicons.not_agent_nouns import NOT_AGENT_NOUNS
from newsstruct.people.names import NameRun

__all__ = ["occupation_before"]

#: Words before an -er/-or noun that make it the noun of a phrase ("a driver", "retired
#: teacher"); a comma, a sentence start or an age does too ("the 19-year-old wicketkeeper").
_AGENT_LEADS = frozenset({"a", "an", "the", "retired", "former", "veteran", "local", "young"})


def occupation_before(text: str, run: NameRun, k: tuple[str, ...]) -> bool:
    """A lower-case noun for someone by what they do right before a two- or three-word
    name that holds no body or place word: a person in :data:`PERSON_NOUNS`, an -ist or
    -ian, or an -er/-or noun that opens its phrase (not ``another Great Depression``)."""
    words = text[max(0, run.start - 40) : run.start].split()
    before = words[-1] if words else ""
    if len(k) > 3 or len(before) < 5 or not before.islower() or before in NOT_AGENT_NOUNS:
        return False
    if any(w in ORGANIZATION_WORDS or w in PLACE_WORDS for w in k):
        return False
    if before in PERSON_NOUNS or before.endswith(("ist", "ian")):
        return True
    lead = words[-2] if len(words) > 1 else ""
    opens = not lead or lead.endswith((",", ".", "-year-old")) or lead.lower() in _AGENT_LEADS
    return before.endswith(("er", "or")) and opens
