"""The dates stage against its budget, and against ``dateparser.search.search_dates``.

    .venv/bin/python benchmarks/bench_dates.py [--docs 10] [--repeat 20]

Texts: the seed articles in ``tests/fixtures/seeds/`` and, when present, the first
``--docs`` AQUAINT documents of ``../shared/eval/dates/aquaint.jsonl``.  Prints the
milliseconds per text and per 1,000 words of each, the dates stage as a ratio of its
budget (1.5 ms per 1,000 words, issue 20) and the ratios to ``search_dates`` (with
language detection, as most code calls it, and restricted to English), all measured in
one run.  The dates stage is timed text by text, best of ``--repeat`` runs each, so a
busy machine inflates it less.  A script, not a timed test: timings on a shared machine
are noisy.
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
    """Time of one round over all texts: each text's best of ``repeat`` runs, summed (one
    warm-up round first)."""
    for text in texts:
        run(text)
    total = 0.0
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - started)
        total += best
    return total


#: The dates stage's budget (issue 20): milliseconds per 1,000 words.
BUDGET_MS_PER_1000_WORDS = 1.5


def newsstruct_dates(text: str) -> object:
    return find_dates(text, (Span.of(text, 0, len(text)),), REFERENCE)


def dateparser_dates(text: str) -> object:
    """``search_dates`` as most code calls it: language detection on."""
    from dateparser.search import search_dates

    return search_dates(text, settings={"RELATIVE_BASE": _BASE})


def dateparser_english(text: str) -> object:
    """``search_dates`` at its fastest: English only."""
    from dateparser.search import search_dates

    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": _BASE})


_BASE = dt.datetime(REFERENCE.year, REFERENCE.month, REFERENCE.day)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10, help="AQUAINT documents to add")
    parser.add_argument("--repeat", type=int, default=20, help="rounds of the dates stage")
    args = parser.parse_args()
    texts = load_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    warnings.simplefilter("ignore")
    ours = seconds_per_round(newsstruct_dates, texts, args.repeat)
    rows = [
        ("newsstruct dates stage", ours),
        ("search_dates", seconds_per_round(dateparser_dates, texts, 1)),
        ("search_dates (English)", seconds_per_round(dateparser_english, texts, 1)),
    ]
    print(f"{len(texts)} texts, {words} words")
    for name, seconds in rows:
        per_text = seconds / len(texts) * 1000
        per_kword = seconds / words * 1_000_000
        ratio = "" if seconds is ours else f"  newsstruct is {seconds / ours:.0f}x faster"
        print(f"{name:24} {per_text:9.2f} ms/text {per_kword:9.2f} ms per 1,000 words{ratio}")
    budget = ours / words * 1_000_000 / BUDGET_MS_PER_1000_WORDS
    print(f"dates stage / budget ({BUDGET_MS_PER_1000_WORDS} ms per 1,000 words): {budget:.2f}")


if __name__ == "__main__":
    main()
