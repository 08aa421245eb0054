"""The public entry points."""

from __future__ import annotations

import datetime as dt

import regex

from newsstruct import pipeline
from newsstruct.bylines import parse_byline
from newsstruct.config import Config
from newsstruct.errors import InputTypeError
from newsstruct.inputs import check_config, coerce_published
from newsstruct.model import Article
from newsstruct.pages import Page, decode_html, read_page
from newsstruct.patterns import BYLINE_LEAD

__all__ = ["parse", "parse_html"]


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    config: Config | None = None,
) -> Article:
    """Parse the plain text of one news article.

    ``text`` is the article as you have it (a paste from a web page, a wire
    story); it is never modified, and every span in the result indexes it.
    ``published`` is the publication date (``date``, ``datetime`` or
    ``"YYYY-MM-DD"``) that relative dates are resolved against; without it the
    date printed in the article's header is used, if there is one.

    Raises :class:`~newsstruct.InputTypeError` (a ``TypeError``) for non-``str``
    text or a wrong ``published`` type, :class:`~newsstruct.InputValueError` (a
    ``ValueError``) for an unparseable ``published`` and
    :class:`~newsstruct.InputTooLargeError` when the text exceeds
    ``config.max_chars``.  Text with nothing to find gives an empty Article.

    >>> from newsstruct import parse
    >>> parse("").paragraphs
    ()
    >>> parse("Plan approved\\n\\nThe council voted to approve the harbour plan on Monday night "
    ...       "after a long and heated debate among the members.").headline.text
    'Plan approved'
    """
    return pipeline.run(text, published, check_config(config))


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    config: Config | None = None,
) -> Article:
    """Parse an HTML page: trafilatura extracts the main text, then :func:`parse` reads it.

    ``Article.text`` is the extracted text with the page's visible headline
    (its ``<h1>``, or ``og:title`` / ``<title>`` without the " | Site" suffix)
    and its authors (as a "By ..." line) put above it, so every span indexes
    ``Article.text``, not the HTML.  Without ``published``, a date printed in
    the article's header is used (``Article.published.source == "text"``), else
    the page's date metadata as htmldate reads it (``"metadata"``).  ``bytes`` are decoded by the
    byte-order mark or the declared ``<meta charset>``, then as UTF-8, then
    cp1252; a ``str`` is used as is.  Nothing is ever fetched: ``url`` only
    helps trafilatura read the page.

    >>> from newsstruct import parse_html
    >>> page = ("<html><head><title>Plan approved | Gazette</title></head><body><article>"
    ...         "<h1>Plan approved</h1><p>The council approved the harbour plan on Monday after "
    ...         "a long debate that ran well past midnight and drew a crowd.</p></article></body></html>")
    >>> parse_html(page).headline.text
    'Plan approved'
    """
    if isinstance(html, bytes | bytearray):
        html = decode_html(bytes(html))
    if not isinstance(html, str):
        raise InputTypeError(f"parse_html() takes str or bytes, got {type(html).__name__}")
    checked = check_config(config)
    given = coerce_published(published)
    page = read_page(html, url, checked.max_chars)
    text, headline_at, byline_at = _compose(page)
    return pipeline.run(
        text, given, checked,
        headline_at=headline_at, byline_at=byline_at, metadata_published=page.date,
    )  # fmt: skip


#: Author fields that name no author: a commenter ("Art Edwards says:"), "No author".
_NOT_AN_AUTHOR = regex.compile(r"\bsays:?\s*$|^\s*(?:no|unknown)\s+author\b", regex.IGNORECASE)
#: How many lines at the top of the extracted text may hold its own byline.
_OWN_BYLINE_LINES = 8
#: Author strings are cut to this length: real ones are far shorter.
_MAX_AUTHOR_CHARS = 200
#: "Posted on May 2, 2020 by Jane Doe": the names follow the last "by".
_BY_INSIDE = regex.compile(r"(?:^|\s)by:?\s+(?!.*\sby:?\s)", regex.IGNORECASE)


def _byline_line(candidates: tuple[str, ...]) -> str | None:
    """The first author string that reads as a byline, as a "By ..." line; else the
    first one read leniently (an author field may hold a handle: "delta201")."""
    lines = [_as_byline(c) for c in candidates if not _NOT_AN_AUTHOR.search(c)]
    for line in lines:
        if parse_byline(line, 0, len(line)) is not None:
            return line
    for line in lines[:1]:
        if parse_byline(line, 0, len(line), lenient=True) is not None:
            return line
    return None


def _as_byline(candidate: str) -> str:
    """ "Posted on May 2 by Jane Doe" -> "By Jane Doe"; "Jane Doe" -> "By Jane Doe"."""
    candidate = candidate[:_MAX_AUTHOR_CHARS]
    by = _BY_INSIDE.search(candidate)
    if by is not None and not BYLINE_LEAD.match(candidate):
        candidate = candidate[by.end() :]
    return candidate if BYLINE_LEAD.match(candidate) else f"By {candidate}"


def _has_own_byline(body: str) -> bool:
    """The extracted text prints a byline with names near its top (the visible one wins)."""
    for line in body.split("\n", _OWN_BYLINE_LINES)[:_OWN_BYLINE_LINES]:
        byline = parse_byline(line, 0, len(line)) if BYLINE_LEAD.match(line) else None
        if byline is not None and byline.authors:
            return True
    return False


def _compose(page: Page) -> tuple[str, int | None, int | None]:
    """The article text as a reader sees the page: headline, byline, then the body.

    Returns the text and the offsets of the headline and of the byline line in
    it (``None`` where there is none).
    """
    body = page.text
    title = page.title or ""
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("\n")
    byline = None if _has_own_byline(body) else _byline_line(page.authors)
    lines = [line for line in (title, byline) if line]
    text = "\n\n".join([*lines, body]) if lines else body
    headline_at = 0 if title else None
    byline_at = None if byline is None else (len(title) + 2 if title else 0)
    return text, headline_at, byline_at
