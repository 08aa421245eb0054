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

from newsstruct.layout.patterns import INVISIBLE, LINE_BREAK

__all__ = ["Block", "Segmentation", "split_lines"]


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
class Segmentation:
    """The blocks of a text, and its blank lines that hold more than spaces and tabs
    (no-break spaces, zero-width characters): they are listed as boilerplate."""

    blocks: tuple[Block, ...]
    whitespace_lines: tuple[tuple[int, int], ...]


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


def split_lines(text: str, *, original: str | None = None) -> Segmentation:
    """Blocks of ``text`` in order, with the count of blank lines before each.

    ``original`` is the caller's text when ``text`` is a same-length view of it
    (see :mod:`newsstruct.text.view`): blank lines are judged on what it holds.
    """
    source = text if original is None else original
    blocks: list[Block] = []
    whitespace: list[tuple[int, int]] = []
    run: list[_Line] = []
    blank = 0
    run_blank = 0
    for line in _lines(text):
        if line.start == line.end:
            if source[line.raw_start : line.raw_end].strip(" \t"):
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
    return Segmentation(tuple(blocks), tuple(whitespace))


def _blocks_of_run(text: str, run: list[_Line], blank_before: int) -> list[Block]:
    """The lines between two blank lines: one block per line, or per paragraph when the
    lines are hard-wrapped (a wrapped line is joined to the line it continues)."""
    groups: list[list[_Line]] = [[run[0]]]
    widest = max(line.end - line.start for line in run)
    wrapped = _hard_wrapped(text, run, widest)
    for prev, line in itertools.pairwise(run):
        if wrapped and _continues(text, prev, line, widest):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [
        Block(
            g[0].start,
            g[-1].end,
            text[g[0].start : g[-1].end],
            blank_before if n == 0 else 0,
            len(g),
        )
        for n, g in enumerate(groups)
    ]


_TERMINAL = '.!?:;"”’)»'
#: Widest line of hard-wrapped text, and the share of it a wrapped line fills.
_WRAP_MAX_WIDTH = 100
_WRAP_MIN_WIDTH = 40
_WRAP_FILL = 0.7


def _is_wrapped_line(text: str, line: _Line, widest: int) -> bool:
    """A line that was broken at the wrap width: long, and not ending a sentence."""
    width = line.end - line.start
    return (
        width >= max(_WRAP_MIN_WIDTH, _WRAP_FILL * widest) and text[line.end - 1] not in _TERMINAL
    )


def _hard_wrapped(text: str, run: list[_Line], widest: int) -> bool:
    """Most line breaks of the run fall inside sentences of lines filled to a fixed width,
    and at least two do, or one does before a lower-case word."""
    if len(run) < 2 or widest > _WRAP_MAX_WIDTH:
        return False
    wrapped = [nxt for line, nxt in itertools.pairwise(run) if _is_wrapped_line(text, line, widest)]
    if len(wrapped) * 2 < len(run) - 1:
        return False
    return len(wrapped) >= 2 or (len(wrapped) == 1 and text[wrapped[0].start].islower())


def _continues(text: str, prev: _Line, line: _Line, widest: int) -> bool:
    """``line`` goes on with the paragraph of ``prev`` (no indent, ``prev`` wrapped)."""
    indented = line.start > line.raw_start
    return not indented and _is_wrapped_line(text, prev, widest)
