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

__all__ = ["plain_spaces", "rebase"]

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


def rebase(value: Any, original: str) -> Any:
    """``value`` with the ``text`` of every spanned item re-read from ``original``."""
    if isinstance(value, tuple):
        items = tuple(rebase(v, original) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    spanned = hasattr(value, "start") and hasattr(value, "end")
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name == "text" and spanned:
            fresh = original[value.start : value.end]
        else:
            fresh = rebase(current, original)
        if fresh is not current and fresh != current:
            changes[field.name] = fresh
    return attrs.evolve(value, **changes) if changes else value
