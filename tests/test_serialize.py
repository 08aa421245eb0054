"""Article.to_dict / from_dict: output size and time linear in the article, and
round trips that rebuild equal Articles."""

from __future__ import annotations

import pathlib
from typing import ClassVar

import attrs
import pytest

from newsstruct import Article, Person, Quote, Span, parse
from paths import FIXTURES, ROOT

EXAMPLE = ROOT / "examples" / "articles" / "harbour_council.txt"


class _CountingSpan(Span):
    """A Span that counts how often its fields are read."""

    __slots__ = ()
    reads: ClassVar[int] = 0

    def __getattribute__(self, name: str) -> object:
        if name in {"start", "end", "text"}:
            _CountingSpan.reads += 1
        return super().__getattribute__(name)


def _mention_reads(quotes: int) -> int:
    """Field reads of a speaker's 50 mentions while writing ``quotes`` quotes by them."""
    text = "“Yes,” Jane Doe said. " * quotes
    mentions = tuple(_CountingSpan(0, 4, "“Yes") for _ in range(50))
    person = Person(id="p1", name="Jane Doe", mentions=mentions)
    said = tuple(Quote(22 * i + 1, 22 * i + 4, "Yes", speaker=person) for i in range(quotes))
    article = Article(text=text, quotes=said, people=(person,))
    _CountingSpan.reads = 0
    article.to_dict()
    return _CountingSpan.reads


def test_a_speakers_mentions_are_written_once_however_often_quoted() -> None:
    # Each quote refers to its speaker by id: 200 quotes read the mentions no
    # more than one quote does (it was once per quote: quadratic output time).
    assert _mention_reads(200) == _mention_reads(1) > 0


def _walk(value: object, data: object, where: str) -> None:
    """Every attrs object's dict has exactly its fields (a quote's speaker is a reference)."""
    if isinstance(value, tuple):
        assert isinstance(data, list) and len(data) == len(value), where
        for i, (item, out) in enumerate(zip(value, data, strict=True)):
            _walk(item, out, f"{where}[{i}]")
    elif attrs.has(type(value)):
        assert isinstance(data, dict), where
        assert list(data) == [f.name for f in attrs.fields(type(value))], where
        for name, out in data.items():
            if not (isinstance(value, Quote) and name == "speaker"):
                _walk(getattr(value, name), out, f"{where}.{name}")
    else:
        assert data == value, where


@pytest.mark.parametrize("path", [EXAMPLE, *sorted((FIXTURES / "seeds").glob("*.txt"))])
def test_every_field_is_written_in_field_order(path: pathlib.Path) -> None:
    article = parse(path.read_text(encoding="utf-8"), published="2024-03-12")
    data = article.to_dict()
    header = {"headline", "kicker", "deck", "outlet"}
    assert [k for k in data if not k.endswith("_span") and k not in header] == [
        f.name for f in attrs.fields(Article) if f.name not in header
    ]
    for field in attrs.fields(Article):
        if field.name not in header and field.name != "text":
            _walk(getattr(article, field.name), data[field.name], field.name)
