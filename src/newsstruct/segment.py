"""Stage 1: cut the text into lines and paragraph-sized blocks, keeping offsets.

Real pastes come in two paragraph styles, a blank line between paragraphs or a
single newline, and sometimes hard-wrapped at a fixed width.  A *block* is one
line, or the lines of a hard-wrapped paragraph joined; its ``start``/``end``
exclude surrounding whitespace, so ``text[block.start:block.end] == block.text``.

>>> lines = split_lines("Headline\\n\\nFirst paragraph.\\r\\nSecond one.")
>>> [(b.text, b.blank_before) for b in lines.blocks]
[('Headline', 0), ('First paragraph.', 1), ('Second one.', 0)]
"""

from __future__ import annotations

import itertools

import attrs

from newsstruct.patterns import INVISIBLE, LINE_BREAK

__all__ = ["Block", "Layout", "split_lines"]


@attrs.frozen
class Block:
    """A non-blank line, or several hard-wrapped lines of one paragraph.

    ``blank_before`` counts the blank lines between this block and the previous one.
    """

    start: int
    end: int
    text: str
    blank_before: int
    line_count: int = 1


@attrs.frozen
class Layout:
    """The blocks of a text and its blank-but-not-empty lines (spaces, NBSP only)."""

    blocks: tuple[Block, ...]
    whitespace_lines: tuple[tuple[int, int], ...]

    @property
    def blank_line_style(self) -> bool:
        """True when paragraphs are mostly separated by blank lines."""
        gaps = [b.blank_before for b in self.blocks[1:]]
        return bool(gaps) and sum(g > 0 for g in gaps) * 2 >= len(gaps)


@attrs.frozen
class _Line:
    start: int
    end: int
    raw_start: int
    raw_end: int


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for brk in [*LINE_BREAK.finditer(text), None]:
        raw_end = len(text) if brk is None else brk.start()
        start, end = pos, raw_end
        while start < end and _is_blank_char(text[start]):
            start += 1
        while end > start and _is_blank_char(text[end - 1]):
            end -= 1
        lines.append(_Line(start, end, pos, raw_end))
        if brk is not None:
            pos = brk.end()
    return lines


def _is_blank_char(char: str) -> bool:
    return char.isspace() or INVISIBLE.match(char) is not None


def split_lines(text: str) -> Layout:
    """Blocks of ``text`` in order, with the count of blank lines before each."""
    blocks: list[Block] = []
    whitespace: list[tuple[int, int]] = []
    run: list[_Line] = []
    blank = 0
    run_blank = 0
    for line in _lines(text):
        if line.start == line.end:
            if line.raw_end > line.raw_start:
                whitespace.append((line.raw_start, line.raw_end))
            if run:
                blocks.extend(_blocks_of_run(text, run, run_blank))
                run = []
                blank = 0
            blank += 1
            continue
        if not run:
            run_blank = blank if blocks else 0
        run.append(line)
    if run:
        blocks.extend(_blocks_of_run(text, run, run_blank))
    return Layout(tuple(blocks), tuple(whitespace))


def _blocks_of_run(text: str, run: list[_Line], blank_before: int) -> list[Block]:
    """The lines between two blank lines: one block if hard-wrapped, else one per line."""
    if _hard_wrapped(text, run):
        start, end = run[0].start, run[-1].end
        return [Block(start, end, text[start:end], blank_before, len(run))]
    return [
        Block(line.start, line.end, text[line.start : line.end], blank_before if i == 0 else 0)
        for i, line in enumerate(run)
    ]


_TERMINAL = '.!?:;"”’)»'


def _hard_wrapped(text: str, run: list[_Line]) -> bool:
    """Lines of one paragraph broken at a fixed width (a break before a lower-case word)."""
    if len(run) < 2:
        return False
    widths = [line.end - line.start for line in run[:-1]]
    widest = max(widths)
    if not all(40 <= w <= 100 and w >= 0.7 * widest for w in widths):
        return False
    return any(
        text[prev.end - 1] not in _TERMINAL and text[nxt.start].islower()
        for prev, nxt in itertools.pairwise(run)
    )
