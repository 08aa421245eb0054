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
from typing import NamedTuple

import attrs

from newsstruct.layout.patterns import INVISIBLE

__all__ = ["Block", "Segmentation", "split_lines"]


class Block(NamedTuple):
    """A non-blank line, or several hard-wrapped lines of one paragraph.

    ``blank_before`` counts the blank lines between this block and the previous one.
    A named tuple rather than an attrs class: a pasted page has thousands of them, and
    a tuple is built several times faster.
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


class _Line(NamedTuple):
    start: int
    end: int
    raw_start: int
    raw_end: int


#: Lines and blocks are built with ``tuple.__new__``: a named tuple's own ``__new__`` is a
#: Python function, twice as slow, and a pasted page has thousands of lines.
_new = tuple.__new__
#: The characters ``str.splitlines`` breaks lines at (besides "\r\n").
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Characters that are not ``str.isspace`` but show nothing (see ``INVISIBLE``).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _lines(text: str) -> list[_Line]:
    """Every line of ``text`` (as ``str.splitlines`` cuts them) with the offsets of its
    content, blank characters at both ends left out, and of the whole line."""
    if any(char in text for char in _BREAKS[1:]):
        pieces = [_without_break(piece) for piece in text.splitlines(keepends=True)]
        if not text or text[-1] in _BREAKS:
            pieces.append(("", 0))
    else:  # "\n" alone: the common case, split faster
        pieces = [(piece, 1) for piece in text.split("\n")]
        pieces[-1] = (pieces[-1][0], 0)
    lines: list[_Line] = []
    pos = 0
    for body, cut in pieces:
        raw_end = pos + len(body)
        right = body.rstrip()
        if not right:
            lines.append(_new(_Line, (raw_end, raw_end, pos, raw_end)))
        else:
            start = pos + len(body) - len(body.lstrip()) if body[0].isspace() else pos
            end = pos + len(right)
            if text[start] in _INVISIBLE or right[-1] in _INVISIBLE:
                start, end = _trim_invisible(text, pos, raw_end)
            lines.append(_new(_Line, (start, end, pos, raw_end)))
        pos = raw_end + cut
    return lines


def _without_break(piece: str) -> tuple[str, int]:
    """A line of ``str.splitlines(keepends=True)`` without its break, and the break's length."""
    cut = 2 if piece.endswith("\r\n") else 1 if piece[-1] in _BREAKS else 0
    return piece[: len(piece) - cut], cut


def _trim_invisible(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_blank_char(text[start]):
        start += 1
    while end > start and _is_blank_char(text[end - 1]):
        end -= 1
    return start, end


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
            if line.raw_start < line.raw_end and source[line.raw_start : line.raw_end].strip(" \t"):
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
    if len(run) == 1:  # a paragraph between blank lines: the common case, built at once
        line = run[0]
        return [_new(Block, (line.start, line.end, text[line.start : line.end], blank_before, 1))]
    widest = max(line.end - line.start for line in run)
    if widest < _WRAP_MIN_WIDTH:  # a menu or a list: no line is long enough to be wrapped
        return [
            _new(
                Block,
                (line.start, line.end, text[line.start : line.end], 0 if n else blank_before, 1),
            )
            for n, line in enumerate(run)
        ]
    groups: list[list[_Line]] = [[run[0]]]
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
