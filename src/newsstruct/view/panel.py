"""The side panel of the annotated view: people, statements, dates and removed lines.

Each entry that the text points at has an ``id`` (``d1-p1-about``,
``d1-q2-about``, ``d1-r1-about``, ``d1-t3-about``): a statement's
``aria-describedby`` and every ``data-tip`` name it, so a screen reader reads the
same details that the tooltip shows.  A reported statement that holds a quote (a
mixed quote) links to it, and the quote links back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from newsstruct.model import Article, DateMention, Organization, Person
from newsstruct.view.markup import escape
from newsstruct.view.statements import Form, Statement, speaker_gender, speaker_titles

__all__ = ["colour_class", "excerpt", "panel", "statement_id"]

#: How many speaker colours the style sheet defines (``.s0`` ... ``.s7``).
COLOURS = 8


def panel(
    prefix: str, article: Article, stated: Sequence[Statement], colours: Mapping[str, int]
) -> str:
    """The ``<aside>`` beside the text."""
    sections = (
        _people(prefix, article, stated, colours),
        _statements(prefix, stated, colours),
        _dates(prefix, article.dates),
        _removed(prefix, article),
    )
    live = f'<p class="live sub" id="{prefix}-live" aria-live="polite"></p>'
    return f'<aside class="panel" aria-label="Analysis">{live}{"".join(sections)}</aside>'


def statement_id(prefix: str, said: Statement) -> str:
    """The ``id`` of a statement's element in the text: ``d1-q2`` is the second quote of
    the first article, ``d1-r1`` its first reported statement."""
    return f"{prefix}-{said.ident}"


def colour_class(speaker_id: str | None, colours: Mapping[str, int]) -> str:
    """``s0`` ... ``s7`` for a speaker with statements, ``none`` otherwise."""
    if speaker_id is None or speaker_id not in colours:
        return "none"
    return f"s{colours[speaker_id] % COLOURS}"


def excerpt(text: str, limit: int = 90) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _section(prefix: str, key: str, title: str, body: str) -> str:
    heading = f'<h2 id="{prefix}-{key}-h">{escape(title)}</h2>'
    return f'<section aria-labelledby="{prefix}-{key}-h">{heading}{body}</section>'


def _people(
    prefix: str, article: Article, stated: Sequence[Statement], colours: Mapping[str, int]
) -> str:
    quoted = Counter((s.speaker.id, s.form) for s in stated if s.speaker is not None)
    items = [_entity(prefix, p, quoted, colours) for p in article.people]
    items += [_entity(prefix, o, quoted, colours) for o in article.organizations]
    body = f'<ul class="people">{"".join(items)}</ul>' if items else _none("No one is named.")
    return _section(prefix, "people", f"People and organisations ({len(items)})", body)


def _entity(
    prefix: str,
    who: Person | Organization,
    quoted: Mapping[tuple[str, Form], int],
    colours: Mapping[str, int],
) -> str:
    ref = f"{prefix}-{who.id}"
    swatch = _swatch(colour_class(who.id, colours))
    button = (
        f'<button type="button" class="pick" aria-pressed="false" data-select="{ref}">'
        f"{swatch}{escape(who.name)}</button>"
    )
    facts: list[str] = []
    if isinstance(who, Person):
        if who.is_official:
            facts.append('<span class="badge">official</span>')
        facts += [escape(f) for f in (speaker_titles(who), who.organization, who.country) if f]
        facts += [escape(speaker_gender(who))] if who.gender_evidence else []
    else:
        facts.append('<span class="badge">organisation</span>')
    facts.append(_count(len(who.mentions), "mention"))
    facts.append(_count(quoted.get((who.id, "direct"), 0), "quote"))
    if quoted.get((who.id, "reported"), 0):
        facts.append(_count(quoted[(who.id, "reported")], "reported statement"))
    name = f'<span class="tip-only"><strong>{escape(who.name)}</strong> </span>'
    details = f'<span class="details sub" id="{ref}-about">{name}{" · ".join(facts)}</span>'
    return f'<li class="entity">{button}{details}</li>'


def _statements(prefix: str, stated: Sequence[Statement], colours: Mapping[str, int]) -> str:
    quotes = {s.index: s for s in stated if s.form == "direct"}
    holders = {q: s for s in stated if s.form == "reported" for q in s.quotes}
    links = {
        s.ident: _links(prefix, s, [quotes[q] for q in s.quotes if q in quotes], holders)
        for s in stated
    }
    items = [_statement(prefix, s, colours, links[s.ident]) for s in stated]
    direct = sum(s.form == "direct" for s in stated)
    unattributed = sum(s.unattributed for s in stated)
    counts = f"{len(items)}: {direct} quotes, {len(items) - direct} reported"
    title = f"Statements ({counts}" + (f", {unattributed} unattributed)" if unattributed else ")")
    body = (
        f'<ol class="statements">{"".join(items)}</ol>' if items else _none("No statements found.")
    )
    return _section(prefix, "statements", title, body)


def _links(
    prefix: str, said: Statement, held: Sequence[Statement], holders: Mapping[int, Statement]
) -> str:
    """A mixed quote's links: from a reported statement to the quotes it holds, and
    from a quote to the reported statement holding it."""
    if said.form == "reported":
        targets = [("holds the quote", q) for q in held]
    else:
        holder = holders.get(said.index)
        targets = [] if holder is None else [("part of the reported statement", holder)]
    return "".join(
        f'<span class="link sub">{what} <a href="#{statement_id(prefix, other)}">'
        f"{escape(_shown(other, 50))}</a></span>"
        for what, other in targets
    )


def _shown(said: Statement, limit: int = 90) -> str:
    """A statement's words as the panel shows them: a quote in its marks."""
    words = excerpt(said.text, limit)
    return f"“{words}”" if said.form == "direct" else words


