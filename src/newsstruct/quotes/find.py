"""Stage 3: find every direct quote in the body paragraphs (speakers come later).

Double marks (curly, straight, guillemets, mixed) are paired first, paragraph
by paragraph; single marks then pair outside them (British style), while single
marks inside a double quote are a nested quote and part of it.  Rules, in the
order they apply to a paragraph's marks:

- an opening and the next closing mark make a quote (``“Q,” he said``);
- an opening mark followed by another opening mark ends an unclosed quote there;
- an opening mark left open at the paragraph end continues into the next
  paragraph when that one starts with an opening mark (multi-paragraph quote),
  and otherwise ends with its paragraph: a quote never runs past it;
- a closing mark with no opening one, first in its paragraph and followed by a
  speech cue, opens at the paragraph start (``... nations," he stated.``);
- a paragraph that is not quoted, after one ending with a speech cue and a
  colon (``Blinken emphasized:``), is a block quote;
- a transcript paragraph after its speaker's label (``ACHTERBERG: ...``) is one
  too, added once the people are known (:mod:`newsstruct.quotes.transcripts`).

Each quote's ``kind`` is decided by :func:`newsstruct.quotes.kinds.quote_kind`
and ``marks`` records how it was delimited.

>>> from newsstruct.config import DEFAULT_CONFIG
>>> from newsstruct.model import Paragraph
>>> text = '“We won,” she said, calling it “historic.” China’s team agreed.'
>>> [(q.text, q.kind) for q in find_quotes(text, (Paragraph(0, 63, text),))]
[('We won,', 'full'), ('historic.', 'partial')]
"""

from __future__ import annotations

import attrs

from newsstruct.model import Paragraph, Quote, QuoteMarks
from newsstruct.quotes.kinds import cue_after, cue_before, quote_kind
from newsstruct.quotes.marks import Mark, find_marks
from newsstruct.text.marks import CURLY_DOUBLE, GUILLEMETS, STRAIGHT_DOUBLE

__all__ = ["find_quotes"]

_CURLY = frozenset({*CURLY_DOUBLE, "‘‘", "’’", "``"})
_STRAIGHT = frozenset({*STRAIGHT_DOUBLE, "''"})
_GUILLEMETS = frozenset(GUILLEMETS)
#: Marks a paragraph may start with to continue a quote left open in the one
#: before, by style: the continuation must repeat the opening mark's style.
_CONTINUATION_STYLES = {
    "“": "curly", "„": "curly", "‟": "curly", "〝": "curly", "``": "curly", "‘‘": "curly",
    "«": "guillemets", '"': "straight", "＂": "straight", "''": "straight",
}  # fmt: skip
#: Sentence ends: an opening mark after one starts a new quote, not a nested one.
_SENTENCE_ENDS = (".", "!", "?", "…")
#: Punctuation that ends a quote's words right before its closing mark.
_QUOTE_END_PUNCT = frozenset(",.!?…")
#: A nested quote opens this close to its outer quote's start at most.
_LONGEST_NESTING = 2000
#: A quote left open at its paragraph end with this few words, one a speech cue,
#: is a misplaced closing mark (``... open, "the statement said.``), not a quote.
_CUE_ONLY_WORDS = 6
#: How many words after a closing mark, or before a block's colon, may hold the cue.
_CUE_AFTER_WORDS = 8
_BLOCK_CUE_WORDS = 4


@attrs.frozen
class _Open:
    """An opening mark still waiting for its closing one."""

    pos: int
    char: str
    floor: int  # start of the paragraph the quote opened in

    @property
    def end(self) -> int:
        return self.pos + len(self.char)


@attrs.frozen
class _Found:
    """A paragraph's quotes and the quote it leaves open for the next paragraph."""

    quotes: list[Quote]
    carry: _Open | None


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Quote, ...]:
    """Every direct quote in ``paragraphs``, sorted by offset, not overlapping, speakers unset."""
    found: list[Quote] = []
    carry: _Open | None = None
    block_next = False
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if block_next and carry is None and not _opening_style(paragraph):
            block = _block_quote(text, paragraph)
            if block is not None:
                found.append(block)
                block_next = False
                continue
        result = _paragraph_quotes(text, paragraph, carry, following)
        found.extend(result.quotes)
        carry = result.carry
        block_next = carry is None and _introduces_block(text, paragraph)
    return _sorted_disjoint(found)


