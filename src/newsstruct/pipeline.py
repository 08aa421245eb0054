"""The whole pipeline, top to bottom: each stage is a pure function of the text
and the results of the stages before it.

1. segment   -- lines and blocks with offsets          (:mod:`newsstruct.layout.segment`)
2. structure -- header, dateline, body, boilerplate     (:mod:`newsstruct.layout.structure`)
3. quotes    -- direct quotes in the body               (:mod:`newsstruct.quotes.find`)
4. reported  -- reported statements in the headline and the body
                                                        (:mod:`newsstruct.reported.headline`,
                                                         :mod:`newsstruct.reported.find`)
5. people    -- people and officials, then the speakers of quotes and reported
                statements, in text order, then each person's gender from the
                article's words                         (:mod:`newsstruct.people.find`,
                                                         :mod:`newsstruct.speakers.attribute`,
                                                         :mod:`newsstruct.people.genders`)
6. dates     -- date expressions, resolved against the publication date
                                                        (:mod:`newsstruct.dates`)
7. language  -- a guess from function words; a warning when not English
                                                        (:mod:`newsstruct.language`)

The stages run with Python's cyclic garbage collector paused when the
caller has no other threads: they build no reference cycles (a test checks
it), so the collector would only walk the growing results again and again,
which costs a tenth of the time on a megabyte of text.  Reference counting
still frees everything at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
from collections.abc import Iterator
from typing import Any

import attrs

from newsstruct import dates, language, layout, people, quotes, reported, speakers
from newsstruct.config import Config
from newsstruct.inputs import check_text, coerce_published
from newsstruct.layout.printed_dates import is_update
from newsstruct.model import Article, Published
from newsstruct.text.view import Spacing, plain_spaces, rebase, single_spaced

__all__ = ["run"]


def run(
    text: object,
    published: object,
    config: Config,
    *,
    headline_at: int | None = None,
    byline_at: int | None = None,
    metadata_published: dt.date | None = None,
) -> Article:
    """Parse ``text`` into an :class:`Article` (see :func:`newsstruct.parse`).

    From HTML: ``headline_at`` and ``byline_at`` are the offsets of lines
    known to be the headline and the byline, ``metadata_published`` the page's
    date, used when neither the caller nor the text gives one.
    """
    original = check_text(text, config)
    given = coerce_published(published)
    with _collector_paused():
        return _run(original, given, config, headline_at, byline_at, metadata_published)


def _run(
    original: str,
    given: dt.date | None,
    config: Config,
    headline_at: int | None,
    byline_at: int | None,
    metadata_published: dt.date | None,
) -> Article:
    checked, spacing = single_spaced(plain_spaces(original))  # most often the input itself
    structure = _structure(checked, original, spacing, config, headline_at, byline_at)
    publication = _publication(given, structure, metadata_published)
    reference = None if publication is None else dt.date.fromisoformat(publication.value[:10])
    found_people = people.find_people(checked, structure.content)
    found_quotes = quotes.with_transcripts(
        checked,
        structure.paragraphs,
        quotes.find_quotes(checked, structure.paragraphs),
        frozenset(p.name for p in found_people),
    )
    found_reported = reported.headline_statements(
        checked, structure.header.headline, frozenset(p.name for p in found_people)
    ) + reported.find_reported(
        checked,
        tuple((p.start, p.end) for p in structure.paragraphs),
        tuple((q.start, q.end) for q in found_quotes if q.kind != "term"),
        tuple((q.start, q.end) for q in found_quotes),
    )
    gendered_words = people.text_evidence(checked, found_people)
    attribution = speakers.attribute_quotes(
        checked,
        structure.paragraphs,
        found_quotes,
        people.read_genders(checked, found_people, (), gendered_words),  # "she" not "her father"
        reported=found_reported,
    )
    gendered = people.read_genders(
        checked, found_people, (*attribution.quotes, *attribution.reported), gendered_words
    )
    found_dates = dates.find_dates(checked, structure.content, reference)
    body = [p.text for p in structure.paragraphs] or [checked]
    guessed, warnings = language.read_language(body)

    article = Article(
        text=checked,
        **structure.header.article_fields(),
        dateline=structure.dateline,
        published=publication,
        sections=structure.sections,
        paragraphs=structure.paragraphs,
        boilerplate=structure.boilerplate,
        region=structure.region,
        quotes=_pointing_at(attribution.quotes, gendered),
        reported=_pointing_at(attribution.reported, gendered),
        people=gendered,
        organizations=attribution.organizations,
        dates=found_dates,
        language=guessed,
        warnings=warnings,
    )
    return article if checked is original else _rebased(article, original, spacing)


def _structure(
    checked: str,
    original: str,
    spacing: Spacing | None,
    config: Config,
    headline_at: int | None,
    byline_at: int | None,
) -> layout.Structure:
    """The layout of the view ``checked`` (the lines known from HTML moved into it)."""
    if spacing is not None:
        headline_at, byline_at = spacing.at_view(headline_at), spacing.at_view(byline_at)
        original = spacing.seen(original)  # blank lines are judged on what the input holds
    lines = layout.split_lines(checked, original=original)
    return layout.read_structure(
        checked, lines, config, headline_at=headline_at, byline_at=byline_at
    )


def _rebased(article: Article, original: str, spacing: Spacing | None) -> Article:
    """The article with every span moved back to ``original`` and its text read there
    (see :mod:`newsstruct.text.view`)."""
    people = rebase(article.people, original, spacing)
    organizations = rebase(article.organizations, original, spacing)
    by_id = {s.id: s for s in (*people, *organizations)}
    fields: dict[str, Any] = {
        f.name: rebase(getattr(article, f.name), original, spacing)
        for f in attrs.fields(Article)
        if f.name not in {"text", "people", "organizations", *_SPOKEN}
    }
    for name in _SPOKEN:
        fields[name] = _respoken(getattr(article, name), original, by_id, spacing)
    return Article(text=original, people=people, organizations=organizations, **fields)


#: The Article fields whose items point at a speaker.
_SPOKEN = ("quotes", "reported")


def _respoken(
    items: tuple[Any, ...], original: str, by_id: dict[str, Any], spacing: Spacing | None
) -> tuple[Any, ...]:
    """``items`` moved back to ``original``, each pointing at the moved speaker."""
    bare = rebase(tuple(attrs.evolve(i, speaker=None) for i in items), original, spacing)
    return tuple(
        attrs.evolve(i, speaker=None if old.speaker is None else by_id[old.speaker.id])
        for i, old in zip(bare, items, strict=True)
    )


def _pointing_at(items: tuple[Any, ...], people: tuple[Any, ...]) -> tuple[Any, ...]:
    """``items`` whose speaker is a person pointing at that person in ``people`` (the
    same ids, with their gender read after attribution)."""
    by_id = {p.id: p for p in people}
    return tuple(
        attrs.evolve(i, speaker=by_id[i.speaker.id])
        if i.speaker is not None and by_id.get(i.speaker.id, i.speaker) is not i.speaker
        else i  # the same object: no gender was read for the speaker
        for i in items
    )


def _publication(
    given: dt.date | None, structure: layout.Structure, metadata: dt.date | None
) -> Published | None:
    """The caller's date wins, then the date printed in the header, then page metadata;
    a printed update date ("Updated: ...") yields to the page's publication metadata."""
    if given is not None:
        return Published(value=given.isoformat(), source="caller")
    printed = structure.header.printed_date
    if metadata is None or (printed is not None and not is_update(printed)):
        return printed
    return Published(value=metadata.isoformat(), source="metadata")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and restore it as it was (also on error).

    Only when the caller's thread is the only one: the collector is shared by
    the whole process, and threads pausing and restoring it in turn could leave
    it off (one thread would see it paused by another and keep it that way).
    """
    if threading.active_count() > 1 or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
