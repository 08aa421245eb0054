"""Articles to plain JSON data (:meth:`~newsstruct.Article.to_dict`); :mod:`newsstruct.deserialize`
reads it back.

Output is one hand-written function per result type, each building its dict
in one expression.  A quote's speaker becomes a reference
(``{"id", "name", "kind"}``) into ``people`` or ``organizations``, so each
person's mentions are written once however often they are quoted: the output
grows linearly with the article.

cattrs (attrs' sibling project for exactly this job) was measured against
these functions on the same Articles (a 118 to 476 KB briefing transcript, the
bundled and seed articles) and is not faster: its generated ``to_dict`` takes
1.0x to 1.5x the time, ``to_json`` the same within timer noise (``json.dumps``
dominates), and importing it adds 26 to 77 ms; see the CHANGELOG.

>>> import newsstruct
>>> data = article_to_dict(newsstruct.parse("Plan approved\\n\\n“Yes,” Jane Doe said."))
>>> data["headline"], data["quotes"][0]["speaker"]
('Plan approved', {'id': 'p1', 'name': 'Jane Doe', 'kind': 'person'})
"""

from __future__ import annotations

from typing import Any

from newsstruct.model import (
    Article,
    Author,
    DateMention,
    Organization,
    Person,
    Published,
    Quote,
    Reported,
    Span,
    Speaker,
)

__all__ = ["HEADER_FIELDS", "article_to_dict", "summary"]

#: The headline in ``repr(article)`` is cut to this many characters.
_REPR_HEADLINE = 60

#: Article fields that are a :class:`Span` in Python and a string plus a
#: ``*_span`` position (``{"start", "end"}``) in JSON.
HEADER_FIELDS = ("headline", "kicker", "deck", "outlet")


def article_to_dict(article: Article) -> dict[str, Any]:
    """The JSON data of ``article``, keys in field order (see :meth:`Article.to_dict`)."""
    out: dict[str, Any] = {"text": article.text}
    for name in HEADER_FIELDS:
        span: Span | None = getattr(article, name)
        out[name] = None if span is None else span.text
        out[f"{name}_span"] = None if span is None else {"start": span.start, "end": span.end}
    dateline = article.dateline
    out["byline"] = [_author(a) for a in article.byline]
    out["dateline"] = None if dateline is None else {
        "start": dateline.start, "end": dateline.end, "text": dateline.text,
        "location": dateline.location, "agency": dateline.agency,
    }  # fmt: skip
    out["published"] = None if article.published is None else _published(article.published)
    out["sections"] = [
        {"title": s.title, "start": s.start, "end": s.end, "text": s.text} for s in article.sections
    ]
    out["paragraphs"] = [
        {"start": p.start, "end": p.end, "text": p.text, "section": p.section}
        for p in article.paragraphs
    ]
    out["boilerplate"] = [
        {"start": b.start, "end": b.end, "text": b.text, "reason": b.reason}
        for b in article.boilerplate
    ]
    region = article.region
    out["region"] = None if region is None else {"start": region.start, "end": region.end}
    out["quotes"] = [_quote(q) for q in article.quotes]
    out["reported"] = [_reported(r) for r in article.reported]
    out["people"] = [_person(p) for p in article.people]
    out["organizations"] = [_organization(o) for o in article.organizations]
    out["dates"] = [_date(d) for d in article.dates]
    out["language"] = article.language
    out["warnings"] = [{"code": w.code, "message": w.message} for w in article.warnings]
    return out


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _optional_span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _author(author: Author) -> dict[str, Any]:
    return {
        "name": author.name, "start": author.start, "end": author.end, "text": author.text,
        "outlet": author.outlet, "role": author.role, "kind": author.kind,
    }  # fmt: skip


def _date(date: DateMention) -> dict[str, Any]:
    covered = date.range
    return {
        "start": date.start, "end": date.end, "text": date.text, "value": date.value,
        "kind": date.kind, "granularity": date.granularity,
        "range": None if covered is None else {"first": covered.first, "last": covered.last},
        "rule": date.rule, "quant": date.quant, "freq": date.freq,
    }  # fmt: skip


def _published(published: Published) -> dict[str, Any]:
    mention = published.mention
    return {
        "value": published.value, "source": published.source,
        "mention": None if mention is None else _date(mention), "label": published.label,
    }  # fmt: skip


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "start": quote.start, "end": quote.end, "text": quote.text, "kind": quote.kind,
        "speaker": _speaker_ref(quote.speaker), "cue": _optional_span(quote.cue),
        "rule": quote.rule, "confidence": quote.confidence,
        "source": _optional_span(quote.source), "marks": quote.marks,
        "evidence": [{"feature": e.feature, "weight": e.weight} for e in quote.evidence],
    }  # fmt: skip


def _reported(reported: Reported) -> dict[str, Any]:
    return {
        "start": reported.start, "end": reported.end, "text": reported.text,
        "speaker": _speaker_ref(reported.speaker), "cue": _optional_span(reported.cue),
        "source": _optional_span(reported.source), "rule": reported.rule,
        "confidence": reported.confidence,
        "evidence": [{"feature": e.feature, "weight": e.weight} for e in reported.evidence],
        "quotes": list(reported.quotes), "shape": reported.shape,
    }  # fmt: skip


def summary(article: Article) -> str:
    """The one-line ``repr`` of an Article (its fields in full would be several times the text)."""
    headline = None if article.headline is None else article.headline.text
    if headline is not None and len(headline) > _REPR_HEADLINE:
        headline = headline[: _REPR_HEADLINE - 3] + "..."
    counts = ", ".join(
        f"{len(items)} {name}"
        for name, items in (
            ("paragraphs", article.paragraphs), ("quotes", article.quotes),
            ("people", article.people), ("dates", article.dates),
        )
    )  # fmt: skip
    count = len(article.warnings)
    noted = f", {count} warning{'s' * (count != 1)}" if count else ""
    return f"<Article {headline!r}: {len(article.text):,} chars, {counts}{noted}>"


def _speaker_ref(speaker: Speaker | None) -> dict[str, str] | None:
    """A reference to the speaker, never the speaker with all their mentions."""
    if speaker is None:
        return None
    kind = "person" if isinstance(speaker, Person) else "organization"
    return {"id": speaker.id, "name": speaker.name, "kind": kind}


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id, "name": person.name,
        "mentions": [_span(m) for m in person.mentions],
        "titles": [_span(t) for t in person.titles],
        "organization": person.organization, "country": person.country,
        "is_official": person.is_official, "gender": person.gender,
        "gender_evidence": [_span(e) for e in person.gender_evidence],
        "nicknames": [_span(n) for n in person.nicknames],
    }  # fmt: skip


def _organization(organization: Organization) -> dict[str, Any]:
    return {
        "id": organization.id,
        "name": organization.name,
        "mentions": [_span(m) for m in organization.mentions],
    }
