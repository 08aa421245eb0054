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

import statistics
from typing import Any

import attrs

from newsstruct.config import Config
from newsstruct.layout.bylines import (
    Byline,
    credit_author,
    is_name,
    parse_byline,
    parse_role_line,
)
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.lexicons.kickers import KICKER_LABELS
from newsstruct.layout.patterns import ATTRIBUTION, SENTENCE_END, WHEN_WORD
from newsstruct.layout.printed_dates import is_update, read_printed_date
from newsstruct.layout.segment import Block
from newsstruct.model import Author, Published, Span
from newsstruct.text.marks import DOUBLE
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
_QUOTE_MARKS = DOUBLE


@attrs.frozen
class Header:
    """What the header holds; ``body_start`` is the index of the first body block and
    ``navigation`` the indices of header lines that were neither (they are boilerplate)."""

    kicker: Span | None = None
    headline: Span | None = None
    deck: Span | None = None
    byline: tuple[Author, ...] = ()
    outlet: Span | None = None
    printed_date: Published | None = None
    printed_date_block: Span | None = None
    body_start: int = 0
    navigation: tuple[int, ...] = ()

    def article_fields(self) -> dict[str, Any]:
        """The fields an :class:`~newsstruct.model.Article` takes from the header, by name."""
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "deck": self.deck,
            "byline": self.byline,
            "outlet": self.outlet,
        }


@attrs.frozen
class _Meta:
    """A header line that is not prose: a byline, a printed date or a role."""

    byline: Byline | None = None
    printed: Published | None = None
    role: str | None = None


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
        and (m := _meta(text, blocks, i, config, lenient=i == known_byline)) is not None
    }
    zone = _zone(blocks, window, metas, known_headline, config)
    header = Header(body_start=content[0])
    if zone:
        header = _zone_header(text, blocks, content, zone, metas, known_headline)
    if header.headline is not None:
        return header
    rest = [i for i in content if i >= header.body_start]
    return _scored_header(text, blocks, rest, _typical_gap(blocks, content), header, config)


def _meta(
    text: str, blocks: tuple[Block, ...], index: int, config: Config, *, lenient: bool = False
) -> _Meta | None:
    block = blocks[index]
    too_long = count_words(block.text, config.headline_max_words) > config.headline_max_words
    if too_long and not lenient:  # a known byline may list many co-authors
        return None
    printed = read_printed_date(text, block.start, block.end)
    if printed is not None:
        return _Meta(printed=printed)
    role = parse_role_line(block.text)
    if role is not None:
        return _Meta(role=role)
    byline = parse_byline(text, block.start, block.end, lenient=lenient)
    if byline is not None:
        return _Meta(byline=byline)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    author = None if following is None else _name_over_role(block, following)
    return None if author is None else _Meta(byline=Byline((author,), None))


def _name_over_role(block: Block, following: Block) -> Author | None:
    """An author from a name line directly over a role line ("Jane Doe" / "Staff Writer")."""
    role = parse_role_line(following.text)
    if role is None or not is_name(block.text.split()):
        return None
    return Author(" ".join(block.text.split()), block.start, block.end, block.text, role=role)


