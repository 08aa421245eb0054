"""Read the header: kicker, headline, deck, byline and printed date, top down.

The header is the run of blocks above the body.  Each block is tried in turn
as a printed date, a byline, a kicker, the headline, then a deck; the first
block that is none of them starts the body.  The last content block is always
body: an article is never all header.

A headline is scored on shape rather than required: short, no final period,
Title Case, followed by header lines or by a longer paragraph, set off by a
wider gap than the paragraphs use.  Past-tense attribution ("said") and a
second sentence count against it.  The same cues, stricter, decide the deck.
"""

from __future__ import annotations

import statistics

import attrs

from newsstruct.bylines import is_name, parse_byline, parse_role_line
from newsstruct.config import Config
from newsstruct.datelines import read_dateline
from newsstruct.lexicons.kickers import KICKER_LABELS
from newsstruct.model import Author, Published, Span
from newsstruct.patterns import (
    ATTRIBUTION,
    SENTENCE_BREAK,
    SENTENCE_END,
    WHEN_WORD,
    WORD,
)
from newsstruct.printed_dates import is_update, read_printed_date
from newsstruct.segment import Block

__all__ = ["Header", "read_header"]

_HEADLINE_MIN_SCORE = 2
_KICKER_MAX_WORDS = 3
_QUOTE_MARKS = '"“”«»'


@attrs.frozen
class Header:
    """What the header holds; ``body_start`` is the index of the first body block."""

    kicker: Span | None = None
    headline: Span | None = None
    deck: Span | None = None
    byline: tuple[Author, ...] = ()
    outlet: Span | None = None
    printed_date: Published | None = None
    printed_date_block: Span | None = None
    body_start: int = 0


def read_header(
    text: str,
    blocks: tuple[Block, ...],
    furniture: frozenset[int],
    config: Config,
    *,
    known_headline: int | None = None,
) -> Header:
    """The header at the top of ``blocks``; ``furniture`` are indices of boilerplate blocks.

    ``known_headline`` is the index of a block known to be the headline: it is
    taken without scoring, and everything above it is header.
    """
    content = [i for i in range(len(blocks)) if i not in furniture]
    gap = _typical_gap(blocks, content)
    header = Header(body_start=content[0] if content else len(blocks))
    last_kind = ""
    pos = 0
    while pos < min(len(content) - 1, config.header_max_lines):
        index, block, following = content[pos], blocks[content[pos]], blocks[content[pos + 1]]
        if index == known_headline:
            step, header, last_kind = _take_headline(text, block, header)
        else:
            step, header, last_kind = _read_block(
                text, block, following, header, last_kind, gap, config
            )
        if step == 0:
            break
        pos += step
        header = attrs.evolve(header, body_start=content[pos] if pos < len(content) else index + 1)
    return header


def _read_block(
    text: str, block: Block, following: Block, header: Header, last_kind: str, gap: int,
    config: Config,
) -> tuple[int, Header, str]:  # fmt: skip
    """How many blocks this one consumes (0: the body starts here), the new header, its kind."""
    printed = read_printed_date(text, block.start, block.end)
    if printed is not None:
        if header.printed_date is None or (
            is_update(header.printed_date) and not is_update(printed)
        ):
            block_span = Span(block.start, block.end, block.text)
            header = attrs.evolve(header, printed_date=printed, printed_date_block=block_span)
        return 1, header, "date"
    consumed = _read_byline(text, block, following, header)
    if consumed is not None:
        return consumed[0], consumed[1], "byline"
    if header.headline is None:
        return _read_headline(text, block, following, header, gap, config)
    if header.deck is None and last_kind == "headline" and _is_deck(block, config):
        return 1, attrs.evolve(header, deck=Span(block.start, block.end, block.text)), "deck"
    return 0, header, last_kind


def _read_byline(
    text: str, block: Block, following: Block, header: Header
) -> tuple[int, Header] | None:
    """A byline block (or a name block over a role block), added to ``header``."""
    role = parse_role_line(block.text)
    if role is not None and header.byline:
        last = attrs.evolve(header.byline[-1], role=role)
        return 1, attrs.evolve(header, byline=(*header.byline[:-1], last))
    byline = parse_byline(text, block.start, block.end)
    if byline is not None:
        outlet = header.outlet or byline.outlet
        known = {a.name.lower() for a in header.byline}
        added = tuple(a for a in byline.authors if a.name.lower() not in known)
        return 1, attrs.evolve(header, byline=header.byline + added, outlet=outlet)
    following_role = parse_role_line(following.text)
    if following_role is not None and is_name(block.text.split()):
        name = " ".join(block.text.split())
        author = Author(name, block.start, block.end, block.text, role=following_role)
        return 2, attrs.evolve(header, byline=(*header.byline, author))
    return None


