"""Stage 2: header, dateline, sections, body paragraphs and boilerplate (stub)."""

from __future__ import annotations

import attrs

from newsstruct.config import Config
from newsstruct.model import Author, Boilerplate, Dateline, Paragraph, Published, Section, Span
from newsstruct.segment import Layout

__all__ = ["Structure", "read_structure"]


@attrs.frozen
class Structure:
    """What the structure stage found; ``content`` lists the spans later stages read."""

    headline: Span | None = None
    kicker: Span | None = None
    deck: Span | None = None
    byline: tuple[Author, ...] = ()
    outlet: Span | None = None
    dateline: Dateline | None = None
    printed_date: Published | None = None
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    content: tuple[Span, ...] = ()


def read_structure(text: str, layout: Layout, config: Config) -> Structure:
    paragraphs = tuple(Paragraph(b.start, b.end, b.text) for b in layout.blocks)
    return Structure(
        paragraphs=paragraphs,
        content=tuple(Span(p.start, p.end, p.text) for p in paragraphs),
    )
