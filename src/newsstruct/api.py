"""The public entry points."""

from __future__ import annotations

import datetime as dt

from newsstruct import pipeline
from newsstruct.config import Config
from newsstruct.errors import InputTypeError
from newsstruct.inputs import check_config, coerce_published
from newsstruct.model import Article

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
    the page's date metadata as htmldate reads it, or the date the page prints under
    a "Published" / "Updated" label where the page's own published metadata does not
    back htmldate's day (``"metadata"``).  ``bytes`` are decoded as a browser
    decodes them (WHATWG): by the byte-order mark, else the declared ``<meta
    charset>`` (an "iso-8859-1" label means windows-1252), else as UTF-8 when
    they are valid UTF-8, else by detection (charset_normalizer); an invalid byte
    becomes U+FFFD where it stands.  A ``str`` is used as is.  A page longer than
    ``config.max_html_chars``, or whose text outside scripts and styles is longer
    than ``config.max_chars``, raises :class:`~newsstruct.InputTooLargeError`.
    Where the page could not be read as marked up (elements nested deeper than
    the HTML parser goes), ``Article.warnings`` says what was done.  Nothing is ever fetched: ``url`` only
    helps trafilatura read the page.

    >>> from newsstruct import parse_html
    >>> page = ("<html><head><title>Plan approved | Gazette</title></head><body><article>"
    ...         "<h1>Plan approved</h1><p>The council approved the harbour plan on Monday after "
    ...         "a long debate that ran well past midnight and drew a crowd.</p></article></body></html>")
    >>> parse_html(page).headline.text
    'Plan approved'
    """
    from newsstruct.html.page import (  # lxml, trafilatura: on first use
        compose,
        read_page,
        with_page_facts,
    )

    if isinstance(html, bytearray):
        html = bytes(html)
    if not isinstance(html, str | bytes):
        raise InputTypeError(f"parse_html() takes str or bytes, got {type(html).__name__}")
    checked = check_config(config)
    given = coerce_published(published)
    page = read_page(html, url, checked)
    text, headline_at, byline_at = compose(page)
    article = pipeline.run(
        text, given, checked,
        headline_at=headline_at, byline_at=byline_at, metadata_published=page.date,
    )  # fmt: skip
    return with_page_facts(article, page)
