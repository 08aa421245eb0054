"""Statements as tables: CSV for spreadsheets, Markdown for issue trackers and notebooks.

Both list every statement, direct (a quote) and reported, in text order.  The CSV
has one row per statement and opens cleanly in a spreadsheet: UTF-8
with a byte-order mark, every field quoted, CRLF line ends.  A cell that a
spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) gets a leading apostrophe, as OWASP advises.

>>> import csv, io, newsstruct
>>> article = newsstruct.parse("Plan approved\\n\\nLONDON — “We had no choice,” said Mayor "
...     "Jane Doe after a long debate on Monday.")
>>> rows = list(csv.DictReader(io.StringIO(to_csv([("a.txt", article)]).lstrip("\\ufeff"))))
>>> rows[0]["form"], rows[0]["speaker"], rows[0]["speaker_title"], rows[0]["is_official"]
('direct', 'Jane Doe', 'Mayor', 'true')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

import regex

from newsstruct.model import Article, Person
from newsstruct.view.html import PUBLISHED_SOURCE
from newsstruct.view.statements import (
    Statement,
    speaker_gender,
    speaker_organization,
    speaker_titles,
    statements,
)

__all__ = ["CSV_COLUMNS", "to_csv", "to_markdown"]

#: The CSV header, in order.
CSV_COLUMNS = (
    "file", "form", "kind", "text", "speaker", "speaker_title", "organization", "is_official",
    "cue", "rule", "confidence", "start", "end",
)  # fmt: skip

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BOM = "\ufeff"


def to_csv(documents: Sequence[tuple[str, Article]]) -> str:
    """One CSV row per statement of every ``(file name, article)`` pair, after a header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for name, article in documents:
        writer.writerows(_row(name, said) for said in statements(article))
    return _BOM + buffer.getvalue()


def _row(name: str, said: Statement) -> list[str]:
    speaker = said.speaker
    official = "" if not isinstance(speaker, Person) else str(speaker.is_official).lower()
    cells = [
        name,
        said.form,
        said.kind,
        said.text,
        "" if speaker is None else speaker.name,
        speaker_titles(speaker),
        speaker_organization(speaker),
        official,
        "" if said.cue is None else said.cue.text,
        said.rule or "",
    ]
    return [*map(_cell, cells), f"{said.confidence:g}", str(said.start), str(said.end)]


def _cell(value: str) -> str:
    """``value``, with an apostrophe in front when a spreadsheet would read a formula.

    A lone ``-`` (standard input's file name) is no formula and stays as it is.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) and value != "-" else value


def to_markdown(documents: Sequence[tuple[str | None, Article]]) -> str:
    """A readable Markdown report of every ``(file name, article)`` pair."""
    return "\n---\n\n".join("\n".join(_report(name, a)) + "\n" for name, a in documents)


def _report(name: str | None, article: Article) -> Iterator[str]:
    title = article.headline.text if article.headline is not None else "No headline found"
    yield f"# {_md(title)}"
    yield ""
    if article.kicker is not None or article.deck is not None:
        yield " · ".join(_md(s.text) for s in (article.kicker, article.deck) if s is not None)
        yield ""
    facts = list(_facts(name, article))
    yield from (f"- **{label}:** {value}" for label, value in facts)
    if facts:
        yield ""
    yield from _statement_table(statements(article))
    yield from _people_table(article)
    yield from _table(
        f"Dates ({len(article.dates)})",
        ("Text", "Value", "Kind"),
        [(d.text, d.value or "", d.kind) for d in article.dates],
    )
    yield from _table(
        f"Removed lines ({len(article.boilerplate)})",
        ("Line", "Reason"),
        [(b.text, b.reason) for b in article.boilerplate],
    )


def _facts(name: str | None, article: Article) -> Iterator[tuple[str, str]]:
    if name is not None:
        yield "File", _md(name)
    if article.byline:
        yield "Byline", _md(", ".join(a.name for a in article.byline))
    if article.dateline is not None and article.dateline.location:
        yield "Dateline", _md(article.dateline.location)
    if article.published is not None:
        source = PUBLISHED_SOURCE.get(article.published.source, article.published.source)
        yield "Published", _md(f"{article.published.value} ({source})")


def _statement_table(stated: Sequence[Statement]) -> Iterator[str]:
    """The statements, numbered; a mixed quote's reported statement names its quotes' rows."""
    row_of = {s.index: n for n, s in enumerate(stated, 1) if s.form == "direct"}
    rows = [
        (
            str(number),
            s.label + (f" ({speaker_titles(s.speaker)})" if speaker_titles(s.speaker) else ""),
            f"“{s.text}”" if s.form == "direct" else s.text,
            s.form,
            _kind(s, row_of),
            "" if s.cue is None else s.cue.text,
            s.rule or "",
            f"{s.confidence:.2f}",
        )
        for number, s in enumerate(stated, 1)
    ]
    direct = sum(s.form == "direct" for s in stated)
    header = ("#", "Speaker", "Statement", "Form", "Kind", "Cue", "Rule", "Confidence")
    title = f"Statements ({len(rows)}: {direct} direct, {len(rows) - direct} reported)"
    yield from _table(title, header, rows)


def _kind(said: Statement, row_of: dict[int, int]) -> str:
    """The statement's kind; for a mixed quote, with the rows of the quotes it holds."""
    rows = [f"#{row_of[q]}" for q in said.quotes if q in row_of]
    return f"{said.kind} ({', '.join(rows)})" if rows else said.kind


def _people_table(article: Article) -> Iterator[str]:
    rows = [
        (
            p.name,
            "yes" if p.is_official else "",
            speaker_titles(p),
            p.organization or p.country or "",
            speaker_gender(p),
            str(len(p.mentions)),
        )
        for p in article.people
    ]
    header = ("Name", "Official", "Titles", "Organisation", "Gender", "Mentions")
    yield from _table(f"People ({len(rows)})", header, rows)


def _table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Iterator[str]:
    yield f"## {title}"
    yield ""
    if rows:
        yield "| " + " | ".join(header) + " |"
        yield "|" + "|".join(" --- " for _ in header) + "|"
        yield from ("| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows)
    else:
        yield "None found."
    yield ""


#: Characters Markdown could read as markup; each is written with a backslash.
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~"})
#: An ampersand that would start a character reference (``&amp;``, ``&#60;``).
_ENTITY = regex.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _md(text: str) -> str:
    """``text`` on one line, with Markdown's markup characters escaped.

    >>> _md("a <b>|c</b>\\n*d*")
    'a \\\\<b\\\\>\\\\|c\\\\</b\\\\> \\\\*d\\\\*'
    """
    return _ENTITY.sub(r"\\&", " ".join(text.split()).translate(_MARKDOWN_SPECIAL))
