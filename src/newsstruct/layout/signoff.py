"""A byline or date the page prints after the article: a sign-off.

Blogs and some news sites print the author and the date under the post instead
of above it: "Posted by Jane Doe at 2:33 PM", "Author: Jane Doe" over
"Published: 3 December 2019".  When the header gave no byline (or no printed
date), the last blocks of the article and the few after its end are read for
one, before anything that opens a list of other stories or comments ("Related
posts", "Leave a reply").

Only lines that say what they are count: a byline with a lead-in at its start
("By", "Posted by", "Written by", "Author:") or a lead-in alone over the names
("Published by" / "Jane Doe"), and a date on a line that opens with a label
("Published: ...", "Posted on ...") or on the byline's line; a bare name or
date down there is as likely a teaser's or a comment's.

>>> from newsstruct.config import Config
>>> from newsstruct.layout.segment import split_lines
>>> text = "The plan was approved.\\n\\nShare\\n\\nPosted by Jane Doe on May 3, 2020"
>>> blocks = split_lines(text).blocks
>>> found = read_signoff(text, blocks, [""] * len(blocks), {}, (0,), Config())
>>> [a.name for a in found.byline], found.printed.value, found.blocks
(['Jane Doe'], '2020-05-03', (2,))
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import ends_article, word_count
from newsstruct.layout.bylines import parse_byline
from newsstruct.layout.page_meta import LEAD_ALONE, read_page_meta
from newsstruct.layout.patterns import BYLINE_LEAD, DATE_LABEL
from newsstruct.layout.printed_dates import is_update, search_printed_date
from newsstruct.layout.segment import Block
from newsstruct.model import Author, Published, Span

__all__ = ["SignOff", "read_signoff"]

#: How many of the article's last blocks may be its sign-off ("Posted by ..." as the
#: last paragraph).
_LAST_BLOCKS = 2
#: How many blocks after the article are read for a sign-off.
_AFTER_BLOCKS = 8
#: A sign-off line has at most this many words.
_MAX_WORDS = 15
#: Furniture that may still be a sign-off (a byline the page prints twice).
_SIGNOFF_FURNITURE = frozenset({"repeated-line"})


@attrs.frozen
class SignOff:
    """What a sign-off says: its authors, its printed date (with the block it stands in),
    and the indices of the blocks read."""

    byline: tuple[Author, ...] = ()
    printed: Published | None = None
    printed_block: Span | None = None
    blocks: tuple[int, ...] = ()


def read_signoff(
    text: str, blocks: tuple[Block, ...], keys: list[str], furniture: Mapping[int, str],
    body: tuple[int, ...], config: Config,
) -> SignOff | None:  # fmt: skip
    """The sign-off among the last blocks of ``body`` (block indices of the article) and
    the few after it, if any (see the module docstring)."""
    if not body:
        return None
    after = range(body[-1] + 1, min(len(blocks), body[-1] + 1 + _AFTER_BLOCKS))
    found = SignOff()
    for index in (*body[-_LAST_BLOCKS:], *after):
        if ends_article(keys[index]):
            break
        reason = furniture.get(index)
        if reason is not None and reason not in _SIGNOFF_FURNITURE:
            continue
        found = _read_line(text, blocks, index, found, config)
    return found if found.blocks else None


def _read_line(
    text: str, blocks: tuple[Block, ...], index: int, found: SignOff, config: Config
) -> SignOff:
    """``found`` with block ``index`` added when it is a sign-off line: the first byline
    with a lead-in (on the line, or alone over the names), and a labelled date."""
    block = blocks[index]
    if word_count(block.text) > _MAX_WORDS:
        return found
    authors: tuple[Author, ...] = ()
    claimed: tuple[int, ...] = (index,)
    if not found.byline:
        authors, claimed = _signed_by(text, blocks, index, config)
    printed = None if found.printed is not None else _labelled_date(text, block, bool(authors))
    if not authors and printed is None:
        return found
    if printed is not None:
        span = Span(block.start, block.end, block.text)
        found = attrs.evolve(found, printed=printed, printed_block=span)
    if authors:
        found = attrs.evolve(found, byline=authors)
    return attrs.evolve(found, blocks=(*found.blocks, *claimed))


def _signed_by(
    text: str, blocks: tuple[Block, ...], index: int, config: Config
) -> tuple[tuple[Author, ...], tuple[int, ...]]:
    """The authors of a byline with a lead-in ("Posted by Jane Doe"), or of the names
    under a lead-in alone ("Published by" / "Jane Doe"), and the blocks read."""
    block = blocks[index]
    if BYLINE_LEAD.match(block.text):
        byline = parse_byline(text, block.start, block.end)
        return (() if byline is None else byline.authors), (index,)
    if LEAD_ALONE.match(block.text) and index + 1 < len(blocks):
        meta = read_page_meta(text, blocks, index, config)
        authors = () if meta is None or meta.byline is None else meta.byline.authors
        return authors, (index, index + 1)
    return (), (index,)


def _labelled_date(text: str, block: Block, signed: bool) -> Published | None:
    """The publication date of a line that opens with a label ("Published: 3 December
    2019", "Posted on May 3, 2020 in Blog") or of a byline line ("Posted by Jane Doe on
    May 3, 2020"); an update is no publication date."""
    if not (signed or DATE_LABEL.match(block.text)):
        return None
    printed = search_printed_date(text, block.start, block.end)
    if printed is None or is_update(printed):
        return None
    return printed if signed or printed.label is not None else None
