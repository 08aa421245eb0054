"""CSV and Markdown tables of statements, and the command line's html/csv/markdown formats."""

from __future__ import annotations

import csv
import io
import pathlib

import pytest
from hypothesis import given

import newsstruct
from htmltree import parse
from newsstruct.cli import main
from newsstruct.view import CSV_COLUMNS, render, statements, to_csv, to_markdown
from paths import ROOT
from strategies import AttributedArticle, attributed_articles

ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def _rows(table: str) -> list[dict[str, str]]:
    assert table.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(table[1:], newline="")))


def _articles() -> list[tuple[str, newsstruct.Article]]:
    return [(p.name, newsstruct.parse(p.read_text(encoding="utf-8"))) for p in ARTICLES]


def test_csv_round_trips_through_the_csv_module() -> None:
    documents = _articles()
    table = to_csv(documents)
    rows = _rows(table)
    expected = [(name, s) for name, a in documents for s in statements(a)]
    assert len(rows) == len(expected) > 0
    assert tuple(rows[0]) == CSV_COLUMNS
    for row, (name, said) in zip(rows, expected, strict=True):
        assert row["file"] == name and row["kind"] == said.kind and row["text"] == said.text
        assert row["form"] == said.form
        assert (int(row["start"]), int(row["end"])) == (said.start, said.end)
        assert float(row["confidence"]) == pytest.approx(said.confidence)
        assert row["speaker"] == (said.speaker.name if said.speaker else "")
        assert row["cue"] == (said.cue.text if said.cue else "")
    okafor = rows[0]
    assert (okafor["speaker_title"], okafor["is_official"], okafor["rule"]) == (
        "Mayor",
        "true",
        "said-after",
    )
    reported = [r for r in rows if r["form"] == "reported"]
    assert len(reported) == sum(len(a.reported) for _, a in documents) > 0
    assert {r["kind"] for r in reported} == {"indirect", "mixed"}
    assert {r["kind"] for r in rows if r["form"] == "direct"} <= {
        "full",
        "partial",
        "block",
        "term",
    }


def test_csv_opens_cleanly_in_a_spreadsheet() -> None:
    table = to_csv(_articles())
    assert table.encode("utf-8").startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    lines = table[1:].split("\r\n")
    assert lines[-1] == "" and all(line for line in lines[:-1])  # CRLF rows, none empty
    for record in csv.reader(io.StringIO(table[1:], newline="")):
        assert len(record) == len(CSV_COLUMNS)
    assert all(line.startswith('"') and line.endswith('"') for line in lines[:-1])


def test_csv_keeps_newlines_quotes_and_commas_inside_a_field() -> None:
    text = 'Plan approved\n\n“One, two, "three";\nfour,” said Mayor Jo Bell on Monday.\n'
    rows = _rows(to_csv([("a.txt", newsstruct.parse(text))]))
    assert [r["text"] for r in rows] == [q.text for q in newsstruct.parse(text).quotes]


def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe() -> None:
    text = "Plan approved\n\n“=HYPERLINK(1),” said Mayor Jo Bell on Monday. “@SUM(2)”\n"
    article = newsstruct.parse(text)
    rows = _rows(to_csv([("-x.txt", article)]))
    assert rows[0]["text"] == "'=HYPERLINK(1),"
    assert rows[0]["file"] == "'-x.txt"
    assert all(not r[c].startswith(("=", "+", "-", "@")) for r in rows for c in CSV_COLUMNS)
    assert _rows(to_csv([("-", article)]))[0]["file"] == "-"  # standard input


@given(attributed_articles())
def test_csv_has_one_row_per_statement(generated: AttributedArticle) -> None:
    article = newsstruct.parse(generated.text)
    rows = _rows(to_csv([("a.txt", article)]))
    assert [(r["text"], int(r["start"])) for r in rows] == [
        (s.text, s.start) for s in statements(article)
    ]


def test_markdown_report() -> None:
    report = to_markdown(_articles())
    first, second = report.split("\n---\n")
    assert first.startswith("# Harbour City Council Approves Flood Barrier")
    harbour = _articles()[0][1]
    quotes, reported = len(harbour.quotes), len(harbour.reported)
    assert f"## Statements ({quotes + reported}: {quotes} direct, {reported} reported)" in first
    assert "## People (4)" in first and "## Removed lines (4)" in first
    assert "| 1 | Linda Okafor (Mayor) | “This is the most important vote" in first
    assert "| Linda Okafor | yes | Mayor |  | female (she) | 2 |" in first
    rows = [line for line in first.splitlines() if line.startswith("| ") and "| reported |" in line]
    assert len(rows) == reported
    vasquez = next(r for r in rows if "Elena Vasquez" in r)
    number = 1 + [s.text for s in statements(harbour)].index(
        "ready to go the moment the city says yes."
    )
    assert "| the money was “ready to go" in vasquez and f"| mixed (#{number}) |" in vasquez
    assert "- **Published:** 2024-03-12 (printed in the article)" in first
    assert "Susan Delgado" in second


def test_markdown_escapes_what_markdown_would_read() -> None:
    text = "Plan | <b>approved</b> &amp; *done*\n\n“A | B <img src=x>,” said Mayor Jo Bell on Monday.\n"
    report = to_markdown([(None, newsstruct.parse(text))])
    assert report.startswith("# Plan \\| \\<b\\>approved\\</b\\> \\&amp; \\*done\\*\n")
    quote_row = next(line for line in report.splitlines() if line.startswith("| 1 |"))
    assert "A \\| B \\<img src=x\\>" in quote_row
    assert quote_row.count(" | ") == 7  # eight cells, the escaped bar inside one


def test_render_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="html, csv, markdown"):
        render("pdf", [])


@pytest.mark.parametrize("fmt", ["html", "csv", "markdown"])
def test_cli_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ARTICLES[0]), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "html":
        tree = parse(out)
        assert len(tree.with_class("quote", "mark")) == 5
        assert tree.by_id("d1-text").text == ARTICLES[0].read_text(encoding="utf-8")
    elif fmt == "csv":
        article = newsstruct.parse(ARTICLES[0].read_text(encoding="utf-8"))
        assert [r["file"] for r in _rows(out)] == [str(ARTICLES[0])] * len(article.statements)
    else:
        assert out.startswith("# Harbour City Council")


def test_cli_html_of_several_files(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    assert main([*map(str, ARTICLES), "--format", "html"]) == 0
    tree = parse(capsys.readouterr().out)
    assert len(tree.with_class("doc", "article")) == len(ARTICLES)
    assert [e.text for e in tree.find_all(lambda e: e.attrs.get("class") == "text")] == [
        p.read_text(encoding="utf-8") for p in ARTICLES
    ]
