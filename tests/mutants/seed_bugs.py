"""Seed known bugs one at a time and check that the test suite catches each of them.

    python tests/mutants/seed_bugs.py              # every mutant, its focused tests
    python tests/mutants/seed_bugs.py --full       # every mutant, the whole suite
    python tests/mutants/seed_bugs.py footer-off   # one mutant by name

Each mutant is a small edit of one source file, the kind of bug a change could bring in
(a wrong speaker, a dropped date, a footer left in the body ...).  The script copies the
checkout to a temporary folder (without ``../shared``: evaluation tests skip, so only
unit and property tests can catch a bug), applies one mutant there, runs the tests that
should catch it (``-x``: the first failure is enough) and restores the file.  A mutant is
*caught* when a test fails, *survived* when all pass.  It exits 1 when any survives or
when an edit no longer applies (the code moved: update the mutant).  Before the mutants,
the same tests run on the unmutated copy, and must pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[2]
#: What the tests read besides ``src`` and ``tests``.
_COPIED = ("src", "tests", "examples", "docs", "benchmarks", "tools", "pyproject.toml",
           "README.md", "CHANGELOG.md")  # fmt: skip
_IGNORED = shutil.ignore_patterns("__pycache__", ".hypothesis", "_build", "*.pyc")


@attrs.frozen
class Mutant:
    """``old`` (found exactly once in ``path``) replaced by ``new``; ``tests`` catch it."""

    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    why: str


_PROPS = "tests/test_properties.py"
MUTANTS = (
    Mutant("wrong-speaker", "src/newsstruct/speakers/mentions.py",
           "            return self.by_start[i][2]\n",
           "            return self.by_start[min(i + 1, len(self.by_start) - 1)][2]\n",
           ("tests/test_speakers.py", _PROPS), "a cue's words resolve to the next person named"),
    Mutant("dropped-date", "src/newsstruct/dates/find.py",
           "    if read is None:\n        return []\n",
           "    if read is None or rule == \"weekday\":\n        return []\n",
           ("tests/test_dates.py", _PROPS), "weekdays ('on Monday', 'last Friday') are dropped"),
    Mutant("wrong-date-value", "src/newsstruct/dates/relative.py",
           '    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)\n',
           '    shift = {"yesterday": -2, "tomorrow": 1, "last": -1}.get(word, 0)\n',
           ("tests/test_dates.py", _PROPS), "'yesterday' is two days back"),
    Mutant("no-dateline", "src/newsstruct/layout/datelines.py",
           "    match = DATELINE.match(text, start, end)\n",
           "    match = None\n",
           ("tests/test_structure.py", _PROPS), "no paragraph opens with a dateline"),
    Mutant("quote-offset", "src/newsstruct/quotes/find.py",
           "    return [Quote(start, end, text[start:end], kind=kind, marks=label)]\n",
           "    return [Quote(start + 1, end, text[start + 1 : end], kind=kind, marks=label)]\n",
           ("tests/test_quotes.py", _PROPS), "a quote's span starts one character late"),
    Mutant("date-offset", "src/newsstruct/dates/find.py",
           "        value = within_calendar(reading.value)\n",
           "        value = within_calendar(reading.value)\n        end -= 1\n",
           ("tests/test_dates.py", _PROPS), "a date's span ends one character early"),
    Mutant("boilerplate-kept", "src/newsstruct/layout/boilerplate.py",
           '    if key in BOILERPLATE_LINES:\n        return "lexicon"\n',
           "",
           ("tests/test_structure.py", _PROPS), "lines of the boilerplate word list stay in the body"),
    Mutant("footer-off", "src/newsstruct/layout/structure.py",
           "    footer: list[Block] = []\n",
           "    return []\n",
           ("tests/test_structure.py", _PROPS), "the footer rule removes nothing (_footer returns [])"),
    Mutant("confidence", "src/newsstruct/speakers/rules.py",
           '    Rule("said-after", 0.95,', '    Rule("said-after", 0.35,',
           ("tests/test_speakers.py",), "said-after's confidence drops from .95 to .35"),
)  # fmt: skip


def _copy(to: Path) -> None:
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, to / name, ignore=_IGNORED)
        elif source.exists():
            shutil.copy2(source, to / name)


def _pytest(copy: Path, tests: tuple[str, ...], full: bool) -> tuple[int, str]:
    """pytest's exit code on ``tests`` (or everything) of the copy, its own source first,
    and the first test that failed."""
    env = {**os.environ, "PYTHONPATH": str(copy / "src"), "HYPOTHESIS_PROFILE": "dev"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-rf", "-p", "no:cacheprovider"]
    command += ["-W", "ignore::pytest.PytestUnraisableExceptionWarning"]
    done = subprocess.run(
        [*command, *([] if full else tests)],
        cwd=copy, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    failed = [
        line.removeprefix("FAILED ").split(" - ")[0]
        for line in done.stdout.splitlines()
        if line.startswith("FAILED ")
    ]
    return done.returncode, failed[0] if failed else ""


def run(mutants: list[Mutant], full: bool) -> int:
    """Run each mutant; print one line per mutant and the count caught."""
    with tempfile.TemporaryDirectory(prefix="newsstruct-mutants-") as folder:
        copy = Path(folder) / "checkout"
        _copy(copy)
        check = subprocess.run(
            [sys.executable, "-c", "import newsstruct; print(newsstruct.__file__)"],
            env={**os.environ, "PYTHONPATH": str(copy / "src")}, capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        assert check.stdout.startswith(str(copy)), f"the copy's source is not imported: {check}"
        tests = tuple(sorted({t for m in mutants for t in m.tests}))
        if _pytest(copy, tests, full)[0] != 0:
            print(f"the unmutated tests fail: {' '.join(tests)}")
            return 1
        caught = 0
        for mutant in mutants:
            target = copy / mutant.path
            original = target.read_text(encoding="utf-8")
            if original.count(mutant.old) != 1:
                print(f"{mutant.name:18} STALE     the edit no longer applies to {mutant.path}")
                continue
            target.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
            started = time.perf_counter()
            try:
                code, by = _pytest(copy, mutant.tests, full)
            finally:
                target.write_text(original, encoding="utf-8")
            verdict = {0: "SURVIVED", 1: "caught"}.get(code, f"error {code}")
            caught += code == 1
            seconds = time.perf_counter() - started
            print(f"{mutant.name:18} {verdict:9} {seconds:4.0f} s  {mutant.why}", flush=True)
            if by:
                print(f"{'':18} by {by}", flush=True)
        print(f"{caught}/{len(mutants)} caught")
        return 0 if caught == len(mutants) else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help="mutants to run (default: all)")
    parser.add_argument("--full", action="store_true", help="run the whole suite per mutant")
    args = parser.parse_args()
    known = {m.name: m for m in MUTANTS}
    unknown = [n for n in args.names if n not in known]
    if unknown:
        parser.error(f"unknown mutants {unknown}; known: {sorted(known)}")
    return run([known[n] for n in args.names] or list(MUTANTS), args.full)


if __name__ == "__main__":
    sys.exit(main())