def _paragraph_quotes(
    text: str, paragraph: Paragraph, carry: _Open | None, following: Paragraph | None
) -> _Found:
    """The quotes of one paragraph, double marks first, then single marks outside them."""
    marks = find_marks(text, paragraph.start, paragraph.end)
    doubles = [m for m in marks if m.family == "double"]
    pending: _Open | None = None
    if carry is not None and doubles and doubles[0].pos == _first_char(paragraph):
        pending, doubles = carry, doubles[1:]
    quotes: list[Quote] = []
    taken: list[tuple[int, int]] = []  # where double quotes stand, marks included
    nested: Mark | None = None  # an opening mark inside the pending quote
    for index, mark in enumerate(doubles):
        if nested is not None:
            if mark.can_close:
                nested = None  # a nested quote, part of the pending one
        elif pending is not None and mark.can_close:
            quotes.extend(_closed(text, paragraph, pending, mark))
            taken.append((max(pending.pos, paragraph.start), mark.pos))
            pending = None
        elif mark.can_open and pending is not None and not _ends_sentence(text, pending, mark):
            nested = mark  # mid-sentence: what he calls “hell” than ...
        elif mark.can_open:
            if pending is not None:  # a new sentence opens: the pending quote lost its close
                quotes.extend(_unclosed(text, paragraph, pending, mark.pos))
                taken.append((max(pending.pos, paragraph.start), mark.pos))
            pending = _Open(mark.pos, mark.char, paragraph.start)
        elif index == 0 and carry is None:
            orphan = _orphan_close(text, paragraph, mark)
            quotes.extend(orphan)
            if orphan:
                taken.append((paragraph.start, mark.pos))
    carry_on = (
        pending is not None
        and following is not None
        and _opening_style(following) == _style(pending.char)
    )
    if pending is not None:
        taken.append((max(pending.pos, paragraph.start), paragraph.end))
        if not carry_on:
            quotes.extend(_unclosed(text, paragraph, pending, paragraph.end, at_end=True))
    singles = _single_quotes(text, paragraph, marks, taken)
    if singles:
        quotes = _without_nested(quotes + singles)
    return _Found(quotes, pending if carry_on else None)


def _ends_sentence(text: str, opening: _Open, mark: Mark) -> bool:
    """True when the words between ``opening`` and the new opening ``mark`` end a sentence."""
    between = text[max(opening.end, mark.pos - 12) : mark.pos].rstrip()
    return between.endswith(_SENTENCE_ENDS) or mark.pos - opening.end > _LONGEST_NESTING


def _closed(text: str, paragraph: Paragraph, opening: _Open, closing: Mark) -> list[Quote]:
    """The quote between two paired marks (``[]`` when nothing is inside)."""
    label = _marks_label(opening.char, closing.char)
    return _make(text, paragraph, opening.floor, opening, closing.pos, closing.end, label)


def _unclosed(
    text: str, paragraph: Paragraph, opening: _Open, end: int, *, at_end: bool = False
) -> list[Quote]:
    """A quote whose closing mark is missing: it runs to ``end`` (the next mark or paragraph end)."""
    quotes = _make(text, paragraph, opening.floor, opening, end, None, "unbalanced")
    if at_end and quotes and _is_cue_only(quotes[0].text):
        return []
    return quotes


def _orphan_close(text: str, paragraph: Paragraph, closing: Mark) -> list[Quote]:
    """A closing mark with no opening one, followed by a speech cue: the quote opens at the start."""
    if closing.char in _STRAIGHT and text[max(closing.pos - 1, 0)].isdigit():
        return []  # a measure: the 5'11" player said ...
    if not cue_after(text, closing.end, paragraph.end, _CUE_AFTER_WORDS):
        return []
    return _make(text, paragraph, paragraph.start, None, closing.pos, closing.end, "unbalanced")


