"""Gender as the article states it, and whether ``he`` or ``she`` may refer to a person.

:func:`read_genders` gives each :class:`Person` a ``gender`` ("female", "male" or
None) and the ``gender_evidence`` spans it rests on, from three kinds of evidence
in the article itself, each with a weight:

- an honorific before a mention (``Ms. Lee``, ``Mr Brown``, ``Dame Judi``): 3;
- a gendered word in one of the person's titles (``committee chairwoman``,
  ``spokesman``, ``mother of three``) or right before a mention (``her husband, Dr
  Jo Bell``): 2 (some outlets write "chairman" for women);
- a pronoun the attribution resolved to the person (``“...,” she said``): 1.

The side with more weight wins when the other has less than half of it; otherwise
(no evidence, or evidence that disagrees) the gender is None.  A given name never
decides ``Person.gender``: name lists are wrong too often (names shared by women
and men, names from cultures the list does not cover, people whose names do not
match their gender) and a wrong guess misgenders a real person in the data.

:func:`sex_of` is the attribution's older and weaker question, asked before any
pronoun is resolved: may ``she`` refer to this person?  It does read the given-name
lists, only to keep a pronoun away from a person it very likely cannot mean.

>>> from newsstruct.model import Person, Span
>>> text = "Ms. Lee spoke."
>>> [(p.gender, [e.text for e in p.gender_evidence])
...  for p in read_genders(text, (Person("p1", "Lee", mentions=(Span(4, 7, "Lee"),)),), ())]
[('female', ['Ms.'])]
>>> sex_of(Person("p1", "Hillary Clinton")), sex_of(Person("p2", "Xi Jinping"))
('f', None)
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from newsstruct.model import Gender, Person, Span, Speaker
from newsstruct.people.lexicons.female_given_names import FEMALE_GIVEN_NAMES
from newsstruct.people.lexicons.female_words import FEMALE_WORDS
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.people.lexicons.male_given_names import MALE_GIVEN_NAMES
from newsstruct.people.lexicons.male_words import MALE_WORDS

__all__ = ["Weighed", "other_sex", "read_genders", "sex_of", "text_evidence"]

#: The weight of each kind of evidence (see the module's docstring).
HONORIFIC_WEIGHT = 3
TITLE_WORD_WEIGHT = 2
PRONOUN_WEIGHT = 1
_PRONOUNS: dict[str, Gender] = {"she": "female", "her": "female", "he": "male", "him": "male"}
_WORD = regex.compile(r"[\p{L}][\p{L}.]*")
#: A gendered honorific right before a mention ("Ms. ", "Mr "); ``(?r)``: searched from
#: the end, where every match must end (for ``search`` only).
_GENDERED_HONORIFICS = sorted(HONORIFICS & (FEMALE_WORDS | MALE_WORDS), key=len, reverse=True)
_HONORIFIC = regex.compile(
    r"(?ri)\b("
    + "|".join(
        regex.escape(h) + (r"(?!\w)" if h[-1] == "." else r"\b") for h in _GENDERED_HONORIFICS
    )
    + r")\s+$"
)

#: A gendered word right before a mention, a comma and a short title between
#: (``her husband, Dr Jo Bell``, ``his daughter Ann``, ``the chairwoman, Ms Lee``);
#: searched from the end like :data:`_HONORIFIC`.
_RELATION = regex.compile(
    r"(?ri)\b("
    + "|".join(sorted((FEMALE_WORDS | MALE_WORDS) - HONORIFICS, key=len, reverse=True))
    + r")(?:,\s*|\s+)(?:(?:dr|prof|rev|sen|rep|gen|col|capt)\.?\s+)?$"
)


#: The words of the text weighed for each person (by id): the span, the gender it says
#: and its weight.  Read once by :func:`text_evidence`, before and after attribution.
Weighed = dict[str, list[tuple[Span, Gender | None, int]]]


def read_genders(
    text: str,
    people: tuple[Person, ...],
    statements: Iterable[object],
    evidence: Weighed | None = None,
) -> tuple[Person, ...]:
    """``people`` with ``gender`` and ``gender_evidence`` read from ``text``;
    ``statements`` are the quotes and reported statements, whose pronoun sources
    (``source``) count for their speaker.  ``evidence``, when given, is what
    :func:`text_evidence` read for the same people (it is not read again)."""
    words = text_evidence(text, people) if evidence is None else evidence
    pronouns = _pronouns_by_speaker(statements)
    out = []
    for person in people:
        said = pronouns.get(person.id, ())
        weighed = words.get(person.id, [])
        weighed = weighed + [(s, _PRONOUNS[s.text.strip().lower()], PRONOUN_WEIGHT) for s in said]
        out.append(_decided_person(person, weighed))
    return tuple(out)


def text_evidence(text: str, people: tuple[Person, ...]) -> Weighed:
    """The honorifics and gendered words of ``text`` weighed for each person."""
    return {person.id: _text_words(text, person) for person in people}


def _pronouns_by_speaker(statements: Iterable[object]) -> dict[str, list[Span]]:
    """The pronoun sources (``source``) of the statements, by their speaker's id."""
    pronouns: dict[str, list[Span]] = {}
    for statement in statements:
        speaker: Speaker | None = getattr(statement, "speaker", None)
        source: Span | None = getattr(statement, "source", None)
        said = None if source is None else source.text.strip().lower()
        if isinstance(speaker, Person) and source is not None and said in _PRONOUNS:
            pronouns.setdefault(speaker.id, []).append(source)
    return pronouns


