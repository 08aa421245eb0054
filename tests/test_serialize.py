"""Article.to_dict / from_dict: output size and time linear in the article, and
round trips that rebuild equal Articles."""

from __future__ import annotations

import contextlib
import pathlib
import re
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import (
    Article,
    ArticleDataError,
    NewsstructError,
    Person,
    Quote,
    Reported,
    Span,
    parse,
)
from newsstruct.deserialize import _FIELDS
from paths import FIXTURES, ROOT
from strategies import attributed_articles

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
            if not (isinstance(value, Quote | Reported) and name == "speaker"):
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


def _example() -> dict[str, Any]:
    return parse(EXAMPLE.read_text(encoding="utf-8")).to_dict()


def _edited(path: str, value: object) -> dict[str, Any]:
    """The example's data with the value at ``path`` ("quotes.0.start") replaced."""
    data = _example()
    *parents, last = path.split(".")
    here: Any = data
    for key in parents:
        here = here[int(key)] if isinstance(here, list) else here[key]
    if isinstance(here, list):
        here[int(last)] = value
    else:
        here[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("text", 5, "text must be a string, got 5 (int)"),
        ("headline", 7, "headline must be a string"),
        ("headline", "Something else", "headline: the article text at"),
        ("headline_span", {"start": 0}, "headline_span must be"),
        ("quotes.0.start", "3", "quotes[0].start must be an integer"),
        ("quotes.0.start", True, "quotes[0].start must be an integer"),
        ("quotes.0.end", 10**9, "quotes[0]: start"),
        ("quotes.0.text", "nothing like it", "quotes[0]: the article text at"),
        ("quotes.0.kind", "shouted", "quotes[0].kind must be one of 'full'"),
        ("quotes.0.confidence", 2, "quotes[0].confidence must be a number from 0 to 1"),
        ("quotes.0.speaker", {"id": "p99"}, "quotes[0].speaker.id 'p99' is no id"),
        ("quotes.0.speaker", "Linda Okafor", "quotes[0].speaker must be a reference"),
        ("quotes.0.loudness", 3, "quotes[0] has an unknown key 'loudness'"),
        ("people.0.mentions", {}, "people[0].mentions must be a list"),
        ("people.0.mentions.0.end", -1, "people[0].mentions[0].end must be an integer"),
        ("people.0.is_official", "yes", "people[0].is_official must be true or false"),
        ("paragraphs.0.section", 99, "paragraphs[0].section must be the index"),
        ("dates.1.range", [], "dates[1].range must be an object"),
        ("published.source", "rumour", "published.source must be one of"),
        ("byline", None, "byline must be a list"),
        ("qoutes", [], "the article has an unknown key 'qoutes'"),
    ],
)
def test_from_dict_names_the_wrong_key(path: str, value: object, named: str) -> None:
    with pytest.raises(ArticleDataError, match=re.escape(named)):
        Article.from_dict(_edited(path, value))


def test_from_dict_errors_are_newsstruct_type_and_value_errors() -> None:
    for data in ({"text": 5}, {"headline": "x"}, ["text"], {"text": "ab", "dates": [{}]}):
        with pytest.raises(NewsstructError) as info:
            Article.from_dict(data)  # type: ignore[arg-type]
        assert isinstance(info.value, TypeError) and isinstance(info.value, ValueError)
    with pytest.raises(ArticleDataError, match="missing"):
        Article.from_dict({"text": "ab", "dates": [{"start": 0, "end": 1, "text": "a"}]})
    with pytest.raises(ArticleDataError, match="JSON"):
        Article.from_json("{not json")


def test_from_dict_takes_missing_lists_as_empty_and_ignores_the_cli_source() -> None:
    assert Article.from_dict({"text": "Hi"}) == Article(text="Hi")
    data = _example()
    assert Article.from_dict({"source": "a.txt", **data}) == Article.from_dict(data)
    with pytest.raises(ArticleDataError, match="source must be a string"):
        Article.from_dict({"source": 3, **data})


def test_reading_knows_every_field() -> None:
    for cls, checks in _FIELDS.items():
        assert list(checks) == [f.name for f in attrs.fields(cls)], cls.__name__


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


def _places(data: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every key or index path inside ``data``."""
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


@given(attributed_articles().map(lambda a: a.text), st.data())
def test_any_edit_of_the_data_gives_an_article_or_an_article_data_error(
    text: str, data: st.DataObject
) -> None:
    record = parse(text).to_dict()
    *parents, last = data.draw(st.sampled_from(_places(record)))
    here: Any = record
    for key in parents:
        here = here[key]
    here[last] = data.draw(_JSON_VALUES)
    with contextlib.suppress(ArticleDataError):  # anything else is a bug
        Article.from_dict(record)
