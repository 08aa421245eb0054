"""Stage 3: find direct quotes in the body.

Placeholder until the quotes issue lands: finds nothing.
"""

from __future__ import annotations

from newsstruct.config import Config
from newsstruct.model import Paragraph, Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...], config: Config) -> tuple[Quote, ...]:
    """Every direct quote in ``paragraphs``, sorted by offset, not overlapping, speakers unset."""
    return ()
