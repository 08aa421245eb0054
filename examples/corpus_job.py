"""Parse a folder of articles into JSON lines on several processes, showing progress.

python examples/corpus_job.py examples/articles articles.jsonl --jobs 2

Each line of the output is ``{"file": ..., "article": Article.to_dict()}``, in
the order of the file names.  Progress (files done, rate) goes to stderr, so
the output can also be ``-`` (stdout) and piped on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pathlib
import sys
import time
from collections.abc import Iterator
from typing import TextIO

import newsstruct


def read_texts(paths: list[pathlib.Path]) -> Iterator[str]:
    """The text of each file, read lazily as parse_many asks for it."""
    for path in paths:
        yield path.read_text(encoding="utf-8", errors="replace")


def run(paths: list[pathlib.Path], out: TextIO, jobs: int | None, progress: TextIO) -> int:
    """Write one JSON line per file to ``out``; return the number of articles."""
    started = time.perf_counter()
    articles = newsstruct.parse_many(read_texts(paths), jobs=jobs)
    done = 0
    for path, article in zip(paths, articles, strict=True):
        record = {"file": path.name, "article": article.to_dict()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        done += 1
        rate = done / max(time.perf_counter() - started, 1e-9)
        progress.write(f"\r{done}/{len(paths)} articles, {rate:.0f}/s")
    progress.write("\n")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=pathlib.Path, help="folder of *.txt articles")
    parser.add_argument("output", help="JSON lines file to write, or - for stdout")
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: one per CPU)"
    )
    args = parser.parse_args(argv)
    paths = sorted(args.folder.glob("*.txt"))
    with contextlib.ExitStack() as stack:
        out = (
            sys.stdout
            if args.output == "-"
            else stack.enter_context(open(args.output, "w", encoding="utf-8"))
        )
        run(paths, out, args.jobs, sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
