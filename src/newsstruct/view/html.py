"""The annotated HTML view of articles: one self-contained page, nothing fetched.

The page shows the headline block, the article text exactly as given with
quotes, reported statements, cues, names, dates and removed lines marked, and a
side panel of people, statements and dates.  Everything from the input is escaped, and the
page's Content-Security-Policy admits only the view's own style and script.

>>> import newsstruct
>>> page = to_html(newsstruct.parse("Plan approved\\n\\nLONDON — “It is done,” said Mayor "
...     "Jane Doe of the council after the long vote & a <b>debate</b> on Monday."))
>>> page.startswith("<!doctype html>"), "&lt;b&gt;debate&lt;/b&gt;" in page, "<b>" in page
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

from newsstruct._version import __version__
from newsstruct.model import Article, Published, Span, Speaker
from newsstruct.view import assets
from newsstruct.view.markup import Mark, escape, markup
from newsstruct.view.nesting import drawn
from newsstruct.view.panel import colour_class, panel, statement_id
from newsstruct.view.statements import Statement, statements

__all__ = ["PUBLISHED_SOURCE", "page", "to_html"]

# Nesting layers of the marks in the text: statements are never split (they nest: see
# view.nesting), and a reported statement holds a quote over the same words.
_STATEMENT, _STRUCTURE, _INLINE = 0, 1, 2
_OUTSIDE, _INSIDE = 0, 1

#: How the headline block says where the publication date came from.
PUBLISHED_SOURCE = {
    "caller": "given when parsing",
    "text": "printed in the article",
    "metadata": "from the page's metadata",
}


class _Located(Protocol):
    """Anything that covers ``text[start:end]``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_LEGEND = (
    ("key-quote", "quote, labelled with its speaker"),
    ("key-reported", "reported statement (no quote marks around it), labelled with its speaker"),
    ("key-unattributed", "statement with no speaker found"),
    ("key-cue", "speech cue"),
    ("key-mention", "name of a person"),
    ("key-date", "date (hover for its value)"),
    ("key-removed", "line removed as boilerplate"),
)


def to_html(article: Article, *, name: str | None = None) -> str:
    """A self-contained HTML page of one annotated article (``name``: its file, if any)."""
    return page([(name, article)])


def page(documents: Sequence[tuple[str | None, Article]]) -> str:
    """One HTML page showing every ``(name, article)`` pair in turn."""
    title = _page_title(documents)
    body = "".join(_document(f"d{i + 1}", name, a) for i, (name, a) in enumerate(documents))
    generator = f"newsstruct {__version__}"
    skip = '<a class="skip" href="#d1-text">Skip to the article text</a>' if documents else ""
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(assets.policy(), attribute=True)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{escape(generator, attribute=True)}">'
        f"<title>{escape(title)}</title><style>{assets.style()}</style></head>\n"
        f"<body>{skip}<main>{body}</main>"
        '<div id="tip" class="tip" role="tooltip" aria-hidden="true" hidden></div>'
        f"<script>{assets.script()}</script></body></html>\n"
    )


def _page_title(documents: Sequence[tuple[str | None, Article]]) -> str:
    if len(documents) != 1:
        return f"{len(documents)} articles: newsstruct view"
    name, article = documents[0]
    headline = article.headline.text if article.headline is not None else name or "Article"
    return f"{' '.join(headline.split())}: newsstruct view"


def _document(prefix: str, name: str | None, article: Article) -> str:
    stated = statements(article)
    colours = _colours(stated)
    text = markup(article.text, _marks(prefix, article, stated, colours))
    reading = (
        f'<section class="reading" aria-labelledby="{prefix}-text-h">'
        f'<h2 id="{prefix}-text-h">The article as given, annotated</h2>{_legend()}'
        f'<div class="text" id="{prefix}-text" data-length="{len(article.text)}">{text}</div>'
        "</section>"
    )
    columns = f'<div class="columns">{reading}{panel(prefix, article, stated, colours)}</div>'
    header = _header(prefix, name, article, stated)
    return f'<article class="doc" id="{prefix}" aria-labelledby="{prefix}-title">{header}{columns}</article>'


def _colours(stated: Sequence[Statement]) -> dict[str, int]:
    """Each speaker's colour number, in the order they first speak."""
    colours: dict[str, int] = {}
    for said in stated:
        if said.speaker is not None:
            colours.setdefault(said.speaker.id, len(colours))
    return colours


def _legend() -> str:
    keys = "".join(f'<li><span class="{key}">{escape(what)}</span></li>' for key, what in _LEGEND)
    return f'<ul class="legend" aria-label="How to read the marks">{keys}</ul>'


def _header(prefix: str, name: str | None, article: Article, stated: Sequence[Statement]) -> str:
    parts: list[str] = []
    if article.kicker is not None:
        parts.append(f'<p class="kicker">{escape(article.kicker.text)}</p>')
    headline = (
        escape(article.headline.text) if article.headline is not None else "No headline found"
    )
    parts.append(f'<h1 id="{prefix}-title">{headline}</h1>')
    if article.deck is not None:
        parts.append(f'<p class="deck">{escape(article.deck.text)}</p>')
    facts = "".join(
        f"<div><dt>{label}</dt><dd>{value}</dd></div>"
        for label, value in _facts(name, article, stated)
    )
    parts.append(f'<dl class="facts">{facts}</dl>')
    return f'<header class="head">{"".join(parts)}</header>'


