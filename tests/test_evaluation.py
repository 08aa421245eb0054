"""Optional: the project's seed scorer, when the evaluation data sits beside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from paths import ROOT, SHARED_EVAL

pytestmark = [
    pytest.mark.evaluation,
    pytest.mark.skipif(
        not (SHARED_EVAL / "score_seeds.py").exists(), reason="../shared/eval is not here"
    ),
]


def test_seed_structure_scores() -> None:
    done = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score_seeds.py"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["structure_acc"] == 1.0
    assert summary["boilerplate_leaks"] == 0
