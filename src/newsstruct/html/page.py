"""Read an HTML page: decode and parse it, read what it says about itself, and let
trafilatura extract the main text.

The page is parsed once with lxml for our own reading (:mod:`newsstruct.html.tree`;
trafilatura parses the string itself).  Its ``<meta>`` tags and JSON-LD article
(:mod:`newsstruct.html.metadata`) give the title, the authors, the dates and the
site's name; the headline is the ``<h1>`` that agrees with the title
(:mod:`newsstruct.html.titles`); one walk over the elements
(:mod:`newsstruct.html.scan`) finds the bylines and printed dates, and
:mod:`newsstruct.html.region` keeps those that belong to the article; the
authors (:mod:`newsstruct.html.authors`) and the date (:mod:`newsstruct.html.dates`)
are ranked across these sources.  The extracted text gets the page's block breaks
back where trafilatura's fallback ran them together (:mod:`newsstruct.html.blocks`).
Nothing is ever fetched.
"""

from __future__ import annotations

import configparser
import datetime as dt
import functools
from typing import Any

import attrs

from newsstruct.config import Config
from newsstruct.errors import InputTooLargeError
from newsstruct.html.authors import choose_authors
from newsstruct.html.blocks import follow_blocks
from newsstruct.html.dates import htmldate_day, pick_date
from newsstruct.html.encoding import decode_html
from newsstruct.html.metadata import read_metadata
from newsstruct.html.region import (
    article_bylines,
    article_dates,
    article_shown_dates,
    spot_text,
)
from newsstruct.html.scan import scan_page
from newsstruct.html.titles import find_headline
from newsstruct.html.tree import load_tree, text_size
from newsstruct.layout.bylines import parse_byline
from newsstruct.layout.patterns import BYLINE_LEAD
from newsstruct.model import Article, ParseWarning

__all__ = ["Page", "compose", "decode_html", "read_page", "with_page_facts"]


@attrs.frozen
class Page:
    """What the page says about itself, next to the text trafilatura extracted.

    ``byline`` is the "By ..." line of the article's authors (``byline_shown`` when
    it is the byline the page shows, tidied, rather than metadata),
    ``organizations`` the author names the page's metadata calls organisations;
    ``warnings`` say where the page could not be read as marked up.
    """

    text: str
    title: str | None
    byline: str | None
    date: dt.date | None
    site_name: str | None
    organizations: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()
    byline_shown: bool = False


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
        return Page("", None, None, None, None, warnings=loaded.warnings)
    if len(html) > config.max_chars and (size := text_size(tree)) > config.max_chars:
        raise InputTooLargeError(
            f"page has {size:,} characters of text, more than Config.max_chars="
            f"{config.max_chars:,}; pass config=Config(max_chars=...) to allow more"
        )
    meta = read_metadata(tree)
    headline = find_headline(tree, meta, url)
    marks = scan_page(tree, None if headline is None else headline.element)
    visible = [
        (text, spot.source == "marked")
        for spot in article_bylines(marks)
        for text in spot_text(spot)
    ]
    authors = choose_authors(visible, meta.authors, meta.meta_authors, meta.site)
    extracted = _extract(trafilatura, loaded.source, url)
    date = pick_date(
        meta, article_dates(marks), article_shown_dates(marks), lambda: htmldate_day(tree, url)
    )
    return Page(
        text=follow_blocks(str(extracted.get("text") or ""), tree),
        title=headline.text if headline else None,
        byline=authors.line,
        date=date,
        site_name=meta.site,
        organizations=authors.organizations,
        warnings=loaded.warnings,
        byline_shown=authors.shown,
    )


def with_page_facts(article: Article, page: Page) -> Article:
    """``article`` with what only the page knows: authors its metadata calls
    organisations (schema.org ``Organization``), and its warnings."""
    changes: dict[str, Any] = {}
    byline = tuple(
        attrs.evolve(a, kind="organization")
        if a.kind == "person" and a.name in page.organizations
        else a
        for a in article.byline
    )
    if byline != article.byline:
        changes["byline"] = byline
    if page.warnings:
        found = tuple(ParseWarning("html-too-deep", message) for message in page.warnings)
        changes["warnings"] = article.warnings + found
    return attrs.evolve(article, **changes) if changes else article


def _extract(trafilatura: Any, html: Any, url: str | None) -> dict[str, Any]:
    """trafilatura's text of the page (its metadata is read by our own modules).

    Its main extractor alone (``fast=True``) costs about 60% of a run with its
    fallback extractors (readability, jusText) and gives the same text on 170
    of the 181 evaluation pages; when its text is shorter than trafilatura's
    own minimum extraction size (``min_extracted_size``, 250 characters), the
    text is extracted again with the fallbacks.  trafilatura gets the string:
    handed a tree, it deep-copies it, which costs more than parsing; only a page
    that libxml2's default limits cut short comes as the tree parsed without them
    (:mod:`newsstruct.html.tree`).
    """
    found = trafilatura.bare_extraction(html, url=url, include_comments=False, fast=True)
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
    a section label) is moved up under the headline, where the reader sees it;
    where the page's byline was read from the article's region, its tidied line
    replaces the text's own.
    Returns the text and the offsets of the headline and of the byline line in
    it (``None`` where there is none).
    """
    body = page.text
    title = page.title or ""
    if _opens_with(body, title):
        body = body[len(title) :].lstrip("\n")
    own = _own_byline(body)
    if own is not None and page.byline_shown:
        body = body[: own[0]] + body[own[1] + 1 :]  # the same byline, tidied, goes on top
        own = None
    if own is None:
        byline = page.byline
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
