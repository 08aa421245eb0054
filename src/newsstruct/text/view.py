"""An offset-preserving view of the input that the rule stages read.

Pasted text carries no-break spaces, thin spaces and tabs where a writer
meant a plain space.  :func:`plain_spaces` turns each of them into ``" "``, one
character for one, so every offset into the view is an offset into the
input; :func:`rebase` then re-reads every ``text`` field of a result from the
original input, so ``article.text[item.start:item.end] == item.text`` holds
for the text the caller gave.

>>> plain_spaces("By\\u00a0Jane Doe")
'By Jane Doe'
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

__all__ = ["plain_spaces", "rebase", "single_spaced"]

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


def single_spaced(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` with each run of spaces between two words of a line read as one space,
    and the offset in ``text`` of each character of the result and of its end; ``(text,
    None)`` when there is no such run (most texts: one string search tells)."""
    if "  " not in text:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    kept = 0  # where the text not yet copied starts
    for run in _SPACE_RUN.finditer(text):
        pieces.append(text[kept : run.start() + 1])
        offsets.extend(range(kept, run.start() + 1))
        kept = run.end()
    if not pieces:
        return text, None
    pieces.append(text[kept:])
    offsets.extend(range(kept, len(text) + 1))
    return "".join(pieces), tuple(offsets)


def picked(text: str, offsets: tuple[int, ...]) -> str:
    """The characters of ``text`` at ``offsets`` (but the last, the end): the input
    seen through the view that :func:`single_spaced` made."""
    return "".join(map(text.__getitem__, offsets[:-1]))


def rebase(value: Any, original: str, offsets: tuple[int, ...] | None = None) -> Any:
    """``value`` with every spanned item moved back to ``original`` through ``offsets``
    (see :func:`single_spaced`; None: the same offsets) and its ``text`` re-read there."""
    if isinstance(value, tuple):
        items = tuple(rebase(v, original, offsets) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    spanned = hasattr(value, "start") and hasattr(value, "end")
    start, end = _moved(value.start, value.end, offsets) if spanned else (0, 0)
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        fresh: Any
        if field.name == "text" and spanned:
            fresh = original[start:end]
        elif spanned and field.name in ("start", "end"):
            fresh = start if field.name == "start" else end
        else:
            fresh = rebase(current, original, offsets)
        if fresh is not current and fresh != current:
            changes[field.name] = fresh
    return attrs.evolve(value, **changes) if changes else value


def _moved(start: int, end: int, offsets: tuple[int, ...] | None) -> tuple[int, int]:
    """The span ``start:end`` of the view as a span of the input."""
    if offsets is None:
        return start, end
    return offsets[start], (offsets[end - 1] + 1 if end > start else offsets[start])
