"""Run the project's evaluation scorers (``../shared/eval``) once per test session.

Evaluation tests in several files read the same figures; each scorer runs
once and its summary is cached, so the suite does not score PolNeAR twice.
Without the evaluation data beside the checkout the tests marked with
``needs_eval`` are skipped.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from paths import ROOT, SHARED_EVAL

__all__ = [
    "html_summary",
    "needs_eval",
    "paste_summary",
    "polnear_summary",
    "seed_summary",
    "statements_summary",
    "timeml_summary",
]

needs_eval = pytest.mark.skipif(
    not (SHARED_EVAL / "score_seeds.py").exists(), reason="../shared/eval is not here"
)


@functools.cache
def seed_summary() -> dict[str, Any]:
    """``score_seeds.py --json``: structure, quotes, speakers, people and dates on the seeds."""
    done = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score_seeds.py"), "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary


def _scored(scorer: str, predictor: str, gold: str, *options: str, out: str = "--out") -> Any:
    """The JSON that the scorer ``scorer`` (a path under ``../shared/eval``) writes with the
    flag ``out``, run on ``gold`` with ``predictor`` (a file of ``tests/eval``, and after a
    colon its function) and ``options``."""
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "scores.json"
        subprocess.run(
            [
                sys.executable, str(SHARED_EVAL / scorer),
                "--predictor", str(ROOT / "tests" / "eval" / predictor),
                "--gold", str(SHARED_EVAL / gold),
                *options, out, str(written),
            ],
            cwd=ROOT, capture_output=True, check=True,
        )  # fmt: skip
        return json.loads(written.read_text(encoding="utf-8"))


@functools.cache
def polnear_summary() -> dict[str, float]:
    """The PolNeAR dev scorer's summary through ``tests/eval/quotes_predictor.py``."""
    found = _scored("quotes/eval.py", "quotes_predictor.py:predict", "quotes/polnear_dev.jsonl")
    summary: dict[str, float] = found["summary"]
    return summary


@functools.cache
def statements_summary() -> dict[str, Any]:
    """``eval_all.py --speech-only`` on PolNeAR dev at overlap 0.5: every attributed
    statement (direct and reported) through ``quotes_predictor.predict_all``."""
    found = _scored(
        "quotes/eval_all.py", "quotes_predictor.py:predict_all", "quotes/polnear_dev.jsonl",
        "--speech-only", "--thresholds", "0.5",
    )  # fmt: skip
    summary: dict[str, Any] = found["results"]["0.5"]
    return summary


@functools.cache
def timeml_summary(corpus: str) -> dict[str, Any]:
    """The TimeML date scorer on ``dates/<corpus>.jsonl`` (DATE and ALL scopes)."""
    found = _scored(
        "dates/eval.py", "dates_predictor.py", f"dates/{corpus}.jsonl",
        "--types", "DATE", "ALL", out="--json",
    )  # fmt: skip
    scopes: dict[str, Any] = found["scopes"]
    return scopes


@functools.cache
def html_summary() -> dict[str, Any]:
    """The HTML scorer on ``html/dev.jsonl`` through ``tests/eval/html_predictor.py``:
    title, authors, date, snippets (its ``overall``) and ``timing`` (errors, timeouts)."""
    found = _scored("html/eval.py", "html_predictor.py:predict", "html/dev.jsonl")
    return {**found["overall"], "timing": found["timing"]}


#: Runs the paste scorer's own reading and scoring (``run`` and ``score`` of
#: ``paste/score.py``) on every page and prints its figures as JSON.
_PASTE_DRIVER = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("paste_score", sys.argv[1])
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)
import newsstruct
with open(sys.argv[2], encoding="utf-8") as lines:
    gold = [json.loads(line) for line in lines]
rows = [(page, scorer.run(newsstruct.parse, page["text"], 60)) for page in gold]
print(json.dumps(scorer.score(rows)))
"""


@functools.cache
def paste_summary() -> dict[str, Any]:
    """The paste scorer on ``paste/dev.jsonl`` (``parse`` of whole-page pastes): headline,
    byline, date, body and errors."""
    done = subprocess.run(
        [
            sys.executable, "-c", _PASTE_DRIVER,
            str(SHARED_EVAL / "paste" / "score.py"), str(SHARED_EVAL / "paste" / "dev.jsonl"),
        ],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary
