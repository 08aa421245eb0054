"""The headline of a page: its ``<h1>`` when that agrees with the page's own title,
else the title without the site's name.

- An ``<h1>`` that shares enough words with ``og:title`` / ``twitter:title`` /
  the JSON-LD headline / ``<title>`` is the headline a reader sees.
- Where the page declares no title but ``<title>`` (an ``og:title`` that repeats
  it adds nothing), its only ``<h1>`` is the headline even when it differs from
  ``<title>``, if it opens the article: a paragraph of prose follows it before any
  other ``<h1>``.
- Otherwise the title is taken, with end segments that name the site or a
  section taken off ("Headline | Section | Site", "Headline : Section : SITE"):
  a segment naming the site (``og:site_name`` or the URL's host), or a short one
  beside a longer rest.  A dash or colon inside a headline stays.
- A label such as "Breaking:" that the title prints before the ``<h1>``'s words
  is kept in front of them, for the text stage to read as the kicker.

>>> from lxml import etree
>>> from newsstruct.html.metadata import read_metadata
>>> page = etree.fromstring("<html><head><title>Plan approved : Politics : GAZETTE</title>"
...     "</head><body></body></html>", etree.HTMLParser())
>>> find_headline(page, read_metadata(page), "https://gazette.example/plan").text
'Plan approved'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import attrs
import regex

from newsstruct.html.metadata import Metadata
from newsstruct.html.patterns import TITLE_BAR, TITLE_SEPARATOR
from newsstruct.layout.lexicons.kickers import KICKER_LABELS

__all__ = ["Headline", "find_headline", "strip_site"]

#: Separators that never stand inside a headline (a dash may: "Storm – the night it flooded").
_HARD_SEPARATORS = frozenset({"|", "»", "·", "•", "::", ":"})
_MAX_TITLE_CHARS = 300
#: An end segment of a title of at most this many words may name the site or section.
_SITE_MAX_WORDS = 4
#: "Headline - Section - Site": at most this many end segments are taken off.
_MAX_STRIPS = 3
#: Share of words an ``<h1>`` must have in common with the page title to be taken as the headline.
_MIN_AGREEMENT = 0.2
#: An ``<h1>`` that differs from the title needs this many words ("Comments" is a label).
_MIN_OWN_WORDS = 3
#: A paragraph of at least this many words opens the article under a headline...
_PROSE_WORDS = 20
#: ... among this many elements after it.
_OPENING_WINDOW = 80
#: Host name labels that never name a site.
_GENERIC_HOST_LABELS = frozenset({"www", "com", "org", "net", "edu", "gov", "co", "uk", "amp"})
#: Separators left dangling at the ends of a title ("National Rail Enquiries -").
_DANGLING = " |-–—:·•»"
#: Share of words a heading shares with the headline to be the element that prints it.
_SAME_TITLE = 0.8
#: At most this many headings are compared with the headline.
_MAX_HEADINGS = 200
_WORD = regex.compile(r"\w+")
_LABELLED = regex.compile(r"^(?P<label>[^:|]{2,30}?)[ ]*[:|][ ]*(?P<rest>\S.*)$")


@attrs.frozen
class Headline:
    """The headline's text and the ``<h1>`` element it was read from (``None`` when it
    came from the title alone)."""

    text: str
    element: Any = None


def find_headline(tree: Any, meta: Metadata, url: str | None) -> Headline | None:
    """The page's headline (see the module docstring)."""
    page_title = meta.page_title
    reference = next((t for t in [*meta.titles, page_title] if t), None)
    site_names = _site_names(meta.site, url)
    h1s: list[tuple[str, Any]] = []
    for element in tree.iter("h1"):
        text = _clean(" ".join(element.itertext()))
        if (
            text
            and len(text) <= _MAX_TITLE_CHARS
            and not _is_site_name(text, site_names, page_title)
        ):
            h1s.append((text, element))
        if len(h1s) >= 10:
            break
    if h1s and reference is None:
        return Headline(*h1s[0])
    if h1s and reference is not None:
        text, element = max(h1s, key=lambda h: _overlap(h[0], reference))
        if _overlap(text, reference) >= _MIN_AGREEMENT:
            return Headline(_with_label(_best_part(text, element, reference), reference), element)
        declared = [t for t in meta.titles if t.lower() != (page_title or "").lower()]
        if not declared and len(h1s) == 1 and _opens_article(*h1s[0]):
            return Headline(*h1s[0])
    if reference is None:
        return None
    text = strip_site(reference, site_names).strip(_DANGLING) or reference
    return Headline(text, _heading_of(tree, text))


def _heading_of(tree: Any, text: str) -> Any:
    """The heading element that prints ``text`` (an ``<h2>`` title, a linked blog
    title), or ``None``."""
    for count, element in enumerate(tree.iter("h1", "h2", "h3", "h4")):
        if count >= _MAX_HEADINGS:
            break
        shown = _clean(" ".join(element.itertext()))
        if shown and len(shown) <= _MAX_TITLE_CHARS and _overlap(shown, text) >= _SAME_TITLE:
            return element
    return None


