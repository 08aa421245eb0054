"""Hostile pages for parse_html, bounded in time and memory by growth ratios (never by
seconds, see tests/README.md): elements nested 10,000 deep and a thousand teaser blocks
with bylines on each side of the article.  A 50 MB page is refused before it is decoded
or parsed (``test_html.py::test_a_50_mb_page_is_refused_before_it_is_parsed``)."""

from __future__ import annotations

from growth import LINEAR_GROWTH, growth_ratio, memory_growth_ratio
from newsstruct import parse_html

_STORY = (
    "<h1>Ferry timetable approved</h1><p>The ferry board approved the new timetable on "
    "Monday night after a meeting that ran well past midnight, members said.</p>"
)


def _nested(scale: int) -> str:
    depth = 5_000 * scale  # 10,000 at scale 2: past what libxml2 reads, so flattened
    return f"<html><body>{'<div>' * depth}{_STORY}{'</div>' * depth}</body></html>"


def _teasers(scale: int) -> str:
    many = "".join(
        f'<div class="card"><h3><a href="/s/{i}">Story {i}</a></h3>'
        f'<p class="byline">By Writer Number{i}</p><p>Posted on May {i % 28 + 1}, 2019</p></div>'
        for i in range(500 * scale)
    )  # 1,000 on each side at scale 2
    return (
        "<html><head><title>Ferry timetable approved</title></head><body>"
        f"{many}<article>{_STORY}<p class='byline'>By Jane Doe</p></article>{many}</body></html>"
    )


def test_ten_thousand_nested_elements_stay_linear() -> None:
    article = parse_html(_nested(2))
    assert "The ferry board approved" in article.text
    assert article.warnings  # the nesting was flattened, and the article says so
    assert growth_ratio(parse_html, _nested) < LINEAR_GROWTH
    assert memory_growth_ratio(parse_html, _nested) < LINEAR_GROWTH


def test_a_thousand_teasers_with_bylines_stay_linear() -> None:
    article = parse_html(_teasers(2))
    assert [a.name for a in article.byline] == ["Jane Doe"]
    assert growth_ratio(parse_html, _teasers) < LINEAR_GROWTH
    assert memory_growth_ratio(parse_html, _teasers) < LINEAR_GROWTH
