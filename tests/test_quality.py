"""The code stays typed and linted: mypy --strict and ruff run as part of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

#: The folders ruff checks and formats.
LINTED = ("src", "tests", "examples", "tools", "benchmarks", "training")


def _tool(name: str) -> str:
    """The tool installed beside this Python (the test extra's), else the one on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict() -> None:
    done = _run(sys.executable, "-m", "mypy", "src/newsstruct")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_check() -> None:
    done = _run(_tool("ruff"), "check", *LINTED)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format() -> None:
    done = _run(_tool("ruff"), "format", "--check", *LINTED)
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_loads_no_html_libraries() -> None:
    """``import newsstruct`` leaves lxml and trafilatura to the first parse_html call."""
    code = "import sys, newsstruct; print(sorted(m for m in sys.modules if m.split('.')[0] in {'lxml', 'trafilatura'}))"
    done = _run(sys.executable, "-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout
