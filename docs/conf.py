"""Sphinx configuration of the newsstruct documentation (built with ``sphinx-build -n -W``)."""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import newsstruct  # noqa: E402

project = "newsstruct"
author = "newsstruct developers"
copyright = "2026, newsstruct developers"  # noqa: A001
release = newsstruct.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"newsstruct {release}"
exclude_patterns = ["_build"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}

# The build machines have no network: intersphinx inventories cannot be fetched,
# so references to the standard library and attrs stay plain text (listed below)
# instead of failing the nitpicky build.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = True
nitpick_ignore_regex = [
    (r"py:class", r"(datetime|collections\.abc|typing|attr|attrs|regex|_regex)\..*"),
    (r"py:class", r"(date|datetime|Iterable|Iterator|Mapping|Any|Literal|T|Speaker|QuoteKind|DateKind|PublishedSource|QuoteMarks|ReportedShape|Gender|Form)"),
    (r"py:class", r"newsstruct\.(model|statements)\.(QuoteKind|DateKind|PublishedSource|QuoteMarks|ReportedShape|Gender|T)"),
    (r"py:class", r"(Attribute|AttrsInstance|optional)"),
    (r"py:obj", r"newsstruct\..*\.T"),
]
