"""Predictor for ``shared/eval/html/eval.py``: newsstruct.parse_html on each page.

    python ../shared/eval/html/eval.py --predictor tests/eval/html_predictor.py:predict \\
        --gold ../shared/eval/html/dev.jsonl
"""

from __future__ import annotations

from typing import Any

import newsstruct


def predict(html: str, url: str | None) -> dict[str, Any]:
    article = newsstruct.parse_html(html, url=url)
    authors = [a.name for a in article.byline]
    if not authors and article.outlet is not None:
        authors = [article.outlet.text]
    return {
        "title": _title(article),
        "authors": authors,
        "date": None if article.published is None else article.published.value,
        "body": article.body,
    }


def _title(article: newsstruct.Article) -> str | None:
    """The headline line as the page shows it: a kicker on the same line stays in front
    ("VIDEO: Voting on the plan")."""
    headline, kicker = article.headline, article.kicker
    if headline is None:
        return None
    if kicker is not None and "\n" not in article.text[kicker.end : headline.start]:
        return article.text[kicker.start : headline.end]
    return headline.text
