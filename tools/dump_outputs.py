"""Dump ``Article.to_dict()`` for every evaluation text, to check that a change
leaves the output as it was.

    .venv/bin/python tools/dump_outputs.py /tmp/before
    ... change the code ...
    .venv/bin/python tools/dump_outputs.py /tmp/after
    diff -r /tmp/before /tmp/after

One JSON Lines file per corpus (``{"id": ..., "article": to_dict()}`` a line):
the seeds (with and without their reference date), PolNeAR dev, TimeBank,
AQUAINT (each with its document date), the HTML dev pages through
``parse_html`` and the paste dev set.  Reads ``../shared/eval``; it is a
developer's tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Iterator
from typing import Any

import newsstruct

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def _jsonl(path: pathlib.Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _seeds() -> Iterator[tuple[str, dict[str, Any]]]:
    gold = json.loads((EVAL / "seeds.gold.json").read_text(encoding="utf-8"))
    reference_of = {entry["file"]: entry.get("reference_date") for entry in gold["articles"]}
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield path.stem, newsstruct.parse(text).to_dict()
        reference = reference_of.get(path.name)
        if reference:
            yield f"{path.stem}@{reference}", newsstruct.parse(text, published=reference).to_dict()


def _texts(name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for row in _jsonl(EVAL / name):
        yield row["id"], newsstruct.parse(row["text"], published=row.get("dct")).to_dict()


def _pages() -> Iterator[tuple[str, dict[str, Any]]]:
    for row in _jsonl(EVAL / "html" / "dev.jsonl"):
        html = (EVAL / "html" / row["html_path"]).read_bytes()
        yield row["id"], newsstruct.parse_html(html, url=row.get("url")).to_dict()


CORPORA = {
    "seeds": _seeds,
    "polnear_dev": lambda: _texts("quotes/polnear_dev.jsonl"),
    "timebank": lambda: _texts("dates/timebank.jsonl"),
    "aquaint": lambda: _texts("dates/aquaint.jsonl"),
    "html_dev": _pages,
    "paste_dev": lambda: _texts("paste/dev.jsonl"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=pathlib.Path, help="folder to write one .jsonl per corpus into")
    parser.add_argument("--only", nargs="*", choices=sorted(CORPORA), help="corpora to dump")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only or CORPORA:
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            count = 0
            for key, article in CORPORA[name]():
                out.write(
                    json.dumps({"id": key, "article": article}, ensure_ascii=False, sort_keys=True)
                    + "\n"
                )
                count += 1
        print(f"{name}: {count} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