def _statement(prefix: str, said: Statement, colours: Mapping[str, int], links: str) -> str:
    ident = statement_id(prefix, said)
    speaker = said.label
    if said.speaker is not None and speaker_titles(said.speaker):
        speaker += f", {speaker_titles(said.speaker)}"
    kind = said.kind if said.form == "direct" else f"reported ({said.kind})"
    rows = [
        ("Speaker", speaker),
        ("Kind", kind),
        ("Rule", said.rule or "none"),
        ("Confidence", f"{said.confidence:.2f}"),
        ("Evidence", "; ".join(said.evidence) or "none"),
    ]
    cells = "".join(f"<div><dt>{k}</dt><dd>{escape(v)}</dd></div>" for k, v in rows)
    swatch = _swatch(
        "unattributed" if said.unattributed else colour_class(_speaker_id(said), colours)
    )
    badge = '<span class="badge">reported</span> ' if said.form == "reported" else ""
    link = f'{badge}<a href="#{ident}">{escape(_shown(said))}</a>'
    who = f'<span class="speaker">{swatch}{escape(speaker)}</span>'
    return f'<li>{link}{who}{links}<dl class="details" id="{ident}-about">{cells}</dl></li>'


def _swatch(colour: str) -> str:
    """A small square in a speaker's colour (none for someone with no statements)."""
    return "" if colour == "none" else f'<span class="swatch {colour}" aria-hidden="true"></span>'


def _speaker_id(said: Statement) -> str | None:
    return None if said.speaker is None else said.speaker.id


def _dates(prefix: str, dates: Sequence[DateMention]) -> str:
    items = []
    for index, date in enumerate(dates):
        facts = [
            date.kind,
            date.granularity or "",
            _range(date),
            f"rule {date.rule}" if date.rule else "",
        ]
        sub = escape(" · ".join(f for f in facts if f))
        value = escape(date.value or "no value")
        details = f'“{escape(date.text)}” → <strong>{value}</strong> <span class="sub">{sub}</span>'
        items.append(
            f'<li><span class="details" id="{prefix}-t{index + 1}-about">{details}</span></li>'
        )
    body = f'<ul class="dates">{"".join(items)}</ul>' if items else _none("No dates found.")
    return _section(prefix, "dates", f"Dates ({len(items)})", body)


def _range(date: DateMention) -> str:
    if date.range is None or date.range.first == date.range.last:
        return ""
    return f"{date.range.first} to {date.range.last}"


def _removed(prefix: str, article: Article) -> str:
    items = [
        f'<li><del>{escape(excerpt(b.text))}</del> <span class="sub">removed: {escape(b.reason)}</span></li>'
        for b in article.boilerplate
    ]
    body = f"<ul>{''.join(items)}</ul>" if items else _none("Nothing was removed.")
    return _section(prefix, "removed", f"Removed lines ({len(items)})", body)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _none(message: str) -> str:
    return f'<p class="none">{message}</p>'