def _read_headline(
    text: str, block: Block, following: Block, header: Header, gap: int, config: Config
) -> tuple[int, Header, str]:
    """Kicker line, "KICKER: headline" or a plain headline; 0 when the body starts here."""
    label = _kicker_label(block.text)
    if label is not None and header.kicker is None and label == block.text.rstrip(": "):
        return (
            1,
            attrs.evolve(header, kicker=Span(block.start, block.start + len(label), label)),
            "kicker",
        )
    kicker = header.kicker
    start = block.start
    if label is not None and kicker is None:
        kicker = Span(block.start, block.start + len(label), label)
        start = block.start + len(label)
        while start < block.end and text[start] in ": |\u00a0\t":
            start += 1
    headline = Span(start, block.end, text[start : block.end])
    if (
        kicker is None
        and _headline_score(headline.text, block, following, gap, config) < _HEADLINE_MIN_SCORE
    ):
        return 0, header, ""
    if _is_disqualified_headline(headline.text, config):
        return 0, header, ""
    return 1, attrs.evolve(header, kicker=kicker, headline=headline), "headline"


def _take_headline(text: str, block: Block, header: Header) -> tuple[int, Header, str]:
    """The block known to be the headline, with its kicker label split off if it has one."""
    label = _kicker_label(block.text)
    if label is None or header.kicker is not None or label == block.text.rstrip(": "):
        headline = Span(block.start, block.end, block.text)
        return 1, attrs.evolve(header, headline=headline), "headline"
    start = block.start + len(label)
    while start < block.end and text[start] in ": |\u00a0\t":
        start += 1
    kicker = Span(block.start, block.start + len(label), label)
    headline = Span(start, block.end, text[start : block.end])
    return 1, attrs.evolve(header, kicker=kicker, headline=headline), "headline"


def _kicker_label(line: str) -> str | None:
    """ "WATCH" of "WATCH: Talks melt down" (or of a line "EXCLUSIVE" alone), else None."""
    head, colon, rest = line.partition(":")
    label = head.strip()
    if not colon and not rest:
        return label if label.lower() in KICKER_LABELS else None
    if not label or len(label.split()) > _KICKER_MAX_WORDS or not rest.strip():
        return None
    if label.lower() in KICKER_LABELS:
        return label
    if label.isupper() and all(w.isalpha() for w in label.split()) and len(label) > 2:
        return label
    return None


def _is_disqualified_headline(line: str, config: Config) -> bool:
    words = len(WORD.findall(line))
    return (
        words == 0
        or words > config.headline_max_words
        or line.endswith(":")
        or _starts_with_dateline(line)
    )


def _headline_score(line: str, block: Block, following: Block, gap: int, config: Config) -> int:
    """Evidence that ``line`` is a headline; see the module docstring."""
    words = WORD.findall(line)
    score = 0 if SENTENCE_END.search(line) else 2
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words):
        score += 2
    score += 2 if len(words) <= 15 else 1 if len(words) <= 20 else 0
    if _is_header_line(following.text):
        score += 3
    if following.blank_before > gap:
        score += 1
    if len(following.text) >= 1.5 * len(line):
        score += 1
    if ATTRIBUTION.search(line):
        score -= 3
    if SENTENCE_BREAK.search(line):
        score -= 2
    if WHEN_WORD.search(line):
        score -= 1
    return score


def _is_deck(block: Block, config: Config) -> bool:
    """A standfirst: one short sentence of summary, no attribution, no quote, no dateline."""
    line = block.text
    words = len(WORD.findall(line))
    return (
        4 <= words <= config.deck_max_words
        and not line.endswith(":")
        and not ATTRIBUTION.search(line)
        and not WHEN_WORD.search(line)
        and not SENTENCE_BREAK.search(line)
        and not any(mark in line for mark in _QUOTE_MARKS)
        and not _starts_with_dateline(line)
    )


def _is_header_line(line: str) -> bool:
    """A line that can only belong to a header: a byline or a printed date."""
    return (
        parse_byline(line, 0, len(line)) is not None
        or read_printed_date(line, 0, len(line)) is not None
        or parse_role_line(line) is not None
    )


def _starts_with_dateline(line: str) -> bool:
    return read_dateline(line, 0, len(line)) is not None


def _typical_gap(blocks: tuple[Block, ...], content: list[int]) -> int:
    """The usual number of blank lines between paragraphs (0 or 1 in most pastes)."""
    gaps = [blocks[i].blank_before for i in content[1:]]
    return int(statistics.median(gaps)) if gaps else 0