def _best_part(text: str, element: Any, reference: str) -> str:
    """The part of an ``<h1>`` that is the headline: "Politics | Plan approved" ->
    "Plan approved"; of "<span>Open Future</span><span>Plan approved</span>", the
    element whose words agree best with the page title, when it agrees better than
    the whole."""
    parts = [p for p in TITLE_BAR.split(text) if p.strip()]
    if len(parts) > 1:
        return max(parts, key=lambda p: _overlap(p, reference))
    if len(parts) < 2:
        pieces = [p for child in element if (p := _clean(" ".join(child.itertext())))]
        if " ".join(pieces) != text:  # words outside the child elements: one headline
            return text
        parts = [p for p in pieces if len(p.split()) >= _MIN_OWN_WORDS]
        if not parts:
            return text
    best = max(parts, key=lambda p: _overlap(p, reference))
    return best if _overlap(best, reference) > _overlap(text, reference) else text


def _opens_article(text: str, element: Any) -> bool:
    """True when a paragraph of prose follows the ``<h1>`` before any other ``<h1>``."""
    if len(_WORD.findall(text)) < _MIN_OWN_WORDS:
        return False
    for following in element.xpath(f"following::*[position() <= {_OPENING_WINDOW}]"):
        if following.tag == "h1":
            return False
        if following.tag == "p":
            words = _WORD.findall(" ".join(following.itertext())[: 20 * _PROSE_WORDS])
            if len(words) >= _PROSE_WORDS:
                return True
    return False


def _with_label(headline: str, title: str) -> str:
    """ "Storm hits coast" -> "Breaking: Storm hits coast" when the title prints that
    label before the same words."""
    labelled = _LABELLED.match(title)
    if labelled is None or _LABELLED.match(headline) is not None:
        return headline
    label = labelled.group("label").strip()
    if label.lower() not in KICKER_LABELS:
        return headline
    rest = strip_site(labelled.group("rest"), ())
    return f"{label}: {headline}" if _overlap(rest, headline) >= 0.8 else headline


def _site_names(site: str | None, url: str | None) -> tuple[str, ...]:
    """The site's name and the distinctive labels of the URL's host ("dailytimes")."""
    names = [site] if site else []
    host = urlsplit(url).hostname if url else None
    if host:
        names += [
            label
            for label in host.split(".")
            if len(label) >= 3 and label not in _GENERIC_HOST_LABELS
        ]
    return tuple(names)


def _names_site(segment: str, site_names: tuple[str, ...], *, exact: bool = False) -> bool:
    """True when a title segment is the site's name, or (unless ``exact``) its letters
    hold a host label or are held by one ("The Daily Times" and dailytimes.com)."""
    letters = "".join(_WORD.findall(segment.lower())).replace("_", "")
    if not letters:
        return False
    for name in site_names:
        other = "".join(_WORD.findall(name.lower()))
        if letters == other:
            return True
        if not exact and len(other) >= 3 and (other in letters or letters in other):
            return True
    return False


def _is_site_name(text: str, site_names: tuple[str, ...], page_title: str | None) -> bool:
    """An ``<h1>`` holding the site's name (a logo), not the story's headline: the site's
    name, or a short segment of the title that :func:`strip_site` takes off ("Site |
    Headline", "Headline | Site"); what it leaves is the headline, and so is the start
    of the title before a dash ("Headline - Site - Tagline")."""
    if _names_site(text, site_names, exact=True):
        return True
    if not page_title or page_title == text or len(text.split()) > _SITE_MAX_WORDS:
        return False
    lowered = text.lower()
    if lowered == strip_site(page_title, site_names).lower():
        return False
    first = TITLE_SEPARATOR.search(page_title)
    soft = first is not None and first.group().strip() not in _HARD_SEPARATORS
    if soft and first is not None and lowered == page_title[: first.start()].lower():
        return False  # "Headline - Site - Tagline"
    return lowered in (segment.strip().lower() for segment in TITLE_SEPARATOR.split(page_title))


def strip_site(title: str, site_names: tuple[str, ...]) -> str:
    """ "Headline | Site" -> "Headline": drop an end segment that names the site, or a short
    one (a site or section name) beside a longer rest; a dash inside a headline stays.

    >>> strip_site("Plan approved - Local News - Coastal Gazette", ())
    'Plan approved'
    """
    for _ in range(_MAX_STRIPS):
        stripped = _strip_one_end(title, site_names)
        if stripped == title:
            break
        title = stripped
    return title


def _strip_one_end(title: str, site_names: tuple[str, ...]) -> str:
    """Take off one end segment: one naming the site; a short tail (or, after a bar, a
    short head) beside a rest at least as long."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    first, last = separators[0], separators[-1]
    tail, before_tail = title[last.end() :], title[: last.start()]
    head, after_head = title[: first.start()], title[first.end() :]
    if _names_site(tail, site_names):
        return before_tail
    if _names_site(head, site_names):
        return after_head
    if len(tail.split()) <= _SITE_MAX_WORDS and len(before_tail.split()) >= len(tail.split()):
        return before_tail
    is_bar = first.group().strip() in _HARD_SEPARATORS
    if (
        is_bar
        and len(head.split()) <= _SITE_MAX_WORDS
        and len(after_head.split()) >= len(head.split())
    ):
        return after_head
    return title


def _overlap(a: str, b: str) -> float:
    words_a, words_b = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(words_a & words_b) / max(1, len(words_a | words_b))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
