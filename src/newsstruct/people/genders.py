"""Whether ``he`` or ``she`` may refer to a person, from the given name or a title.

Only used to keep a pronoun from a person it cannot mean; a person whose given
name is on neither list and whose titles say nothing may be called either.

>>> from newsstruct.model import Person
>>> sex_of(Person("p1", "Hillary Clinton")), sex_of(Person("p2", "Xi Jinping"))
('f', None)
"""

from __future__ import annotations

from newsstruct.model import Person
from newsstruct.people.lexicons.female_given_names import FEMALE_GIVEN_NAMES
from newsstruct.people.lexicons.male_given_names import MALE_GIVEN_NAMES

__all__ = ["other_sex", "sex_of"]

_FEMALE_WORDS = frozenset(
    {"spokeswoman", "congresswoman", "chairwoman", "councilwoman", "assemblywoman", "queen"}
    | {"princess", "empress", "mrs.", "ms.", "mrs", "ms", "madam", "lady", "dame"}
)
_MALE_WORDS = frozenset(
    {"spokesman", "congressman", "chairman", "councilman", "assemblyman", "king", "prince"}
    | {"emperor", "mr.", "mr", "sir", "lord"}
)


def sex_of(person: Person) -> str | None:
    """``f`` or ``m`` when the given name or a title says so, else None."""
    words = person.name.split()
    if len(words) >= 2:
        first = words[0].lower()
        if first in FEMALE_GIVEN_NAMES:
            return "f"
        if first in MALE_GIVEN_NAMES:
            return "m"
    title_words = {w for t in person.titles for w in t.text.lower().split()}
    if title_words & _FEMALE_WORDS:
        return "f"
    if title_words & _MALE_WORDS:
        return "m"
    return None


def other_sex(sex: str) -> str:
    """``m`` for ``f`` and ``f`` for ``m``."""
    return "m" if sex == "f" else "f"
