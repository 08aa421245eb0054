"""A byline or date the page prints after the article: a sign-off.

Blogs and some news sites print the author and the date under the post instead
of above it: "Posted by Jane Doe at 2:33 PM", "Author: Jane Doe" over
"Published: 3 December 2019".  When the header gave no byline (or no printed
date), the last blocks of the article and the few after its end are read for
one, before anything that opens a list of other stories or comments ("Related
posts", "Leave a reply").

Only lines that say what they are count: a byline with a lead-in at its start
("By", "Posted by", "Written by", "Author:") and a date that is a whole line with
a label ("Published: ...", "Posted on ..."); a bare name or date down there is
as likely a teaser's or a comment's.

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
from newsstruct.layout.header_lines import read_meta
from newsstruct.layout.lexicons.end_markers import END_MARKERS
from newsstruct.layout.patterns import BYLINE_LEAD
from newsstruct.layout.printed_dates import is_update
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
        if keys[index] in END_MARKERS:
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
    with a lead-in, and a labelled date under it or in it."""
    block = blocks[index]
    if len(block.text.split()) > _MAX_WORDS:
        return found
    lead = BYLINE_LEAD.match(block.text) is not None
    if not lead and (found.printed is not None or "by" in block.text.lower()):
        return found
    meta = read_meta(text, blocks, index, config)
    if meta is None:
        return found
    byline = meta.byline
    authors = () if byline is None or not lead else byline.authors
    printed = meta.printed
    dated = printed is not None and not is_update(printed) and (lead or printed.label is not None)
    if found.byline and authors:
        return found  # a second byline: a comment's or a teaser's
    if not authors and not (dated and found.printed is None):
        return found
    if dated and found.printed is None:
        span = Span(block.start, block.end, block.text)
        found = attrs.evolve(found, printed=printed, printed_block=span)
    if authors:
        found = attrs.evolve(found, byline=authors)
    return attrs.evolve(found, blocks=(*found.blocks, index))
