"""The annotated view in a real browser: Debian's ``chromium``, headless, driven from Python.

One browser run (about a second) loads a page holding the bundled Harbour
article and a hostile one (``<script>`` and ``&`` in the text).  A small check
script, admitted by the page's policy through its hash, records what the
browser drew and did; the test then reads the DOM, the console and the
screenshot.  Without a browser on PATH it skips, saying how to get one.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import headless
import newsstruct
from htmltree import parse
from newsstruct.view import page
from paths import FIXTURES, ROOT
from test_view import HOSTILE

BROWSER = headless.find_browser()
NO_BROWSER = (
    "no Chromium or Chrome browser on PATH (Debian: apt-get install chromium; "
    ".ci/run installs it; NEWSSTRUCT_BROWSER names another command)"
)
ARTICLE = ROOT / "examples" / "articles" / "harbour_council.txt"
CHECK = (FIXTURES / "view" / "check.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> tuple[headless.Rendered, dict[str, Any]]:
    if BROWSER is None:
        pytest.skip(NO_BROWSER)
    harbour = newsstruct.parse(ARTICLE.read_text(encoding="utf-8"))
    hostile = newsstruct.parse(HOSTILE)
    path = tmp_path_factory.mktemp("view") / "view.html"
    path.write_text(
        headless.with_script(page([(ARTICLE.name, harbour), ("hostile", hostile)]), CHECK), "utf-8"
    )
    rendered = headless.render(BROWSER, path)
    checks = parse(rendered.dom).by_id("check").text
    return rendered, json.loads(checks)


def test_renders_without_console_errors(shown: tuple[headless.Rendered, dict[str, Any]]) -> None:
    rendered, found = shown
    assert rendered.console == (), "\n".join(rendered.console)
    assert found["ready"], "the view's script did not finish"
    assert found["scripts"] == 2  # the view's and the check's: nothing from the article ran


def test_every_quote_is_drawn(shown: tuple[headless.Rendered, dict[str, Any]]) -> None:
    _, found = shown
    harbour = newsstruct.parse(ARTICLE.read_text(encoding="utf-8"))
    quotes = found["quotes"]
    assert len(quotes) == len(harbour.quotes) + len(newsstruct.parse(HOSTILE).quotes)
    assert [q["id"] for q in quotes if not q["visible"]] == []
    assert all(q["length"] == q["end"] - q["start"] for q in quotes)
    assert found["tabbable"] == len(quotes)
    assert all(q["label"] not in ("none", "normal", "") for q in quotes)  # the speaker label
    assert found["texts"] == [len(harbour.text), len(HOSTILE)]  # the text, one to one


def test_every_reported_statement_is_drawn_and_labelled(
    shown: tuple[headless.Rendered, dict[str, Any]],
) -> None:
    _, found = shown
    harbour = newsstruct.parse(ARTICLE.read_text(encoding="utf-8"))
    reported = found["reported"]
    assert len(reported) == len(harbour.reported) + len(newsstruct.parse(HOSTILE).reported)
    assert [r["id"] for r in reported if not r["visible"]] == []
    assert all("reported" in r["label"] for r in reported)  # said in words, not by colour alone
    held = [r["quotes"] for r in reported[: len(harbour.reported)]]
    assert held == [[f"d1-q{q + 1}" for q in r.quotes] for r in harbour.reported]


def test_focus_and_hover_show_the_details(shown: tuple[headless.Rendered, dict[str, Any]]) -> None:
    _, found = shown
    assert found["focused"], found
    assert found["tipDrawn"], (found["tipOnFocus"], found["windowHadFocus"])
    for shown_text in ("Linda Okafor", "said-after", "Confidence", "speech cue “said”"):
        assert shown_text in found["tipOnFocus"]
    assert found["tipAfterBlur"] is True
    assert "2024-03-12" in found["dateTip"]


def test_clicking_a_person_highlights_them(shown: tuple[headless.Rendered, dict[str, Any]]) -> None:
    _, found = shown
    assert found["pressed"] == "true"
    assert sum("quote" in c for c in found["hits"]) == 3  # Okafor's three quotes
    assert sum("reported" in c for c in found["hits"]) == 1  # her reported statement
    assert sum("mention" in c for c in found["hits"]) == 2  # and her two mentions
    assert found["live"] == "Linda Okafor: 6 highlighted in the text"
    assert found["hitsAfter"] == 0


def test_the_screenshot_is_not_blank(shown: tuple[headless.Rendered, dict[str, Any]]) -> None:
    rendered, _ = shown
    varied, height = headless.varied_rows(rendered.screenshot)
    assert varied > height // 4, f"only {varied} of {height} rows hold anything"


def test_find_browser_honours_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSTRUCT_BROWSER", "no-such-browser-command")
    assert headless.find_browser() == BROWSER  # falls back to the usual names
    monkeypatch.setenv("PATH", str(pathlib.Path(__file__).parent))
    assert headless.find_browser() is None
