"""Read the header: kicker, headline, deck, byline and printed date.

Two ways to find where the header ends:

* **Anchored.**  When short lines at the top include *meta lines* (a byline,
  a printed date, a role line such as "Staff Writer"), everything down to the
  last of them is header: the first other line is the headline, the next the
  deck, and lines of one or two words above the headline are navigation.
* **Scored.**  Without meta lines the headline is scored on shape: short,
  Title Case, no final period, set off by a wider gap than the paragraphs use,
  followed by a longer paragraph; past-tense attribution ("said") and a second
  sentence count against it.  A deck then needs the header to be set off by
  wider spacing, so a short lede is never taken for one.

The last content block is always body: an article is never all header.
"""

from __future__ import annotations

import attrs

from newsstruct.config import Config
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.header_lines import (
    Header,
    Meta,
    add_meta,
    is_deck,
    kicker_label,
    read_meta,
    typical_gap,
    with_headline,
)
from newsstruct.layout.patterns import ATTRIBUTION, SENTENCE_END, WHEN_WORD
from newsstruct.layout.segment import Block
from newsstruct.model import Span
from newsstruct.text.sentences import has_two_sentences
from newsstruct.text.words import WORD, count_words

__all__ = ["Header", "read_header"]

_HEADLINE_MIN_SCORE = 2
#: A headline that ends like a sentence needs at least this many words (or other cues).
_SENTENCE_HEADLINE_MIN_WORDS = 8
#: At most this many non-meta lines stand above the last meta line of a header.
_MAX_ZONE_LINES = 4
#: Lines of fewer words above the headline are navigation ("Menu", "Sign In").
_NAVIGATION_MAX_WORDS = 2


def read_header(
    text: str,
    blocks: tuple[Block, ...],
    furniture: frozenset[int],
    config: Config,
    *,
    known_headline: int | None = None,
    known_byline: int | None = None,
) -> Header:
    """The header at the top of ``blocks``; ``furniture`` are indices of boilerplate blocks.

    ``known_headline`` is the index of a block known to be the headline (from
    HTML): it is taken without scoring, and everything above it is header.
    ``known_byline`` is the index of a block known to be a byline: its names
    are read leniently.
    """
    content = [i for i in range(len(blocks)) if i not in furniture]
    if len(content) < 2:
        return Header(body_start=content[0] if content else len(blocks))
    window = content[: min(len(content) - 1, config.header_max_lines)]
    metas = {
        i: m
        for i in window
        if i != known_headline
        and (m := read_meta(text, blocks, i, config, lenient=i == known_byline)) is not None
    }
    zone = _zone(blocks, window, metas, known_headline, config)
    header = Header(body_start=content[0])
    if zone:
        header = _zone_header(text, blocks, content, zone, metas, known_headline)
    if header.headline is not None:
        return header
    rest = [i for i in content if i >= header.body_start]
    return _scored_header(text, blocks, rest, typical_gap(blocks, content), header, config)


def _zone(
    blocks: tuple[Block, ...], window: list[int], metas: dict[int, Meta],
    known_headline: int | None, config: Config,
) -> list[int]:  # fmt: skip
    """The blocks down to the last meta line (or the known headline) above any long paragraph.

    The first prose line may be as long as a headline, later ones as long as a deck.
    """
    last = -1
    limit = config.headline_max_words
    for pos, index in enumerate(window):
        if index in metas or index == known_headline:
            last = pos
        elif _is_long(blocks[index].text, limit):
            break
        else:
            limit = config.deck_max_words
    zone = window[: last + 1]
    prose = [i for i in zone if i not in metas]
    if len(prose) <= _MAX_ZONE_LINES:
        return zone
    return window[: window.index(known_headline) + 1] if known_headline in window else []


def _is_long(line: str, limit: int) -> bool:
    """A body paragraph, never a header line: more than ``limit`` words, or a dateline."""
    return count_words(line, limit) > limit or read_dateline(line, 0, len(line)) is not None


