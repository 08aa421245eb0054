"""The frozen result types.

Every item that comes from the text carries ``text``, ``start`` and ``end`` with
``article.text[item.start:item.end] == item.text``; normalised values (a
person's canonical ``name``, a date's ``value``) sit next to the raw text they
came from.  All collections are tuples, so an :class:`Article` is hashable and
safe to share between threads.

>>> from newsstruct.model import Span
>>> text = "WASHINGTON — Officials met."
>>> s = Span.of(text, 0, 10)
>>> s.text, text[s.start:s.end] == s.text
('WASHINGTON', True)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

import attrs

__all__ = [
    "Article",
    "Author",
    "Boilerplate",
    "DateMention",
    "DateRange",
    "Dateline",
    "Organization",
    "Paragraph",
    "Person",
    "Published",
    "Quote",
    "Region",
    "Section",
    "Span",
    "Speaker",
]

QuoteKind = Literal["full", "partial", "block", "term"]
QuoteMarks = Literal["curly", "straight", "guillemets", "mixed", "single", "unbalanced", "block"]
DateKind = Literal["date", "time", "duration", "set", "vague"]
PublishedSource = Literal["caller", "text", "metadata"]

T = TypeVar("T")


@attrs.frozen
class Span:
    """A stretch of the input: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])


@attrs.frozen
class Boilerplate:
    """A line removed from the body (weather, "Read More", share prompts, ...).

    ``reason`` names the rule that removed it, e.g. ``"lexicon"``, ``"repeated-line"``,
    or where it stood on a pasted page: ``"navigation"``, ``"interface"``, ``"promotion"``.
    """

    start: int
    end: int
    text: str
    reason: str


@attrs.frozen
class Region:
    """Where the article stands in the input: from its header's first line to the end of
    its last paragraph.  Everything around it on a pasted page is boilerplate."""

    start: int
    end: int


@attrs.frozen
class Author:
    """One author of the byline.

    ``name`` is the name as printed with whitespace tidied; ``text``/``start``/``end``
    locate it.  ``outlet`` and ``role`` are given when the byline states them
    ("Associated Press", "Staff Writer").
    """

    name: str
    start: int
    end: int
    text: str
    outlet: str | None = None
    role: str | None = None


@attrs.frozen
class Dateline:
    """The place (and agency) that opens the first paragraph: ``HAYWARD, Calif. (AP) —``.

    ``text`` is the whole dateline including the dash; ``location`` and
    ``agency`` are its parts (either may be ``None``: ``(CNN) —`` has no location).
    """

    start: int
    end: int
    text: str
    location: str | None
    agency: str | None


@attrs.frozen
class DateRange:
    """First and last calendar day (ISO ``YYYY-MM-DD``) a date value covers."""

    first: str
    last: str


@attrs.frozen
class DateMention:
    """A date, time, duration or vague temporal expression found in the text.

    ``value`` is a TIMEX3 value (``2024-04-18``, ``2024-W15``, ``2024-FA``,
    ``P3D``, ``PAST_REF``; ``X`` placeholders where no reference date resolves
    it), ``granularity`` its unit (``"day"``, ``"month"``, ...), ``range`` the days it
    covers and ``rule`` the grammar rule that recognised it.
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: DateKind = "date"
    granularity: str | None = None
    range: DateRange | None = None
    rule: str = ""


@attrs.frozen
class Published:
    """When the article was published, and where that came from.

    ``source`` is ``"caller"`` (the ``published=`` argument), ``"text"`` (a date
    printed in the header, then ``mention`` locates it) or ``"metadata"`` (HTML
    metadata).  ``label`` is the printed lead-in (``"Updated"``, ``"Published"``).
    """

    value: str
    source: PublishedSource
    mention: DateMention | None = None
    label: str | None = None


@attrs.frozen
class Section:
    """An in-body heading; paragraphs after it point to it by index."""

    title: str
    start: int
    end: int
    text: str


@attrs.frozen
class Paragraph:
    """A body paragraph; ``section`` is the index of its section in ``Article.sections``."""

    start: int
    end: int
    text: str
    section: int | None = None


@attrs.frozen
class Person:
    """A person named in the article, all mentions clustered into one.

    ``name`` is the fullest form the text gives, with typographic apostrophes
    made plain (``O'Neill`` whichever way it was typed; the ``mentions`` keep the
    text as written); ``titles`` are the titles as
    written ("Secretary of State", "spokesman"); ``organization`` and ``country``
    are given where the text states them.  ``id`` (``"p1"``, ``"p2"`` ...) is what
    quotes use to point at their speaker in JSON.
    """

    id: str
    name: str
    mentions: tuple[Span, ...] = ()
    titles: tuple[Span, ...] = ()
    organization: str | None = None
    country: str | None = None
    is_official: bool = False


@attrs.frozen
class Organization:
    """A body or document that speaks: a ministry, a company, "the statement"."""

    id: str
    name: str
    mentions: tuple[Span, ...] = ()


Speaker = Person | Organization


@attrs.frozen
class Quote:
    """A direct quote: the words inside the marks (or a block quote after a colon).

    ``speaker`` is the very :class:`Person` (or :class:`Organization`) object of
    ``Article.people`` (``Article.organizations``), or ``None`` when no rule is
    sure; ``cue`` is the speech cue that attributed it ("said", "told CNN"),
    ``rule`` names the attribution rule (``"said-after"``), ``confidence`` is in [0, 1].
    ``source`` is the pronoun or descriptor that stood for the speaker at the cue
    ("she", "the spokesman") when the speaker was not named there.  When those
    words name no one the article identifies ("a friend", "the mayor" with no
    mayor named, an unresolved "they"), ``speaker`` is ``None`` and ``cue``,
    ``rule`` and ``source`` still say who spoke, as the text puts it
    (``confidence`` 0).
    ``marks`` says how the quote was delimited: ``"curly"``, ``"straight"``,
    ``"guillemets"``, ``"mixed"`` (“ ... "), ``"single"``, ``"unbalanced"`` (a mark
    is missing: the quote opens at its paragraph start or ends at its paragraph
    end or at the next opening mark) or ``"block"`` (no marks, after a colon).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind = "full"
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None
    confidence: float = 0.0
    source: Span | None = None
    marks: QuoteMarks | None = None


