"""Where the test data lives."""

from __future__ import annotations

import pathlib

TESTS = pathlib.Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
ROOT = TESTS.parent
#: The project's evaluation data, beside the checkout; optional evaluation tests skip without it.
SHARED_EVAL = ROOT.parent / "shared" / "eval"
