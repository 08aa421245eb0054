"""The public entry points."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

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

    ``Article.text`` is the extracted text with the page title (and the
    author metadata, as a "By ..." line) put above it when the text does not
    already start with them, so every span indexes ``Article.text``, not the
    HTML.  The page's date metadata is used when ``published`` is not given
    (``Article.published.source == "metadata"``).  Nothing is ever fetched:
    ``url`` only helps trafilatura read the page.

    >>> from newsstruct import parse_html
    >>> page = ("<html><head><title>Plan approved | Gazette</title></head><body><article>"
    ...         "<h1>Plan approved</h1><p>The council approved the harbour plan on Monday after "
    ...         "a long debate that ran well past midnight and drew a crowd.</p></article></body></html>")
    >>> parse_html(page).headline.text
    'Plan approved'
    """
    if not isinstance(html, str | bytes):
        raise InputTypeError(f"parse_html() takes str or bytes, got {type(html).__name__}")
    checked = check_config(config)
    extracted = _extract(html, url)
    given = coerce_published(published)
    meta_date = _metadata_date(extracted.get("date"))
    article = pipeline.run(_compose(extracted), given or meta_date, checked)
    if given is None and meta_date is not None and article.published is not None:
        article = attrs.evolve(
            article, published=attrs.evolve(article.published, source="metadata")
        )
    return article


def _extract(html: str | bytes, url: str | None) -> dict[str, Any]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if result is None:
        return {}
    return dict(result.as_dict()) if hasattr(result, "as_dict") else dict(result)


def _compose(extracted: dict[str, Any]) -> str:
    """The article text with the title and author lines above it, as a reader sees the page."""
    body = str(extracted.get("text") or "")
    lines = []
    title = str(extracted.get("title") or "").strip()
    if title and not body.startswith(title):
        lines.append(title)
    author = str(extracted.get("author") or "").strip()
    if author and author not in body[:500]:
        lines.append(f"By {author}")
    return "\n\n".join([*lines, body]) if lines else body


def _metadata_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
