"""Optional: the project's seed scorer, when the evaluation data sits beside the checkout.

Thresholds of each area live with the area's tests (``test_quotes``, ``test_speakers``,
``test_dates``); this file checks the structure figures of the foundation issue.
"""

from __future__ import annotations

import pytest

from scorers import needs_eval, seed_summary

pytestmark = [pytest.mark.evaluation, needs_eval]


def test_seed_structure_scores() -> None:
    summary = seed_summary()
    assert summary["structure_acc"] == 1.0
    assert summary["boilerplate_leaks"] == 0
