"""Read the header of an article found further down a pasted page.

Once :mod:`newsstruct.layout.headline` has picked the headline, the header is
read around it:

- **above** it, up to three lines: a kicker label ("ANALYSIS"), a printed
  date or a byline that some sites print over the headline; everything
  higher up is the page's navigation;
- **below** it, down to the first paragraph: the byline, printed dates and
  roles wherever they stand, a deck right under the headline, and the page's
  interface around them (share buttons, "Advertisement", captions, reading
  times), which is dropped.  A paragraph of prose starts the body unless a
  byline or date follows within two blocks: then it is the deck or a caption.

Every dropped block keeps its reason: above the headline ``navigation`` (menu
items) or ``promotion`` (teasers), between the headline and the body ``interface``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.header_lines import (
    Header,
    Meta,
    add_meta,
    is_deck,
    kicker_label,
    typical_gap,
    with_headline,
)
from newsstruct.layout.region import PROSE, SHORT, TITLE, outside_reason
from newsstruct.layout.segment import Block
from newsstruct.model import Span

__all__ = ["read_page_header"]

#: Lines above the headline that may still belong to its header.
_ABOVE = 3
#: A prose block is a deck or caption when a meta line follows within this many blocks.
_META_AFTER_PROSE = 2
#: A short sentence starts the body when it has this many words and prose follows.
_SHORT_LEDE_MIN_WORDS = 4


@attrs.frozen
class _Zone:
    """The blocks of the header below the headline, by role."""

    metas: tuple[int, ...] = ()
    deck: int | None = None
    interface: tuple[int, ...] = ()
    body_start: int | None = None


def read_page_header(
    text: str,
    blocks: tuple[Block, ...],
    kinds: tuple[str, ...],
    furniture: Mapping[int, str],
    headline: int,
    meta_of: Callable[[int], Meta | None],
    config: Config,
) -> Header:
    """The header around ``headline`` (a block index); see the module docstring."""
    content = [i for i in range(len(blocks)) if i == headline or i not in furniture]
    at = content.index(headline)
    header = with_headline(text, blocks[headline], Header())
    header, above = _read_above(blocks, content[:at], header, meta_of)
    zone = _read_below(blocks, kinds, content[at + 1 :], meta_of, config)
    for index in zone.metas:
        meta = meta_of(index)
        assert meta is not None
        header = add_meta(header, meta, blocks[index])
    if zone.deck is not None:
        deck = blocks[zone.deck]
        header = attrs.evolve(header, deck=Span(deck.start, deck.end, deck.text))
    dropped = [(i, outside_reason(blocks[i], kinds[i])) for i in content[:at] if i not in above]
    dropped += [(i, "interface") for i in zone.interface]
    body_start = zone.body_start if zone.body_start is not None else len(blocks)
    return attrs.evolve(header, body_start=body_start, dropped=tuple(dropped))


def _read_above(
    blocks: tuple[Block, ...], above: list[int], header: Header,
    meta_of: Callable[[int], Meta | None],
) -> tuple[Header, set[int]]:  # fmt: skip
    """Kicker, printed date and byline among the few lines right above the headline."""
    kept: set[int] = set()
    for step, index in enumerate(reversed(above[-_ABOVE:])):
        block = blocks[index]
        label = kicker_label(block.text)
        if step == 0 and label is not None and label == block.text.rstrip(": "):
            if header.kicker is None:
                header = attrs.evolve(
                    header, kicker=Span(block.start, block.start + len(label), label)
                )
                kept.add(index)
            continue
        meta = meta_of(index)
        if meta is not None and (meta.printed is not None or meta.byline is not None):
            header = add_meta(header, meta, block)
            kept.add(index)
    return header, kept


def _read_below(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], below: list[int],
    meta_of: Callable[[int], Meta | None], config: Config,
) -> _Zone:  # fmt: skip
    """Sort the blocks under the headline into meta lines, deck and interface, up to the body."""
    zone = _Zone()
    gap = typical_gap(blocks, below)
    for pos, index in enumerate(below):
        if meta_of(index) is not None:
            zone = attrs.evolve(zone, metas=(*zone.metas, index))
            continue
        block = blocks[index]
        follows = [meta_of(i) is not None for i in below[pos + 1 : pos + 1 + _META_AFTER_PROSE]]
        if (
            pos == 0
            and is_deck(block, config)
            and _deck_set_off(blocks, below, kinds, gap, follows)
        ):
            zone = attrs.evolve(zone, deck=index)
            continue
        if _starts_body(blocks, kinds, below, pos) and not any(follows):
            return attrs.evolve(zone, body_start=index)
        zone = attrs.evolve(zone, interface=(*zone.interface, index))
    return _never_all_header(kinds, zone)


def _never_all_header(kinds: tuple[str, ...], zone: _Zone) -> _Zone:
    """A zone that ran to the end of the text leaves its last sentences to the body (an
    article is never all header): from the first sentence after the last meta line, or
    the last block."""
    if zone.body_start is not None or not zone.interface:
        return zone
    after = [i for i in zone.interface if not zone.metas or i > zone.metas[-1]]
    sentences = [i for i in after if kinds[i] in (PROSE, SHORT)]
    start = sentences[0] if sentences else zone.interface[-1]
    interface = tuple(i for i in zone.interface if i < start)
    return attrs.evolve(zone, interface=interface, body_start=start)


def _deck_set_off(
    blocks: tuple[Block, ...], below: list[int], kinds: tuple[str, ...], gap: int,
    follows: list[bool],
) -> bool:  # fmt: skip
    """A deck is followed by the byline or date, or set off by wider spacing than the
    paragraphs use, or is a title-shaped line with prose below it."""
    if any(follows):
        return True
    if len(below) < 2:
        return False
    first, second = blocks[below[0]], blocks[below[1]]
    if first.blank_before > gap or second.blank_before > gap:
        return True
    return kinds[below[0]] == TITLE and kinds[below[1]] == PROSE


def _starts_body(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], below: list[int], pos: int
) -> bool:
    """Prose, or a short sentence with prose right after it ("It was over in seconds.")."""
    kind = kinds[below[pos]]
    if kind == PROSE:
        return True
    if kind != SHORT or pos + 1 >= len(below) or kinds[below[pos + 1]] != PROSE:
        return False
    line = blocks[below[pos]].text
    return line[:1].isupper() and len(line.split()) >= _SHORT_LEDE_MIN_WORDS
