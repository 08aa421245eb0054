"""Parse time and peak memory of each adversarial input at 1x and 2x its size: growth
must stay linear.

    python benchmarks/bench_adversarial.py [--check]

Prints seconds at each size and their ratio; ``--check`` exits 1 when a ratio
exceeds 2.6 (2x the input should cost about 2x the time; the margin absorbs
timer noise on a shared machine).  The corpus is ``tests/adversarial.py``.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time
import tracemalloc

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))

import newsstruct
from adversarial import CORPUS

LIMIT = 2.6


def _seconds(text: str, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        newsstruct.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def _peak_mb(text: str) -> float:
    tracemalloc.start()
    newsstruct.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when growth is not linear")
    args = parser.parse_args()
    newsstruct.parse("Warm up the lazy grammars on Monday, officials said.")
    worst = 0.0
    print(f"{'input':24} {'chars 1x':>10} {'1x s':>8} {'2x s':>8} {'ratio':>6} {'peak MB 1x':>11}")
    for name, build in sorted(CORPUS.items()):
        small, large = build(1), build(2)
        one, two = _seconds(small), _seconds(large)
        ratio = two / one if one > 0 else 0.0
        worst = max(worst, ratio)
        peak = _peak_mb(small)
        print(f"{name:24} {len(small):>10,} {one:8.3f} {two:8.3f} {ratio:6.2f} {peak:11.1f}")
    print(f"worst ratio {worst:.2f} (limit {LIMIT})")
    return 1 if args.check and worst > LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