@attrs.frozen
class Article:
    """Everything newsstruct found in one article.

    ``text`` is the exact input; every span indexes it.  Header fields
    (``headline``, ``kicker``, ``deck``, ``outlet``) are :class:`Span` objects;
    in :meth:`to_dict` they become plain strings with a ``*_span`` companion
    (``{"start": ..., "end": ...}``).
    """

    text: str
    headline: Span | None = None
    kicker: Span | None = None
    deck: Span | None = None
    byline: tuple[Author, ...] = ()
    outlet: Span | None = None
    dateline: Dateline | None = None
    published: Published | None = None
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    region: Region | None = None
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def officials(self) -> tuple[Person, ...]:
        """The people who hold or held public office."""
        return tuple(p for p in self.people if p.is_official)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (dateline and boilerplate left out)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` turns it back into an equal Article."""
        out: dict[str, Any] = {"text": self.text}
        for name in _HEADER_FIELDS:
            span: Span | None = getattr(self, name)
            out[name] = None if span is None else span.text
            out[f"{name}_span"] = None if span is None else {"start": span.start, "end": span.end}
        for field in attrs.fields(Article):
            if field.name not in out:
                out[field.name] = _unstructure(getattr(self, field.name))
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output."""
        text: str = data["text"]
        header: dict[str, Span | None] = {}
        for name in _HEADER_FIELDS:
            where = data.get(f"{name}_span")
            header[name] = None if where is None else Span.of(text, where["start"], where["end"])
        people: tuple[Person, ...] = tuple(_structure(Person, p) for p in data.get("people", ()))
        organizations: tuple[Organization, ...] = tuple(
            _structure(Organization, o) for o in data.get("organizations", ())
        )
        by_id: dict[str, Speaker] = {p.id: p for p in people}
        by_id.update((o.id, o) for o in organizations)
        quotes = tuple(_quote_from_dict(q, by_id) for q in data.get("quotes", ()))
        return cls(
            text=text,
            **header,
            byline=tuple(_structure(Author, a) for a in data.get("byline", ())),
            dateline=_optional(Dateline, data.get("dateline")),
            published=_optional(Published, data.get("published")),
            sections=tuple(_structure(Section, s) for s in data.get("sections", ())),
            paragraphs=tuple(_structure(Paragraph, p) for p in data.get("paragraphs", ())),
            boilerplate=tuple(_structure(Boilerplate, b) for b in data.get("boilerplate", ())),
            region=_optional(Region, data.get("region")),
            quotes=quotes,
            people=people,
            organizations=organizations,
            dates=tuple(_structure(DateMention, d) for d in data.get("dates", ())),
        )

    @classmethod
    def from_json(cls, data: str) -> Article:
        """Rebuild an Article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(data))


_HEADER_FIELDS = ("headline", "kicker", "deck", "outlet")


def _unstructure(value: Any) -> Any:
    """Attrs instances to dicts, tuples to lists; a quote's speaker to a reference."""
    if isinstance(value, Quote):
        out = {f.name: _unstructure(getattr(value, f.name)) for f in attrs.fields(Quote)}
        out["speaker"] = _speaker_ref(value.speaker)
        return out
    if attrs.has(type(value)):
        return {f.name: _unstructure(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple | list):
        return [_unstructure(v) for v in value]
    return value


def _speaker_ref(speaker: Speaker | None) -> dict[str, str] | None:
    if speaker is None:
        return None
    kind = "person" if isinstance(speaker, Person) else "organization"
    return {"id": speaker.id, "name": speaker.name, "kind": kind}


# Fields whose values are nested result types; everything else is a plain value.
_NESTED: dict[str, type] = {
    "mentions": Span, "titles": Span, "range": DateRange, "cue": Span, "source": Span,
    "mention": DateMention,
}  # fmt: skip


def _structure(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build ``cls`` from its :func:`_unstructure` dict (no speaker references inside)."""
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
        if field.name not in data:
            continue
        value = data[field.name]
        nested = _NESTED.get(field.name)
        if nested is not None and isinstance(value, list):
            value = tuple(_structure(nested, v) for v in value)
        elif nested is not None and isinstance(value, Mapping):
            value = _structure(nested, value)
        kwargs[field.name] = value
    return cls(**kwargs)


def _optional(cls: type[T], data: Mapping[str, Any] | None) -> T | None:
    return None if data is None else _structure(cls, data)


def _quote_from_dict(data: Mapping[str, Any], speakers: Mapping[str, Speaker]) -> Quote:
    ref = data.get("speaker")
    fields = {k: v for k, v in data.items() if k != "speaker"}
    quote = _structure(Quote, fields)
    return attrs.evolve(quote, speaker=None if ref is None else speakers[ref["id"]])