def _zone(
    blocks: tuple[Block, ...], window: list[int], metas: dict[int, _Meta],
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
    metas: dict[int, _Meta], known_headline: int | None,
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
            header = _add_meta(header, meta, block)
        elif headline_at is None or index < headline_at:
            label = _kicker_label(block.text)
            if label is not None and label == block.text.rstrip(": ") and header.kicker is None:
                header = attrs.evolve(
                    header, kicker=Span(block.start, block.start + len(label), label)
                )
            else:
                header = attrs.evolve(header, navigation=(*header.navigation, index))
        elif index == headline_at:
            header = _with_headline(text, block, header)
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
    candidates = [i for i in prose if _kicker_label(blocks[i].text) != blocks[i].text.rstrip(": ")]
    for index in candidates:
        if count_words(blocks[index].text, _NAVIGATION_MAX_WORDS) > _NAVIGATION_MAX_WORDS:
            return index
    return candidates[-1] if candidates else None


def _date_rank(printed: Published) -> int:
    """Which printed date of a header is the publication date: one labelled as such
    ("Published:", "Posted", "Written:") beats a bare date, which beats an update."""
    if is_update(printed):
        return 0
    return 1 if printed.label is None else 2


def _add_meta(header: Header, meta: _Meta, block: Block) -> Header:
    if meta.printed is not None:
        current = header.printed_date
        if current is None or _date_rank(meta.printed) > _date_rank(current):
            span = Span(block.start, block.end, block.text)
            return attrs.evolve(header, printed_date=meta.printed, printed_date_block=span)
        return header
    if meta.role is not None:
        if not header.byline:
            return header
        last = attrs.evolve(header.byline[-1], role=meta.role)
        return attrs.evolve(header, byline=(*header.byline[:-1], last))
    assert meta.byline is not None
    outlet = header.outlet or meta.byline.outlet
    people = tuple(a for a in header.byline if a.kind == "person")
    known = {a.name.lower() for a in people}
    added = tuple(a for a in meta.byline.authors if a.name.lower() not in known)
    credit = meta.byline.outlet
    if not people and not added and credit is not None:
        # a desk or outlet credit naming no person is kept while no person is named
        credits = header.byline or (credit_author(credit),)
        return attrs.evolve(header, byline=credits, outlet=outlet)
    return attrs.evolve(header, byline=people + added, outlet=outlet)


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
    label = _kicker_label(first.text)
    if label is not None and label == first.text.rstrip(": ") and header.kicker is None:
        header = attrs.evolve(header, kicker=Span(first.start, first.start + len(label), label))
        pos = 1
    if pos + 1 >= len(content):
        return base
    block, following = blocks[content[pos]], blocks[content[pos + 1]]
    candidate = _with_headline(text, block, header)
    assert candidate.headline is not None
    bonus = 3 if candidate.kicker is not None else 0
    score = _headline_score(candidate.headline.text, following, gap) + bonus
    if score < _HEADLINE_MIN_SCORE or _is_disqualified_headline(candidate.headline.text, config):
        return base
    header = attrs.evolve(candidate, body_start=content[pos + 1])
    if pos + 2 < len(content) and _is_deck(following, config):
        after = blocks[content[pos + 2]]
        if following.blank_before > gap or after.blank_before > gap:
            deck = Span(following.start, following.end, following.text)
            header = attrs.evolve(header, deck=deck, body_start=content[pos + 2])
    return header


def _with_headline(text: str, block: Block, header: Header) -> Header:
    """``header`` with ``block`` as its headline, a kicker label ("WATCH:") split off."""
    label = _kicker_label(block.text)
    if label is None or header.kicker is not None or label == block.text.rstrip(": "):
        return attrs.evolve(header, headline=Span(block.start, block.end, block.text))
    start = block.start + len(label)
    while start < block.end and text[start] in ": |\t":
        start += 1
    kicker = Span(block.start, block.start + len(label), label)
    return attrs.evolve(
        header, kicker=kicker, headline=Span(start, block.end, text[start : block.end])
    )


def _kicker_label(line: str) -> str | None:
    """ "WATCH" of "WATCH: Talks melt down", of "EXCLUSIVE:" or of "Analysis" alone, else None."""
    head, _, rest = line.partition(":")
    label = head.strip()
    if label.lower() not in KICKER_LABELS:
        return None
    return label if rest.strip() or line.rstrip(": ") == label else None


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


def _is_deck(block: Block, config: Config) -> bool:
    """A standfirst: one short sentence of summary, no attribution, no quote, no dateline."""
    line = block.text
    words = count_words(line, config.deck_max_words)
    return (
        4 <= words <= config.deck_max_words
        and not line.endswith(":")
        and not ATTRIBUTION.search(line)
        and not WHEN_WORD.search(line)
        and not has_two_sentences(line)
        and not any(mark in line for mark in _QUOTE_MARKS)
        and read_dateline(line, 0, len(line)) is None
    )


def _typical_gap(blocks: tuple[Block, ...], content: list[int]) -> int:
    """The usual number of blank lines between paragraphs (0 or 1 in most pastes)."""
    gaps = [blocks[i].blank_before for i in content[1:]]
    return int(statistics.median(gaps)) if gaps else 0
