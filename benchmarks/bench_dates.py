"""How much faster the dates stage is than ``dateparser.search.search_dates`` on the same texts.

    .venv/bin/python benchmarks/bench_dates.py [--docs 10] [--repeat 20]

Texts: the seed articles in ``tests/fixtures/seeds/`` and, when present, the first
``--docs`` AQUAINT documents of ``../shared/eval/dates/aquaint.jsonl``.  Prints the
milliseconds per text and per 1,000 words of each, and the ratio.  A script, not a
timed test: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import pathlib
import time
import warnings
from collections.abc import Callable

from newsstruct.config import Config
from newsstruct.dates import find_dates
from newsstruct.model import Span

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
AQUAINT = ROOT.parent / "shared" / "eval" / "dates" / "aquaint.jsonl"
REFERENCE = dt.date(2024, 4, 18)


def load_texts(docs: int) -> list[str]:
    """The seed articles, then up to ``docs`` AQUAINT documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if AQUAINT.exists():
        with AQUAINT.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, docs)]
    return texts


def seconds_per_round(run: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Best of ``repeat`` rounds over all texts (one warm-up round first)."""
    for text in texts:
        run(text)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - started)
    return best


def newsstruct_dates(text: str) -> object:
    return find_dates(text, (Span.of(text, 0, len(text)),), REFERENCE, Config())


def dateparser_dates(text: str) -> object:
    from dateparser.search import search_dates

    base = dt.datetime(REFERENCE.year, REFERENCE.month, REFERENCE.day)
    settings = {"RELATIVE_BASE": base}
    return search_dates(text, languages=["en"], settings=settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10, help="AQUAINT documents to add")
    parser.add_argument("--repeat", type=int, default=20, help="rounds of the dates stage")
    args = parser.parse_args()
    texts = load_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    warnings.simplefilter("ignore")
    ours = seconds_per_round(newsstruct_dates, texts, args.repeat)
    theirs = seconds_per_round(dateparser_dates, texts, 1)
    print(f"{len(texts)} texts, {words} words")
    for name, seconds in (("newsstruct dates stage", ours), ("dateparser search_dates", theirs)):
        per_text = seconds / len(texts) * 1000
        per_kword = seconds / words * 1_000_000
        print(f"{name:24} {per_text:9.2f} ms/text {per_kword:9.2f} ms per 1,000 words")
    print(f"ratio: newsstruct is {theirs / ours:.0f}x faster")


if __name__ == "__main__":
    main()
