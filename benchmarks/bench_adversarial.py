"""Parse time, JSON output time and peak memory of each adversarial input at 1x and
2x its size: growth must stay linear.

    .venv/bin/python benchmarks/bench_adversarial.py [--check]

Prints CPU seconds of this process (other load on a shared machine does not
count) at each size and their ratio, for ``parse`` and for ``Article.to_json``
of its result; ``--check`` exits 1 when a ratio exceeds 2.6
(2x the input should cost about 2x the time; the margin absorbs timer noise on
a shared machine).  The corpus is ``tests/adversarial.py``.
"""

from __future__ import annotations

import argparse
import functools
import gc
import pathlib
import sys
import time
import tracemalloc
from collections.abc import Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))

import newsstruct
from adversarial import CORPUS

LIMIT = 2.6
#: Below this many seconds at 2x, a ratio is timer noise and is shown but not checked.
NOISE_FLOOR = 0.005


def _seconds(work: Callable[[], object], repeat: int = 2) -> float:
    """Best time of ``repeat`` runs, each after a full garbage collection and with the
    collector off while it runs (as ``timeit`` does): the ratios measure the work's own
    growth, not how often the cycle collector happens to walk a heap twice as large."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _ratio(one: float, two: float) -> float:
    return two / one if one > 0 else 0.0


def _checked(one: float, two: float) -> float:
    """The ratio that counts against ``LIMIT``: none for times within timer noise."""
    return _ratio(one, two) if two >= NOISE_FLOOR else 0.0


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
    print(
        f"{'input':24} {'chars 1x':>10} {'parse 1x s':>10} {'2x s':>7} {'ratio':>6} "
        f"{'json 1x s':>10} {'2x s':>7} {'ratio':>6} {'peak MB 1x':>11}"
    )
    for name, build in sorted(CORPUS.items()):
        small, large = build(1), build(2)
        one = _seconds(functools.partial(newsstruct.parse, small))
        two = _seconds(functools.partial(newsstruct.parse, large))
        json_one = _seconds(newsstruct.parse(small).to_json, repeat=3)
        json_two = _seconds(newsstruct.parse(large).to_json, repeat=3)
        ratio, json_ratio = _ratio(one, two), _ratio(json_one, json_two)
        worst = max(worst, _checked(one, two), _checked(json_one, json_two))
        peak = _peak_mb(small)
        print(
            f"{name:24} {len(small):>10,} {one:10.3f} {two:7.3f} {ratio:6.2f} "
            f"{json_one:10.3f} {json_two:7.3f} {json_ratio:6.2f} {peak:11.1f}"
        )
    print(f"worst ratio {worst:.2f} (limit {LIMIT})")
    return 1 if args.check and worst > LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
