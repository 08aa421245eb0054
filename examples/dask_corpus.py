"""Parse a folder of articles with a Dask bag and write one JSON line per article.

    pip install 'newsstruct[dask]'
    python examples/dask_corpus.py examples/articles out.jsonl

The bag runs here on the local multiprocessing scheduler.  On a cluster, start a
``dask.distributed.Client("scheduler-address:8786")`` before calling
``parse_folder(..., scheduler=None)``: the same bag then runs on its workers
(each needs newsstruct installed, and the files must be on storage they can read).
"""

from __future__ import annotations

import pathlib
import sys

import dask.bag as db

import newsstruct


def parse_folder(
    folder: pathlib.Path, out: pathlib.Path, scheduler: str | None = "processes"
) -> int:
    """Parse every ``*.txt`` of ``folder`` into ``out`` (JSON lines); returns how many."""
    paths = sorted(folder.glob("*.txt"))
    # Only library functions go into the bag: workers import them by name.
    lines = (
        db.from_sequence(paths, npartitions=max(1, min(len(paths), 8)))
        .map(pathlib.Path.read_text, encoding="utf-8")
        .map(newsstruct.parse)
        .map(newsstruct.Article.to_json)
    )
    written = lines.compute(scheduler=scheduler) if scheduler else lines.compute()
    out.write_text("".join(line + "\n" for line in written), encoding="utf-8")
    return len(written)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    count = parse_folder(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
    print(f"{count} articles written to {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
