"""Optional: the project's scorers, when the evaluation data sits beside the checkout.

Floors of each area live with the area's tests (``test_quotes``, ``test_speakers``,
``test_dates``); this file checks the structure and date figures of the seeds, the
HTML development pages and the whole-page pastes.  Every floor sits about two points
under the figure it was set from (written beside it): raise a floor in the commit that
raises its figure.
"""

from __future__ import annotations

import pytest

from scorers import html_summary, needs_eval, paste_summary, seed_summary

pytestmark = [pytest.mark.evaluation, needs_eval]


def test_seed_structure_scores() -> None:
    summary = seed_summary()
    assert summary["structure_acc"] == 1.0
    assert summary["boilerplate_leaks"] == 0


def test_seed_date_scores() -> None:
    """Dates read through ``parse(text, published=...)``: every annotated date is found
    with its value; the precision figure counts dates the gold leaves out."""
    dates = seed_summary()["dates"]
    assert dates["r"] >= 0.98  # 1.0
    assert dates["value_acc"] >= 0.98  # 1.0
    assert dates["p"] >= 0.909  # .929
    assert dates["f1"] >= 0.943  # .963


def test_html_dev_scores() -> None:
    """``parse_html`` on the 181 HTML development pages: title, authors, date, snippets."""
    summary = html_summary()
    assert summary["title"]["em"] >= 0.834  # .854
    assert summary["title"]["tok_f1"] >= 0.912  # .932
    assert summary["authors"]["f1"] >= 0.83  # .851
    assert summary["authors"]["empty_correct"] >= 0.55  # .571 (28 pages without authors)
    assert summary["date"]["exact_day"] >= 0.913  # .933
    assert summary["body_snippets"]["f1"] >= 0.895  # .915 (body text: trafilatura's snippets)
    assert summary["timing"]["errors"] == 0 and summary["timing"]["timeouts"] == 0


def test_paste_dev_scores() -> None:
    """``parse`` on the 141 whole-page pastes (navigation, teasers and footers included).
    The figures are low: reading the header of a whole pasted page is an open issue."""
    summary = paste_summary()
    assert summary["headline"]["em"] >= 0.065  # .085
    assert summary["headline"]["tok_f1"] >= 0.088  # .108
    assert summary["byline"]["f1"] >= 0.03  # .050
    assert summary["date"]["exact"] >= 0.047  # .067
    assert summary["body"]["proxy_prose"] >= 0.079  # .099
    assert summary["errors"] == 0