def _zone_header(
    text: str, blocks: tuple[Block, ...], content: list[int], zone: list[int],
    metas: dict[int, Meta], known_headline: int | None,
) -> Header:  # fmt: skip
    """Header of an anchored zone: meta lines, then headline, deck and navigation by position."""
    header = Header(body_start=content[len(zone)])
    prose = [i for i in zone if i not in metas]
    headline_at = _zone_headline(blocks, prose, known_headline)
    deck: list[int] = []
    for index in zone:
        block = blocks[index]
        meta = metas.get(index)
        if meta is not None:
            header = add_meta(header, meta, block)
        elif headline_at is None or index < headline_at:
            label = kicker_label(block.text)
            if label is not None and label == block.text.rstrip(": ") and header.kicker is None:
                header = attrs.evolve(
                    header, kicker=Span(block.start, block.start + len(label), label)
                )
            else:
                header = attrs.evolve(header, dropped=(*header.dropped, (index, "navigation")))
        elif index == headline_at:
            header = with_headline(text, block, header)
        else:
            deck.append(index)
    if deck:
        first, last = blocks[deck[0]], blocks[deck[-1]]
        header = attrs.evolve(
            header, deck=Span(first.start, last.end, text[first.start : last.end])
        )
    return header


def _zone_headline(blocks: tuple[Block, ...], prose: list[int], known: int | None) -> int | None:
    """The known headline, else the first prose line of the zone longer than navigation
    ("Menu", "Sign In"), else the last prose line."""
    if known is not None:
        return known
    candidates = [i for i in prose if kicker_label(blocks[i].text) != blocks[i].text.rstrip(": ")]
    for index in candidates:
        if count_words(blocks[index].text, _NAVIGATION_MAX_WORDS) > _NAVIGATION_MAX_WORDS:
            return index
    return candidates[-1] if candidates else None


def _scored_header(
    text: str, blocks: tuple[Block, ...], content: list[int], gap: int, base: Header,
    config: Config,
) -> Header:  # fmt: skip
    """The headline below ``base`` (meta lines read so far): an optional kicker line, a
    scored headline and a deck set off by spacing."""
    if len(content) < 2:
        return base
    header = base
    pos = 0
    first = blocks[content[0]]
    label = kicker_label(first.text)
    if label is not None and label == first.text.rstrip(": ") and header.kicker is None:
        header = attrs.evolve(header, kicker=Span(first.start, first.start + len(label), label))
        pos = 1
    if pos + 1 >= len(content):
        return base
    block, following = blocks[content[pos]], blocks[content[pos + 1]]
    candidate = with_headline(text, block, header)
    assert candidate.headline is not None
    bonus = 3 if candidate.kicker is not None else 0
    score = _headline_score(candidate.headline.text, following, gap) + bonus
    if score < _HEADLINE_MIN_SCORE or _is_disqualified_headline(candidate.headline.text, config):
        return base
    header = attrs.evolve(candidate, body_start=content[pos + 1])
    if pos + 2 < len(content) and is_deck(following, config):
        after = blocks[content[pos + 2]]
        if following.blank_before > gap or after.blank_before > gap:
            deck = Span(following.start, following.end, following.text)
            header = attrs.evolve(header, deck=deck, body_start=content[pos + 2])
    return header


def _is_disqualified_headline(line: str, config: Config) -> bool:
    words = count_words(line, config.headline_max_words)
    return (
        words == 0
        or words > config.headline_max_words
        or line.endswith(":")
        or read_dateline(line, 0, len(line)) is not None
    )


def _headline_score(line: str, following: Block, gap: int) -> int:
    """Evidence that ``line`` is a headline; see the module docstring."""
    words = WORD.findall(line)
    long_words = [w for w in words if len(w) >= 4]
    title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.6 * len(
        long_words
    )
    set_off = following.blank_before > gap
    if SENTENCE_END.search(line):
        if len(words) < _SENTENCE_HEADLINE_MIN_WORDS and not (title_case or set_off):
            return 0
        score = 0
    else:
        score = 2
    score += 2 if title_case else 0
    score += 2 if len(words) <= 15 else 1 if len(words) <= 20 else 0
    score += 1 if set_off else 0
    score += 1 if len(following.text) >= 1.5 * len(line) else 0
    score -= 3 if ATTRIBUTION.search(line) else 0
    score -= 2 if has_two_sentences(line) else 0
    score -= 1 if WHEN_WORD.search(line) else 0
    return score
