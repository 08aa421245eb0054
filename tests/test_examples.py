"""Every example script runs on the bundled articles (a smoke test of what users copy)."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import subprocess
import sys

import newsstruct
from htmltree import parse
from paths import FIXTURES, ROOT

EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_who_is_quoted() -> None:
    out = _run(str(EXAMPLES / "who_is_quoted.py"), str(ARTICLES))
    assert "Linda Okafor" in out and "Mayor" in out
    assert "Susan Delgado" in out  # the second bundled article


def test_officials_csv() -> None:
    rows = list(
        csv.DictReader(io.StringIO(_run(str(EXAMPLES / "officials_csv.py"), str(ARTICLES))))
    )
    assert {"Linda Okafor", "Elena Vasquez"} <= {r["name"] for r in rows}
    assert all(r["article"].endswith(".txt") for r in rows)


def test_timeline() -> None:
    out = _run(str(EXAMPLES / "timeline.py"), str(ARTICLES))
    lines = out.splitlines()
    assert lines == sorted(lines)
    assert any(line.startswith("2024-03-12") for line in lines)


def test_html_to_json() -> None:
    data = json.loads(
        _run(str(EXAMPLES / "html_to_json.py"), str(FIXTURES / "html" / "council.html"))
    )
    assert data["headline"] == "Council approves harbour barrier"
    assert data["byline"][0]["name"] == "Jane Doe"


def test_corpus_job(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "articles.jsonl"
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "corpus_job.py"), str(ARTICLES), str(out), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    names = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert [r["file"] for r in records] == names
    assert all(r["article"]["headline"] for r in records)
    assert f"{len(names)}/{len(names)} articles" in done.stderr


def test_corpus_view(tmp_path: pathlib.Path) -> None:
    _run(str(EXAMPLES / "corpus_view.py"), str(ARTICLES), str(tmp_path))
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    index = parse(page)
    charts = index.find_all(lambda e: e.tag == "svg")
    assert len(charts) == 3 and all(c.attrs["role"] == "img" for c in charts)
    bars = [r for r in charts[0].iter() if r.tag == "rect"]
    assert "Linda Okafor (Mayor): 3" in bars[0].text  # the most quoted comes first
    links = [e.attrs["href"] for e in index.iter() if e.tag == "a"]
    assert sorted(links) == sorted(f"{p.stem}.html" for p in ARTICLES.glob("*.txt"))
    for link in links:
        view = parse((tmp_path / link).read_text(encoding="utf-8"))
        assert view.with_class("quote", "mark")
    assert "http:" not in page and "https:" not in page and "<script" not in page


def test_voices_by_gender() -> None:
    out = _run(str(EXAMPLES / "voices_by_gender.py"), str(ARTICLES))
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[3:6]}
    assert list(rows) == ["female", "male", "unknown"]  # unknown is a group of its own
    counts = json.loads(_run(str(EXAMPLES / "voices_by_gender.py"), str(ARTICLES), "--json"))
    assert counts["articles"] == len(list(ARTICLES.glob("*.txt")))
    okafor = next(p for p in counts["people"] if p["name"] == "Linda Okafor")
    assert (okafor["gender"], okafor["evidence"], okafor["direct"]) == ("female", ["she"], 3)
    assert okafor["reported"] >= 1  # "Okafor said construction would begin in the fall"
    for gender, group in counts["groups"].items():
        assert rows[gender][0] == str(group["people"])
        people = [p for p in counts["people"] if p["gender"] == gender]
        assert group["people"] == len(people)
        assert group["statements"] == sum(p["direct"] + p["reported"] for p in people)
    assert all(p["gender"] == "unknown" for p in counts["people"] if not p["evidence"])


def test_voices_by_gender_reads_html_pages_too(tmp_path: pathlib.Path) -> None:
    for path in ARTICLES.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "council.html").write_bytes((FIXTURES / "html" / "council.html").read_bytes())
    counts = json.loads(_run(str(EXAMPLES / "voices_by_gender.py"), str(tmp_path), "--json"))
    assert counts["articles"] == len(list(ARTICLES.glob("*.txt"))) + 1
    assert any(p["article"] == "council.html" for p in counts["people"])
    parsed = [newsstruct.parse(p.read_text(encoding="utf-8")) for p in ARTICLES.glob("*.txt")]
    parsed.append(newsstruct.parse_html((tmp_path / "council.html").read_bytes()))
    every = [s for a in parsed for s in a.statements if getattr(s, "kind", None) != "term"]
    said = sum(g["statements"] for g in counts["groups"].values())
    assert said + sum(counts["left_out"].values()) == len(every)  # each counted once
