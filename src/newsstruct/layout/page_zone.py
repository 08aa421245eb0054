"""The blocks between the headline of a pasted page and its first paragraph.

Below a headline a page prints the deck, the byline, dates and roles, and
around them its interface: share buttons, "Advertisement", reading times,
photo captions.  :func:`read_zone` walks down from the headline and sorts each
block:

- a **meta line** (byline, printed date, role: see
  :mod:`newsstruct.layout.page_meta`) belongs to the header, also when the page
  repeats it further down (it is then a ``repeated-line`` furniture block);
- a **deck** is the block right under the headline when it reads like one and
  a byline or date follows, or it is set off by wider spacing;
- a line that names only an outlet right under the byline ("Associated
  Press") is the byline's outlet;
- a **dateline** alone on its line ("Washington CNN —") right above the body
  is the article's dateline;
- the **body** starts at the first paragraph of prose (or a short sentence
  followed by prose) that no meta line follows within two blocks (before the
  next paragraph); anything else is **interface**.

A header has one byline: the first line that names authors, and the author
lines right under it.  Without one, a name standing alone among the first
interface lines ("Share" / "Jane Doe" / "Tweet") is taken.  Names further down are photo credits or bylines of
something else; a bare name (a weak meta line) counts only where the zone has
no byline with a "By", a role or an outlet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import normalise_line
from newsstruct.layout.bylines import Byline, is_name
from newsstruct.layout.datelines import read_dateline_line
from newsstruct.layout.header_lines import Meta, is_deck, typical_gap
from newsstruct.layout.lexicons.end_markers import END_MARKERS
from newsstruct.layout.page_meta import NOT_IN_NAMES
from newsstruct.layout.region import PROSE, SHORT, TITLE
from newsstruct.layout.segment import Block
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.model import Author, Dateline, Span

__all__ = ["Zone", "read_zone"]

#: A prose block is a deck or caption when a meta line follows within this many blocks.
_META_AFTER_PROSE = 2
#: A short sentence starts the body when it has this many words and prose follows.
_SHORT_LEDE_MIN_WORDS = 4
#: Furniture that may still hold a meta line (a byline the page prints twice).
_META_FURNITURE = "repeated-line"
#: A loose name is looked for among this many interface lines, and has this many words.
_LOOSE_NAME_REACH = 4
_LOOSE_NAME_WORDS = (2, 3)


@attrs.frozen
class Zone:
    """The header blocks under a headline: meta lines (with what each says), the deck,
    the interface dropped, the first body block and a dateline standing alone."""

    metas: tuple[tuple[int, Meta], ...] = ()
    deck: int | None = None
    interface: tuple[int, ...] = ()
    body_start: int | None = None
    dateline: Dateline | None = None


@attrs.frozen
class _Reader:
    blocks: tuple[Block, ...]
    kinds: tuple[str, ...]
    below: list[int]
    meta_of: Callable[[int], Meta | None]
    config: Config


def read_zone(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], headline: int,
    furniture: Mapping[int, str], meta_of: Callable[[int], Meta | None], config: Config,
) -> Zone:  # fmt: skip
    """Sort the blocks below block ``headline`` (furniture included) into meta lines,
    deck, interface and dateline, up to the body (see the module docstring)."""
    below = list(range(headline + 1, len(blocks)))
    below = [i for i in below if furniture.get(i) in (None, _META_FURNITURE)]
    reader = _Reader(blocks, kinds, below, meta_of, config)
    zone = Zone()
    for pos, index in enumerate(below):
        meta = meta_of(index)
        if meta is not None:
            zone = attrs.evolve(zone, metas=(*zone.metas, (index, meta)))
            continue
        if index in furniture:
            continue  # a repeated line that says nothing about the article
        outlet = _outlet_line(reader, pos, zone)
        if outlet is not None:
            zone = attrs.evolve(zone, metas=(*zone.metas, (index, outlet)))
            continue
        dateline = read_dateline_line(blocks[index].text, 0, len(blocks[index].text))
        if dateline is not None and zone.dateline is None:
            block = blocks[index]
            dateline = Dateline(
                block.start, block.end, block.text, dateline.location, dateline.agency
            )
            zone = attrs.evolve(zone, dateline=dateline)
            continue
        follows = _meta_follows(reader, pos)
        if (
            pos == 0
            and is_deck(blocks[index], config)
            and _deck_set_off(reader, furniture, follows)
        ):
            zone = attrs.evolve(zone, deck=index)
            continue
        if _starts_body(reader, pos) and not any(follows):
            zone = attrs.evolve(zone, body_start=index)
            break
        zone = attrs.evolve(zone, interface=(*zone.interface, index))
    zone = _one_byline(_never_all_header(kinds, zone), blocks[headline].text.lower())
    return _loose_name(blocks, furniture, headline, zone)


def _outlet_line(reader: _Reader, pos: int, zone: Zone) -> Meta | None:
    """ "Associated Press" right under a byline that names no outlet: that byline's outlet;
    alone right above or under the printed date, with no byline before it: the article's
    credit (a wire story)."""
    block = reader.blocks[reader.below[pos]]
    if " ".join(block.text.lower().split()) not in OUTLETS:
        return None
    span = Span(block.start, block.end, block.text)
    last = zone.metas[-1][1].byline if zone.metas else None
    if last is not None and last.authors and last.outlet is None:
        return Meta(byline=Byline((), span))
    if any(_names(meta) for _, meta in zone.metas):
        return None
    around = [i for i in (pos - 1, pos + 1) if 0 <= i < len(reader.below)]
    dated = [meta for i in around if (meta := reader.meta_of(reader.below[i])) is not None]
    if any(meta.printed is not None for meta in dated):
        return Meta(byline=Byline((), span, span))
    return None


def _one_byline(zone: Zone, headline: str) -> Zone:
    """Keep the authors of the header's byline alone (see the module docstring): other
    author lines keep their date, or become interface.  A bare name the headline holds is
    the story's subject (a caption), not its author."""
    named = [n for n, (_, meta) in enumerate(zone.metas) if _names(meta)]
    eligible = [
        n for n in named if not (zone.metas[n][1].weak and _in_headline(zone.metas[n][1], headline))
    ]
    chosen = [n for n in eligible if not zone.metas[n][1].weak] or eligible
    chosen = [n for n in chosen if _people(zone.metas[n][1])] or chosen  # a person over a desk
    keep = set(chosen[:1])
    for n in range(chosen[0] + 1 if chosen else 0, len(zone.metas)):
        if n not in chosen or zone.metas[n][0] != zone.metas[n - 1][0] + 1:
            break
        keep.add(n)
    metas, interface = [], list(zone.interface)
    for n, (index, meta) in enumerate(zone.metas):
        if n in keep or not _names(meta):
            metas.append((index, meta))
        elif meta.printed is not None:
            metas.append((index, attrs.evolve(meta, byline=None)))
        else:
            interface.append(index)
    return attrs.evolve(zone, metas=tuple(metas), interface=tuple(sorted(interface)))


