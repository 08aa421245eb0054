"""Plain JSON data back into an Article (:meth:`~newsstruct.Article.from_dict`), every key checked.

Data from anywhere (a file, a queue, a hand edit) is read as strictly as
:mod:`newsstruct.serialize` writes it: each key must be known and of the right
type, and each span must index the article's text, or an
:class:`~newsstruct.ArticleDataError` names the wrong key.  Keys
:meth:`~newsstruct.Article.to_dict` leaves out take their defaults; a
top-level ``"source"`` (the command line's record of the file) is accepted and
not kept.

>>> from newsstruct.deserialize import article_from_dict
>>> article_from_dict({"text": "Hello", "headline_span": {"start": 0, "end": 5}}).headline.text
'Hello'
>>> article_from_dict({"text": 5})
Traceback (most recent call last):
...
newsstruct.errors.ArticleDataError: Article.from_dict(): text must be a string, got 5 (int)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from typing import Any, TypeVar, get_args

import attrs

from newsstruct.errors import ArticleDataError
from newsstruct.model import (
    Article,
    Author,
    AuthorKind,
    Boilerplate,
    DateKind,
    Dateline,
    DateMention,
    DateRange,
    Evidence,
    Gender,
    Organization,
    Paragraph,
    ParseWarning,
    Person,
    Published,
    PublishedSource,
    Quote,
    QuoteKind,
    QuoteMarks,
    Region,
    Reported,
    ReportedShape,
    Section,
    Span,
    Speaker,
)
from newsstruct.serialize import HEADER_FIELDS

__all__ = ["article_from_dict"]

T = TypeVar("T")


_Check = Callable[["_Reader", Any, str], Any]


def article_from_dict(data: object) -> Article:
    """The Article that :func:`~newsstruct.serialize.article_to_dict` wrote as ``data``.

    Raises :class:`~newsstruct.ArticleDataError` naming the first wrong key.
    """
    if not isinstance(data, Mapping):
        raise ArticleDataError(
            f"Article.from_dict() takes the dict of Article.to_dict(), got {type(data).__name__}"
        )
    _no_unknown_keys(data, _ARTICLE_KEYS, "the article")
    if "text" not in data:
        raise ArticleDataError("Article.from_dict(): the key 'text' (the article text) is missing")
    reader = _Reader(_string(None, data["text"], "text"))
    if "source" in data:
        _string(reader, data["source"], "source")  # the CLI's record of the file; not kept
    fields: dict[str, Any] = {name: reader.header(data, name) for name in HEADER_FIELDS}
    people = reader.items(Person, data.get("people", []), "people")
    organizations = reader.items(Organization, data.get("organizations", []), "organizations")
    reader.know_speakers(people, organizations)
    fields["sections"] = reader.items(Section, data.get("sections", []), "sections")
    reader.sections = len(fields["sections"])
    for name, cls in _ARTICLE_LISTS.items():
        fields[name] = reader.items(cls, data.get(name, []), name)
    for name, cls in (("dateline", Dateline), ("published", Published), ("region", Region)):
        fields[name] = _optional(_record(cls))(reader, data.get(name), name)
    fields["language"] = _optional(_string)(reader, data.get("language"), "language")
    return Article(text=reader.text, people=people, organizations=organizations, **fields)


class _Reader:
    """Checks and builds the parts of one Article: knows its text, speakers and sections."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.speakers: dict[str, Speaker] = {}
        self.sections = 0

    def record(self, cls: type[T], data: object, path: str) -> T:
        """One ``cls`` from its dict, every key checked; its span checked against the text."""
        checks = _FIELDS[cls]
        if not isinstance(data, Mapping):
            raise _wrong(path, "an object", data)
        _no_unknown_keys(data, checks, path)
        values: dict[str, Any] = {}
        for name, check in checks.items():
            if name in data:
                values[name] = check(self, data[name], f"{path}.{name}")
            elif name in _REQUIRED[cls]:
                raise ArticleDataError(f"Article.from_dict(): {path}: the key {name!r} is missing")
        item = cls(**values)
        if "start" in checks and "text" in checks:
            self.span(values["start"], values["end"], values["text"], path)
        return item

    def items(self, cls: type[T], data: object, path: str) -> tuple[T, ...]:
        """A list of ``cls`` dicts as a tuple."""
        if not isinstance(data, list | tuple):
            raise _wrong(path, "a list", data)
        return tuple(self.record(cls, item, f"{path}[{i}]") for i, item in enumerate(data))

    def span(self, start: int, end: int, text: str | None, path: str) -> Span:
        """``Span(start, end)`` of the article text; ``text``, when given, must be what it holds."""
        if not start <= end <= len(self.text):
            raise ArticleDataError(
                f"Article.from_dict(): {path}: start {start} and end {end} do not fit "
                f"the article text of {len(self.text)} characters"
            )
        found = self.text[start:end]
        if text is not None and found != text:
            raise ArticleDataError(
                f"Article.from_dict(): {path}: the article text at {start}:{end} is "
                f"{_show(found)}, not {_show(text)}"
            )
        return Span(start, end, found)

    def header(self, data: Mapping[str, Any], name: str) -> Span | None:
        """A header field (``headline`` ...): its ``*_span`` position, checked against its string."""
        where, text = data.get(f"{name}_span"), data.get(name)
        text = _optional(_string)(self, text, name)
        if where is None:
            if text is not None:
                raise ArticleDataError(f"Article.from_dict(): {name} is given without {name}_span")
            return None
        if not isinstance(where, Mapping) or set(where) != {"start", "end"}:
            raise _wrong(f"{name}_span", 'an object {"start", "end"} or null', where)
        start = _offset(self, where["start"], f"{name}_span.start")
        return self.span(start, _offset(self, where["end"], f"{name}_span.end"), text, name)

    def know_speakers(self, *groups: tuple[Speaker, ...]) -> None:
        """Let quotes refer to these people and organizations by id."""
        for group in groups:
            for speaker in group:
                if speaker.id in self.speakers:
                    raise ArticleDataError(
                        f"Article.from_dict(): two speakers have id {speaker.id!r}"
                    )
                self.speakers[speaker.id] = speaker


