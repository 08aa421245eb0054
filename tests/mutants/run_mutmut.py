"""Mutation testing of one stage package with mutmut, within a time budget.

    pip install -e '.[test,mutation]'
    python tests/mutants/run_mutmut.py layout --budget 600     # ten minutes on layout/
    python tests/mutants/run_mutmut.py layout --budget 600     # again: goes on where it stopped
    python tests/mutants/run_mutmut.py layout --recheck        # survivors again, new tests too
    python tests/mutants/run_mutmut.py layout --fresh          # start over

mutmut changes the code one small edit at a time (``<`` for ``<=``, a constant, a
removed call ...) and runs the tests that cover the changed function; a mutant that no
test notices (*survived*) points at code the tests do not check.  The run happens in
``build/mutmut-<package>/``, a copy of the checkout whose ``[tool.mutmut]`` settings
(``pyproject.toml``) get the package and its tests (:data:`PACKAGE_TESTS`); hypothesis
runs the ``mutation`` profile (a few fixed examples).  When the budget is spent, mutmut
is stopped and the mutants checked so far are reported; the next run goes on from
there.  The report (the surviving mutants by function, the first ones with their diffs) is in
``build/mutmut-<package>/report.md``; ``tests/README.md`` records what the first runs left.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - mutmut itself needs the toml package there
    import toml as tomllib

ROOT = Path(__file__).resolve().parents[2]
#: The tests that check each stage package (the slow whole-pipeline properties aside:
#: mutmut runs every test that covers a mutated function, once per mutant).
PACKAGE_TESTS = {
    "text": ("tests/test_text.py", "tests/test_quotes.py", "tests/test_structure.py"),
    "layout": ("tests/test_structure.py", "tests/test_bylines.py"),
    "quotes": ("tests/test_quotes.py",),
    "people": ("tests/test_people.py", "tests/test_officials.py"),
    "speakers": ("tests/test_speakers.py",),
    "dates": ("tests/test_dates.py",),
    "html": ("tests/test_html.py",),
    "view": ("tests/test_view.py", "tests/test_view_tables.py"),
}
_COPIED = ("src", "tests", "examples", "docs", "pyproject.toml", "README.md")
_IGNORED = shutil.ignore_patterns("__pycache__", ".hypothesis", "_build", "*.pyc")
_SECTION = re.compile(r"^\[tool\.mutmut\]\n(?:(?!\[).*\n)*", re.M)


def _toml(value: object) -> str:
    """A TOML value for a string, a number, a boolean or a list of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def _prepare(workdir: Path, package: str, fresh: bool) -> None:
    """A copy of the checkout in ``workdir`` set up to mutate ``package``; mutmut's state
    (``mutants/``) is kept unless ``fresh``, and rechecks what changed since."""
    if fresh and workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    for name in _COPIED:
        source, copy = ROOT / name, workdir / name
        if source.is_dir():
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(source, copy, ignore=_IGNORED)
        else:
            shutil.copy2(source, copy)
    pyproject = workdir / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "mutmut"
    ]
    settings["only_mutate"] = [f"src/newsstruct/{package}/*"]
    settings["do_not_mutate"] = [f"src/newsstruct/{package}/lexicons/*"]
    settings["pytest_add_cli_args_test_selection"] = list(PACKAGE_TESTS[package])
    section = "[tool.mutmut]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in settings.items())
    pyproject.write_text(_SECTION.sub(section, text), encoding="utf-8")


def _mutmut(workdir: Path, *args: str, timeout: float | None = None) -> str | None:
    """mutmut's output, or None when ``timeout`` ran out first (mutmut is stopped)."""
    executable = Path(sys.executable).parent / "mutmut"
    env = {**os.environ, "HYPOTHESIS_PROFILE": "mutation", "PYTHONHASHSEED": "0"}
    with subprocess.Popen(
        [str(executable), *args], cwd=workdir, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
    ) as process:  # fmt: skip
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)  # mutmut and the workers it forked
            process.communicate()
            return None
    return output


def _statuses(workdir: Path) -> dict[str, str]:
    """Every mutant checked so far and its status (killed, survived, timeout ...)."""
    listed = _mutmut(workdir, "results", "--all", "true") or ""
    return dict(
        line.strip().rsplit(": ", 1) for line in listed.splitlines() if ": " in line.strip()
    )


def _report(workdir: Path, package: str, seconds: float, finished: bool, diffs: int) -> str:
    """Counts by status, surviving mutants by function and the diffs of the first
    ``diffs`` of them, as Markdown."""
    statuses = _statuses(workdir)
    counts = Counter(statuses.values())
    state = "finished" if finished else "stopped at the budget (run again to go on)"
    lines = [f"# mutmut on newsstruct.{package}: {state}, {seconds:.0f} s", ""]
    lines += [f"- {status}: {n}" for status, n in sorted(counts.items())]
    survivors = sorted(name for name, status in statuses.items() if status == "survived")
    by_function = Counter(name.rsplit("__mutmut_", 1)[0] for name in survivors)
    lines += ["", "## Surviving mutants by function", ""]
    lines += [f"- `{name}`: {n}" for name, n in by_function.most_common()]
    for name in itertools.islice(survivors, diffs):
        diff = _mutmut(workdir, "show", name) or ""
        lines += ["", f"### {name}", "", "```diff", diff.strip(), "```"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("package", choices=sorted(PACKAGE_TESTS))
    parser.add_argument("--budget", type=float, default=600, help="seconds (default 600)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier runs")
    parser.add_argument(
        "--recheck", action="store_true", help="run the surviving mutants again (after new tests)"
    )
    parser.add_argument("--max-children", type=int, default=1, help="parallel workers")
    parser.add_argument("--diffs", type=int, default=20, help="survivors shown with a diff")
    args = parser.parse_args()
    if shutil.which("mutmut", path=str(Path(sys.executable).parent)) is None:
        parser.error("mutmut is not installed: pip install -e '.[test,mutation]'")
    workdir = ROOT / "build" / f"mutmut-{args.package}"
    _prepare(workdir, args.package, args.fresh)
    names: list[str] = []
    if args.recheck:  # which tests cover which function is measured again: new tests count
        names = sorted(n for n, status in _statuses(workdir).items() if status == "survived")
        (workdir / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    started = time.perf_counter()
    output = _mutmut(
        workdir, "run", "--max-children", str(args.max_children), *names, timeout=args.budget
    )
    seconds, finished = time.perf_counter() - started, output is not None
    report = _report(workdir, args.package, seconds, finished, args.diffs)
    (workdir / "report.md").write_text(report, encoding="utf-8")
    print(report.split("\n### ", 1)[0])
    print(f"surviving mutants and their diffs: {workdir / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
