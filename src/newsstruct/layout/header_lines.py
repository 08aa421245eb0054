"""The lines a header is made of, read one at a time: meta lines (a byline, a printed
date, a role), the headline with its kicker label, the deck; and the :class:`Header`
they fill.  Both header readers use them: :mod:`newsstruct.layout.header` for an
article that starts at its headline, :mod:`newsstruct.layout.page_header` for a
headline found further down a pasted page.
"""

from __future__ import annotations

import statistics
from typing import Any

import attrs

from newsstruct.config import Config
from newsstruct.layout.bylines import Byline, credit_author, is_name, parse_byline, parse_role_line
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.lexicons.kickers import KICKER_LABELS
from newsstruct.layout.patterns import ATTRIBUTION, WHEN_WORD
from newsstruct.layout.printed_dates import is_update, read_printed_date, search_printed_date
from newsstruct.layout.segment import Block
from newsstruct.model import Author, Dateline, Published, Span
from newsstruct.text.sentences import has_two_sentences
from newsstruct.text.words import count_words

__all__ = [
    "Header",
    "Meta",
    "add_meta",
    "is_deck",
    "kicker_label",
    "read_meta",
    "typical_gap",
    "with_headline",
]

_QUOTE_MARKS = '"“”«»'
#: A name over a role line has at most this many words (a headline over one has more).
_NAME_MAX_WORDS = 4


@attrs.frozen
class Header:
    """What the header holds; ``body_start`` is the index of the first body block and
    ``dropped`` the indices of header lines that were neither (they are boilerplate), each
    with the reason: ``navigation`` above the headline, ``interface`` below it.
    ``claimed`` are furniture blocks the header read (a byline the page repeats), and
    ``dateline`` a dateline printed alone on its line above the body."""

    kicker: Span | None = None
    headline: Span | None = None
    deck: Span | None = None
    byline: tuple[Author, ...] = ()
    outlet: Span | None = None
    printed_date: Published | None = None
    printed_date_block: Span | None = None
    body_start: int = 0
    dropped: tuple[tuple[int, str], ...] = ()
    claimed: tuple[int, ...] = ()
    dateline: Dateline | None = None

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
class Meta:
    """A header line that is not prose: a byline, a printed date or a role.

    ``weak`` when only its place in a page header makes it one (a bare name, a date
    with a few words around it): such a line may still be the headline.
    """

    byline: Byline | None = None
    printed: Published | None = None
    role: str | None = None
    weak: bool = False


def read_meta(
    text: str, blocks: tuple[Block, ...], index: int, config: Config, *, lenient: bool = False
) -> Meta | None:
    """Block ``index`` as a meta line: a printed date, a role, a byline (with the date
    printed beside it, if any), or a name over a role line; else ``None``."""
    block = blocks[index]
    too_long = count_words(block.text, config.headline_max_words) > config.headline_max_words
    if too_long and not lenient:  # a known byline may list many co-authors
        return None
    printed = read_printed_date(text, block.start, block.end)
    if printed is not None:  # "May 3, 2020 • By Jane Doe": the date line's byline too
        by = "by" in block.text.lower()
        byline = parse_byline(text, block.start, block.end, lenient=lenient) if by else None
        return Meta(byline=byline, printed=printed)
    role = parse_role_line(block.text)
    if role is not None:
        return Meta(role=role)
    byline = parse_byline(text, block.start, block.end, lenient=lenient)
    if byline is not None:
        return Meta(byline=byline, printed=search_printed_date(text, block.start, block.end))
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    author = None if following is None else _name_over_role(block, following)
    return None if author is None else Meta(byline=Byline((author,), None))


def _name_over_role(block: Block, following: Block) -> Author | None:
    """An author from a name line directly over a role line ("Jane Doe" / "Staff Writer")."""
    role = parse_role_line(following.text)
    words = block.text.split()
    if role is None or len(words) > _NAME_MAX_WORDS or not is_name(words):
        return None
    return Author(" ".join(block.text.split()), block.start, block.end, block.text, role=role)


def _date_rank(printed: Published) -> int:
    """Which printed date of a header is the publication date: one labelled as such
    ("Published:", "Posted", "Written:") beats a bare date, which beats an update."""
    if is_update(printed):
        return 0
    return 1 if printed.label is None else 2


def add_meta(header: Header, meta: Meta, block: Block) -> Header:
    """``header`` with what the meta line ``block`` says added: its printed date (when it
    ranks higher than the one found so far), its role, its authors and outlet.  A byline
    that credits a desk or an outlet instead of a person ("By AP", "By Staff Writer") gives
    that credit as the author when the header has no other."""
    if meta.printed is not None:
        current = header.printed_date
        if current is None or _date_rank(meta.printed) > _date_rank(current):
            span = Span(block.start, block.end, block.text)
            header = attrs.evolve(header, printed_date=meta.printed, printed_date_block=span)
    if meta.role is not None and header.byline:
        last = attrs.evolve(header.byline[-1], role=meta.role)
        return attrs.evolve(header, byline=(*header.byline[:-1], last))
    if meta.byline is None:
        return header
    authors = meta.byline.authors
    credit = meta.byline.credit
    if not authors and credit is not None and not header.byline:
        author = credit_author(credit)  # a desk or an organisation, by kind
        authors = (attrs.evolve(author, name=_credit_name(credit.text)),)
    known = {a.name.lower() for a in header.byline}
    added = tuple(a for a in authors if a.name.lower() not in known)
    return attrs.evolve(
        header, byline=header.byline + added, outlet=header.outlet or meta.byline.outlet
    )


def _credit_name(printed: str) -> str:
    """The name of a desk credit: its words, without a leading lower-case "the" ("the
    Weekend Desk Team"; "The Economist" keeps its capital "The")."""
    words = printed.split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def with_headline(text: str, block: Block, header: Header) -> Header:
    """``header`` with ``block`` as its headline, a kicker label ("WATCH:") split off."""
    label = kicker_label(block.text)
    if label is None or header.kicker is not None or label == block.text.rstrip(": "):
        return attrs.evolve(header, headline=Span(block.start, block.end, block.text))
    start = block.start + len(label)
    while start < block.end and text[start] in ": |\t":
        start += 1
    kicker = Span(block.start, block.start + len(label), label)
    return attrs.evolve(
        header, kicker=kicker, headline=Span(start, block.end, text[start : block.end])
    )


def kicker_label(line: str) -> str | None:
    """ "WATCH" of "WATCH: Talks melt down", of "EXCLUSIVE:" or of "Analysis" alone, else None."""
    head, _, rest = line.partition(":")
    label = head.strip()
    if label.lower() not in KICKER_LABELS:
        return None
    return label if rest.strip() or line.rstrip(": ") == label else None


def is_deck(block: Block, config: Config) -> bool:
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


def typical_gap(blocks: tuple[Block, ...], content: list[int]) -> int:
    """The usual number of blank lines between paragraphs (0 or 1 in most pastes)."""
    gaps = [blocks[i].blank_before for i in content[1:]]
    return int(statistics.median(gaps)) if gaps else 0
