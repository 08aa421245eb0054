"""Hypothesis profiles and shared fixtures.

``HYPOTHESIS_PROFILE=dev`` (the default) runs few examples for quick edits;
``HYPOTHESIS_PROFILE=ci`` (what ``.ci/run`` uses) runs many, the same ones on every
run (derandomized: a CI verdict never depends on luck, and a failure it reports
reproduces anywhere), with no deadline so that a slow shared machine cannot make a
test flaky; ``HYPOTHESIS_PROFILE=explore`` runs many more, new ones each time, to
find bugs (run it by hand before a release; what it finds becomes an example test
or a strict xfail); ``HYPOTHESIS_PROFILE=mutation`` runs a few fixed examples for
mutation testing.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "explore",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# Mutation testing (tests/mutants/run_mutmut.py) runs the tests once per mutant: few
# examples, the same ones every time, so that a mutant's verdict does not depend on luck.
settings.register_profile(
    "mutation", max_examples=12, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Kept here too for tests that import them from conftest; new tests use ``paths``.
from paths import FIXTURES, SHARED_EVAL  # noqa: E402,F401

# The atheris fuzz target is run by hand (see its docstring), never collected.
collect_ignore = ["fuzz"]


def pytest_terminal_summary(terminalreporter: object) -> None:
    """After the run: how many generated articles each content property saw with a quote,
    a person and a date (``tests/content.py``; the property fails under 80%), and how many
    generated statements each property found with their speaker (``tests/speech.py``)."""
    from content import TALLIES
    from speech import RECOVERY

    write = terminalreporter.write_line  # type: ignore[attr-defined]
    if TALLIES:
        write("generated articles holding content, by property:")
        for name, tally in sorted(TALLIES.items()):
            write(f"  {name}: {tally.summary()}")
    if RECOVERY:
        write("generated statements found with their speaker, by property:")
        for name, rate in sorted(RECOVERY.items()):
            write(f"  {name}: {rate.summary()}")
