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
from typing import Any, Literal

import attrs

__all__ = [
    "Article",
    "Author",
    "Boilerplate",
    "DateMention",
    "DateRange",
    "Dateline",
    "Evidence",
    "Gender",
    "Organization",
    "Paragraph",
    "ParseWarning",
    "Person",
    "Published",
    "Quote",
    "QuoteKind",
    "QuoteMarks",
    "Region",
    "Reported",
    "ReportedShape",
    "Section",
    "Span",
    "Speaker",
]

DateKind = Literal["date", "time", "duration", "set", "vague"]
PublishedSource = Literal["caller", "text", "metadata"]
AuthorKind = Literal["person", "desk", "organization"]
Gender = Literal["female", "male"]


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
    ("Associated Press", "Staff Writer").  ``kind`` tells a person from a credit kept
    when the byline names no one: a desk (``"desk"``: "Staff", "Sports Desk") or an
    outlet or other body (``"organization"``: "Reuters", "THE DAILY TIMES")."""

    name: str
    start: int
    end: int
    text: str
    outlet: str | None = None
    role: str | None = None
    kind: AuthorKind = "person"


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
    covers and ``rule`` the grammar rule that recognised it.  A set (``kind == "set"``)
    carries TIMEX3's ``quant`` (``"EVERY"`` for "every week", ``"EACH"`` for "each July")
    and ``freq`` (``"2X"`` for "twice a week"), None where the text says neither.
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: DateKind = "date"
    granularity: str | None = None
    range: DateRange | None = None
    rule: str = ""
    quant: str | None = None
    freq: str | None = None


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
    quotes use to point at their speaker in JSON.  ``gender`` is ``"female"``,
    ``"male"`` or None, only from what the article says (an honorific, a gendered
    title word, a pronoun resolved to the person), never from the given name;
    ``gender_evidence`` holds those words (see ``newsstruct.people.genders``).
    A nickname in quote marks inside a name (``Lorne “Buzz” Hnatyshyn``) stays out of
    ``name`` ("Lorne Hnatyshyn") and is kept, as written, in ``nicknames``.
    """

    id: str
    name: str
    mentions: tuple[Span, ...] = ()
    titles: tuple[Span, ...] = ()
    organization: str | None = None
    country: str | None = None
    is_official: bool = False
    gender: Gender | None = None
    gender_evidence: tuple[Span, ...] = ()
    nicknames: tuple[Span, ...] = ()


@attrs.frozen
class Organization:
    """A body or document that speaks: a ministry, a company, "the statement"."""

    id: str
    name: str
    mentions: tuple[Span, ...] = ()


Speaker = Person | Organization

from newsstruct.statements import (  # noqa: E402  (they point at Person and Organization)
    Evidence,
    Quote,
    QuoteKind,
    QuoteMarks,
    Reported,
    ReportedShape,
)


@attrs.frozen
class ParseWarning:
    """Something to know about how the article was read, e.g. that it does not look English.

    ``code`` is a stable identifier to test for (``"not-english"``: newsstruct
    reads English, and this text looks like another language, so bylines,
    speakers and dates may be missed); ``message`` says it in words for a person.
    Later versions may add codes.
    """

    code: str
    message: str


#: Longest headline :func:`repr` of an Article shows in full.


@attrs.frozen
class Article:
    """Everything newsstruct found in one article.

    ``text`` is the exact input; every span indexes it.  Header fields
    (``headline``, ``kicker``, ``deck``, ``outlet``) are :class:`Span` objects;
    in :meth:`to_dict` they become plain strings with a ``*_span`` companion
    (``{"start": ..., "end": ...}``).

    ``language`` is a guess from common function words (ISO 639-1: ``"en"``,
    ``"fr"``, ``"es"``, ``"de"``, ``"it"``, ``"pt"``, ``"nl"``), ``None`` when the text
    is too short to tell or matches none of them.  newsstruct reads English;
    ``warnings`` says so (:class:`ParseWarning` ``"not-english"``) when the text
    does not look English, and says where the input could not be read in full as
    given (``"html-too-deep"``: HTML nested deeper than its parser reads).
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
    reported: tuple[Reported, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    dates: tuple[DateMention, ...] = ()
    language: str | None = None
    warnings: tuple[ParseWarning, ...] = ()

    def __repr__(self) -> str:
        """A one-line summary (the fields in full would be several times the text).

        >>> Article(text="Plan approved\\n\\nThe council approved it.",
        ...         headline=Span(0, 13, "Plan approved"))
        <Article 'Plan approved': 39 chars, 0 paragraphs, 0 quotes, 0 people, 0 dates>
        """
        from newsstruct.serialize import summary  # imports this module

        return summary(self)

    @property
    def statements(self) -> tuple[Quote | Reported, ...]:
        """Every attributed statement, quotes and reported speech, in text order (what a
        count of who is quoted reads); a quoted term (a nickname, a title, a scare quote:
        ``kind`` "term") is no statement and stays in ``quotes`` only."""
        said: list[Quote | Reported] = [q for q in self.quotes if q.kind != "term"]
        said.extend(self.reported)
        return tuple(sorted(said, key=lambda s: (s.start, s.end)))

    @property
    def officials(self) -> tuple[Person, ...]:
        """The people who hold or held public office."""
        return tuple(p for p in self.people if p.is_official)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (dateline and boilerplate left out)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; :meth:`from_dict` turns it back into an equal Article.

        A quote's ``speaker`` is a reference ``{"id", "name", "kind"}`` into
        ``people`` or ``organizations`` (see ``newsstruct.serialize``).
        """
        from newsstruct.serialize import article_to_dict  # imports this module

        return article_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """A self-contained HTML page of the annotated article (see :doc:`/view`)."""
        from newsstruct.view import to_html  # loaded only when a page is asked for

        return to_html(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output.

        Every key is checked (see ``newsstruct.deserialize``): a missing,
        unknown or mistyped key, or a span that does not index ``text``, raises
        :class:`~newsstruct.ArticleDataError` naming it.  A top-level
        ``"source"`` (added by the ``newsstruct`` command) is accepted and ignored.

        >>> import newsstruct
        >>> newsstruct.Article.from_dict({"text": 5})
        Traceback (most recent call last):
        ...
        newsstruct.errors.ArticleDataError: Article.from_dict(): text must be a string, got 5 (int)
        """
        from newsstruct.deserialize import article_from_dict  # imports this module

        return article_from_dict(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Rebuild an Article from :meth:`to_json` output (checked as :meth:`from_dict` checks)."""
        from newsstruct.errors import ArticleDataError

        try:
            loaded = json.loads(data)
        except (TypeError, ValueError) as exc:
            raise ArticleDataError(f"Article.from_json() takes a JSON string: {exc}") from exc
        return cls.from_dict(loaded)
