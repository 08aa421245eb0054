"""One pass over a page's elements for the visible byline and the printed date lines.

XPath predicates that test every element's class or text are slow in lxml
(several milliseconds on a news page); a single Python walk that looks at each
element's class and opening text once costs about one.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Marks", "capped_text", "scan_page"]

_NOT_TEXT = frozenset({"script", "style", "meta", "link", "noscript", "template"})
#: Words in a class, itemprop or rel value that mark a byline element.
_BYLINE_MARKS = ("byline", "author", "writer", "contributor")
#: Openings of a printed date line ("Published: ...", "LAST UPDATED: ...").
_DATE_LABELS = ("Published", "PUBLISHED", "Posted", "POSTED", "Written", "Updated", "UPDATED",
                "Last updated", "Last Updated", "LAST UPDATED")  # fmt: skip
#: At most this many date lines are kept (hostile pages may hold thousands).
_MAX_DATE_LINES = 20
#: Text is looked for among at most this many elements of a candidate.
_MAX_NODES = 200
#: A byline is at most this long.
MAX_BYLINE_CHARS = 120
#: A printed date line is at most this long.
MAX_DATE_CHARS = 160


@attrs.frozen
class Marks:
    """Text of the first short element marked as a byline or author (class, itemprop,
    rel, a "byline" test id), of the first short element whose text opens with "By"
    (its parent's when it holds just "By"), and of the short lines opening with a
    date label, in page order."""

    marked: str | None
    by_text: str | None
    date_lines: tuple[str, ...]


def scan_page(tree: Any) -> Marks:
    """Walk the elements of ``tree`` once (comment threads left out of the bylines)."""
    marked: str | None = None
    by_text: str | None = None
    date_lines: list[str] = []
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue
        if marked is None and _is_marked(element):
            marked = _byline_text(element)
        opening = (element.text or "").lstrip()
        if not opening:
            continue
        if by_text is None and opening[:2] in {"By", "BY"} and opening[2:3] in {"", " ", "\n"}:
            holder = element
            if opening.rstrip() in {"By", "BY"} and element.getparent() is not None:
                holder = element.getparent()
            by_text = _byline_text(holder)
        if len(date_lines) < _MAX_DATE_LINES and opening.startswith(_DATE_LABELS):
            line = capped_text(element, MAX_DATE_CHARS)
            if line is not None:
                date_lines.append(line)
    return Marks(marked, by_text, tuple(date_lines))


def _is_marked(element: Any) -> bool:
    marks = " ".join(
        v for v in (element.get("class"), element.get("itemprop"), element.get("rel")) if v
    ).lower()
    if any(word in marks for word in _BYLINE_MARKS):
        return True
    test_id = element.get("data-testid")
    return test_id is not None and "byline" in test_id.lower()


def _byline_text(element: Any) -> str | None:
    """The element's text when it is short enough for a byline and not in a comment thread."""
    text = capped_text(element, MAX_BYLINE_CHARS)
    if text is None or _in_comments(element):
        return None
    return text


def capped_text(element: Any, limit: int) -> str | None:
    """The element's text, single-spaced, with its child elements' text set apart
    ("<span>By</span><a>Jo</a>" -> "By Jo"); ``None`` when empty, longer than ``limit``
    or spread over more than ``_MAX_NODES`` elements (reading stops there, so a large
    container costs little)."""
    for count, _ in enumerate(element.iter()):
        if count > _MAX_NODES:
            return None
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 4 * limit:
            return None
    text = " ".join(" ".join(pieces).split())
    return text if text and len(text) <= limit else None


def _in_comments(element: Any) -> bool:
    """True inside a comment thread (an ancestor whose class or id says "comment")."""
    parent = element
    for _ in range(12):
        if parent is None:
            return False
        if "comment" in f"{parent.get('class') or ''} {parent.get('id') or ''}".lower():
            return True
        parent = parent.getparent()
    return False
