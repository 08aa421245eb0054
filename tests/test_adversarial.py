"""Every entry of the adversarial corpus parses, with valid spans; the time each takes
is measured by ``benchmarks/bench_adversarial.py``, never asserted here."""

from __future__ import annotations

import pytest

from adversarial import CORPUS
from newsstruct import Article, parse


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_adversarial_input_parses(name: str) -> None:
    text = CORPUS[name](1)
    article = parse(text)
    for item in (*article.paragraphs, *article.quotes, *article.dates, *article.boilerplate):
        assert text[item.start : item.end] == item.text
    for person in article.people:
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text
    starts = [q.start for q in article.quotes]
    assert starts == sorted(starts)
    assert Article.from_dict(article.to_dict()) == article
