"""Stage 4a, people: the people the article names, clustered, with their titles.

- :mod:`~newsstruct.people.names`: tokens and the runs of capitalised words that may name someone;
- :mod:`~newsstruct.people.find`: :func:`find_people`, which confirms names;
- :mod:`~newsstruct.people.name_edges`: capitalised words next to a name that name no
  one (the end of a longer name, a body's place);
- :mod:`~newsstruct.people.clusters`: every mention of one person in one cluster;
- :mod:`~newsstruct.people.officials`: titles, organisations and countries (who holds office);
- :mod:`~newsstruct.people.genders`: :func:`read_genders`, ``Person.gender`` from the article's
  words (after attribution), and the sex a person's pronouns may have;
- :mod:`~newsstruct.people.patterns`: this stage's regular expressions.

The word lists only this stage reads are in :mod:`newsstruct.people.lexicons`.
"""

from __future__ import annotations

from newsstruct.people.find import find_people
from newsstruct.people.genders import read_genders, text_evidence

__all__ = ["find_people", "read_genders", "text_evidence"]
