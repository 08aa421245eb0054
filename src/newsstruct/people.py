"""Stage 4a: find the people named in the article and cluster their mentions.

Placeholder until the people issue lands: finds nobody.
"""

from __future__ import annotations

from newsstruct.config import Config
from newsstruct.model import Person, Span

__all__ = ["find_people"]


def find_people(text: str, regions: tuple[Span, ...], config: Config) -> tuple[Person, ...]:
    """Everyone named in ``regions`` (headline, deck, body), one :class:`Person` each."""
    return ()
