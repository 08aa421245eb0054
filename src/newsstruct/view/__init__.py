"""See the analysis: the annotated HTML view, and statement tables (CSV, Markdown).

:meth:`newsstruct.Article.to_html` and the ``html``, ``csv`` and ``markdown``
formats of the ``newsstruct`` command come from here.  Each function takes
``(name, article)`` pairs, the name being the file the article came from.

>>> import newsstruct
>>> article = newsstruct.parse("Plan approved\\n\\n“It is done,” said Mayor Jane Doe on Monday.")
>>> print(render("markdown", [("plan.txt", article)]).splitlines()[0])
# Plan approved
"""

from __future__ import annotations

from collections.abc import Sequence

from newsstruct.model import Article
from newsstruct.view.html import page, to_html
from newsstruct.view.statements import Statement, statements
from newsstruct.view.tables import CSV_COLUMNS, to_csv, to_markdown

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "Statement",
    "page",
    "render",
    "statements",
    "to_csv",
    "to_html",
    "to_markdown",
]

#: The output formats this package renders.
FORMATS = ("html", "csv", "markdown")


def render(fmt: str, documents: Sequence[tuple[str, Article]]) -> str:
    """``documents`` (``(file name, article)`` pairs) in ``fmt``: ``"html"``, ``"csv"`` or ``"markdown"``."""
    if fmt == "html":
        return page(documents)
    if fmt == "csv":
        return to_csv(documents)
    if fmt == "markdown":
        return to_markdown(documents)
    raise ValueError(f"unknown view format {fmt!r}: use one of {', '.join(FORMATS)}")
