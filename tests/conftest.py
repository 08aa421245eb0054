"""Hypothesis profiles and shared fixtures.

``HYPOTHESIS_PROFILE=dev`` (the default) runs few examples for quick edits;
``HYPOTHESIS_PROFILE=ci`` (what ``.ci/run`` uses) runs many, with no deadline so
that a slow shared machine cannot make a test flaky.
"""

from __future__ import annotations

import os
import pathlib

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
SHARED_EVAL = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "eval"
