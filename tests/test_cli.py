"""The command line keeps going past bad files, names each one, and says which
file every JSON record came from."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from newsstruct import Article, Config, Quote, parse
from newsstruct.cli import main
from newsstruct.report import render
from paths import FIXTURES, ROOT

EXAMPLE = ROOT / "examples" / "articles" / "harbour_council.txt"
SCHEMA = json.loads(
    resources.files("newsstruct").joinpath("schema.json").read_text(encoding="utf-8")
)


def _page(paragraphs: int) -> str:
    body = "".join(
        f"<p>The council approved the harbour plan on Monday after debate number {i}, "
        "members said.</p>"
        for i in range(paragraphs)
    )
    return (
        "<html><head><title>Plan approved</title></head><body><article><h1>Plan approved</h1>"
        f"{body}</article></body></html>"
    )


def test_an_oversized_file_is_skipped_and_the_others_printed(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("a" * (Config().max_chars + 1), encoding="utf-8")
    assert main([str(EXAMPLE), str(huge), "--format", "jsonl"]) == 2
    captured = capsys.readouterr()
    assert "huge.txt" in captured.err and "--max-chars" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["source"] for r in records] == [str(EXAMPLE)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_max_chars_skips_each_longer_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("Plan approved\n\nThe council approved the plan, members said.\n")
    long.write_text("Plan approved\n\n" + "The council approved the plan. " * 100)
    argv = [str(long), str(short), str(long), "--max-chars", "1,000", "--jobs", jobs]
    assert main([*argv, "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("long.txt: 3,115 characters, more than --max-chars 1,000") == 2
    assert [r["source"] for r in json.loads(captured.out)] == [str(short)]


def test_max_chars_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "-5", "many"):
        with pytest.raises(SystemExit) as info:
            main([str(EXAMPLE), "--max-chars", bad])
        assert info.value.code == 2
        assert "--max-chars" in capsys.readouterr().err


def test_an_oversized_html_page_is_skipped_and_the_others_printed(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big, small = tmp_path / "big.html", tmp_path / "small.html"
    big.write_text(_page(100), encoding="utf-8")
    small.write_text(_page(2), encoding="utf-8")
    assert main(["--html", str(big), str(small), "--max-chars", "2000", "--format", "jsonl"]) == 2
    captured = capsys.readouterr()
    assert "big.html" in captured.err and "--max-chars" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["source"] for r in records] == [str(small)]
    assert records[0]["headline"] == "Plan approved"


def test_every_record_names_its_source_and_round_trips(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    seed = sorted((FIXTURES / "seeds").glob("*.txt"))[0]
    assert main([str(EXAMPLE), str(bad), str(seed), "--format", "jsonl"]) == 2
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == [str(EXAMPLE), str(seed)]
    for record, path in zip(records, (EXAMPLE, seed), strict=True):
        assert list(record)[:2] == ["source", "text"]
        jsonschema.validate(record, SCHEMA)
        assert Article.from_dict(record) == parse(path.read_text(encoding="utf-8"))
    assert main([str(EXAMPLE), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == str(EXAMPLE)


def test_standard_input_is_named_dash() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsstruct", "--format", "json"],
        input=EXAMPLE.read_bytes(), capture_output=True, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout)["source"] == "-"


def test_a_terminal_gets_the_text_report_and_a_pipe_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main([str(EXAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == str(EXAMPLE)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([str(EXAMPLE)]) == 0
    assert capsys.readouterr().out.startswith("Kicker:    EXCLUSIVE\nHeadline:  Harbour City")


def test_the_text_report_shows_warnings_first(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le maire annonce un plan\n\nLe conseil municipal a approuvé lundi le plan de rénovation "
        "du port après un long débat. « C'est une décision historique pour la ville », a déclaré "
        "le maire. Les travaux commenceront en septembre et dureront deux ans, selon la mairie.",
        encoding="utf-8",
    )
    assert main([str(french), "--format", "text"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Warning:   the text looks French (fr), not English")


def test_the_text_report_lists_direct_and_reported_statements_in_text_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([str(EXAMPLE), "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    article = parse(EXAMPLE.read_text(encoding="utf-8"))
    first = lines.index(
        f"Statements ({len(article.statements)}: {len(article.quotes)} direct, "
        f"{len(article.reported)} reported):"
    )
    listed = lines[first + 1 : first + 1 + len(article.statements)]
    assert [line.split()[1] for line in listed] == [
        "direct" if isinstance(s, Quote) else "reported" for s in article.statements
    ]
    assert listed[0] == (
        "  - direct    Linda Okafor, Mayor [full, “said”, said-after]: "
        "“This is the most important vote this council has taken in a generation,”"
    )
    assert (
        "  - reported  Linda Okafor, Mayor [“said”, said-before]: construction would begin in the fall"
        in listed
    )
    mixed = next(line for line in listed if "Elena Vasquez" in line and "reported" in line)
    assert "[mixed, “said”, said-before]: the money was “ready to go" in mixed
    assert not any(line.startswith("Quotes (") for line in lines)


def test_the_text_report_shows_a_stated_gender_with_its_words() -> None:
    text = (
        "Plan approved\n\nMs. Ann Lee, the council chairwoman, said the plan was approved. "
        "“It is done,” she said. Jo Bell said the vote was close.\n"
    )
    people = render(parse(text)).split("People (")[1].splitlines()
    assert "  - Ann Lee (official): council chairwoman [female: Ms., chairwoman, she]" in people
    assert "  - Jo Bell" in people  # no words about Jo Bell's gender: none shown
