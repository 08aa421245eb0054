"""Escaping, and the input text as HTML with spans marked, character for character.

The text of the marked-up HTML is the input itself: every character is kept,
in order, and each element carries ``data-start`` / ``data-end``, its offsets in
the input.  Marks that cross one another are split into fragments so that the
elements still nest; an outer layer is never split by an inner one.

>>> print(markup("Mayor <Jo> said", [Mark(6, 10, 0, "mark", (("class", "quote"),))]))
Mayor <mark class="quote" data-start="6" data-end="10">&lt;Jo&gt;</mark> said
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import attrs
import regex

__all__ = ["Mark", "attributes", "escape", "markup"]

#: What the HTML parser would change or drop: markup characters, the carriage
#: return (parsers turn CR and CRLF into LF; a character reference keeps it),
#: NUL and lone surrogates (no HTML can carry them: they become U+FFFD, still
#: one character, so offsets hold).
_TEXT_ESCAPES = {
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord("\r"): "&#13;",
    0: "\ufffd",
}
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, ord('"'): "&quot;", ord("'"): "&#39;"}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def escape(text: str, *, attribute: bool = False) -> str:
    """``text`` as HTML text (or a quoted attribute value) that parses back to itself.

    >>> escape('<script>alert("&")</script>\\r\\n')
    '&lt;script&gt;alert("&amp;")&lt;/script&gt;&#13;\\n'
    """
    table = _ATTRIBUTE_ESCAPES if attribute else _TEXT_ESCAPES
    return _SURROGATE.sub("\ufffd", text).translate(table)


def attributes(pairs: Iterable[tuple[str, str]]) -> str:
    """`` name="value"`` pairs, values escaped (names are the view's own)."""
    return "".join(f' {name}="{escape(value, attribute=True)}"' for name, value in pairs)


@attrs.frozen
class Mark:
    """An element to wrap around ``text[start:end]``.

    ``layer`` orders nesting (0 is outermost); within a layer a longer mark holds
    a shorter one, and of two over the same stretch the lower ``order`` is outside.
    ``ident`` becomes the ``id`` of the first fragment only, so a split mark never
    repeats an id.
    """

    start: int
    end: int
    layer: int
    tag: str
    attributes: tuple[tuple[str, str], ...] = ()
    ident: str | None = None
    order: int = 0


def markup(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark's element around its stretch (empty marks dropped)."""
    kept = sorted(
        {m for m in marks if 0 <= m.start < m.end <= len(text)},
        key=lambda m: (m.layer, m.start, -m.end, m.order, m.tag, m.attributes),
    )
    rank = {mark: index for index, mark in enumerate(kept)}
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    starting: dict[int, list[Mark]] = {}
    for mark in kept:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[tuple[Mark, int]] = []  # open marks and the index of their start tag in out
    active: set[Mark] = set()
    for start, end in itertools.pairwise(cuts):
        active = {m for m in active if m.end > start}
        active.update(starting.get(start, ()))
        wanted = sorted(active, key=rank.__getitem__)
        _reopen(out, stack, wanted, start)
        out.append(escape(text[start:end]))
    _reopen(out, stack, [], len(text))
    return "".join(out)


def _reopen(out: list[str], stack: list[tuple[Mark, int]], wanted: Sequence[Mark], at: int) -> None:
    """Close the open elements ``wanted`` does not keep, then open the ones it adds."""
    keep = 0
    while keep < len(stack) and keep < len(wanted) and stack[keep][0] is wanted[keep]:
        keep += 1
    while len(stack) > keep:
        mark, slot = stack.pop()
        out[slot] = _start_tag(mark, int(out[slot]), at)
        out.append(f"</{mark.tag}>")
    for mark in wanted[keep:]:
        stack.append((mark, len(out)))
        out.append(str(at))  # the start offset, until the end is known


def _start_tag(mark: Mark, start: int, end: int) -> str:
    ident = [("id", mark.ident)] if mark.ident is not None and start == mark.start else []
    offsets = [("data-start", str(start)), ("data-end", str(end))]
    return f"<{mark.tag}{attributes([*ident, *mark.attributes, *offsets])}>"
