"""A readable plain-text report of an :class:`~newsstruct.Article` (the CLI's ``text`` format).

Statements are listed in text order, each marked ``direct`` (a quote) or
``reported`` (reported speech), with its speaker, then in brackets its kind, cue
and rule; a person's gender shows when the article states it, with the words it
rests on.

>>> import newsstruct
>>> print(render(newsstruct.parse("Plan approved\\n\\nBy Jane Doe, Reuters\\n\\n"
...     "LONDON — Ms. Ann Lee said the harbour plan was approved on Monday. "
...     "“It is done,” she said.")))
Headline:  Plan approved
Byline:    Jane Doe (Reuters)
Dateline:  LONDON
Body:      1 paragraph, 16 words
Statements (2: 1 direct, 1 reported):
  - reported  Ann Lee [“said”, said-before]: the harbour plan was approved on Monday
  - direct    Ann Lee [full, “said”, said-after]: “It is done,”
People (1):
  - Ann Lee [female: Ms., she]
Dates (1):
  - 'Monday' -> XXXX-WXX-1
"""

from __future__ import annotations

from collections import Counter

from newsstruct.model import Article, Author, Person, Quote, Reported, Span

__all__ = ["render"]

_WIDTH = 11
#: Longest statement text shown in full; a longer one is cut with "...".
_LONGEST = 100


def render(article: Article) -> str:
    """The article's warnings, structure, statements, people and dates as aligned text lines."""
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
    statements = [_statement(s) for s in article.statements]
    _block(lines, "Statements", statements, _statement_counts(article))
    _block(lines, "People", [_person(p) for p in article.people])
    _block(lines, "Dates", [f"{d.text!r} -> {d.value}" for d in article.dates])
    return "\n".join(lines)


def _field(lines: list[str], label: str, value: str | None) -> None:
    if value:
        lines.append(f"{label + ':':<{_WIDTH}}{value}")


def _block(lines: list[str], title: str, items: list[str], counts: str | None = None) -> None:
    """``Title (counts):`` and the items, one a line (nothing when there are none)."""
    if items:
        lines.append(f"{title} ({counts or len(items)}):")
        lines.extend(f"  - {item}" for item in items)


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _join(*parts: str | None) -> str:
    return " / ".join(p for p in parts if p)


def _author(author: Author) -> str:
    kind = None if author.kind == "person" else author.kind
    extra = _join(kind, author.role, author.outlet)
    return f"{author.name} ({extra})" if extra else author.name


def _statement_counts(article: Article) -> str:
    """``7: 4 direct, 3 reported``."""
    direct, reported = len(article.quotes), len(article.reported)
    return f"{direct + reported}: {direct} direct, {reported} reported"


def _statement(said: Quote | Reported) -> str:
    """One line: direct or reported, who, [kind, cue, rule], and what was said.

    >>> _statement(Quote(0, 9, "We won,", cue=Span(11, 15, "said"), rule="said-after"))
    'direct    (no speaker) [full, “said”, said-after]: “We won,”'
    """
    text = said.text if len(said.text) <= _LONGEST else said.text[: _LONGEST - 3] + "..."
    kind: str | None
    if isinstance(said, Quote):
        form, kind, shown = "direct", said.kind, f"“{text}”"
    else:
        form, kind, shown = "reported", "mixed" if said.quotes else None, text
    cue = None if said.cue is None else f"“{said.cue.text}”"
    details = ", ".join(d for d in (kind, cue, said.rule) if d)
    return f"{form:<9} {_speaker(said)}" + (f" [{details}]" if details else "") + f": {shown}"


def _speaker(said: Quote | Reported) -> str:
    """The speaker's name and first title, or the words that stood for an unresolved one."""
    if said.speaker is None:
        if said.source is not None:  # a pronoun or descriptor no person was found for
            return f"({said.source.text}, unresolved)"
        return "(no speaker)"
    role = ""
    if isinstance(said.speaker, Person) and said.speaker.titles:
        role = f", {said.speaker.titles[0].text}"
    return said.speaker.name + role


def _person(person: Person) -> str:
    details = _join(", ".join(t.text for t in person.titles), person.organization or person.country)
    official = " (official)" if person.is_official else ""
    gender = _gender(person)
    line = f"{person.name}{official}" + (f": {details}" if details else "")
    return line + (f" [{gender}]" if gender else "")


def _gender(person: Person) -> str:
    """The gender the article states and the words it rests on, each once with a count.

    >>> _gender(Person("p1", "Ann Lee", gender="female",
    ...     gender_evidence=(Span(0, 3, "Ms."), Span(20, 23, "she"), Span(40, 43, "She"))))
    'female: Ms., she ×2'
    >>> _gender(Person("p2", "Jo Bell", gender_evidence=(Span(0, 3, "Mr."), Span(20, 23, "she"))))
    'gender unclear: Mr., she'
    """
    if not person.gender_evidence:
        return ""
    words = Counter(_word(span.text) for span in person.gender_evidence)
    shown = ", ".join(w if n == 1 else f"{w} ×{n}" for w, n in words.items())
    return f"{person.gender or 'gender unclear'}: {shown}"


def _word(text: str) -> str:
    """A pronoun in lower case (``She`` and ``she`` count as one); other words as written."""
    return text.lower() if text.lower() in {"he", "she", "him", "her", "his", "hers"} else text
