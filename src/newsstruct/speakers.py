"""Stage 4b: attribute each quote to a person or an organisation.

Placeholder until the quotes issue lands: attributes nothing.
"""

from __future__ import annotations

import attrs

from newsstruct.config import Config
from newsstruct.model import Organization, Paragraph, Person, Quote

__all__ = ["Attribution", "attribute_quotes"]


@attrs.frozen
class Attribution:
    """Quotes with speakers set, and the people and organisations they point to."""

    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]


def attribute_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    quotes: tuple[Quote, ...],
    people: tuple[Person, ...],
    config: Config,
) -> Attribution:
    """Give each quote its speaker; may add people and organisations found as speakers."""
    return Attribution(quotes=quotes, people=people, organizations=())
