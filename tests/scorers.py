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

__all__ = ["needs_eval", "polnear_summary", "seed_summary"]

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


@functools.cache
def polnear_summary() -> dict[str, float]:
    """The PolNeAR dev scorer's summary through ``tests/eval/quotes_predictor.py``."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "polnear.json"
        subprocess.run(
            [
                sys.executable, str(SHARED_EVAL / "quotes" / "eval.py"),
                "--predictor", str(ROOT / "tests" / "eval" / "quotes_predictor.py") + ":predict",
                "--gold", str(SHARED_EVAL / "quotes" / "polnear_dev.jsonl"),
                "--out", str(out),
            ],
            cwd=ROOT, capture_output=True, check=True,
        )  # fmt: skip
        summary: dict[str, float] = json.loads(out.read_text(encoding="utf-8"))["summary"]
    return summary
