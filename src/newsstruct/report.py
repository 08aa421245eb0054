"""A readable plain-text report of an :class:`~newsstruct.Article` (the CLI's ``text`` format).

>>> import newsstruct
>>> print(render(newsstruct.parse("Plan approved\\n\\nBy Jane Doe, Reuters\\n\\n"
...     "LONDON — The council approved the harbour plan after a long debate on Monday.")))
Headline:  Plan approved
Byline:    Jane Doe (Reuters)
Dateline:  LONDON
Body:      1 paragraph, 12 words
Dates (1):
  - 'Monday' -> XXXX-WXX-1
"""

from __future__ import annotations

from newsstruct.model import Article, Author, Person, Quote, Span

__all__ = ["render"]

_WIDTH = 11


def render(article: Article) -> str:
    """The article's warnings, structure, quotes, people and dates as aligned text lines."""
    lines: list[str] = []
    for warning in article.warnings:
        _field(lines, "Warning", warning.message)
    _field(lines, "Kicker", _text(article.kicker))
    _field(lines, "Headline", _text(article.headline))
    _field(lines, "Deck", _text(article.deck))
    _field(lines, "Byline", ", ".join(_author(a) for a in article.byline))
    if not article.byline and article.outlet is not None:
        _field(lines, "Outlet", article.outlet.text)
    if article.dateline is not None:
        _field(lines, "Dateline", _join(article.dateline.location, article.dateline.agency))
    if article.published is not None:
        label = f" ({article.published.source})"
        _field(lines, "Published", article.published.value + label)
    for section in article.sections:
        _field(lines, "Section", section.title)
    words = sum(len(p.text.split()) for p in article.paragraphs)
    count = len(article.paragraphs)
    _field(lines, "Body", f"{count} paragraph{'s' * (count != 1)}, {words} words")
    _block(lines, "Quotes", [_quote(q) for q in article.quotes])
    _block(lines, "People", [_person(p) for p in article.people])
    _block(lines, "Dates", [f"{d.text!r} -> {d.value}" for d in article.dates])
    return "\n".join(lines)


def _field(lines: list[str], label: str, value: str | None) -> None:
    if value:
        lines.append(f"{label + ':':<{_WIDTH}}{value}")


def _block(lines: list[str], title: str, items: list[str]) -> None:
    if items:
        lines.append(f"{title} ({len(items)}):")
        lines.extend(f"  - {item}" for item in items)


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _join(*parts: str | None) -> str:
    return " / ".join(p for p in parts if p)


def _author(author: Author) -> str:
    kind = None if author.kind == "person" else author.kind
    extra = _join(kind, author.role, author.outlet)
    return f"{author.name} ({extra})" if extra else author.name


def _quote(quote: Quote) -> str:
    if quote.speaker is not None:
        speaker = quote.speaker.name
    elif quote.source is not None:  # a pronoun or descriptor no person was found for
        speaker = f"({quote.source.text}, unresolved)"
    else:
        speaker = "(no speaker)"
    role = ""
    if isinstance(quote.speaker, Person) and quote.speaker.titles:
        role = f", {quote.speaker.titles[0].text}"
    text = quote.text if len(quote.text) <= 100 else quote.text[:97] + "..."
    return f"{speaker}{role} [{quote.kind}]: “{text}”"


def _person(person: Person) -> str:
    details = _join(", ".join(t.text for t in person.titles), person.organization or person.country)
    official = " (official)" if person.is_official else ""
    return f"{person.name}{official}" + (f": {details}" if details else "")
