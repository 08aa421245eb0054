"""The Dask example runs a bag over the bundled articles on the local scheduler."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import sys

import pytest

from newsstruct import Article
from paths import ROOT

pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install '.[dask]'")


def _example() -> object:
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", ROOT / "examples" / "dask_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_dask_bag_writes_json_lines(tmp_path: pathlib.Path) -> None:
    example = _example()
    out = tmp_path / "articles.jsonl"
    folder = ROOT / "examples" / "articles"
    count = example.parse_folder(folder, out, scheduler="processes")  # type: ignore[attr-defined]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert count == len(lines) == len(list(folder.glob("*.txt")))
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    assert [Article.from_dict(json.loads(line)).text for line in lines] == texts
