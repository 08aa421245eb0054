"""Read an HTML page: decode it, pick the visible headline, author and date, and
let trafilatura extract the main text.

The page is parsed once with lxml for our own reading (trafilatura parses the
string itself); the headline comes from the page's ``<h1>`` that agrees with its
``og:title`` / ``<title>`` (or that title without its " | Site" suffix), the
authors from trafilatura, JSON-LD, ``<meta>`` and the visible byline ranked by
:mod:`newsstruct.html.authors`, the date from trafilatura's metadata (htmldate)
checked against the page's own ``datePublished`` / ``article:published_time``
and the date it prints (:mod:`newsstruct.html.dates`).  The extracted text gets
the page's block breaks back where trafilatura's fallback ran them together
(:mod:`newsstruct.html.blocks`).  Nothing is ever fetched.
"""

from __future__ import annotations

import configparser
import datetime as dt
import functools
import json
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from newsstruct.bylines import parse_byline
from newsstruct.config import Config
from newsstruct.errors import InputTooLargeError
from newsstruct.html.authors import (
    META_AUTHORS,
    byline_line,
    linked_authors,
    rank_authors,
)
from newsstruct.html.blocks import follow_blocks
from newsstruct.html.dates import pick_date
from newsstruct.html.encoding import decode_html
from newsstruct.html.patterns import TITLE_BAR, TITLE_SEPARATOR
from newsstruct.html.scan import scan_page
from newsstruct.html.tree import load_tree, text_size
from newsstruct.patterns import BYLINE_LEAD

__all__ = ["Page", "compose", "decode_html", "read_page"]

#: Separators that never stand inside a headline (a dash may: "Storm – the night it flooded").
_HARD_SEPARATORS = frozenset({"|", "»", "·", "•", "::"})
_MAX_TITLE_CHARS = 300
#: An end segment of a title of at most this many words may name the site or section.
_SITE_MAX_WORDS = 4
#: "Headline - Section - Site": at most this many end segments are taken off.
_MAX_STRIPS = 3
#: Share of words an ``<h1>`` must have in common with the page title to be taken as the headline.
_MIN_AGREEMENT = 0.2
_META_TITLES = ("og:title", "twitter:title")
_META_DATES = ("article:published_time", "datePublished", "pubdate", "publishdate",
               "date", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date")  # fmt: skip


@attrs.frozen
class Page:
    """What the page says about itself, next to the text trafilatura extracted.

    ``authors`` are candidate author strings, best source first: trafilatura's
    cleaned author, JSON-LD, ``<meta>``, a visible byline element.  ``warnings``
    say where the page could not be read as marked up.
    """

    text: str
    title: str | None
    authors: tuple[str, ...]
    date: dt.date | None
    site_name: str | None
    warnings: tuple[str, ...] = ()


def read_page(html: str | bytes, url: str | None, config: Config) -> Page:
    """Decode and parse ``html`` once and read its text and metadata.

    Two size limits: the page itself against ``config.max_html_chars`` (checked first,
    before decoding or parsing: trafilatura's cost grows faster than the page), and
    the page's text outside scripts and styles against ``config.max_chars``, the limit
    :func:`newsstruct.parse` has (a page of a few kilobytes of text in megabytes of
    scripts is read).
    """
    if len(html) > config.max_html_chars:
        raise InputTooLargeError(
            f"page has {len(html):,} characters of HTML, more than "
            f"Config.max_html_chars={config.max_html_chars:,}; pass "
            "config=Config(max_html_chars=...) to allow more"
        )
    if isinstance(html, bytes):
        html = decode_html(html)
    import trafilatura  # slow to import; only HTML needs it

    loaded = load_tree(html)
    tree = loaded.tree
    if tree is None:
        return Page("", None, (), None, None, loaded.warnings)
    if len(html) > config.max_chars and (size := text_size(tree)) > config.max_chars:
        raise InputTooLargeError(
            f"page has {size:,} characters of text, more than Config.max_chars="
            f"{config.max_chars:,}; pass config=Config(max_chars=...) to allow more"
        )
    own = _own_metadata(tree)
    marks = functools.cache(lambda: scan_page(tree))  # walked only when needed
    extracted = _extract(trafilatura, loaded.source, url)
    return Page(
        text=follow_blocks(str(extracted.get("text") or ""), tree),
        title=own["title"] or _clean(extracted.get("title")),
        authors=rank_authors(
            _clean(extracted.get("author")),
            own["linked_authors"],
            own["meta_authors"],
            lambda: (marks().marked, marks().by_text),
        ),
        date=pick_date(extracted.get("date"), own["dates"], lambda: marks().date_lines),
        site_name=own["site"] or _clean(extracted.get("sitename")),
        warnings=loaded.warnings,
    )


def _extract(trafilatura: Any, html: Any, url: str | None) -> dict[str, Any]:
    """trafilatura's text and metadata of the page.

    Its main extractor alone (``fast=True``) costs about 60% of a run with its
    fallback extractors (readability, jusText) and gives the same text on 170
    of the 181 evaluation pages, with the same titles, authors and dates; when
    its text is shorter than trafilatura's own minimum extraction size
    (``min_extracted_size``, 250 characters), the text is extracted again with
    the fallbacks.  trafilatura gets the string: handed a tree, it deep-copies
    it, which costs more than parsing; only a page that libxml2's default limits
    cut short comes as the tree parsed without them (:mod:`newsstruct.html.tree`).
    """
    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, fast=True
    )
    extracted: dict[str, Any] = _as_dict(found)
    if len(str(extracted.get("text") or "")) < _min_extracted_size(trafilatura):
        again = _as_dict(trafilatura.bare_extraction(html, url=url, include_comments=False))
        if again.get("text"):
            extracted["text"] = again["text"]
    return extracted