def _speaker(reader: _Reader, value: object, path: str) -> Speaker | None:
    """A quote's ``{"id", "name", "kind"}`` reference: the very Person or Organization."""
    if value is None:
        return None
    if not isinstance(value, Mapping) or not isinstance(value.get("id"), str):
        raise _wrong(path, 'a reference {"id", "name", "kind"} or null', value)
    found = reader.speakers.get(value["id"])
    if found is None:
        raise ArticleDataError(
            f"Article.from_dict(): {path}.id {value['id']!r} is no id in people or organizations"
        )
    return found


def _string(reader: _Reader | None, value: object, path: str) -> str:
    if isinstance(value, str):
        return value
    raise _wrong(path, "a string", value)


def _offset(reader: _Reader | None, value: object, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise _wrong(path, "an integer of 0 or more", value)


def _boolean(reader: _Reader, value: object, path: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _wrong(path, "true or false", value)


def _number(reader: _Reader, value: object, path: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise _wrong(path, "a finite number", value)


def _fraction(reader: _Reader, value: object, path: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    raise _wrong(path, "a number from 0 to 1", value)


def _indexes(reader: _Reader, value: object, path: str) -> tuple[int, ...]:
    """Indexes into ``Article.quotes`` (a mixed statement's quotes)."""
    if not isinstance(value, list):
        raise _wrong(path, "a list of quote indexes", value)
    return tuple(_offset(reader, v, f"{path}[{k}]") for k, v in enumerate(value))


def _section(reader: _Reader, value: object, path: str) -> int | None:
    """A paragraph's section: the index of one of the article's sections, or null."""
    if value is None:
        return None
    index = _offset(reader, value, path)
    if index >= reader.sections:
        raise _wrong(path, f"the index of one of the {reader.sections} sections, or null", value)
    return index


def _choice(options: object) -> _Check:
    allowed = get_args(options)

    def check(reader: _Reader, value: object, path: str) -> object:
        if value in allowed and isinstance(value, str):
            return value
        raise _wrong(path, "one of " + ", ".join(map(repr, allowed)), value)

    return check


def _optional(check: _Check) -> _Check:
    def optional(reader: _Reader, value: object, path: str) -> object:
        return None if value is None else check(reader, value, path)

    return optional


def _record(cls: type) -> _Check:
    def record(reader: _Reader, value: object, path: str) -> object:
        return reader.record(cls, value, path)

    return record


def _listed(cls: type) -> _Check:
    def listed(reader: _Reader, value: object, path: str) -> object:
        return reader.items(cls, value, path)

    return listed


def _wrong(path: str, expected: str, value: object) -> ArticleDataError:
    return ArticleDataError(f"Article.from_dict(): {path} must be {expected}, got {_show(value)}")


def _show(value: object) -> str:
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"{shown} ({type(value).__name__})"


def _no_unknown_keys(data: Mapping[str, Any], known: Collection[str], path: str) -> None:
    for key in data:
        if key not in known:
            raise ArticleDataError(
                f"Article.from_dict(): {path} has an unknown key {key!r}; "
                f"its keys are {', '.join(known)}"
            )


_SPAN: dict[str, _Check] = {"start": _offset, "end": _offset, "text": _string}
_TEXT, _OPTIONAL_TEXT = _string, _optional(_string)
#: How each field of each result type is read; a test keeps these in step with the attrs fields.
_FIELDS: dict[type, dict[str, _Check]] = {
    Span: _SPAN,
    Boilerplate: {**_SPAN, "reason": _TEXT},
    Author: {
        "name": _TEXT, **_SPAN, "outlet": _OPTIONAL_TEXT, "role": _OPTIONAL_TEXT,
        "kind": _choice(AuthorKind),
    },
    Dateline: {**_SPAN, "location": _OPTIONAL_TEXT, "agency": _OPTIONAL_TEXT},
    DateRange: {"first": _TEXT, "last": _TEXT},
    DateMention: {
        **_SPAN, "value": _OPTIONAL_TEXT, "kind": _choice(DateKind),
        "granularity": _OPTIONAL_TEXT, "range": _optional(_record(DateRange)), "rule": _TEXT,
        "quant": _OPTIONAL_TEXT, "freq": _OPTIONAL_TEXT,
    },
    Published: {
        "value": _TEXT, "source": _choice(PublishedSource),
        "mention": _optional(_record(DateMention)), "label": _OPTIONAL_TEXT,
    },
    Section: {"title": _TEXT, **_SPAN},
    Paragraph: {**_SPAN, "section": _section},
    Person: {
        "id": _TEXT, "name": _TEXT, "mentions": _listed(Span), "titles": _listed(Span),
        "organization": _OPTIONAL_TEXT, "country": _OPTIONAL_TEXT, "is_official": _boolean,
        "gender": _optional(_choice(Gender)), "gender_evidence": _listed(Span),
        "nicknames": _listed(Span),
    },
    Organization: {"id": _TEXT, "name": _TEXT, "mentions": _listed(Span)},
    Quote: {
        **_SPAN, "kind": _choice(QuoteKind), "speaker": _speaker, "cue": _optional(_record(Span)),
        "rule": _OPTIONAL_TEXT, "confidence": _fraction, "source": _optional(_record(Span)),
        "marks": _optional(_choice(QuoteMarks)), "evidence": _listed(Evidence),
    },
    Evidence: {"feature": _TEXT, "weight": _number},
    Reported: {
        **_SPAN, "speaker": _speaker, "cue": _optional(_record(Span)),
        "source": _optional(_record(Span)), "rule": _OPTIONAL_TEXT, "confidence": _fraction,
        "evidence": _listed(Evidence), "quotes": _indexes, "shape": _choice(ReportedShape),
    },
    ParseWarning: {"code": _TEXT, "message": _TEXT},
    Region: {"start": _offset, "end": _offset},
}  # fmt: skip
#: The keys each result type cannot do without (fields with no default).
_REQUIRED: dict[type, frozenset[str]] = {
    cls: frozenset(f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING)
    for cls in _FIELDS
}
#: Article fields that are lists of one type, read after people and sections.
_ARTICLE_LISTS: dict[str, type] = {
    "byline": Author, "paragraphs": Paragraph, "boilerplate": Boilerplate,
    "quotes": Quote, "reported": Reported, "dates": DateMention, "warnings": ParseWarning,
}  # fmt: skip
_ARTICLE_KEYS = (
    "source", "text", *(k for name in HEADER_FIELDS for k in (name, f"{name}_span")),
    *(f.name for f in attrs.fields(Article) if f.name not in {"text", *HEADER_FIELDS}),
)  # fmt: skip