def _facts(
    name: str | None, article: Article, stated: Sequence[Statement]
) -> Iterator[tuple[str, str]]:
    """(label, HTML) rows of the headline block."""
    if article.byline:
        yield "Byline", escape(", ".join(_author(a.name, a.role, a.outlet) for a in article.byline))
    elif article.outlet is not None:
        yield "Outlet", escape(article.outlet.text)
    if article.dateline is not None:
        where = [p for p in (article.dateline.location, article.dateline.agency) if p]
        yield "Dateline", escape(" / ".join(where) or article.dateline.text)
    if article.published is not None:
        yield "Published", _published(article.published)
    if name is not None:
        yield "File", escape(name)
    speakers = len({s.speaker.id for s in stated if s.speaker is not None})
    counts = (
        f"{len(article.quotes)} quotes and {len(article.reported)} reported statements "
        f"from {speakers} speakers, {len(article.people)} people, "
        f"{len(article.dates)} dates, {len(article.boilerplate)} lines removed"
    )
    yield "Found", escape(counts)


def _author(name: str, role: str | None, outlet: str | None) -> str:
    extra = ", ".join(p for p in (role, outlet) if p)
    return f"{name} ({extra})" if extra else name


def _published(published: Published) -> str:
    source = PUBLISHED_SOURCE.get(published.source, published.source)
    if published.mention is not None:
        source += f": “{published.mention.text}”"
    if published.label:
        source += f" (labelled “{published.label}”)"
    return f'{escape(published.value)} <span class="sub">{escape(source)}</span>'


def _marks(
    prefix: str, article: Article, stated: Sequence[Statement], colours: Mapping[str, int]
) -> list[Mark]:
    marks = [
        _statement_mark(prefix, said, extent, colours)
        for said, extent in zip(stated, drawn(stated), strict=True)
        if extent[0] < extent[1]
    ]
    marks += _structure_marks(article)
    marks += _cue_marks(prefix, stated)
    speakers: tuple[Speaker, ...] = (*article.people, *article.organizations)
    for person in speakers:
        ref = f"{prefix}-{person.id}"
        tip = (("data-ref", ref), ("data-tip", f"{ref}-about"))
        marks += [_inline(m, (("class", "mention"), *tip)) for m in person.mentions]
    marks += _date_marks(prefix, article)
    return marks


def _statement_mark(
    prefix: str, said: Statement, extent: tuple[int, int], colours: Mapping[str, int]
) -> Mark:
    """The element of one statement over ``extent`` (where it is drawn: see view.nesting)."""
    ident = statement_id(prefix, said)
    speaker_id = None if said.speaker is None else said.speaker.id
    kind = "term" if said.kind == "term" else "unattributed" if said.unattributed else None
    form = "quote" if said.form == "direct" else "reported"
    classes = [form, kind or colour_class(speaker_id, colours)]
    pairs = [
        ("class", " ".join(classes)),
        ("tabindex", "0"),
        ("data-tip", f"{ident}-about"),
        ("aria-describedby", f"{ident}-about"),
        ("data-who", said.label),
        ("data-kind", said.kind),
    ]
    if speaker_id is not None:
        pairs.append(("data-ref", f"{prefix}-{speaker_id}"))
    if said.quotes:  # a mixed quote: the quotes it holds
        pairs.append(("data-quotes", " ".join(f"{prefix}-q{i + 1}" for i in said.quotes)))
    if extent != (said.start, said.end):
        pairs.append(("data-clipped", "true"))  # drawn up to a crossing statement's edge
    order = _INSIDE if said.form == "direct" else _OUTSIDE
    return Mark(*extent, _STATEMENT, "mark", tuple(pairs), ident, order)


def _structure_marks(article: Article) -> list[Mark]:
    parts: list[tuple[str, Span | None]] = [
        ("kicker", article.kicker),
        ("headline", article.headline),
        ("deck", article.deck),
        ("outlet", article.outlet),
    ]
    marks = [_structure(span, "span", (("class", cls),)) for cls, span in parts if span is not None]
    marks += [_structure(a, "span", (("class", "author"),)) for a in article.byline]
    if article.dateline is not None:
        marks.append(_structure(article.dateline, "span", (("class", "dateline"),)))
    heading = (("class", "section"), ("role", "heading"), ("aria-level", "3"))
    marks += [_structure(s, "span", heading) for s in article.sections]
    for line in article.boilerplate:
        why = (
            ("class", "removed"),
            ("data-reason", line.reason),
            ("title", f"removed: {line.reason}"),
        )
        marks.append(_structure(line, "del", why))
    return marks


def _cue_marks(prefix: str, stated: Sequence[Statement]) -> list[Mark]:
    marks: list[Mark] = []
    for said in stated:
        of = ("data-of", statement_id(prefix, said))
        if said.cue is not None:
            marks.append(_inline(said.cue, (("class", "cue"), of)))
        if said.source is not None:
            marks.append(_inline(said.source, (("class", "source"), of)))
    return marks


def _date_marks(prefix: str, article: Article) -> list[Mark]:
    marks = []
    for index, date in enumerate(article.dates):
        pairs = (
            ("class", "date"),
            ("data-tip", f"{prefix}-t{index + 1}-about"),
            ("data-value", date.value or ""),
            ("title", date.value or "no value"),
        )
        marks.append(_inline(date, pairs))
    return marks


def _structure(span: _Located, tag: str, pairs: tuple[tuple[str, str], ...]) -> Mark:
    return Mark(span.start, span.end, _STRUCTURE, tag, pairs)


def _inline(span: _Located, pairs: tuple[tuple[str, str], ...]) -> Mark:
    return Mark(span.start, span.end, _INLINE, "span", pairs)
