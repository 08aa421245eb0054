"""The public API: errors for caller mistakes, the model's round trips, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import attrs
import pytest

import newsstruct
from newsstruct import (
    Article,
    Config,
    ConfigError,
    InputTooLargeError,
    InputTypeError,
    InputValueError,
    NewsstructError,
    parse,
)
from newsstruct.cli import main
from paths import FIXTURES, ROOT

EXAMPLE = ROOT / "examples" / "articles" / "harbour_council.txt"


def test_version_and_exports() -> None:
    assert newsstruct.__version__
    for name in newsstruct.__all__:
        assert hasattr(newsstruct, name)


@pytest.mark.parametrize("bad", [None, b"bytes", bytearray(b"x"), 42, ["text"]])
def test_non_str_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError) as info:
        parse(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError) and isinstance(info.value, NewsstructError)


def test_bytes_message_says_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"decode.*parse_html"):
        parse(b"<html></html>")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "", "18/04/2024"])
def test_invalid_published_is_a_value_error(bad: str) -> None:
    with pytest.raises(InputValueError) as info:
        parse("text", published=bad)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "good",
    ["2024-04-18", dt.date(2024, 4, 18), dt.datetime(2024, 4, 18, 9, 30), "2024-04-18T09:30"],
)
def test_published_forms(good: object) -> None:
    article = parse("text", published=good)  # type: ignore[arg-type]
    assert article.published is not None and article.published.value == "2024-04-18"


def test_published_of_wrong_type() -> None:
    with pytest.raises(InputTypeError):
        parse("text", published=20240418)  # type: ignore[arg-type]


def test_max_chars_guard() -> None:
    with pytest.raises(InputTooLargeError, match="max_chars"):
        parse("x" * 101, config=Config(max_chars=100))
    assert parse("x" * 100, config=Config(max_chars=100)).text == "x" * 100


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_config_validates(bad: object) -> None:
    with pytest.raises(ConfigError):
        Config(max_chars=bad)  # type: ignore[arg-type]


def test_config_of_wrong_type() -> None:
    with pytest.raises(InputTypeError):
        parse("text", config={"max_chars": 5})  # type: ignore[arg-type]


def test_article_is_frozen_and_hashable() -> None:
    article = parse(EXAMPLE.read_text(encoding="utf-8"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "x"  # type: ignore[misc]
    assert hash(article) == hash(parse(article.text))


@pytest.mark.parametrize(
    "path", [*sorted((FIXTURES / "seeds").glob("*.txt")), EXAMPLE], ids=lambda p: p.name[:12]
)
def test_dict_and_json_round_trip(path: pathlib.Path) -> None:
    article = parse(path.read_text(encoding="utf-8"))
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article


def test_to_dict_keys_for_the_scorers() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    data = parse(text).to_dict()
    for key in ("headline", "kicker", "deck", "byline", "dateline", "published", "sections",
                "paragraphs", "quotes", "people", "dates"):  # fmt: skip
        assert key in data
    assert data["headline"] == "Harbour City Council Approves Flood Barrier After Marathon Session"
    span = data["headline_span"]
    assert set(span) == {"start", "end"}
    assert text[span["start"] : span["end"]] == data["headline"]
    assert data["published"]["value"] == "2024-03-12"
    assert {"name"} <= set(data["byline"][0])


def test_quote_speaker_round_trips_to_the_same_person() -> None:
    person = newsstruct.Person(id="p1", name="Jane Doe")
    text = "“Yes,” Jane Doe said."
    quote = newsstruct.Quote(1, 4, "Yes", speaker=person, rule="said-after", confidence=0.9)
    article = Article(text=text, quotes=(quote,), people=(person,))
    data = article.to_dict()
    assert data["quotes"][0]["speaker"] == {"id": "p1", "name": "Jane Doe", "kind": "person"}
    again = Article.from_dict(data)
    assert again == article
    assert again.quotes[0].speaker is again.people[0]


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"].startswith("Harbour City Council")


def test_cli_jsonl_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))
    assert main([*seeds, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(seeds)
    assert main([str(EXAMPLE), "--format", "text", "--published", "2024-03-12"]) == 0
    out = capsys.readouterr().out
    assert "Headline:" in out and "Published: 2024-03-12 (caller)" in out


def test_cli_several_files_give_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), str(EXAMPLE)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_cli_non_utf8_names_the_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 society".encode("latin-1"))
    assert main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert "latin1.txt" in err and "UTF-8" in err


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_bad_published(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(EXAMPLE), "--published", "soon"])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cli_goes_on_after_a_bad_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main([str(bad), str(EXAMPLE), "--format", "text"]) == 2
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err
    assert f"== {EXAMPLE}" in captured.out and "Headline:" in captured.out


def test_python_dash_m_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsstruct", "-", "--format", "jsonl"],
        input=EXAMPLE.read_bytes(), capture_output=True, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout)["byline"][0]["name"] == "Maria del Carmen Ortiz"


def test_parse_html_minimal() -> None:
    page = (
        "<html><head><title>Council approves barrier | Gazette</title></head><body><article>"
        "<h1>Council approves barrier</h1><p>By Jane Doe</p>"
        "<p>The council approved the barrier on Monday after a nine-hour session that ran "
        "past midnight, members said.</p><p>The state will pay a third of the cost, "
        "according to a statement from the governor.</p></article></body></html>"
    )
    article = newsstruct.parse_html(page, published="2024-03-12")
    assert article.headline is not None and article.headline.text == "Council approves barrier"
    assert article.paragraphs
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text


def test_parse_html_type_error() -> None:
    with pytest.raises(InputTypeError):
        newsstruct.parse_html(None)  # type: ignore[arg-type]


def test_text_report_says_why_a_quote_has_no_speaker() -> None:
    from newsstruct.report import render

    text = 'Talks stall\n\n"We are not there yet," Ann Lee said.\n\n"Nobody listened."\n\n"Quiet," someone shouted.\n'
    report = render(newsstruct.parse(text))
    assert "direct    Ann Lee [full, “said”, said-after]: “We are not there yet,”" in report
    assert "?" not in report.replace("Talks stall", "")


def test_parse_builds_no_reference_cycles_and_restores_the_collector() -> None:
    """parse() pauses the cyclic collector (see pipeline); that is only safe without cycles."""
    import gc

    text = (pathlib.Path(__file__).parent / "fixtures" / "seeds").glob("*.txt")
    articles = [p.read_text(encoding="utf-8") for p in sorted(text)]
    newsstruct.parse(articles[0])
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for article in articles:
            newsstruct.parse(article, published="2024-01-01")
        assert gc.collect() == 0
        assert gc.garbage == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert gc.isenabled()
    gc.disable()
    try:
        newsstruct.parse(articles[0])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threads_parsing_at_once_leave_the_collector_on() -> None:
    """The collector is paused only without other threads: threads toggling a
    process-wide switch in turn could leave it off."""
    import gc
    import threading

    text = "Plan approved\n\n“It is done,” Mayor Ann Lee said on Monday.\n"

    def work() -> None:
        for _ in range(50):
            newsstruct.parse(text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_repr_is_a_short_summary() -> None:
    article = parse(EXAMPLE.read_text(encoding="utf-8"))
    shown = repr(article)
    assert len(shown) < 200 < len(article.text)
    assert shown.startswith("<Article 'Harbour City Council") and "5 quotes" in shown
    assert "Article(" not in repr(attrs.evolve(article, headline=None))


def test_words_spaced_two_or_three_times_read_as_one_space() -> None:
    """Pasted text may space words twice: the names, the dateline and the statements are
    those of the single-spaced text, and every span still indexes the input."""
    single = (
        "Bridge to reopen\n\nTARNOW, Oct 15 (PAP) - The bridge will reopen on Monday, "
        "Mayor Joost Verhelst said. “We are ready,” he said.\n"
    )
    spaced = single.replace(" ", "  ").replace("Mayor  Joost", "Mayor   Joost")
    one, two = newsstruct.parse(single), newsstruct.parse(spaced)
    assert [p.name for p in two.people] == [p.name for p in one.people] == ["Joost Verhelst"]
    assert two.dateline is not None and two.dateline.location == "TARNOW"
    assert [s.speaker and s.speaker.name for s in two.statements] == [
        s.speaker and s.speaker.name for s in one.statements
    ]
    for item in (*two.statements, *two.people[0].mentions, two.dateline, *two.paragraphs):
        assert spaced[item.start : item.end] == item.text