def _loose_name(
    blocks: tuple[Block, ...], furniture: Mapping[int, str], headline: int, zone: Zone
) -> Zone:
    """Without any byline in the zone, a name of two or three capitalised words standing
    alone among the first interface lines under the headline (or a line the page
    repeats), between share buttons, the deck or a date ("Share" / "Jane Doe" /
    "Tweet"), is the author, if no word of it names a place, an organisation or an
    outlet."""
    if any(_names(meta) for _, meta in zone.metas):
        return zone
    title = blocks[headline].text.lower()
    around = (
        {i for i, _ in zone.metas}
        | {headline, -1 if zone.deck is None else zone.deck}
        | {i for i, reason in furniture.items() if reason.startswith("lexicon")}
    )
    last = len(blocks) if zone.body_start is None else zone.body_start
    loose = [
        i
        for i in range(headline + 1, last)
        if i in zone.interface or furniture.get(i) == _META_FURNITURE
    ]
    for index in loose[:_LOOSE_NAME_REACH]:
        line = blocks[index].text
        words = line.split()
        if not _LOOSE_NAME_WORDS[0] <= len(words) <= _LOOSE_NAME_WORDS[1] or line.lower() in title:
            continue
        if not is_name(words) or any(w.isupper() or w.lower() in NOT_IN_NAMES for w in words):
            continue
        if normalise_line(line) in END_MARKERS:
            continue  # "Recent Posts": a sidebar's heading
        if index - 1 not in around or (index + 1 < len(blocks) and index + 1 not in around):
            continue
        author = Author(" ".join(words), blocks[index].start, blocks[index].end, line)
        meta = Meta(byline=Byline((author,), None), weak=True)
        interface = tuple(i for i in zone.interface if i != index)
        metas = tuple(sorted((*zone.metas, (index, meta)), key=lambda m: m[0]))
        return attrs.evolve(zone, metas=metas, interface=interface)
    return zone


