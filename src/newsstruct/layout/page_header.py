"""Read the header of an article found further down a pasted page.

Once :mod:`newsstruct.layout.headline` has picked the headline, the header is
read around it:

- **above** it, up to three lines: a kicker label ("ANALYSIS"), a printed
  date or a byline that some sites print over the headline (a date there is
  taken only when none below it ranks as high: a teaser's date may stand
  right above); everything higher up is the page's navigation;
- **below** it, down to the first paragraph (:mod:`newsstruct.layout.page_zone`):
  the byline, printed dates and roles wherever they stand, a deck right under
  the headline, a dateline alone on its line, and the page's interface around
  them (share buttons, "Advertisement", captions, reading times), which is
  dropped.

Every dropped block keeps its reason: above the headline ``navigation`` (menu
items) or ``promotion`` (teasers), between the headline and the body ``interface``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import word_count
from newsstruct.layout.header_lines import Header, Meta, add_meta, kicker_label, with_headline
from newsstruct.layout.page_zone import read_zone
from newsstruct.layout.region import outside_reason
from newsstruct.layout.segment import Block
from newsstruct.model import Span

__all__ = ["read_page_header"]

#: Furniture that may still hold a meta line (a date the page prints twice).
_META_FURNITURE = "repeated-line"
#: Lines above the headline that may still belong to its header.
_ABOVE = 3
#: A section label between them and the headline has at most this many words.
_LABEL_MAX_WORDS = 3


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
    over = [i for i in range(headline) if furniture.get(i) in (None, _META_FURNITURE)]
    header, above = _read_above(blocks, over, header, meta_of)
    zone = read_zone(blocks, kinds, headline, furniture, meta_of, config)
    for index, meta in zone.metas:
        header = add_meta(header, meta, blocks[index])
    for index in sorted(above):  # a date over the headline only when none below ranks as high
        over_meta = meta_of(index)
        if over_meta is not None and over_meta.printed is not None:
            header = add_meta(header, Meta(printed=over_meta.printed), blocks[index])
    if zone.deck is not None:
        deck = blocks[zone.deck]
        header = attrs.evolve(header, deck=Span(deck.start, deck.end, deck.text))
    dropped = [(i, outside_reason(blocks[i], kinds[i])) for i in content[:at] if i not in above]
    dropped += [(i, "interface") for i in zone.interface]
    return attrs.evolve(
        header,
        body_start=zone.body_start if zone.body_start is not None else len(blocks),
        dropped=tuple(dropped),
        claimed=tuple(i for i in (*above, *(i for i, _ in zone.metas)) if i in furniture),
        dateline=zone.dateline,
    )


def _read_above(
    blocks: tuple[Block, ...], above: list[int], header: Header,
    meta_of: Callable[[int], Meta | None],
) -> tuple[Header, set[int]]:  # fmt: skip
    """Kicker, printed date and byline among the few lines right above the headline; the
    search stops at the first line that is none of them and not a short label."""
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
            header = add_meta(header, attrs.evolve(meta, printed=None), block)
            kept.add(index)
        elif word_count(block.text) > _LABEL_MAX_WORDS:
            break
    return header, kept