def _text_words(text: str, person: Person) -> list[tuple[Span, Gender | None, int]]:
    """The honorifics before the person's mentions, the gendered words right before them
    and in the person's titles, each with the gender it says and its weight."""
    weighed: list[tuple[Span, Gender | None, int]] = []
    for mention in person.mentions:
        found = _HONORIFIC.search(text, max(0, mention.start - 12), mention.start)
        if found is not None:
            span = Span(found.start(1), found.end(1), found.group(1))
            weighed.append((span, _gender_of_word(found.group(1)), HONORIFIC_WEIGHT))
    for mention in person.mentions:
        found = _RELATION.search(text, max(0, mention.start - 40), mention.start)
        if found is not None and not any(t.start <= found.start(1) < t.end for t in person.titles):
            span = Span(found.start(1), found.end(1), found.group(1))  # "Her father, Dr Willem"
            weighed.append((span, _gender_of_word(found.group(1)), TITLE_WORD_WEIGHT))
    for title in person.titles:
        for word in _WORD.finditer(title.text):
            said = _gender_of_word(word.group())
            if said is not None:
                span = Span(title.start + word.start(), title.start + word.end(), word.group())
                weighed.append((span, said, TITLE_WORD_WEIGHT))
    return weighed


def _decided_person(person: Person, weighed: list[tuple[Span, Gender | None, int]]) -> Person:
    """``person`` with the gender the weighed evidence decides and that evidence."""
    evidence = tuple(
        sorted(
            {(s.start, s.end, s.text): s for s, _, _ in weighed}.values(),
            key=lambda s: (s.start, s.end),
        )
    )
    if not evidence:
        return person
    return attrs.evolve(person, gender=_decided(weighed), gender_evidence=evidence)


def _gender_of_word(word: str) -> Gender | None:
    low = word.lower()
    if low in FEMALE_WORDS:
        return "female"
    return "male" if low in MALE_WORDS else None


def _decided(weighed: list[tuple[Span, Gender | None, int]]) -> Gender | None:
    """The side with more weight, when the other has less than half of it."""
    female = sum(w for _, g, w in weighed if g == "female")
    male = sum(w for _, g, w in weighed if g == "male")
    if female > 2 * male:
        return "female"
    if male > 2 * female:
        return "male"
    return None


def sex_of(person: Person) -> str | None:
    """``f`` or ``m`` when the given name, the text's evidence (``Person.gender``: an
    honorific, "her father") or a title says so, else None.  The given name comes
    first: outlets write "chairman" and "spokesman" for women too."""
    words = person.name.split()
    if len(words) >= 2:
        first = words[0].lower()
        if first in FEMALE_GIVEN_NAMES:
            return "f"
        if first in MALE_GIVEN_NAMES:
            return "m"
    if person.gender is not None:
        return "f" if person.gender == "female" else "m"
    title_words = {w for t in person.titles for w in t.text.lower().split()}
    if title_words & FEMALE_WORDS:
        return "f"
    if title_words & MALE_WORDS:
        return "m"
    return None


def other_sex(sex: str) -> str:
    """``m`` for ``f`` and ``f`` for ``m``."""
    return "m" if sex == "f" else "f"
