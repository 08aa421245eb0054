"""The public entry points."""

from __future__ import annotations

import datetime as dt

from newsstruct import pipeline
from newsstruct.config import Config
from newsstruct.inputs import check_config
from newsstruct.model import Article

__all__ = ["parse"]


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