def _make(
    text: str,
    paragraph: Paragraph,
    floor: int,
    opening: _Open | Mark | None,
    end: int,
    after_close: int | None,
    label: QuoteMarks,
) -> list[Quote]:
    """A one-quote list for the words between ``opening`` (or ``floor``) and ``end``, or ``[]``.

    ``after_close`` is the offset right after the closing mark (None when there is none).
    """
    start = floor if opening is None else opening.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return []
    opening_pos = None if opening is None else opening.pos
    kind = quote_kind(text, floor, paragraph.end, opening_pos, start, end, after_close)
    return [Quote(start, end, text[start:end], kind=kind, marks=label)]


def _marks_label(opening: str, closing: str) -> QuoteMarks:
    pair = opening + closing
    if all(c in _CURLY for c in pair):
        return "curly"
    if all(c in _STRAIGHT for c in pair):
        return "straight"
    if all(c in _GUILLEMETS for c in pair):
        return "guillemets"
    return "mixed"


def _single_quotes(
    text: str, paragraph: Paragraph, marks: list[Mark], taken: list[tuple[int, int]]
) -> list[Quote]:
    """Quotes in single marks outside the double quotes (British style); nested ones are skipped.

    A single quote may enclose double ones (‘He said “no”,’ she recalled) only
    when both its marks are unmistakable: a curly or paragraph-initial opening
    and a closing mark right after punctuation.
    """
    quotes: list[Quote] = []
    pending: Mark | None = None
    encloses = False  # a double quote stands between ``pending`` and the current mark
    region = 0
    for mark in marks:
        if mark.family != "single":
            continue
        while region < len(taken) and taken[region][1] < mark.pos:
            region += 1
            encloses = pending is not None
        if region < len(taken) and taken[region][0] <= mark.pos:
            continue  # nested inside a double quote
        if pending is not None and mark.can_close:
            if encloses and not _unmistakable(text, paragraph, pending, mark):
                pending = None
                continue
            quotes.extend(
                _make(text, paragraph, paragraph.start, pending, mark.pos, mark.end, "single")
            )
            pending = None
        elif mark.can_open:
            pending, encloses = mark, False
    return quotes


def _unmistakable(text: str, paragraph: Paragraph, opening: Mark, closing: Mark) -> bool:
    """True for single marks that can only be a quote's: ‘ or a paragraph-initial ', and ``,’``."""
    opens = opening.char == "‘" or opening.pos == _first_char(paragraph)
    return opens and text[closing.pos - 1] in _QUOTE_END_PUNCT


def _without_nested(quotes: list[Quote]) -> list[Quote]:
    """The quotes not inside another one (double quotes inside a British single quote)."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if kept and quote.end <= kept[-1].end:
            continue
        kept.append(quote)
    return kept


def _first_char(paragraph: Paragraph) -> int:
    """Offset of the paragraph's first non-space character."""
    return paragraph.start + len(paragraph.text) - len(paragraph.text.lstrip())


def _opening_style(paragraph: Paragraph) -> str | None:
    """The style of the opening mark the paragraph starts with, if any."""
    head = paragraph.text.lstrip()[:2]
    return _CONTINUATION_STYLES.get(head) or _CONTINUATION_STYLES.get(head[:1])


def _style(char: str) -> str | None:
    return _CONTINUATION_STYLES.get(char)


def _is_cue_only(content: str) -> bool:
    """True for a few words holding a speech cue: ``the statement said.``."""
    words = content.split()
    return len(words) <= _CUE_ONLY_WORDS and cue_after(content, 0, len(content), _CUE_ONLY_WORDS)


def _introduces_block(text: str, paragraph: Paragraph) -> bool:
    """True for a paragraph ending with a speech cue and a colon: ``Blinken emphasized:``."""
    stripped = paragraph.text.rstrip()
    if not stripped.endswith(":"):
        return False
    colon = paragraph.start + len(stripped) - 1
    return cue_before(text, paragraph.start, colon, _BLOCK_CUE_WORDS)


def _block_quote(text: str, paragraph: Paragraph) -> Quote | None:
    """The whole paragraph as a block quote (``None`` when it has no words)."""
    quotes = _make(text, paragraph, paragraph.start, None, paragraph.end, None, "block")
    if not quotes:
        return None
    return attrs.evolve(quotes[0], kind="block")


def _sorted_disjoint(quotes: list[Quote]) -> tuple[Quote, ...]:
    """Quotes by start; a quote overlapping the one kept before it is dropped."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if not kept or quote.start >= kept[-1].end:
            kept.append(quote)
    return tuple(kept)
