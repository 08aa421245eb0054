"""Authors of an HTML page: candidate author strings from each source, ranked.

Sources: trafilatura's author (its own cleaning of the page's metadata),
JSON-LD ``author``, ``<meta name="author">`` and the like, and the visible
byline (an element marked "byline" / "author", or one whose text opens with
"By", found by :mod:`newsstruct.html.scan`).  They often disagree (see the byline notes): trafilatura merges every
source ("Douglas Wood; Jeremy Herb; ..." where the visible byline names three),
``<meta>`` may name the publisher ("Condé Nast"), trafilatura drops quoted
nicknames ('Amanda "Tania Mae" Tan').  :func:`rank_authors` puts the string a
reader would take as the byline first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from newsstruct.html.patterns import BY_INSIDE, NOT_AN_AUTHOR
from newsstruct.layout.bylines import parse_byline
from newsstruct.layout.patterns import BYLINE_LEAD

__all__ = ["META_AUTHORS", "as_byline", "byline_line", "linked_authors", "rank_authors"]

META_AUTHORS = ("author", "article:author", "byl", "dc.creator", "sailthru.author",
                "parsely-author")  # fmt: skip
#: Author strings are cut to this length: real ones are far shorter.
_MAX_AUTHOR_CHARS = 200
_WORD = regex.compile(r"\w+")


def linked_authors(linked: list[dict[str, Any]]) -> str | None:
    """The names in the JSON-LD ``author`` values of the page, joined by "; "."""
    by_id = {item["@id"]: item for item in linked if isinstance(item.get("@id"), str)}
    names: list[str] = []
    for item in linked:
        names += _ld_names(item.get("author"), by_id)
    return "; ".join(dict.fromkeys(names)) or None


def _ld_names(value: object, by_id: dict[str, dict[str, Any]], depth: int = 0) -> list[str]:
    """Names in a JSON-LD ``author`` value: strings, objects, lists, ``@id`` references."""
    if depth > 3:
        return []
    if isinstance(value, str):
        return [value] if value.strip() and not value.startswith("http") else []
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        return _ld_names(value.get("name"), by_id, depth + 1)
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v, by_id, depth + 1)]
    return []


def rank_authors(
    extracted: str | None, linked: str | None, metas: list[str],
    visible: Callable[[], tuple[str | None, str | None]],
) -> tuple[str, ...]:  # fmt: skip
    """Author strings best first.

    trafilatura's author leads, except that a visible byline whose every name the
    metadata confirms wins ("By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN"
    over a merged list with one more name); a fuller form of the same names wins
    ('Amanda "Tania Mae" Tan' over "Amanda Tan"); JSON-LD wins where trafilatura's
    string names nobody ("Staff; News Service Reports" split from a desk credit);
    and a visible "By" line wins over a one-word name no other source confirms.
    Text that merely opens with "By" is only kept when it reads as a byline without
    leniency ("By the numbers:" is a heading).  ``visible`` gives the page's marked
    byline and its "By" text; it is only called when they can change the result (not
    when trafilatura names one person and every other source names the same).
    """
    sources = [s for s in (extracted, linked, *metas) if s and not NOT_AN_AUTHOR.search(s)]
    first = _names(extracted, lenient=True) if extracted in sources else None
    others = {n for s in sources[1:] for n in (_names(s, lenient=True) or ())}
    agreed = first is not None and len(first) == 1 and others == set(first)
    if agreed and _names(extracted, lenient=False) == first:
        return tuple(dict.fromkeys(sources))
    marked, by_text = visible()
    shown = [v for v in (marked, by_text) if v and _names(v, lenient=v is marked) is not None]
    ordered = list(dict.fromkeys([*sources, *shown]))
    if not ordered:
        return ()
    known = {n for s in sources for n in (_names(s, lenient=True) or ())}
    best = _preferred(extracted, first, linked, metas, shown, known)
    if best is not None:
        ordered.remove(best)
        ordered.insert(0, best)
    return tuple(ordered)


def _preferred(
    extracted: str | None, first: list[str] | None, linked: str | None, metas: list[str],
    shown: list[str], known: set[str],
) -> str | None:  # fmt: skip
    """The candidate to put before trafilatura's author, if any (see :func:`rank_authors`)."""
    for line in shown:
        names = _names(line, lenient=False) or []
        if names and set(names) <= known and set(names) != set(first or ()):
            return line
    for candidate in (linked, *metas):
        fuller = _names(candidate, lenient=True) if candidate else None
        if fuller and first and _fuller(first, fuller):
            return candidate
    if linked and extracted and not first and _names(linked, lenient=True) is not None:
        return linked
    others = {n for s in (linked, *metas) for n in (_names(s, lenient=True) or ())}
    confirmed = first and any(n in others for n in first)
    if first and len(first) == 1 and len(first[0].split()) == 1 and not confirmed:
        return next((v for v in shown if BY_INSIDE.search(v) and _names(v, lenient=False)), None)
    return None


def _fuller(names: list[str], other: list[str]) -> bool:
    """``other`` names the same people with more words: "Amanda Tan" -> "Amanda Tania Mae Tan"."""
    if len(names) != len(other) or names == other:
        return False
    return all(set(a.split()) <= set(b.split()) for a, b in zip(names, other, strict=True))


def _names(candidate: str | None, *, lenient: bool) -> list[str] | None:
    """The person names a candidate string gives, lowercased word by word ([] for a desk
    credit alone), or ``None`` when it does not read as a byline."""
    if not candidate:
        return None
    line = as_byline(candidate)
    byline = parse_byline(line, 0, len(line))
    if byline is None and lenient:
        byline = parse_byline(line, 0, len(line), lenient=True)
    if byline is None:
        return None
    return [" ".join(_WORD.findall(a.name.lower())) for a in byline.authors]


def byline_line(candidates: tuple[str, ...]) -> str | None:
    """The first author string that reads as a byline, as a "By ..." line; else the
    first one read leniently (an author field may hold a handle: "delta201")."""
    lines = [as_byline(c) for c in candidates if not NOT_AN_AUTHOR.search(c)]
    for line in lines:
        if parse_byline(line, 0, len(line)) is not None:
            return line
    for line in lines[:1]:
        if parse_byline(line, 0, len(line), lenient=True) is not None:
            return line
    return None


def as_byline(candidate: str) -> str:
    """ "Posted on May 2 by Jane Doe" -> "By Jane Doe"; "Jane Doe" -> "By Jane Doe"."""
    candidate = candidate[:_MAX_AUTHOR_CHARS]
    by = BY_INSIDE.search(candidate)
    if by is not None and not BYLINE_LEAD.match(candidate):
        candidate = candidate[by.end() :]
    return candidate if BYLINE_LEAD.match(candidate) else f"By {candidate}"