@functools.cache
def _min_extracted_size(trafilatura: Any) -> int:
    """trafilatura's ``min_extracted_size`` setting: below it, it tries its fallbacks."""
    try:
        return int(trafilatura.settings.DEFAULT_CONFIG.getint("DEFAULT", "min_extracted_size"))
    except (AttributeError, KeyError, ValueError, configparser.Error):  # no such setting
        return 250


def _as_dict(found: Any) -> dict[str, Any]:
    """trafilatura's result as a dict (it returns a Document, a dict or None)."""
    if found is None:
        return {}
    return dict(found) if isinstance(found, dict) else dict(found.as_dict())


def _own_metadata(tree: Any) -> dict[str, Any]:
    metas = _metas(tree)
    site = metas.get("og:site_name")
    linked = list(_json_ld(tree))
    return {
        "title": _headline(tree, metas, linked, site),
        "linked_authors": linked_authors(linked),
        "meta_authors": [
            v for k in META_AUTHORS if (v := metas.get(k)) and not v.startswith("http")
        ],
        "dates": [
            d
            for d in (*_ld_values(linked, "datePublished"), *(metas.get(k) for k in _META_DATES))
            if d
        ],
        "site": site,
    }


def _metas(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        value = _clean(meta.get("content"))
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` members included."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _ld_values(linked: list[dict[str, Any]], key: str) -> list[str]:
    return [str(item[key]) for item in linked if isinstance(item.get(key), str | int)]


def _headline(
    tree: Any, metas: dict[str, str], linked: list[dict[str, Any]], site: str | None
) -> str | None:
    """The visible ``<h1>`` that agrees with the page's own title, else that title unsuffixed."""
    titles = [metas.get(k) for k in _META_TITLES] + _ld_values(linked, "headline")
    title_el = tree.find(".//title")
    page_title = _clean("".join(title_el.itertext())) if title_el is not None else None
    reference = next((t for t in [*titles, page_title] if t), None)
    h1s = [t for t in (_clean(" ".join(h.itertext())) for h in tree.iter("h1")) if t][:10]
    h1s = [h for h in h1s if len(h) <= _MAX_TITLE_CHARS and not _is_site_name(h, site, page_title)]
    if h1s and reference is None:
        return h1s[0]
    if h1s and reference is not None:
        best = max(h1s, key=lambda h: _overlap(h, reference))
        if _overlap(best, reference) >= _MIN_AGREEMENT:
            parts = TITLE_BAR.split(best)
            return best if len(parts) < 2 else max(parts, key=lambda p: _overlap(p, reference))
    return _strip_site(reference, site) if reference else None


def _is_site_name(text: str, site: str | None, page_title: str | None) -> bool:
    """An ``<h1>`` holding the site's name (a logo), not the story's headline: the site
    name, the end of the title ("Headline | Site"), or its start before a bar ("Site |
    Headline"); a start before a dash is the headline ("Headline - Site - Tagline")."""
    if site and text.lower() == site.lower():
        return True
    if not page_title or page_title == text:
        return False
    separators = list(TITLE_SEPARATOR.finditer(page_title))
    if not separators:
        return False
    lowered = text.lower()
    if lowered == page_title[separators[-1].end() :].lower():
        return True
    first = separators[0]
    return (
        first.group().strip() in _HARD_SEPARATORS and lowered == page_title[: first.start()].lower()
    )


def _strip_site(title: str, site: str | None) -> str:
    """ "Headline | Site" -> "Headline": drop an end segment that names the site, or a short
    one (a site or section name) beside a longer rest; a dash inside a headline stays."""
    for _ in range(_MAX_STRIPS):
        stripped = _strip_one_end(title, site)
        if stripped == title:
            break
        title = stripped
    return title


def _strip_one_end(title: str, site: str | None) -> str:
    """Take off one end segment: one naming the site; a short tail (or, after a bar, a
    short head) beside a rest at least as long."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    first, last = separators[0], separators[-1]
    tail, before_tail = title[last.end() :], title[: last.start()]
    head, after_head = title[: first.start()], title[first.end() :]
    if site and tail.strip().lower() == site.strip().lower():
        return before_tail
    if site and head.strip().lower() == site.strip().lower():
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
    words_a, words_b = set(_words(a)), set(_words(b))
    return len(words_a & words_b) / max(1, len(words_a | words_b))


def _words(text: str) -> list[str]:
    return regex.findall(r"\w+", text.lower())


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


#: How many lines at the top of the extracted text may hold its own byline.
_OWN_BYLINE_LINES = 8


def _own_byline(body: str) -> tuple[int, int] | None:
    """Where the extracted text prints a byline with names near its top (the visible one
    wins over metadata): the start and end of that line."""
    start = 0
    for line in body.split("\n", _OWN_BYLINE_LINES)[:_OWN_BYLINE_LINES]:
        byline = parse_byline(line, 0, len(line)) if BYLINE_LEAD.match(line) else None
        if byline is not None and byline.authors:
            return start, start + len(line)
        start += len(line) + 1
    return None


def _opens_with(body: str, title: str) -> bool:
    """True when ``body`` starts with ``title`` as whole words: "Storm" opens "Storm hits"
    but not "Stormy weather ahead"."""
    if not title or not body.startswith(title):
        return False
    after = body[len(title) : len(title) + 1]
    return not (after and _is_word_char(after) and _is_word_char(title[-1]))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def compose(page: Page) -> tuple[str, int | None, int | None]:
    """The article text as a reader sees the page: headline, byline, then the body.

    A byline printed a few lines down the extracted text (under a photo caption,
    a section label) is moved up under the headline, where the reader sees it.
    Returns the text and the offsets of the headline and of the byline line in
    it (``None`` where there is none).
    """
    body = page.text
    title = page.title or ""
    if _opens_with(body, title):
        body = body[len(title) :].lstrip("\n")
    own = _own_byline(body)
    if own is None:
        byline = byline_line(page.authors)
    elif own[0] == 0:
        byline = None  # already in place: the text's own header reading finds it
    else:
        byline = body[own[0] : own[1]]
        body = body[: own[0]] + body[own[1] + 1 :]
    lines = [line for line in (title, byline) if line]
    text = "\n\n".join([*lines, body]) if lines else body
    headline_at = 0 if title else None
    byline_at = None if byline is None else (len(title) + 2 if title else 0)
    return text, headline_at, byline_at
