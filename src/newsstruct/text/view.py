"""The view of the input that the rule stages read, and the way back to the input.

Pasted text carries no-break spaces, thin spaces and tabs where a writer meant a
plain space: :func:`plain_spaces` turns each of them into ``" "``, one character for
one.  Text pasted from some pages and PDFs also spaces words two or three times
(``Mayor Joost  Verhelst``): :func:`single_spaced` reads each run of spaces between
two words of a line as one space, and its :class:`Spacing` maps offsets between the
view and the input.  :func:`rebase` then moves every span of a result back to the
input and re-reads its ``text`` there, so ``article.text[item.start:item.end] ==
item.text`` holds for the text the caller gave.

>>> plain_spaces("By\\u00a0Jane Doe")
'By Jane Doe'
>>> view, spacing = single_spaced("Mayor Joost  Verhelst said")
>>> view, spacing.to_input(12), spacing.to_view(13)
('Mayor Joost Verhelst said', 13, 12)
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs
import regex

__all__ = ["Spacing", "plain_spaces", "rebase", "single_spaced"]

#: A horizontal space character other than the plain space: tab, no-break and
#: the typographic spaces (read as one plain space each, see :func:`plain_spaces`).
_ODD_SPACES = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
ODD_SPACE = regex.compile(f"[{_ODD_SPACES}]")


def plain_spaces(text: str) -> str:
    """``text`` with every horizontal space character (``ODD_SPACE``: tabs, no-break
    and typographic spaces) replaced by ``" "`` (same length); line breaks are kept.

    ``text`` itself when it has none (most texts): looking for each is far cheaper
    than building a copy, and than searching for them all with the pattern.
    """
    if not any(space in text for space in _ODD_SPACES):
        return text
    return ODD_SPACE.sub(" ", text)


#: A run of spaces between two characters of a line (each kept once by the view).
_SPACE_RUN = regex.compile(r"(?<=\S) {2,}(?=\S)")


@attrs.frozen
class Spacing:
    """Where :func:`single_spaced` dropped spaces: each run of spaces of the input that it
    read as one (``runs``: input start and end), the view offset right after each kept
    space (``at``) and the characters dropped up to it (``shift``).  A few numbers per
    run, whatever the length of the text."""

    runs: tuple[tuple[int, int], ...]
    at: tuple[int, ...]
    shift: tuple[int, ...]

    def to_input(self, pos: int) -> int:
        """The input offset of the view offset ``pos``."""
        i = bisect.bisect_right(self.at, pos)
        return pos + (self.shift[i - 1] if i else 0)

    def to_view(self, pos: int) -> int:
        """The view offset of the input offset ``pos`` (inside a run: after its space)."""
        i = bisect.bisect_right(self.runs, pos, key=lambda run: run[0])
        if not i:
            return pos
        start, end = self.runs[i - 1]
        if pos >= end:
            return pos - self.shift[i - 1]
        return self.at[i - 1] - (1 if pos == start else 0)

    def at_view(self, pos: int | None) -> int | None:
        """:meth:`to_view` of ``pos``, or None."""
        return None if pos is None else self.to_view(pos)

    def seen(self, text: str) -> str:
        """``text`` (the input, or a same-length view of it) through this spacing."""
        pieces, kept = [], 0
        for start, end in self.runs:
            pieces.append(text[kept : start + 1])
            kept = end
        pieces.append(text[kept:])
        return "".join(pieces)


def single_spaced(text: str) -> tuple[str, Spacing | None]:
    """``text`` with each run of spaces between two words of a line read as one space,
    and the :class:`Spacing` that maps offsets back; ``(text, None)`` when there is no
    such run (most texts: one string search tells)."""
    if "  " not in text:
        return text, None
    runs = tuple(run.span() for run in _SPACE_RUN.finditer(text))
    if not runs:
        return text, None
    at, shift, dropped = [], [], 0
    for start, end in runs:
        at.append(start - dropped + 1)
        dropped += end - start - 1
        shift.append(dropped)
    spacing = Spacing(runs, tuple(at), tuple(shift))
    return spacing.seen(text), spacing


def rebase(value: Any, original: str, spacing: Spacing | None = None) -> Any:
    """``value`` with every spanned item moved back to ``original`` through ``spacing``
    (see :func:`single_spaced`; None: the same offsets) and its ``text`` re-read there."""
    if isinstance(value, tuple):
        items = tuple(rebase(v, original, spacing) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    spanned = hasattr(value, "start") and hasattr(value, "end")
    start, end = _moved(value.start, value.end, spacing) if spanned else (0, 0)
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        fresh: Any
        if field.name == "text" and spanned:
            fresh = original[start:end]
        elif spanned and field.name in ("start", "end"):
            fresh = start if field.name == "start" else end
        else:
            fresh = rebase(current, original, spacing)
        if fresh is not current and fresh != current:
            changes[field.name] = fresh
    return attrs.evolve(value, **changes) if changes else value


def _moved(start: int, end: int, spacing: Spacing | None) -> tuple[int, int]:
    """The span ``start:end`` of the view as a span of the input."""
    if spacing is None:
        return start, end
    if end <= start:
        return spacing.to_input(start), spacing.to_input(start)
    return spacing.to_input(start), spacing.to_input(end - 1) + 1