def _in_headline(meta: Meta, headline: str) -> bool:
    assert meta.byline is not None
    return any(a.name.lower() in headline for a in meta.byline.authors)


def _people(meta: Meta) -> bool:
    """The meta line names people (not only a desk or an outlet)."""
    return meta.byline is not None and bool(meta.byline.authors)


def _names(meta: Meta) -> bool:
    """The meta line names authors (or credits a desk)."""
    byline = meta.byline
    return byline is not None and bool(byline.authors or byline.credit)


def _never_all_header(kinds: tuple[str, ...], zone: Zone) -> Zone:
    """A zone that ran to the end of the text leaves its last sentences to the body (an
    article is never all header): from the first sentence after the last meta line, or
    the last block."""
    if zone.body_start is not None or not zone.interface:
        return zone
    last_meta = zone.metas[-1][0] if zone.metas else -1
    sentences = [i for i in zone.interface if i > last_meta and kinds[i] in (PROSE, SHORT)]
    start = sentences[0] if sentences else zone.interface[-1]
    interface = tuple(i for i in zone.interface if i < start)
    return attrs.evolve(zone, interface=interface, body_start=start)


def _meta_follows(reader: _Reader, pos: int) -> list[bool]:
    """Whether each of the next blocks (up to the next paragraph of prose) is a meta line:
    a deck or caption has its byline under it, a lede only a sign-off further down."""
    follows = []
    for index in reader.below[pos + 1 : pos + 1 + _META_AFTER_PROSE]:
        follows.append(reader.meta_of(index) is not None)
        if follows[-1] or reader.kinds[index] == PROSE:
            break
    return follows


def _deck_set_off(reader: _Reader, furniture: Mapping[int, str], follows: list[bool]) -> bool:
    """A deck is followed by the byline or date, or set off by wider spacing than the
    paragraphs use, or is a title-shaped line with prose below it."""
    if any(follows):
        return True
    below = reader.below
    if len(below) < 2:
        return False
    gap = typical_gap(reader.blocks, [i for i in below if i not in furniture])
    first, second = reader.blocks[below[0]], reader.blocks[below[1]]
    if first.blank_before > gap or second.blank_before > gap:
        return True
    return reader.kinds[below[0]] == TITLE and reader.kinds[below[1]] == PROSE


def _starts_body(reader: _Reader, pos: int) -> bool:
    """Prose, or a short sentence with prose right after it ("It was over in seconds.")."""
    below, kinds = reader.below, reader.kinds
    kind = kinds[below[pos]]
    if kind == PROSE:
        return True
    if kind != SHORT or pos + 1 >= len(below) or kinds[below[pos + 1]] != PROSE:
        return False
    line = reader.blocks[below[pos]].text
    return line[:1].isupper() and len(line.split()) >= _SHORT_LEDE_MIN_WORDS
